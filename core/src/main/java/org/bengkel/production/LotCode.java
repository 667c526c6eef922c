package org.bengkel.production;

import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The lot code of a production batch, printed on the package as its production code (<i>kode produksi</i>), such as {@code KK-20261102-01}.
 *
 * <p>Upper-case letters and digits in groups joined by hyphens, at most 40 characters.
 * {@link #toString()} returns the code and {@link #parse(CharSequence)} reads it back.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class LotCode implements Comparable<LotCode>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private LotCode(String value) {
    this.value = value;
  }

  /**
   * Reads a code.
   *
   * @param text the code, not null
   * @return the code, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or
   *     {@code value.malformed} naming the field {@code lotCode}
   */
  public static LotCode parse(CharSequence text) {
    return new LotCode(Checks.requireCode(text == null ? null : text.toString(), "lotCode"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param text the code, not null
   * @return the code, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static LotCode of(String text) {
    return parse(text);
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
  public int compareTo(LotCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LotCode c && c.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
