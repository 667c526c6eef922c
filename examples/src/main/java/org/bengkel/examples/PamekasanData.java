package org.bengkel.examples;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.trainee.AssessmentKind;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.Trainee;

/**
 * The sample data of the Pamekasan scenario: Lapas Kelas IIA Pamekasan, its officers, the
 * trainees of October 2026 and the three skill programmes. All people are fictional.
 */
final class PamekasanData {

  static final LocalDate MONTH_START = LocalDate.of(2026, 10, 1);
  static final LocalDate MONTH_END = LocalDate.of(2026, 10, 31);

  static final Facility LAPAS =
      Facility.of(
          "LAPAS-PAMEKASAN",
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");

  static final Officer KASI_GIATJA =
      Officer.builder()
          .nip(Nip.parse("197805122005011002"))
          .name("Drs. Mohammad Rofik")
          .position("Kasi Kegiatan Kerja")
          .build();
  static final Officer WOOD_SUPERVISOR =
      Officer.builder()
          .nip(Nip.parse("198503122010121001"))
          .name("Agus Salim, S.T.")
          .position("Pengawas Bengkel Kayu")
          .build();
  static final Officer FOOD_SUPERVISOR =
      Officer.builder()
          .nip(Nip.parse("199001202015032002"))
          .name("Nur Aini, S.Gz.")
          .position("Pengawas Dapur Produksi")
          .build();
  static final Officer WASH_SUPERVISOR =
      Officer.builder()
          .nip(Nip.parse("198811072012121003"))
          .name("Fathor Rahman")
          .position("Pengawas SAE Cuci Kendaraan")
          .build();

  static final SkillProgramme WOOD =
      SkillProgramme.builder()
          .code(ProgrammeCode.of("KAYU-2026"))
          .name("Kerajinan Kayu: Miniatur Perahu dan Arek Lancor")
          .field(SkillField.WOOD_CRAFT)
          .skkniDecree("Kepmenaker 2/2020 (Industri Furnitur)")
          .addCompetencyUnits("C.31KRJ01.001.1", "C.31KRJ01.005.1")
          .trainingHours(160)
          .capacity(10)
          .addSupervisor(WOOD_SUPERVISOR.nip())
          .build();
  static final SkillProgramme WASH =
      SkillProgramme.builder()
          .code(ProgrammeCode.of("CUCI-2026"))
          .name("Jasa Cuci Mobil dan Motor (SAE)")
          .field(SkillField.VEHICLE_WASH)
          .skkniDecree("Kepmenaker 300/2020 (Perawatan Kendaraan)")
          .addCompetencyUnits("G.45PKB00.001.1")
          .trainingHours(80)
          .capacity(6)
          .addSupervisor(WASH_SUPERVISOR.nip())
          .outsideWalls(true)
          .build();
  static final SkillProgramme FOOD =
      SkillProgramme.builder()
          .code(ProgrammeCode.of("KULINER-2026"))
          .name("Kuliner Olahan: Kue Kering dan Jamu")
          .field(SkillField.CULINARY)
          .skkniDecree("Kepmenaker 76/2022 (Pengolahan Makanan)")
          .addCompetencyUnits("C.10PMN00.001.1", "C.10PMN00.012.1")
          .trainingHours(160)
          .capacity(8)
          .addSupervisor(FOOD_SUPERVISOR.nip())
          .build();

  static final List<SkillProgramme> PROGRAMMES = List.of(WOOD, WASH, FOOD);

  /** Every trainee with all assessments approved, unless the scenario says otherwise. */
  private static Trainee approved(Trainee t, LocalDate on) {
    return t.withAssessment(AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, on))
        .withAssessment(AssessmentRecord.positive(AssessmentKind.LITMAS, on))
        .withAssessment(AssessmentRecord.positive(AssessmentKind.ACTIVE_PARTICIPATION, on));
  }

