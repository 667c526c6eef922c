package org.bengkel.programme;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.bengkel.error.Displayable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The field of a skill programme (<i>bidang keterampilan</i>), such as wood craft (<i>kerajinan
 * kayu</i>), vehicle wash (<i>jasa cuci kendaraan</i>) or culinary (<i>kuliner olahan</i>).
 *
 * <p>An open set: the constants name the fields of the Pamekasan workshop, and {@link #of(String)}
 * accepts any other code of the same form (upper-case letters and digits in groups joined by
 * hyphens, at most 40 characters), so a facility can add fields such as {@code TAILORING}. {@link
 * #toString()} returns the code; {@link #displayName} the name people read ({@code wood craft},
 * {@code kerajinan kayu}), the code itself for a field bengkel has no name for.
 *
 * <p>Immutable and thread-safe; equality is by the code.
 */
public final class SkillField implements Comparable<SkillField>, Serializable, Displayable {

  private static final long serialVersionUID = 1L;

  /** Wood craft (<i>kerajinan kayu</i>): boat miniatures, monument miniatures, furniture. */
  public static final SkillField WOOD_CRAFT = new SkillField("WOOD-CRAFT");

  /** Vehicle wash (<i>jasa cuci mobil dan motor</i>), usually outside the walls (SAE). */
  public static final SkillField VEHICLE_WASH = new SkillField("VEHICLE-WASH");

  /** Processed food (<i>kuliner olahan</i>): kue kering, traditional snacks, herbal drinks. */
  public static final SkillField CULINARY = new SkillField("CULINARY");

  private final String code;

  private SkillField(String code) {
    this.code = code;
  }

  /**
   * The field with this code.
   *
   * @param field the code, not null
   * @return the field, never null (the constant where one has this code)
   * @throws InvalidValueException rule {@code value.required}, {@code value.too-long} or {@code
   *     value.malformed} naming the field {@code field}
   */
  public static SkillField of(String field) {
    Checks.requireCode(field, "field");
    for (SkillField known : new SkillField[] {WOOD_CRAFT, VEHICLE_WASH, CULINARY}) {
      if (known.code.equals(field)) {
        return known;
      }
    }
    return new SkillField(field);
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
  public int compareTo(SkillField other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkillField f && f.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The code, which {@link #of(String)} reads back.
   *
   * @return the code, never null
   */
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
    throw new InvalidObjectException("SkillField is read only through its serialized form");
  }

  /** The serialized form of a {@link SkillField}: its fields, checked again when read. */
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
