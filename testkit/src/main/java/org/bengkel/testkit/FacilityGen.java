package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;

/**
 * Generators of valid facilities and officers (<i>UPT dan petugas</i>): {@link Nip}, {@link
 * Officer}, {@link Facility} and their parts.
 *
 * <p>Names are drawn from realistic Indonesian names, towns and provinces, with now and then an
 * arbitrary text up to the longest allowed, so that tests meet both ordinary and edge values.
 *
 * <p>Stateless and thread-safe.
 */
public final class FacilityGen {

  private static final List<String> GIVEN_NAMES =
      List.of(
          "Ahmad",
          "Siti",
          "Budi",
          "Dewi",
          "Rahmat",
          "Nur",
          "Sri",
          "Slamet",
          "Agus",
          "Wahyuni",
          "Moh.",
          "Abdul",
          "Fitri",
          "Hadi",
          "Rina",
          "Yusuf",
          "Kurniawan",
          "Lestari",
          "Hasan",
          "Aisyah");
  private static final List<String> FAMILY_NAMES =
      List.of(
          "Hidayat",
          "Rahmawati",
          "Santoso",
          "Wijaya",
          "Saputra",
          "Hasanah",
          "Syafi'i",
          "Fauzi",
          "Maulana",
          "Susanti",
          "Prasetyo",
          "Kusuma",
          "Ramadhan",
          "Hakim");
  private static final List<String> TITLES =
      List.of("", "", "", ", S.H.", ", A.Md.P.", ", S.Sos.", ", M.H.");
  private static final List<String> POSITIONS =
      List.of(
          "Kepala Lapas",
          "Kasi Kegiatan Kerja",
          "Kasubsi Sarana Kerja",
          "Kasubsi Bimbingan Kerja",
          "Petugas Bengkel Kerja",
          "Pengelola Hasil Kerja",
          "Instruktur Kerajinan Kayu",
          "Instruktur Tata Boga");
  private static final List<String> TOWNS =
      List.of(
          "Pamekasan",
          "Sumenep",
          "Bangkalan",
          "Sampang",
          "Malang",
          "Surabaya",
          "Sidoarjo",
          "Jember",
          "Banyuwangi",
          "Kediri",
          "Madiun",
          "Yogyakarta",
          "Semarang",
          "Cipinang",
          "Tangerang",
          "Bandung",
          "Denpasar",
          "Makassar",
          "Medan",
          "Palembang");
  private static final List<String> PROVINCES =
      List.of(
          "Jawa Timur",
          "Jawa Tengah",
          "Jawa Barat",
          "DKI Jakarta",
          "Banten",
          "DI Yogyakarta",
          "Bali",
          "Sulawesi Selatan",
          "Sumatera Utara",
          "Sumatera Selatan");
  private static final String TEXT_ALPHABET =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'-()éÉ\u00a0ñ\uD83D\uDE00";
  private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
  private static final LocalDate LATEST_BIRTH = LocalDate.of(2007, 12, 31);

  private FacilityGen() {}

  /**
   * The sex digit of a NIP.
   *
   * @return the generator, never null
   */
  public static Gen<Nip.Sex> sexes() {
    return Gen.enums(Nip.Sex.class);
  }

  /**
   * Valid NIPs: a real birth date between 1950 and 2007; an appointment month usually at age 18 to
   * 45, sometimes the very month after birth or any month up to 2099; either sex digit; a serial
   * from 001 to 999.
   *
   * @return the generator, never null
   */
  public static Gen<Nip> nips() {
    return random -> {
      LocalDate birth = Gen.dates(EARLIEST_BIRTH, LATEST_BIRTH).next(random);
      YearMonth born = YearMonth.from(birth);
      YearMonth appointed =
          switch (random.nextInt(10)) {
            case 0 -> born.plusMonths(1);
            case 1 ->
                born.plusMonths(
                    random.nextLong(
                        1,
                        born.until(YearMonth.of(2099, 12), java.time.temporal.ChronoUnit.MONTHS)
                            + 1));
            default -> born.plusYears(18).plusMonths(random.nextLong(0, 27 * 12 + 1));
          };
      char sex = random.nextBoolean() ? '1' : '2';
      int serial =
          random.nextInt(10) == 0 ? (random.nextBoolean() ? 1 : 999) : random.nextInt(1, 1000);
      String digits =
          String.format(
              Locale.ROOT,
              "%04d%02d%02d%04d%02d%c%03d",
              birth.getYear(),
              birth.getMonthValue(),
              birth.getDayOfMonth(),
              appointed.getYear(),
              appointed.getMonthValue(),
              sex,
              serial);
      return Nip.parse(digits);
    };
  }

