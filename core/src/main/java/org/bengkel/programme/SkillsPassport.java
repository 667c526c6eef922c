package org.bengkel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A trainee's skills passport (<i>paspor keterampilan</i>): what they take to an employer on
 * release. For one trainee on one date: the programmes completed, hours trained per field, the
 * competency units achieved and the certificates valid on that date.
 *
 * <p>It carries <b>no sentence, crime, discipline or custody data</b> (UU 27/2022 PDP): an employer
 * learns what the holder can do, not why they were inside. The holder's name and registration
 * number are kept for the holder (to match the passport with the facility's records) and are
 * redacted from {@link #toString()}. Build it from a register with {@link
 * TrainingRegister#passport}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SkillsPassport {

  SkillsPassport() {}

  /**
   * The holder's name. Personal data.
   *
   * @return the name, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_TEXT)
  @Value.Redacted
  public abstract String holderName();

  /**
   * The holder's registration number. Personal data, for the holder's own use.
   *
   * @return the registration number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * The date the passport describes.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate asOf();

  /**
   * The programmes completed on or before {@link #asOf()}, in order of completion.
   *
   * @return the programmes, never null
   */
  public abstract List<@NotNull CompletedProgramme> completedProgrammes();

  /**
   * The time attended in sessions on or before {@link #asOf()}, per field.
   *
   * @return the hours by field, never null; fields without attendance are absent
   */
  public abstract Map<@NotNull SkillField, @NotNull Duration> hoursByField();

  /**
   * The competency units assessed competent on or before {@link #asOf()}.
   *
   * @return the units in order of achievement, never null
   */
  public abstract List<@NotNull AchievedUnit> competencyUnits();

  /**
   * The certificates valid on {@link #asOf()}.
   *
   * @return the certificates, never null
   */
  public abstract List<@NotNull Certificate> certificates();

  @Value.Check
  void check() {
    Checks.requirePersonalText(holderName(), "holderName", SkillProgramme.MAX_TEXT);
    for (CompletedProgramme p : completedProgrammes()) {
      notBefore(p.completedOn());
    }
    for (AchievedUnit u : competencyUnits()) {
      notBefore(u.achievedOn());
    }
    for (int i = 0; i < certificates().size(); i++) {
      Certificate c = certificates().get(i);
      if (!c.isValidOn(asOf())) {
        // which one, as the passport's document view names it
        throw InvalidValueException.of(
            ProgrammeRule.PASSPORT_CERTIFICATE, "certificates[" + i + "]", c.number(), asOf());
      }
    }
  }

  // a passport on asOf holds nothing dated after it
  private void notBefore(LocalDate dated) {
    if (asOf().isBefore(dated)) {
      throw InvalidValueException.of(CoreRule.DATE_ORDER, "asOf", asOf(), dated);
    }
  }

  /**
   * The time trained in all fields together.
   *
   * @return the sum of {@link #hoursByField()}, never null
   */
  public Duration totalHours() {
    return hoursByField().values().stream().reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SkillsPassport}; not thread-safe. {@code build()} throws {@link
   * InvalidValueException} rule {@code value.date-order} (field {@code asOf}) for a programme
   * completed or a unit achieved after {@code asOf}, rule {@code programme.passport.certificate}
   * for a certificate not valid on it, {@code value.blank} or {@code value.too-long} for the name.
   */
  public static final class Builder extends ImmutableSkillsPassport.Builder {
    Builder() {}
  }
}
