package org.bengkel.trainee;

import java.time.LocalDate;
import java.time.Period;
import org.bengkel.facility.FacilityCode;

/** Hand-built test data for the trainee package (core tests cannot use the testkit). */
final class Fixtures {

  static final FacilityCode FACILITY = FacilityCode.of("LAPAS-PAMEKASAN");
  static final String NAME = "Siti Nurhaliza Binti Contoh";
  static final String NUMBER_TAIL = "4711/2024";

  private Fixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static RegistrationNumber number(RegisterClass rc) {
    return RegistrationNumber.parse(rc.prefix() + "-" + NUMBER_TAIL);
  }

  /** A convict in custody whose registration number fits the sentence. */
  static Trainee convict(CrimeCategory category, Sentence sentence) {
    return Trainee.convict(number(sentence.registerClass()), NAME, FACILITY, category, sentence);
  }

  static Trainee convict(CrimeCategory category, Period length, String firstDay) {
    return convict(category, Sentence.imprisonment(length, date(firstDay)));
  }

  /** Adds positive participation and TPP approval (and Litmas, crime-specific) dated {@code on}. */
  static Trainee assessed(Trainee t, String on, AssessmentKind... kinds) {
    Trainee result = t;
    for (AssessmentKind k : kinds) {
      result = result.withAssessment(AssessmentRecord.positive(k, date(on)));
    }
    return result;
  }

  static final AssessmentKind[] ASIMILASI_INPUTS = {
    AssessmentKind.ACTIVE_PARTICIPATION, AssessmentKind.TPP_APPROVAL
  };

  static final AssessmentKind[] ALL_INPUTS = AssessmentKind.values();
}
