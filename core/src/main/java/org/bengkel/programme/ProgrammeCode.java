package org.bengkel.programme;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The code of a skill programme (<i>kode program pelatihan</i>), such as {@code KULINER-2026}.
 *
 * <p>Upper-case letters and digits in groups joined by hyphens, at most 40 characters. {@link
 * #toString()} returns the code and {@link #parse(CharSequence)} reads it back.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class ProgrammeCode implements Comparable<ProgrammeCode>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private ProgrammeCode(String value) {
    this.value = value;
  }

  /**
   * Reads a code.
   *
   * @param programme the code, not null
   * @return the code, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or {@code
   *     value.malformed} naming the field {@code programme}
   */
  public static ProgrammeCode parse(CharSequence programme) {
    return new ProgrammeCode(
        Checks.requireCode(programme == null ? null : programme.toString(), "programme"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param programme the code, not null
   * @return the code, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static ProgrammeCode of(String programme) {
    return parse(programme);
  }

  /**
   * The code.
   *
   * @return the code, never null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ProgrammeCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProgrammeCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(String)}, so no byte stream can build an invalid value.
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
    throw new InvalidObjectException("ProgrammeCode is read only through its serialized form");
  }

  /** The serialized form of a {@link ProgrammeCode}: its fields, checked again when read. */
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
