package org.bengkel.production;

import org.bengkel.error.Rule;

/**
 * The rules of production batches (<i>aturan produksi</i>).
 *
 * <p>The batch lifecycle (plan, production, packaging, quality check, release or rejection),
 * supervision by an officer (<i>petugas</i>) and teams of enrolled trainees follow the workshop
 * practice of the Pamekasan story and the self-reliance training rules (<i>pembinaan
 * kemandirian</i>, UU 22/2022 Pemasyarakatan; Permenkumham 3/2018 as amended by 7/2022). The
 * food-safety condition of release is that of {@link org.bengkel.foodsafety.FoodSafetyPolicy}
 * (P-IRT under Peraturan BPOM 22/2018, halal under PP 42/2024). Codes are stable.
 *
 * <p>A refused operation of a batch answers with an {@link org.bengkel.outcome.Outcome} whose
 * {@link org.bengkel.outcome.Refusal} carries one of these rules; an inconsistent batch built
 * directly throws {@link org.bengkel.error.InvalidValueException}. Rules marked "Refusal" below
 * take {@code {0}} the subject (the current stage, or the lot code) and {@code {1}} the value (the
 * requested stage, or what was to change); the others take {@code {0}} the field (or subject) and
 * {@code {1}} the value, which their messages do not repeat. Details follow from {@code {2}}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProductionRule implements Rule {
  /**
   * Refusal: the lifecycle does not allow this move (for example released to rejected); {0} the
   * current stage, {1} the requested one.
   */
  STAGE_ORDER("production.stage.order"),
  /** Production cannot start before a supervising officer is assigned. */
  SUPERVISOR_REQUIRED("production.supervisor.required"),
  /** Refusal: release needs the quality check recorded by an officer first; {0} the stage. */
  QUALITY_CHECK_REQUIRED("production.quality-check.required"),
  /**
   * Refusal: food-safety refuses release on the production date; {0} the lot code, {1} the SKU,
   * details {2} the date, {3} the reasons (codes {@code catalog.food-safety.*} with their details).
   */
  FOOD_SAFETY("production.release.food-safety"),
  /**
   * Refusal: work, pieces and materials are recorded only in production or packaging; {0} the
   * stage, {1} what was to be recorded ({@code work}, {@code pieces} or {@code materials}).
   */
  RECORDING_CLOSED("production.recording.closed"),
  /** Refusal: only a released batch enters stock; {0} the lot code, {1} its stage. */
  NOT_RELEASED("production.stock.not-released"),
  /**
   * Refusal: a batch in a stage that no longer allows the change (the supervisor of a released or
   * rejected batch, the production date of a started one); {0} the stage, {1} the field.
   */
  CLOSED("production.batch.closed"),
  /** Production starts on a day other than the batch's production date; detail {2}. */
  START_DATE("production.start.date"),
  /** Production starts with no trainee in the team. */
  TEAM_EMPTY("production.team.empty"),
  /**
   * Refusal: a trainee is not actively enrolled in the product's programme on the date; {0} {@code
   * team} or {@code work}, the trainee withheld; details {2} the programme and {3} the date.
   */
  NOT_ENROLLED("production.team.not-enrolled"),
  /**
   * Hours or pieces recorded for a trainee who is not in the batch's team; the trainee withheld.
   */
  NOT_IN_TEAM("production.team.not-member"),
  /** A work interval's end is not after its start; detail {2} the start. */
  HOURS_TIMES("production.hours.times"),
  /** A work interval lies before the production date; detail {2} the production date. */
  HOURS_BEFORE_PRODUCTION("production.hours.before-production"),
  /**
   * Two work intervals of one trainee overlap, which would count the same time twice; detail {2}
   * the date.
   */
  HOURS_OVERLAP("production.hours.overlap"),
  /** More units produced than planned; detail {2} the planned quantity. */
  PRODUCED_OVER_PLANNED("production.count.over-planned"),
  /** Good plus rejected units exceed the units produced; detail {2} produced. */
  COUNTED_OVER_PRODUCED("production.count.over-produced"),
  /** Release of a batch without a single good unit (reject it instead). */
  NOTHING_TO_RELEASE("production.release.nothing-good"),
  /**
   * A food-safety decision or material cost for another product or date, or a material cost for
   * another number of units; detail {2} the batch's product, production date or planned quantity.
   */
  MISMATCH("production.mismatch"),
  /**
   * Construction: a batch whose recorded data does not fit its stage (built directly with the
   * builder); detail {2} the stage.
   */
  INCONSISTENT("production.batch.inconsistent");

  private final String code;

  ProductionRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
