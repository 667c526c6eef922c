package org.bengkel.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A required value that is missing or {@code null} (<i>nilai wajib tidak ada</i>).
 *
 * <p>The one exception for a {@code null} where none is allowed, everywhere in the library: thrown
 * by the builders of every value type when a required attribute was not set or was set to {@code
 * null}, and by every public method and factory given {@code null} for a parameter that must not be
 * null. Its rule is {@link CoreRule#REQUIRED}; its {@link #field()} names the missing field or
 * parameter.
 *
 * <p>A value that is there but empty where something is required (an order without lines, a partner
 * without roles, a reservation without picks, an order not made from a quote asked for its quoted
 * tax) is refused with the same rule, as a plain {@link InvalidValueException}, everywhere in the
 * library: so a caller that switches on the rule code sees one {@code value.required} for both, and
 * a reader of a document can still tell a property missing from a property given empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class MissingValueException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for one or more missing fields.
   *
   * <p>Public because the code that Immutables generates in each package calls it: with the names
   * of the attributes that a builder was not given, or with the name of an attribute set to {@code
   * null}. Prefer {@link #of(String)} in hand-written code.
   *
   * @param fields the missing fields' names, not null; the exception's {@link #field()} joins them
   *     with commas
   * @throws MissingValueException if {@code fields} is null
   */
  public MissingValueException(String... fields) {
    super(
        CoreRule.REQUIRED,
        String.join(",", required(fields, "fields")),
        null,
        false,
        List.of(),
        null);
  }

  /**
   * A missing value for the named field.
   *
   * @param field the field's name, not null
   * @return the exception, never null
   * @throws MissingValueException if {@code field} is null
   */
  public static MissingValueException of(String field) {
    return new MissingValueException(required(field, "field"));
  }

  /**
   * The library's null check for a parameter or field that must not be null: the value itself, or
   * this exception naming the field when it is null. The JSON modules and the testkit check with
   * it; core's own packages use the same check through their internal helpers.
   *
   * @param <T> the value's type
   * @param value the value, may be null
   * @param field the parameter's or field's name, not null
   * @return {@code value}, never null
   * @throws MissingValueException if {@code value} or {@code field} is null
   */
  public static <T> T required(@Nullable T value, String field) {
    if (field == null) {
      throw of("field");
    }
    if (value == null) {
      throw of(field);
    }
    return value;
  }
}
