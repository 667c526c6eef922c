package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A human assessment recorded as a fact (<i>hasil penilaian</i>): what was assessed, on which date,
 * with which result, and optionally for which entitlement.
 *
 * <p>Eligibility on a date uses, for each kind, the latest record dated on or before that date that
 * applies to the entitlement asked about (records with an {@link #entitlement()} apply only to it,
 * records without one to every entitlement). A positive record meets the condition, a negative one
 * fails it, and no record leaves it {@link Verdict#NEEDS_INPUT}. One exception: SAE work is a form
 * of asimilasi, so a TPP record about {@link Entitlement#ASIMILASI} also counts for {@link
 * Entitlement#SAE} (see {@link EligibilityPolicy#saeNeedsOwnApproval()}).
 *
 * <p>Personal data: {@link #toString()} shows only the kind. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssessmentRecord {

  /** The longest note accepted, in characters (code points); the JSON schema states it. */
  public static final int MAX_NOTE = 500;

  AssessmentRecord() {}

  /**
   * What was assessed.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract AssessmentKind kind();

  /**
   * The date of the assessment (the TPP hearing, the Litmas report, the officer's assessment).
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate date();

  /**
   * Whether the assessment is favourable (approved, recommended, met).
   *
   * @return true when favourable
   */
  @Value.Redacted
  public abstract boolean positive();

  /**
   * The entitlement the assessment is about, such as a TPP hearing on a parole proposal.
   *
   * @return the entitlement, empty when the assessment applies to every entitlement
   */
  @Value.Redacted
  public abstract Optional<Entitlement> entitlement();

  /**
   * A reference or remark (the hearing's minutes number, the report's number).
   *
   * @return the note, empty when not recorded; at most 500 characters, not blank
   */
  @Value.Redacted
  public abstract Optional<@Size(max = MAX_NOTE) String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.requirePersonalText(n, "note", MAX_NOTE));
  }

  /**
   * Whether this record is about the given entitlement.
   *
   * @param asked the entitlement asked about, not null
   * @return true when the record has no entitlement or exactly {@code asked}
   * @throws org.bengkel.error.MissingValueException if {@code asked} is null
   */
  public boolean appliesTo(Entitlement asked) {
    Checks.required(asked, "asked");
    return entitlement().map(asked::equals).orElse(true);
  }

  /**
   * A favourable assessment that applies to every entitlement.
   *
   * @param kind what was assessed, not null
   * @param date when, not null
   * @return the record, never null
   * @throws org.bengkel.error.MissingValueException for a null argument
   */
  public static AssessmentRecord positive(AssessmentKind kind, LocalDate date) {
    return builder().kind(kind).date(date).positive(true).build();
  }

  /**
   * An unfavourable assessment that applies to every entitlement.
   *
   * @param kind what was assessed, not null
   * @param date when, not null
   * @return the record, never null
   * @throws org.bengkel.error.MissingValueException for a null argument
   */
  public static AssessmentRecord negative(AssessmentKind kind, LocalDate date) {
    return builder().kind(kind).date(date).positive(false).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentRecord}; not thread-safe. */
  public static final class Builder extends ImmutableAssessmentRecord.Builder {
    Builder() {}
  }
}
