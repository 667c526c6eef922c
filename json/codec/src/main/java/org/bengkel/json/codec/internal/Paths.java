package org.bengkel.json.codec.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;

/**
 * Builds a value like {@link JsonReader#build(Supplier)}, but turns a core field such as {@code
 * category.code} or {@code ingredients[1]} into a JSON path with array indices ({@code
 * $.ingredients[1]}) and can drop a prefix that core adds for a nested value.
 *
 * <p>Internal to bengkel-json (the package is not exported). Immutable and thread-safe.
 */
public final class Paths {

  private static final Pattern PART = Pattern.compile("([^\\[]+)((?:\\[[0-9]+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)]");

  private Paths() {}

  /**
   * Builds a value, reporting a core refusal at the JSON path of the refused field.
   *
   * @param <T> the value's type
   * @param in the reader, just after the value's {@code endObject()}, not null
   * @param dropPrefix a prefix of core's field names to drop, such as {@code "halal"}, or empty
   * @param builder calls the core builder or factory, not null
   * @return the value, never null
   */
  public static <T> T build(JsonReader in, String dropPrefix, Supplier<T> builder) {
    // No lambda around the builder on the way that succeeds: this runs for every value read.
    try {
      return builder.get();
    } catch (MissingValueException e) {
      // JsonReader.build reports json.missing-property at the property's path
      return in.build(
          () -> {
            throw e;
          });
    } catch (InvalidValueException e) {
      String field = e.field();
      if (!dropPrefix.isEmpty() && field.startsWith(dropPrefix + ".")) {
        field = field.substring(dropPrefix.length() + 1);
      }
      throw BengkelJsonException.wrapping(e, path(in.path(), field));
    }
  }

  /**
   * Like {@link #build(JsonReader, String, Supplier)} for the usual case of a core builder, with an
   * unbound method reference such as {@code GoodsLine.Builder::build}: it captures nothing, so
   * reading a value creates no lambda (a bound {@code b::build} is a new object for every value
   * read, and where the JIT does not inline its creation it costs more than the build itself).
   *
   * @param <B> the builder's type
   * @param <T> the value's type
   * @param in the reader, just after the value's object was read, not null
   * @param dropPrefix as for {@link #build(JsonReader, String, Supplier)}, not null
   * @param builder the filled builder, not null
   * @param build its build method, not null
   * @return the value, never null
   * @throws BengkelJsonException as {@link #build(JsonReader, String, Supplier)}
   */
  public static <B, T> T build(
      JsonReader in, String dropPrefix, B builder, Function<? super B, T> build) {
    try {
      return build.apply(builder);
    } catch (InvalidValueException e) {
      return build(
          in,
          dropPrefix,
          () -> {
            throw e;
          });
    }
  }

  /**
   * The JSON path of a core field under a base path.
   *
   * @param base the base path, not null
   * @param field core's field name, such as {@code lines[0].steps[1].before}, not null
   * @return the path, never null
   */
  public static String path(String base, String field) {
    String at = base;
    for (String part : field.split("\\.")) {
      Matcher m = PART.matcher(part);
      if (!m.matches()) {
        at = JsonPath.property(at, part);
        continue;
      }
      at = JsonPath.property(at, m.group(1));
      Matcher i = INDEX.matcher(m.group(2));
      while (i.find()) {
        at = JsonPath.index(at, Integer.parseInt(i.group(1)));
      }
    }
    return at;
  }
}
