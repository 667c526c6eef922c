package org.bengkel.catalog;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.Displayable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The class of a vehicle that a wash service is priced by (<i>jenis kendaraan</i>), such as
 * motorcycle or car.
 *
 * <p>An open set: {@link #MOTORCYCLE} and {@link #CAR} are predefined and {@link #of(String)}
 * accepts any other code (for example {@code PICKUP}). {@link #toString()} returns the code and
 * {@link #of(String)} reads it back; {@link #displayName} is the name people read ({@code car},
 * {@code mobil}), the code itself for a class bengkel has no name for.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class VehicleClass implements Comparable<VehicleClass>, Serializable, Displayable {

  private static final long serialVersionUID = 1L;

  /** Motorcycle (<i>sepeda motor</i>). */
  public static final VehicleClass MOTORCYCLE = new VehicleClass("MOTORCYCLE");

  /** Car (<i>mobil</i>). */
  public static final VehicleClass CAR = new VehicleClass("CAR");

  private final String code;

  private VehicleClass(String code) {
    this.code = code;
  }

  /**
   * The vehicle class with this code.
   *
   * @param vehicleClass upper-case letters and digits in groups joined by hyphens, not null
   * @return the class, never null
   * @throws InvalidValueException {@code value.required}, {@code value.malformed} or {@code
   *     value.too-long} naming the field {@code vehicleClass}
   */
  public static VehicleClass of(String vehicleClass) {
    return new VehicleClass(Checks.requireCode(vehicleClass, "vehicleClass"));
  }

  /**
   * The code.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(VehicleClass other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VehicleClass v && v.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through {@link #of(String)}, so no byte stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(code);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("VehicleClass is read only through its serialized form");
  }

  /** The serialized form of a {@link VehicleClass}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;

    SerializedForm(String code) {
      this.code = code;
    }

    private Object readResolve() throws InvalidObjectException {
      return Checks.validOnRead(() -> of(code));
    }
  }
}
