package org.bengkel.inventory;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The reference of a reservation (<i>nomor pemesanan</i>): the order line that stock is held for,
 * such as {@code SO-2026-0001-1}.
 *
 * <p>A reservation holds units of one SKU, so an order with several lines uses one id per line:
 * {@link #forLine(String, int)} builds {@code ORDER-LINE}. Upper-case letters and digits in groups
 * joined by hyphens, at most 40 characters. {@link #toString()} returns the code and {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class ReservationId implements Comparable<ReservationId>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private ReservationId(String value) {
    this.value = value;
  }

  /**
   * Reads a code.
   *
   * @param reservationId the code, not null
   * @return the id, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or {@code
   *     value.malformed} naming the field {@code reservationId}
   */
  public static ReservationId parse(CharSequence reservationId) {
    return new ReservationId(
        Checks.requireCode(
            reservationId == null ? null : reservationId.toString(), "reservationId"));
  }

  /**
   * Shorthand for {@link #parse(CharSequence)}.
   *
   * @param reservationId the code, not null
   * @return the id, never null
   * @throws InvalidValueException as {@link #parse(CharSequence)}
   */
  public static ReservationId of(String reservationId) {
    return parse(reservationId);
  }

  /**
   * The id of one line of an order: {@code orderReference + "-" + line}.
   *
   * @param orderReference the order's reference, such as {@code SO-2026-0001}, not null
   * @param line the line number, 1 or more
   * @return the id, such as {@code SO-2026-0001-1}, never null
   * @throws InvalidValueException rule {@code value.out-of-range} for a line below 1, or as {@link
   *     #parse(CharSequence)} for a malformed or too long result
   * @throws org.bengkel.error.MissingValueException if {@code orderReference} is null
   */
  public static ReservationId forLine(String orderReference, int line) {
    Checks.required(orderReference, "orderReference");
    Checks.requireRange(line, "line", 1, Integer.MAX_VALUE);
    if (orderReference == null) {
      throw org.bengkel.error.MissingValueException.of("reservationId");
    }
    return parse(orderReference + "-" + line);
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
  public int compareTo(ReservationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReservationId c && c.value.equals(value);
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
    throw new InvalidObjectException("ReservationId is read only through its serialized form");
  }

  /** The serialized form of a {@link ReservationId}: its fields, checked again when read. */
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
