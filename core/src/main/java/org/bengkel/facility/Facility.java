package org.bengkel.facility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A correctional facility (<i>Unit Pelaksana Teknis Pemasyarakatan, UPT</i>) that runs a workshop,
 * for example Lapas Kelas IIA Pamekasan under the Kanwil Ditjenpas Jawa Timur.
 *
 * <p>Build with {@link #builder()} or {@link #of}. Every attribute is required: {@code code} is a
 * short identifier of the facility within the library's data (upper-case letters, digits and
 * hyphens, such as {@code LAPAS-PAMEKASAN}), {@code name} its official name, {@code regionalOffice}
 * its <i>Kanwil</i>. Names are at most 200 characters and not blank.
 *
 * <p>Immutable and thread-safe. Building an invalid facility throws
 * {@link InvalidValueException} naming the field.
 */
@Value.Immutable
public abstract class Facility {

  /** The form of a facility code. */
  public static final String CODE_PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_PATTERN);
  static final int MAX_NAME = 200;

  Facility() {}

  /**
   * The facility's code, such as {@code LAPAS-PAMEKASAN}.
   *
   * @return the code, never null
   */
  @NotNull
  @Pattern(regexp = CODE_PATTERN)
  @Size(max = 40)
  public abstract String code();

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

  @Value.Check
  void check() {
    Checks.requireMatch(code(), "code", CODE, 40, "A-Z 0-9 -");
    Checks.requireText(name(), "name", MAX_NAME);
    Checks.requireText(regionalOffice(), "regionalOffice", MAX_NAME);
  }

  /**
   * A facility from all its attributes.
   *
   * @param code the code, not null
   * @param name the name, not null
   * @param type the type, not null
   * @param facilityClass the class, not null
   * @param regionalOffice the regional office, not null
   * @return the facility, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static Facility of(
      String code, String name, FacilityType type, FacilityClass facilityClass, String regionalOffice) {
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
