package org.bengkel.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A correctional facility (<i>Unit Pelaksana Teknis Pemasyarakatan, UPT</i>) that runs a workshop,
 * for example Lapas Kelas IIA Pamekasan under the Kanwil Ditjenpas Jawa Timur.
 *
 * <p>Build with {@link #builder()} or {@link #of}. Every attribute is required: {@code code} is a
 * {@link FacilityCode}, the short identifier of the facility within the library's data (such as
 * {@code LAPAS-PAMEKASAN}), {@code name} its official name, {@code regionalOffice} its
 * <i>Kanwil</i>. Names are at most 200 characters and not blank. {@code zone} is the facility's
 * time zone (WIB, WITA or WIT); it defaults to WIB, the zone of most facilities, and is what the
 * facility's local dates and times are derived in from the instants it records.
 *
 * <p>Immutable and thread-safe. Building an invalid facility throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class Facility {

  /**
   * The form of a facility code and of the other identifier codes: {@link FacilityCode#PATTERN}.
   */
  public static final String CODE_PATTERN = FacilityCode.PATTERN;

  static final int MAX_NAME = 200;

  Facility() {}

  /**
   * The facility's code, such as {@code LAPAS-PAMEKASAN}.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode code();

  /**
   * The official name, such as {@code Lapas Kelas IIA Pamekasan}.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = MAX_NAME)
  public abstract String name();

  /**
   * The facility type.
   *
   * @return the type, never null
   */
  @NotNull
  public abstract FacilityType type();

  /**
   * The facility class.
   *
   * @return the class, never null
   */
  @NotNull
  public abstract FacilityClass facilityClass();

  /**
   * The regional office (<i>Kanwil Ditjenpas</i>), such as {@code Kanwil Ditjenpas Jawa Timur}.
   *
   * @return the office's name, never null or blank
   */
  @NotBlank
  @Size(max = MAX_NAME)
  public abstract String regionalOffice();

  /**
   * The facility's time zone (<i>zona waktu</i>): records hold instants, and the facility's local
   * dates and times (expiry, opening hours, the audit trail's clock) are derived in this zone.
   *
   * @return the zone, never null; {@link TimeZoneName#WIB} unless set
   */
  @NotNull
  @Value.Default
  public TimeZoneName zone() {
    return TimeZoneName.WIB;
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "name", MAX_NAME);
    Checks.requireText(regionalOffice(), "regionalOffice", MAX_NAME);
  }

  /**
   * A facility from all its attributes.
   *
   * @param code the code, not null, such as {@code LAPAS-PAMEKASAN}
   * @param name the name, not null
   * @param type the type, not null
   * @param facilityClass the class, not null
   * @param regionalOffice the regional office, not null
   * @return the facility, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static Facility of(
      FacilityCode code,
      String name,
      FacilityType type,
      FacilityClass facilityClass,
      String regionalOffice) {
    return builder()
        .code(code)
        .name(name)
        .type(type)
        .facilityClass(facilityClass)
        .regionalOffice(regionalOffice)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Facility}; not thread-safe. */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }
}