  /**
   * Officers' names as written in staff records, sometimes with an academic title; now and then any
   * non-blank text up to the 200 characters allowed.
   *
   * @return the generator, never null
   */
  public static Gen<String> officerNames() {
    Gen<String> realistic =
        random ->
            Gen.choose(GIVEN_NAMES).next(random)
                + " "
                + Gen.choose(FAMILY_NAMES).next(random)
                + Gen.choose(TITLES).next(random);
    return Gen.frequency(Gen.weighted(9, realistic), Gen.weighted(1, texts(200)));
  }

  /**
   * An officer's position (<i>jabatan</i>), or none.
   *
   * @return the generator, never null
   */
  public static Gen<Optional<String>> positions() {
    return Gen.optionalOf(
        Gen.frequency(Gen.weighted(9, Gen.choose(POSITIONS)), Gen.weighted(1, texts(200))));
  }

  /**
   * Valid officers.
   *
   * @return the generator, never null
   */
  public static Gen<Officer> officers() {
    return random ->
        Officer.builder()
            .nip(nips().next(random))
            .name(officerNames().next(random))
            .position(positions().next(random))
            .build();
  }

  /**
   * Facility types.
   *
   * @return the generator, never null
   */
  public static Gen<FacilityType> facilityTypes() {
    return Gen.enums(FacilityType.class);
  }

  /**
   * Facility classes.
   *
   * @return the generator, never null
   */
  public static Gen<FacilityClass> facilityClasses() {
    return Gen.enums(FacilityClass.class);
  }

  /**
   * Facility codes of the form {@link FacilityCode#PATTERN}: usually a type and a town such as
   * {@code LAPAS-PAMEKASAN}, sometimes arbitrary groups up to the 40 characters allowed.
   *
   * @return the generator, never null
   */
  public static Gen<FacilityCode> facilityCodes() {
    Gen<String> realistic =
        Gen.zip(
            facilityTypes(),
            Gen.choose(TOWNS),
            (type, town) -> prefix(type) + "-" + town.toUpperCase(Locale.ROOT));
    Gen<String> arbitrary =
        Gen.listOf(Gen.strings(CODE_ALPHABET, 1, 8), 1, 5)
            .map(groups -> String.join("-", groups))
            .filter(code -> code.length() <= 40);
    return Gen.frequency(Gen.weighted(3, realistic), Gen.weighted(1, arbitrary))
        .map(FacilityCode::of);
  }

  /**
   * Regional offices (<i>Kanwil Ditjenpas</i>), such as {@code Kanwil Ditjenpas Jawa Timur}.
   *
   * @return the generator, never null
   */
  public static Gen<String> regionalOffices() {
    return Gen.frequency(
        Gen.weighted(9, Gen.choose(PROVINCES).map(p -> "Kanwil Ditjenpas " + p)),
        Gen.weighted(1, texts(200)));
  }

  /**
   * Valid facilities whose code, name and type agree, such as {@code LAPAS-PAMEKASAN}, "Lapas Kelas
   * IIA Pamekasan"; now and then arbitrary codes and names.
   *
   * @return the generator, never null
   */
  public static Gen<Facility> facilities() {
    return random -> {
      FacilityType type = facilityTypes().next(random);
      FacilityClass facilityClass = facilityClasses().next(random);
      String town = Gen.choose(TOWNS).next(random);
      boolean arbitrary = random.nextInt(10) == 0;
      return Facility.builder()
          .code(
              arbitrary
                  ? facilityCodes().next(random)
                  : FacilityCode.of(prefix(type) + "-" + town.toUpperCase(Locale.ROOT)))
          .name(
              arbitrary
                  ? texts(200).next(random)
                  : label(type) + " Kelas " + facilityClass + " " + town)
          .type(type)
          .facilityClass(facilityClass)
          .regionalOffice(regionalOffices().next(random))
          .build();
    };
  }

  /**
   * Non-blank texts of 1 to {@code maxLength} characters (UTF-16 units, as the checks count them),
   * mixing letters, digits, punctuation, spaces, accented letters and a character outside the Basic
   * Multilingual Plane.
   *
   * @param maxLength the longest length, one or more
   * @return the generator, never null
   */
  static Gen<String> texts(int maxLength) {
    return Gen.strings(TEXT_ALPHABET, 1, maxLength)
        .filter(s -> !s.isBlank() && s.length() <= maxLength);
  }

  private static String prefix(FacilityType type) {
    return type.name().replace('_', '-');
  }

  private static String label(FacilityType type) {
    return switch (type) {
      case LAPAS -> "Lapas";
      case LAPAS_NARKOTIKA -> "Lapas Narkotika";
      case RUTAN -> "Rutan";
      case LPKA -> "LPKA";
      case LPP -> "LPP";
    };
  }
}