  private static Trainee convict(
      String number, String name, CrimeCategory crime, Period length, LocalDate firstDay) {
    return Trainee.convict(
        RegistrationNumber.of(number), name, LAPAS.code(), crime,
        Sentence.imprisonment(length, firstDay));
  }

  static final LocalDate ASSESSED = LocalDate.of(2026, 9, 15);

  static final Trainee AHMAD =
      approved(convict("B.I-0412/2024", "Ahmad Fauzi", CrimeCategory.GENERAL,
          Period.ofYears(3), LocalDate.of(2024, 3, 1)), ASSESSED);
  static final Trainee HASAN =
      approved(convict("B.I-0977/2025", "Moh. Hasan", CrimeCategory.GENERAL,
          Period.ofYears(2), LocalDate.of(2025, 6, 10)), ASSESSED)
          .withDisciplineRecord(DisciplineRecord.of(LocalDate.of(2026, 7, 15)));
  static final Trainee SLAMET =
      approved(convict("B.I-0231/2023", "Slamet Riyadi", CrimeCategory.NARCOTICS,
          Period.ofYears(6), LocalDate.of(2023, 1, 9)), ASSESSED);
  static final Trainee ABDUL =
      convict("B.IIa-0102/2026", "Abdul Rahman", CrimeCategory.GENERAL,
          Period.ofMonths(10), LocalDate.of(2026, 3, 2))
          .withAssessment(AssessmentRecord.positive(AssessmentKind.LITMAS, ASSESSED))
          .withAssessment(AssessmentRecord.positive(AssessmentKind.ACTIVE_PARTICIPATION, ASSESSED));
  static final Trainee RUDI =
      approved(convict("B.I-1150/2024", "Rudi Hartono", CrimeCategory.GENERAL,
          Period.ofYears(4), LocalDate.of(2024, 11, 4)), ASSESSED);
  static final Trainee IMAM =
      approved(convict("B.I-0815/2025", "Imam Syafii", CrimeCategory.GENERAL,
          Period.ofMonths(18), LocalDate.of(2025, 8, 1)), ASSESSED)
          .withRemission(Remission.of(30, LocalDate.of(2026, 8, 17), RemissionKind.GENERAL));
  static final Trainee YUSUF =
      approved(convict("B.I-1342/2023", "Yusuf Maulana", CrimeCategory.GENERAL,
          Period.ofYears(3), LocalDate.of(2023, 12, 4)), ASSESSED);
  static final Trainee HAIRUL =
      approved(convict("B.IIa-0233/2026", "Hairul Anam", CrimeCategory.GENERAL,
          Period.ofMonths(8), LocalDate.of(2026, 5, 11)), ASSESSED);
  static final Trainee FAISOL =
      approved(convict("B.I-0590/2025", "Faisol Amir", CrimeCategory.GENERAL,
          Period.ofYears(2), LocalDate.of(2025, 4, 14)), ASSESSED);
  static final Trainee BUDI =
      Trainee.detainee(RegistrationNumber.of("A.II-0077/2026"), "Budi Santoso", LAPAS.code(),
          CrimeCategory.GENERAL);

  static final List<Trainee> TRAINEES =
      List.of(AHMAD, HASAN, SLAMET, ABDUL, RUDI, IMAM, YUSUF, HAIRUL, FAISOL, BUDI);

  static final Map<RegistrationNumber, Trainee> BY_NUMBER =
      TRAINEES.stream().collect(Collectors.toMap(Trainee::registrationNumber, Function.identity()));

  /** Who applies to which programme on 1 October 2026. */
  static final Map<SkillProgramme, List<Trainee>> APPLICATIONS =
      Map.of(
          WOOD, List.of(SLAMET, RUDI, HASAN),
          WASH, List.of(AHMAD, IMAM, YUSUF, ABDUL),
          FOOD, List.of(HAIRUL, FAISOL, BUDI));

  private PamekasanData() {}
}
