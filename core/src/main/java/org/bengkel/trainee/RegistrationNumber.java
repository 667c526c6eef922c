package org.bengkel.trainee;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;

/**
 * The registration number of a person in custody (<i>nomor register</i>), such as {@code
 * B.I-123/2024}: personal data.
 *
 * <p>The string format varies between facilities, so only the register-class prefix is checked (see
 * {@link RegisterClass#ofPrefix(String)}): a known prefix, then a separator (space, dot, hyphen or
 * slash) and at least one more character; at most 40 characters, no control characters, and no
 * {@linkplain #isInvisible invisible character} at the end (it cannot be seen, and {@code
 * "B.I-123/2024 "} would be another person's number than {@code "B.I-123/2024"}). The rest is kept
 * as given.
 *
 * <p><b>Personal data.</b> A registration number identifies an inmate (UU 27/2022): {@link
 * #toString()} shows only the register class ({@code RegistrationNumber[B.I ***]}), and errors
 * never repeat the value. Use {@link #value()} where the number itself must be stored or exchanged,
 * and {@link #parse(CharSequence)} to read it back.
 *
 * <p>Immutable and thread-safe; equality is by the exact string.
 */
public final class RegistrationNumber implements Comparable<RegistrationNumber>, Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The most characters of a registration number: 40, counted as code points (an emoji is one
   * character), as JSON Schema's {@code maxLength} counts them.
   */
  public static final int MAX_LENGTH = 40;

  private final String value;
  private final RegisterClass registerClass;

  private RegistrationNumber(String value, RegisterClass registerClass) {
    this.value = value;
    this.registerClass = registerClass;
  }

  /**
   * Reads a registration number.
   *
   * @param registrationNumber the number as the facility writes it, not null
   * @return the registration number, never null
   * @throws InvalidValueException rule {@link TraineeRule#REGISTRATION_FORMAT} (without repeating
   *     the value) if the prefix is unknown, nothing follows it, it is too long, has control
   *     characters or ends with an {@linkplain #isInvisible invisible character}
   */
  public static RegistrationNumber parse(CharSequence registrationNumber) {
    if (registrationNumber == null) {
      throw MissingValueException.of("registrationNumber");
    }
    String s = registrationNumber.toString();
    RegisterClass rc = RegisterClass.ofPrefixOrNull(s);
    // nothing after the prefix and its separator is blank from there too: no length check for it
    if (rc == null
        || (s.length() > MAX_LENGTH && s.codePointCount(0, s.length()) > MAX_LENGTH)
        || hasControl(s)
        || isBlankFrom(s, rc.prefix().length() + 1)
        || isInvisible(s.codePointBefore(s.length()))) {
      throw InvalidValueException.personal(TraineeRule.REGISTRATION_FORMAT, "registrationNumber");
    }
    return new RegistrationNumber(s, rc);
  }

  /**
   * Whether a character cannot be seen at the end of a registration number, which a number must not
   * end with: white space ({@link Character#isWhitespace(int)}), a space separator such as the
   * no-break space ({@link Character#isSpaceChar(int)}) or a format character such as the
   * zero-width space or the byte order mark ({@link Character#FORMAT}).
   *
   * @param codePoint any code point
   * @return whether it is invisible so
   */
  public static boolean isInvisible(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT;
  }

  /** Whether any char is an ISO control character (plain loop: this runs for every number read). */
  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s.substring(from)} is blank, as {@link String#isBlank()}, without copying. */
  private static boolean isBlankFrom(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param registrationNumber the number, not null
   * @return the registration number, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static RegistrationNumber of(String registrationNumber) {
    return parse(registrationNumber);
  }

  /**
   * The number exactly as written. Personal data: do not log or show it to buyers.
   *
   * @return the number, never null
   */
  public String value() {
    return value;
  }

  /**
   * The register class given by the prefix.
   *
   * @return the class, never null
   */
  public RegisterClass registerClass() {
    return registerClass;
  }

  @Override
  public int compareTo(RegistrationNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistrationNumber r && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * A redacted description: the register class only, such as {@code RegistrationNumber[B.I ***]}.
   *
   * @return the description, never the number itself
   */
  @Override
  public String toString() {
    return "RegistrationNumber[" + registerClass.prefix() + " ***]";
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(String)}, so no byte stream can build an invalid value. The
   * stream holds the number itself (personal data): treat it as such.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(value);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RegistrationNumber is read only through its serialized form");
  }

  /** The serialized form of a {@link RegistrationNumber}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    SerializedForm(String value) {
      this.value = value;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(value));
    }
  }
}
