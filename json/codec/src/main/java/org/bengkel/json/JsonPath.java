package org.bengkel.json;

import java.util.regex.Pattern;
import org.bengkel.trainee.RegisterClass;

/**
 * Builds the JSON paths that {@link BengkelJsonException} reports: {@code $} for the document,
 * {@code .name} for a property, {@code [i]} for an array element; names that are not plain
 * identifiers are quoted, {@code ['a b']}. A name that starts as a registration number does (a
 * register class's prefix, such as {@code B.I}, and a separator) is shown {@code [<registration
 * number>]}, never as itself: a JSON tree or a caller's map may be keyed by registration number
 * (the CLI's {@code report-data} keys pieces so), and no path or error may repeat one.
 *
 * <p>Immutable and thread-safe (static helpers only).
 */
public final class JsonPath {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** How a path or an error shows a property name that may be a registration number. */
  static final String REGISTRATION_NUMBER = "<registration number>";

  private JsonPath() {}

  /** Whether a name starts as a registration number does (personal data: never shown). */
  static boolean isRegistrationNumber(String name) {
    return RegisterClass.ofPrefix(name).isPresent();
  }

  /** The name as an error's detail shows it: itself, or {@link #REGISTRATION_NUMBER}. */
  static String shownName(String name) {
    return isRegistrationNumber(name) ? REGISTRATION_NUMBER : name;
  }

  /**
   * The path of a property of an object.
   *
   * @param parent the object's path, not null
   * @param name the property's name, not null; shortened to 64 characters, with what is not
   *     printable escaped as by {@link org.bengkel.error.Messages#printable}; shown {@code
   *     [<registration number>]} if it starts with a register class's prefix and a separator
   * @return the path, never null
   */
  public static String property(String parent, String name) {
    if (IDENTIFIER.matcher(name).matches() && name.length() <= 64) {
      return parent + "." + name;
    }
    if (isRegistrationNumber(name)) {
      return parent + "[" + REGISTRATION_NUMBER + "]";
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
