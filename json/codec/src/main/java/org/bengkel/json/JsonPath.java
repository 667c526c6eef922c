package org.bengkel.json;

import java.util.regex.Pattern;

/**
 * Builds the JSON paths that {@link BengkelJsonException} reports: {@code $} for the document,
 * {@code .name} for a property, {@code [i]} for an array element; names that are not plain
 * identifiers are quoted, {@code ['a b']}.
 *
 * <p>Immutable and thread-safe (static helpers only).
 */
public final class JsonPath {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPath() {}

  /**
   * The path of a property of an object.
   *
   * @param parent the object's path, not null
   * @param name the property's name, not null; shortened to 64 characters, with what is not
   *     printable escaped as by {@link org.bengkel.error.Messages#printable}
   * @return the path, never null
   */
  public static String property(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches() && name.length() <= 64) {
      return parent + "." + name;
    }
    // quotes and backslashes escaped first, so that the escape of a character that is not
    // printable (a line feed: a backslash, then u000a) keeps its single backslash
    String shown = BengkelJsonException.shorten(name.replace("\\", "\\\\").replace("'", "\\'"));
    return parent + "['" + shown + "']";
  }

  /**
   * The path of an element of an array.
   *
   * @param parent the array's path, not null
   * @param index the element's index from 0
   * @return the path, never null
   */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
