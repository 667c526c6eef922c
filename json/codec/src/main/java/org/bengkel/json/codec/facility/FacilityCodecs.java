package org.bengkel.json.codec.facility;

import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.schema.JsonSchema;

/**
 * The JSON form of the facility types (<i>UPT pemasyarakatan</i>): facilities, officers
 * (<i>petugas</i>) and their NIP, written as an 18-digit string.
 *
 * <p>Immutable and thread-safe.
 */
public final class FacilityCodecs {

  /** {@link Nip}: the 18 digits as a string, {@code "198503152010121002"}. */
  public static final Codec<Nip> NIP =
      Codec.ofString(
          Nip.class,
          Nip::parse,
          Nip::toString,
          JsonSchema.pattern("[0-9]{18}", 18)
              .describedAs(
                  "NIP: 18 digits; the embedded dates, sex and serial are checked by the reader"));

  /** {@link FacilityType}: the constant name, {@code "LAPAS"}. */
  public static final Codec<FacilityType> FACILITY_TYPE = Codec.ofEnum(FacilityType.class);

  /** {@link FacilityClass}: the constant name, {@code "IIA"}. */
  public static final Codec<FacilityClass> FACILITY_CLASS = Codec.ofEnum(FacilityClass.class);

  /** {@link TimeZoneName}: the zone's name, {@code "WIB"}, {@code "WITA"} or {@code "WIT"}. */
  public static final Codec<TimeZoneName> TIME_ZONE = Codec.ofEnum(TimeZoneName.class);

  // a facility's or officer's name, regional office or position: core's bound of 200 characters
  private static final Codec<String> NAME = Scalars.text(1, 200);

  /**
   * {@link Facility}: {@code {"code","name","type","facilityClass","regionalOffice","zone"}};
   * {@code zone} always written and optional on reading (WIB when absent, as in documents written
   * before it existed).
   */
  public static final Codec<Facility> FACILITY =
      ObjectCodec.builder(Facility.class, Facility::builder, Facility.Builder::build)
          .required("code", Scalars.FACILITY_CODE, Facility::code, Facility.Builder::code)
          .required("name", NAME, Facility::name, Facility.Builder::name)
          .required("type", FACILITY_TYPE, Facility::type, Facility.Builder::type)
          .required(
              "facilityClass",
              FACILITY_CLASS,
              Facility::facilityClass,
              Facility.Builder::facilityClass)
          .required(
              "regionalOffice", NAME, Facility::regionalOffice, Facility.Builder::regionalOffice)
          .nullable("zone", TIME_ZONE, Facility::zone, Facility.Builder::zone)
          .describedAs("A correctional facility (UPT pemasyarakatan)")
          .build();

  /** {@link Officer}: {@code {"nip","name","position"}}, {@code position} optional. */
  public static final Codec<Officer> OFFICER =
      ObjectCodec.builder(Officer.class, Officer::builder, Officer.Builder::build)
          .required("nip", NIP, Officer::nip, Officer.Builder::nip)
          .required("name", NAME, Officer::name, Officer.Builder::name)
          .optional("position", NAME, Officer::position, Officer.Builder::position)
          .describedAs("An officer (petugas) of a facility")
          .build();

  private FacilityCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(NIP, FACILITY_TYPE, FACILITY_CLASS, TIME_ZONE, FACILITY, OFFICER);
  }
}
