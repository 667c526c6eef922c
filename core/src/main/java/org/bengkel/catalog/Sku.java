package org.bengkel.catalog;

import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The stock-keeping unit of a product or service (<i>kode barang</i>), such as {@code KUE-KERING-500G}.
 *
 * <p>Upper-case letters and digits in groups joined by hyphens, at most 40 characters.
 * {@link #toString()} returns the code and {@link #parse(CharSequence)} reads it back.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class Sku implements Comparable<Sku>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private Sku(String value) {
    this.value = value;
  }

  /**
   * Reads a code.
   *
   * @param text the code, not null
   * @return the code, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or
   *     {@code value.malformed} naming the field {@code sku}
   */
  public static Sku parse(CharSequence text) {
    return new Sku(Checks.requireCode(text == null ? null : text.toString(), "sku"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param text the code, not null
   * @return the code, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static Sku of(String text) {
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
  public int compareTo(Sku other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sku c && c.value.equals(value);
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
