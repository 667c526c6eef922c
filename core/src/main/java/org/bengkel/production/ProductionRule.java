package org.bengkel.production;

import org.bengkel.error.Rule;

/**
 * The rules of production batches (<i>aturan produksi</i>).
 *
 * <p>The batch lifecycle (plan, production, packaging, quality check, release or rejection),
 * supervision by an officer (<i>petugas</i>) and teams of enrolled trainees follow the workshop
 * practice of the Pamekasan story and the self-reliance training rules (<i>pembinaan
 * kemandirian</i>, UU 22/2022 Pemasyarakatan; Permenkumham 3/2018 as amended by 7/2022). The
 * food-safety condition of release is that of {@link org.bengkel.foodsafety.FoodSafetyPolicy} (P-IRT
 * under Peraturan BPOM 22/2018, halal under PP 42/2024). Codes are stable.
 *
 * <p>Rules thrown as {@link org.bengkel.error.IllegalTransitionException} take {@code {0}} the
 * current stage and {@code {1}} the requested one; rules thrown as
 * {@link org.bengkel.error.InvalidValueException} take {@code {0}} the field and {@code {1}} the
 * value. Details follow from {@code {2}}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ProductionRule implements Rule {
  /** Transition: the lifecycle does not allow this move (for example released to rejected). */
  STAGE_ORDER("production.stage.order"),
  /** Transition: production cannot start before a supervising officer is assigned. */
  SUPERVISOR_REQUIRED("production.supervisor.required"),
  /** Transition: release needs the quality check recorded by an officer first. */
  QUALITY_CHECK_REQUIRED("production.quality-check.required"),
  /**
   * Transition: food-safety refuses release on the production date; details {2} the date, {3}
   * the reasons (codes {@code catalog.food-safety.*} with their details).
   */
  FOOD_SAFETY("production.release.food-safety"),
  /** Transition: work, pieces and materials are recorded only in production or packaging. */
  RECORDING_CLOSED("production.recording.closed"),
  /** Transition: only a released batch enters stock. */
  NOT_RELEASED("production.stock.not-released"),
  /** Value: production starts on a day other than the batch's production date; detail {2}. */
  START_DATE("production.start.date"),
  /** Value: production starts with no trainee in the team. */
  TEAM_EMPTY("production.team.empty"),
  /**
   * Value: a trainee is not actively enrolled in the product's programme on the date; details
   * {2} the programme and {3} the date.
   */
  NOT_ENROLLED("production.team.not-enrolled"),
  /** Value: hours or pieces recorded for a trainee who is not in the batch's team. */
  NOT_IN_TEAM("production.team.not-member"),
  /** Value: a work interval's end is not after its start; detail {2} the start. */
  HOURS_TIMES("production.hours.times"),
  /** Value: a work interval lies before the production date; detail {2} the production date. */
  HOURS_BEFORE_PRODUCTION("production.hours.before-production"),
  /**
   * Value: two work intervals of one trainee overlap, which would count the same time twice;
   * detail {2} the date.
   */
  HOURS_OVERLAP("production.hours.overlap"),
  /** Value: more units produced than planned; detail {2} the planned quantity. */
  PRODUCED_OVER_PLANNED("production.count.over-planned"),
  /** Value: good plus rejected units exceed the units produced; detail {2} produced. */
  COUNTED_OVER_PRODUCED("production.count.over-produced"),
  /** Value: release of a batch without a single good unit (reject it instead). */
  NOTHING_TO_RELEASE("production.release.nothing-good"),
  /**
   * Value: a food-safety decision or material cost for another product or date, or a material
   * cost for another number of units; detail {2} the batch's product, production date or planned
   * quantity.
   */
  MISMATCH("production.mismatch"),
  /**
   * Value: a batch whose recorded data does not fit its stage (built directly with the builder);
   * detail {2} the stage.
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
