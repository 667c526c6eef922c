package org.bengkel.json.privacy;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.ProgrammeRule;
import org.bengkel.programme.SkillsPassport;

/**
 * The skills passport (<i>paspor keterampilan</i>) as it leaves the facility with its holder, for
 * an employer or a training institution: the completed programmes, the competency units and the
 * certificates, as of a date. It has no field for the holder's name, registration number, crime or
 * sentence (the holder shows who they are with their own papers), so its JSON cannot carry them.
 *
 * <p>It holds what {@link org.bengkel.programme.TrainingRegister#passport} puts in a passport on
 * its date, and nothing that date cannot hold: no programme completed and no unit achieved after
 * {@code asOf}, and only certificates valid on {@code asOf}, as {@link SkillsPassport} requires.
 * Reading a {@code skills-passport} document checks the same, so a passport dated before what it
 * lists is refused rather than read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date the passport was drawn up, not null
 * @param programmes the completed programmes, not null
 * @param units the competency units achieved, not null
 * @param certificates the certificates held, not null
 */
public record SkillsPassportView(
    LocalDate asOf,
    List<CompletedProgramme> programmes,
    List<AchievedUnit> units,
    List<Certificate> certificates) {

  /**
   * Checks and copies the components.
   *
   * @throws MissingValueException if a component is null
   * @throws InvalidValueException rule {@code value.date-order} (field {@code asOf}, the later date
   *     as detail) if a programme was completed or a unit achieved after {@code asOf}; rule {@code
   *     programme.passport.certificate} (field {@code certificates[i]}) for a certificate not valid
   *     on {@code asOf}
   */
  public SkillsPassportView {
    MissingValueException.required(asOf, "asOf");
    programmes = List.copyOf(programmes);
    units = List.copyOf(units);
    certificates = List.copyOf(certificates);
    for (CompletedProgramme p : programmes) {
      notBefore(asOf, p.completedOn());
    }
    for (AchievedUnit u : units) {
      notBefore(asOf, u.achievedOn());
    }
    for (int i = 0; i < certificates.size(); i++) {
      Certificate c = certificates.get(i);
      if (!c.isValidOn(asOf)) {
        throw InvalidValueException.of(
            ProgrammeRule.PASSPORT_CERTIFICATE, "certificates[" + i + "]", c.number(), asOf);
      }
    }
  }

  // a passport on asOf holds nothing dated after it
  private static void notBefore(LocalDate asOf, LocalDate dated) {
    if (asOf.isBefore(dated)) {
      throw InvalidValueException.of(CoreRule.DATE_ORDER, "asOf", asOf, dated);
    }
  }

  /**
   * The view of a passport: everything but the holder's identity.
   *
   * @param passport the passport, not null
   * @return the view, never null
   */
  public static SkillsPassportView of(SkillsPassport passport) {
    return new SkillsPassportView(
        passport.asOf(),
        passport.completedProgrammes(),
        passport.competencyUnits(),
        passport.certificates());
  }
}
