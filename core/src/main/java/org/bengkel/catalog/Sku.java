package org.bengkel.catalog;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The stock-keeping unit of a product or service (<i>kode barang</i>), such as {@code
 * KUE-KERING-500G}.
 *
 * <p>Upper-case letters and digits in groups joined by hyphens, at most 40 characters. {@link
 * #toString()} returns the code and {@link #parse(CharSequence)} reads it back.
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
   * @param sku the code, not null
   * @return the code, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or {@code
   *     value.malformed} naming the field {@code sku}
   */
  public static Sku parse(CharSequence sku) {
    return new Sku(Checks.requireCode(sku == null ? null : sku.toString(), "sku"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param sku the code, not null
   * @return the code, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static Sku of(String sku) {
    return parse(sku);
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
    throw new InvalidObjectException("Sku is read only through its serialized form");
  }

  /** The serialized form of a {@link Sku}: its fields, checked again when read. */
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
