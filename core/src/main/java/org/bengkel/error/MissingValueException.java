package org.bengkel.error;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A required value that is missing or {@code null} (<i>nilai wajib tidak ada</i>).
 *
 * <p>Thrown by the builders of every value type when a required attribute was not set or was set
 * to {@code null}. Its rule is {@link CoreRule#REQUIRED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MissingValueException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  // Generated builders report "Cannot build X, some of required attributes are not set [a, b]".
  private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\[([^\\]]*)\\]");

  /**
   * Creates the exception from the generated code's description of what is missing: either the
   * field's name, or a sentence that lists the missing fields in brackets.
   *
   * <p>Public because the code that Immutables generates in each package calls it; prefer
   * {@link #of(String)} in hand-written code.
   *
   * @param description a field name or the generated builder's message, not null
   */
  public MissingValueException(String description) {
    super(CoreRule.REQUIRED, fieldOf(description), null, false, List.of(), null);
  }

  /**
   * A missing value for the named field.
   *
   * @param field the field's name, not null
   * @return the exception, never null
   */
  public static MissingValueException of(String field) {
    return new MissingValueException(field);
  }

  private static String fieldOf(String description) {
    if (description == null) {
      return "?";
    }
    Matcher m = ATTRIBUTE_LIST.matcher(description);
    if (m.find()) {
      return m.group(1).replace(" ", "");
    }
    return description;
  }
}
