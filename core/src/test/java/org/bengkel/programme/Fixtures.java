package org.bengkel.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import org.bengkel.error.BengkelException;
import org.bengkel.facility.Nip;
import org.bengkel.trainee.RegistrationNumber;

/** Hand-built test data for the programme package: the three Pamekasan programmes. */
final class Fixtures {

  static final Nip SUPERVISOR = Nip.of("198503122010121001");
  static final Nip ASSESSOR = Nip.of("199001012015032002");

  static final ProgrammeCode KAYU = ProgrammeCode.of("KAYU-2026");
  static final ProgrammeCode CUCI = ProgrammeCode.of("CUCI-2026");
  static final ProgrammeCode KULINER = ProgrammeCode.of("KULINER-2026");

  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");
  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2025");
  static final RegistrationNumber CANDRA = RegistrationNumber.of("B.IIa-103/2025");
  static final RegistrationNumber DEDI = RegistrationNumber.of("B.IIb-104/2025");
  static final RegistrationNumber EKO = RegistrationNumber.of("B.III-105/2025");
  static final RegistrationNumber TAHANAN = RegistrationNumber.of("A.II-77/2026");

  static final LocalDate MON = LocalDate.of(2026, 3, 2);

  private Fixtures() {}

  static SkillProgramme.Builder programme(ProgrammeCode code, SkillField field, int capacity) {
    return SkillProgramme.builder()
        .code(code)
        .name("Pelatihan " + code)
        .field(field)
        .skkniDecree("Kepmenaker 321 Tahun 2016")
        .addCompetencyUnits("UNIT.001.01", "UNIT.002.01")
        .trainingHours(160)
        .capacity(capacity)
        .addSupervisor(SUPERVISOR);
  }

  static SkillProgramme kayu(int capacity) {
    return programme(KAYU, SkillField.WOOD_CRAFT, capacity).build();
  }

  static SkillProgramme kuliner(int capacity) {
    return programme(KULINER, SkillField.CULINARY, capacity).build();
  }

  static SkillProgramme cuci(int capacity) {
    return programme(CUCI, SkillField.VEHICLE_WASH, capacity).outsideWalls(true).build();
  }

  static Session session(ProgrammeCode p, LocalDate date, int fromHour, int toHour) {
    return Session.of(p, date, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0));
  }

  static String rule(Throwable t) {
    return ((BengkelException) t).ruleCode();
  }
}
