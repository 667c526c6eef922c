package org.bengkel.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.foodsafety.FoodSafetyDecision;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.foodsafety.Label;
import org.bengkel.internal.Checks;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MaterialPrices;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A production batch (<i>batch produksi</i>) of one product under one lot code, from plan to
 * release or rejection (project domain notes, "Products and production").
 *
 * <p><b>Entry points.</b> {@link #plan plan} → {@link #assignSupervisor assignSupervisor} → {@link
 * #startProduction startProduction} → {@link #recordWork recordWork}, {@link #recordPieces
 * recordPieces}, {@link #consumeMaterials consumeMaterials} → {@link #startPackaging
 * startPackaging} → {@link #recordQualityCheck recordQualityCheck} → {@link #release release}, or
 * {@link #reject reject} from production, packaging or quality check (see {@link BatchStage}); then
 * {@link #toStockLot toStockLot}, {@link #label label} and {@link #teamHours teamHours}. Each
 * operation returns an {@link Outcome}: the next batch, or the {@link Refusal}s that name the rule
 * ({@link ProductionRule}), the subject (a stage, the lot code or a field such as {@code work}) and
 * the value unless it is personal data. This batch is never changed, so after a refusal the caller
 * continues with it ({@code outcome.orElse(batch)}) or treats the refusal as a broken contract
 * ({@code outcome.orElseThrow()}).
 *
 * <p><b>Who and when.</b> Every operation takes a {@link Stamp}: the officer (by NIP) or system
 * actor who made the change, the instant and the facility's zone (issue 17, docs/audit.md). An
 * accepted outcome carries one {@link BatchEvent} with the batch's next {@link #version()}; a
 * refused one carries none and the version stays. {@link #replay(LotCode, List)} rebuilds the batch
 * from its events. Calendar rules use the stamp's local date: production starts on the production
 * date in the facility's zone.
 *
 * <p><b>Parts.</b> The batch delegates to four types, each with its own rules:
 *
 * <ul>
 *   <li>{@link StageHistory}, the stage machine: one {@link StageEvent} per stage reached, with the
 *       stamp of the officer (<i>petugas</i>) who moved the batch, each at or after the previous
 *       one;
 *   <li>{@link WorkLog}, the team, its work intervals and pieces: overlapping intervals of one
 *       trainee are refused, so team hours are never counted twice, and recording is linear;
 *   <li>{@link BatchCosting} ({@link #costing()}), the material cost and the materials consumed;
 *   <li>{@link BatchLabelling} ({@link #labelling()}), the production code, the best-before date
 *       and the label.
 * </ul>
 *
 * One type per stage was considered and not taken: a batch is stored and read back in any stage as
 * one document, and callers ask every stage the same questions ({@link #stage()}, {@link
 * #teamHours()}); what depends on the stage is a handful of checks in this class.
 *
 * <p><b>Rules.</b>
 *
 * <ul>
 *   <li>A supervising officer ({@link #assignSupervisor}) is required before production starts
 *       ({@link ProductionRule#SUPERVISOR_REQUIRED}): teams work under the supervision of officers.
 *   <li>Production starts on the planned {@link #productionDate()} ({@link
 *       ProductionRule#START_DATE}), which is the date printed as the production date and from
 *       which the best-before date derives ({@link Product#bestBeforeFor}). A plan whose day moves
 *       is {@linkplain #reschedule rescheduled} first.
 *   <li>The team (<i>tim warga binaan</i>) is at least one trainee ({@link
 *       ProductionRule#TEAM_EMPTY}), each actively enrolled in the product's skill programme on the
 *       production date ({@link ProductionRule#NOT_ENROLLED}). The question is asked through an
 *       {@link EnrolmentCheck}, usually a {@link TrainingRegister}.
 *   <li>Work is recorded as {@link WorkInterval}s (day, start, end) while in production or
 *       packaging ({@link ProductionRule#RECORDING_CLOSED}), only for team members ({@link
 *       ProductionRule#NOT_IN_TEAM}) enrolled on the day worked, never before the production date
 *       ({@link ProductionRule#HOURS_BEFORE_PRODUCTION}), never on a day after the day it is
 *       recorded ({@link CoreRule#DATED_AFTER_RECORDING}: work is recorded once done), never
 *       overlapping the trainee's recorded work ({@link ProductionRule#HOURS_OVERLAP}). The batch
 *       leaves production and packaging (quality check, rejection) on or after the last day worked
 *       ({@link CoreRule#DATE_ORDER}). These two are rules of the operations: a stored batch, or a
 *       {@link BatchEvent.WorkRecorded} read back, is read as stored, and {@link #replay} does not
 *       ask them again. How far ahead of today a stamp may be is the host's business: core has no
 *       clock.
 *   <li>Units produced are counted when packaging starts: at most the planned quantity ({@link
 *       ProductionRule#PRODUCED_OVER_PLANNED}; the materials were issued for the plan, so a larger
 *       yield is planned as a larger batch or another lot). The quality check counts good and
 *       rejected units with good + rejected ≤ produced ({@link
 *       ProductionRule#COUNTED_OVER_PRODUCED}).
 *   <li>Release needs the quality check ({@link ProductionRule#QUALITY_CHECK_REQUIRED}), at least
 *       one good unit ({@link ProductionRule#NOTHING_TO_RELEASE}) and, for food, a {@link
 *       FoodSafetyDecision} allowing the product on the production date ({@link
 *       ProductionRule#FOOD_SAFETY}): a P-IRT number valid on that date (Peraturan BPOM 22/2018)
 *       and, from 17 October 2026, a halal certificate unless declared non-halal (PP 42/2024).
 * </ul>
 *
 * <p><b>Stock and premi.</b> A released batch becomes stock with {@code
 * batch.toStockLot(StockLot::of)} (the good units, the best-before date as expiry); its {@link
 * #teamHours()} give each trainee's time and pieces for the premi allocation. Labels and anything a
 * buyer sees are made with {@link #label(Facility)}, which names the workshop, never a trainee.
 *
 * <p><b>Personal data.</b> The team, the work intervals and the pieces hold registration numbers:
 * they never appear in {@link #toString()} or in refusals (UU 27/2022 PDP).
 *
 * <p>Immutable and thread-safe. A null argument throws {@link MissingValueException}; an invalid
 * argument (a negative count, a blank reason) or an inconsistent batch built with the {@link
 * #builder()} throws {@link InvalidValueException} naming the field.
 */
@Value.Immutable
public abstract class ProductionBatch {

  /** The most units a batch may plan, produce or release (the stock ledger's lot limit). */
  public static final long MAX_QUANTITY = 1_000_000_000L;

  ProductionBatch() {}

  /**
   * The lot code (<i>kode produksi</i>), printed on the package.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract LotCode lotCode();

  /**
   * The product made.
   *
   * @return the product, never null
   */
  @NotNull
  public abstract Product product();

  /**
   * The planned quantity in the product's unit (<i>jumlah rencana</i>).
   *
   * @return 1 to {@link #MAX_QUANTITY}
   */
  @Positive
  @Max(MAX_QUANTITY)
  public abstract long plannedQuantity();

  /**
   * The production date (<i>tanggal produksi</i>): the day production starts.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate productionDate();

  /**
   * The supervising officer (<i>petugas pengawas</i>).
   *
   * @return the officer, empty until assigned; present from production on
   */
  public abstract Optional<Officer> supervisor();

  /**
   * The work log (<i>catatan kerja tim</i>): the team, its work intervals and pieces. Personal
   * data.
   *
   * @return the log, never null; {@link WorkLog#empty()} while planned
   */
  @Value.Default
  @Value.Redacted
  public WorkLog workLog() {
    return WorkLog.empty();
  }

  /**
   * The materials consumed (<i>bahan terpakai</i>), in the order recorded; the same material may
   * appear more than once (two issues of flour).
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull MaterialLine> materials();

  /**
   * The units produced, counted when packaging starts.
   *
   * @return 0 to {@link #plannedQuantity()}; empty before packaging
   */
  public abstract Optional<Long> producedUnits();

  /**
   * The quality check's counts.
   *
   * @return the result, empty before the quality check
   */
  public abstract Optional<QualityCheck> qualityCheck();

  /**
   * The stage machine (<i>riwayat tahap</i>): one event per stage reached.
   *
   * @return the history, never null
   */
  @NotNull
  public abstract StageHistory stageHistory();

  @Value.Check
  void check() {
    Checks.requireRange(plannedQuantity(), "plannedQuantity", 1, MAX_QUANTITY);
    Checks.requireRange(version(), "version", 1, Long.MAX_VALUE);
    StageHistory history = stageHistory();
    BatchStage stage = history.stage();
    if (stage != BatchStage.PLANNED) {
      if (supervisor().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.SUPERVISOR_REQUIRED, "supervisor", null);
      }
      if (team().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.TEAM_EMPTY, "team", null);
      }
      Stamp started = history.events().get(1).stamp();
      if (!started.localDate().equals(productionDate())) {
        throw InvalidValueException.of(
            ProductionRule.START_DATE, "history[1].at", started.localDateTime(), productionDate());
      }
    } else {
      requireConsistent(workLog().isEmpty() && materials().isEmpty(), "team", stage);
    }
    requireConsistent(
        producedUnits().isPresent() == history.reached(BatchStage.PACKAGING),
        "producedUnits",
        stage);
    requireConsistent(
        qualityCheck().isPresent() == history.reached(BatchStage.QUALITY_CHECK),
        "qualityCheck",
        stage);
    if (producedUnits().isPresent()) {
      long produced = producedUnits().get();
      Checks.requireRange(produced, "producedUnits", 0, MAX_QUANTITY);
      if (produced > plannedQuantity()) {
        throw InvalidValueException.of(
            ProductionRule.PRODUCED_OVER_PLANNED, "producedUnits", produced, plannedQuantity());
      }
      if (qualityCheck().isPresent() && qualityCheck().get().countedUnits() > produced) {
        throw InvalidValueException.of(
            ProductionRule.COUNTED_OVER_PRODUCED,
            "qualityCheck",
            counted(qualityCheck().get()),
            produced);
      }
    }
    if (stage == BatchStage.RELEASED && goodUnits() < 1) {
      throw InvalidValueException.of(
          ProductionRule.NOTHING_TO_RELEASE, "qualityCheck.goodUnits", 0);
    }
    Optional<LocalDate> firstDay = workLog().firstDay();
    if (firstDay.isPresent() && firstDay.get().isBefore(productionDate())) {
      throw InvalidValueException.of(
          ProductionRule.HOURS_BEFORE_PRODUCTION, "work.date", firstDay.get(), productionDate());
    }
  }

  private static void requireConsistent(boolean consistent, String field, BatchStage stage) {
    if (!consistent) {
      throw InvalidValueException.of(ProductionRule.INCONSISTENT, field, "-", stage);
    }
  }

  private static String counted(QualityCheck check) {
    return check.goodUnits() + " + " + check.rejectedUnits();
  }

  // ---------------------------------------------------------------- queries

  /**
   * The current stage: that of the last event in the history.
   *
   * @return the stage, never null
   */
  public final BatchStage stage() {
    return stageHistory().stage();
  }

  /**
   * The history: one event per stage reached, the first {@link BatchStage#PLANNED}.
   *
   * @return an unmodifiable list, never null or empty, in time order
   */
  public final List<StageEvent> history() {
    return stageHistory().events();
  }

  /**
   * The event that moved the batch into a stage.
   *
   * @param stage the stage, not null
   * @return the event, empty when the batch never reached the stage
   * @throws MissingValueException if {@code stage} is null
   */
  public final Optional<StageEvent> event(BatchStage stage) {
    Checks.required(stage, "stage");
    return stageHistory().event(stage);
  }

  /**
   * The team: the trainees who make the batch, in the order given. Personal data.
   *
   * @return an unmodifiable set, never null; empty while planned, not empty afterwards
   */
  public final Set<RegistrationNumber> team() {
    return workLog().team();
  }

  /**
   * The recorded work of the team, in order of trainee (registration-number order), then start.
   * Personal data.
   *
   * @return an unmodifiable list, never null; no two intervals of a trainee overlap
   */
  public final List<WorkInterval> work() {
    return workLog().intervals();
  }

  /**
   * The pieces made per trainee, where recorded. Personal data.
   *
   * @return an unmodifiable map, never null, values zero or more
   */
  public final Map<RegistrationNumber, Long> pieces() {
    return workLog().pieces();
  }

  /**
   * The best-before date (<i>baik digunakan sebelum</i>), as {@link BatchLabelling#bestBefore()}.
   *
   * @return the date, empty for a product without shelf life (wood craft, furniture)
   */
  public final Optional<LocalDate> bestBefore() {
    return product().bestBeforeFor(productionDate());
  }

  /**
   * The good units of the quality check.
   *
   * @return the good units, zero before the quality check
   */
  public final long goodUnits() {
    return qualityCheck().map(QualityCheck::goodUnits).orElse(0L);
  }

  /**
   * When the batch was released: the local date-time of the release's stamp, in the facility's
   * zone.
   *
   * @return the date-time, empty unless released
   */
  public final Optional<LocalDateTime> releasedAt() {
    return event(BatchStage.RELEASED).map(e -> e.stamp().localDateTime());
  }

  /**
   * Each team member's time worked and pieces made, in registration-number order, as {@link
   * WorkLog#teamHours()}: members without recorded work have zero time, and no time counts twice
   * because overlapping intervals are refused. Ready for the premi allocation: convert each entry
   * with {@code Contribution.ofTime(..)} or {@code Contribution.of(..)}.
   *
   * @return an unmodifiable list, never null, one entry per team member
   */
  public final List<TeamHours> teamHours() {
    return workLog().teamHours();
  }

  /**
   * Each team member's time worked, as {@link #teamHours()}.
   *
   * @return an unmodifiable map in registration-number order, never null
   */
  public final Map<RegistrationNumber, Duration> hoursByTrainee() {
    Map<RegistrationNumber, Duration> out = new TreeMap<>();
    teamHours().forEach(t -> out.put(t.trainee(), t.worked()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The team's total time: the sum of {@link #teamHours()}.
   *
   * @return zero or more, never null
   */
  public final Duration totalHours() {
    return teamHours().stream().map(TeamHours::worked).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * The costing of the batch: its product, planned quantity, production date and consumed
   * materials.
   *
   * @return the costing, never null
   */
  public final BatchCosting costing() {
    return BatchCosting.of(this);
  }

  /**
   * The labelling of the batch: its lot code, product and production date.
   *
   * @return the labelling, never null
   */
  public final BatchLabelling labelling() {
    return BatchLabelling.of(this);
  }

  /**
   * The food-safety decision for releasing this batch: the policy's decision for the product on the
   * production date. Lets a caller show the reasons before trying {@link #release}.
   *
   * @param policy the policy, not null
   * @return the decision, never null; always allowed for goods that are not food
   * @throws MissingValueException if {@code policy} is null
   */
  public final FoodSafetyDecision releaseDecision(FoodSafetyPolicy policy) {
    return Checks.required(policy, "policy").decide(product(), productionDate());
  }

  /**
   * The material cost of the planned quantity, as {@link BatchCosting#plannedCost}.
   *
   * @param boms the bills of materials, not null, with a bill for the product
   * @param prices the material prices, not null
   * @return the cost, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException as {@link BomRegistry#materialCost} (bill or price missing)
   */
  public final MaterialCost materialCost(BomRegistry boms, MaterialPrices prices) {
    return costing().plannedCost(boms, prices);
  }

  /**
   * The label of a food batch, as {@link BatchLabelling#label}. No trainee appears on it.
   *
   * @param facility the facility whose workshop made the batch, not null
   * @return the label, never null
   * @throws MissingValueException if {@code facility} is null
   * @throws InvalidValueException as {@link Label#forProduct} (rule {@code catalog.food.not-food}
   *     for goods that are not food)
   */
  public final Label label(Facility facility) {
    return labelling().label(facility);
  }

  /**
   * Converts a released batch into a stock lot, typically {@code batch.toStockLot(StockLot::of)}:
   * the lot code, the product's SKU, the production date, the best-before date as expiry, the good
   * units as quantity and the release time.
   *
   * @param factory the lot maker, not null, such as {@code org.bengkel.inventory.StockLot::of};
   *     must not return null
   * @param <T> the lot type
   * @return the factory's lot, or refused: rule {@link ProductionRule#NOT_RELEASED} (subject the
   *     lot code, value the stage) unless released
   * @throws MissingValueException if {@code factory} is null or returns null
   */
  public final <T> Outcome<T> toStockLot(StockLotFactory<T> factory) {
    Checks.required(factory, "factory");
    Optional<LocalDateTime> releasedAt = releasedAt();
    if (releasedAt.isEmpty()) {
      return Outcome.refused(Refusal.of(ProductionRule.NOT_RELEASED, lotCode(), stage()));
    }
    return Outcome.accepted(
        factory.create(
            lotCode(),
            product().sku(),
            productionDate(),
            bestBefore().orElse(null),
            goodUnits(),
            releasedAt.get()));
  }

  // ---------------------------------------------------------------- operations

  /**
   * Plans a batch (<i>rencana produksi</i>): its first event, {@link BatchEvent.BatchPlanned},
   * version 1. Never refused: an invalid argument throws.
   *
   * @param lotCode the lot code, not null
   * @param product the product, not null
   * @param plannedQuantity the planned units, 1 to {@link #MAX_QUANTITY}
   * @param productionDate the day production will start, not null: a calendar date of the facility,
   *     printed as the production date
   * @param stamp who made the plan and when, not null
   * @return accepted with the planned batch and its event, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for the quantity
   */
  public static Outcome<ProductionBatch> plan(
      LotCode lotCode,
      Product product,
      long plannedQuantity,
      LocalDate productionDate,
      Stamp stamp) {
    BatchEvent.BatchPlanned event =
        new BatchEvent.BatchPlanned(lotCode, 1, stamp, product, plannedQuantity, productionDate);
    return Outcome.accepted(planned(event), event);
  }

  private static ProductionBatch planned(BatchEvent.BatchPlanned e) {
    return builder()
        .lotCode(e.lotCode())
        .product(e.product())
        .plannedQuantity(e.plannedQuantity())
        .productionDate(e.productionDate())
        .stageHistory(StageHistory.planned(e.stamp()))
        .version(1)
        .build();
  }

  /**
   * Assigns (or replaces) the supervising officer (<i>petugas pengawas</i>).
   *
   * @param officer the officer, not null
   * @param stamp who assigned the officer and when, not null
   * @return the new batch with {@link BatchEvent.SupervisorAssigned}, or refused: rule {@link
   *     ProductionRule#CLOSED} (subject the stage, value {@code supervisor}) once released or
   *     rejected
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> assignSupervisor(Officer officer, Stamp stamp) {
    Checks.required(officer, "officer");
    Checks.required(stamp, "stamp");
    if (stage().isFinal()) {
      return Outcome.refused(Refusal.of(ProductionRule.CLOSED, stage(), "supervisor"));
    }
    return accepted(new BatchEvent.SupervisorAssigned(lotCode(), next(), stamp, officer));
  }

  /**
   * Moves a planned batch to another production date.
   *
   * @param date the new production date, not null (a calendar date of the facility)
   * @param stamp who moved it and when, not null
   * @return the new batch with {@link BatchEvent.BatchRescheduled}, or refused: rule {@link
   *     ProductionRule#CLOSED} (subject the stage, value {@code productionDate}) unless planned
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> reschedule(LocalDate date, Stamp stamp) {
    Checks.required(date, "date");
    Checks.required(stamp, "stamp");
    if (stage() != BatchStage.PLANNED) {
      return Outcome.refused(Refusal.of(ProductionRule.CLOSED, stage(), "productionDate"));
    }
    return accepted(new BatchEvent.BatchRescheduled(lotCode(), next(), stamp, date));
  }

  /**
   * Starts production (<i>mulai produksi</i>) with a team of trainees.
   *
   * @param team the trainees, not null, without null elements; repeated numbers count once
   * @param enrolment answers whether a trainee is actively enrolled in the product's programme on
   *     the production date, not null
   * @param stamp who starts it and when, not null: on the production date in the stamp's zone, not
   *     before the plan
   * @return the batch in production with {@link BatchEvent.ProductionStarted}, or refused: rule
   *     {@link ProductionRule#STAGE_ORDER} unless planned, {@code value.date-order} before the
   *     plan, {@link ProductionRule#SUPERVISOR_REQUIRED} without a supervising officer, {@link
   *     ProductionRule#TEAM_EMPTY}, {@link ProductionRule#START_DATE} on another local day than the
   *     production date, {@link ProductionRule#NOT_ENROLLED} (subject {@code team}, the trainee
   *     never named)
   * @throws MissingValueException if an argument is null or the team holds null
   */
  public final Outcome<ProductionBatch> startProduction(
      Collection<RegistrationNumber> team, EnrolmentCheck enrolment, Stamp stamp) {
    Checks.required(stamp, "stamp");
    Checks.required(enrolment, "enrolment");
    WorkLog members = WorkLog.forTeam(Checks.required(team, "team"));
    Optional<Refusal> refusal = stageHistory().refusalOfMove(BatchStage.IN_PRODUCTION, stamp);
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    if (supervisor().isEmpty()) {
      return Outcome.refused(
          Refusal.of(ProductionRule.SUPERVISOR_REQUIRED, stage(), BatchStage.IN_PRODUCTION));
    }
    if (members.team().isEmpty()) {
      return Outcome.refused(Refusal.of(ProductionRule.TEAM_EMPTY, "team", 0));
    }
    if (!stamp.localDate().equals(productionDate())) {
      return Outcome.refused(
          Refusal.of(ProductionRule.START_DATE, "at", stamp.localDateTime(), productionDate()));
    }
    for (RegistrationNumber member : members.team()) {
      if (!isEnrolled(member, productionDate(), enrolment)) {
        return Outcome.refused(notEnrolled("team", productionDate()));
      }
    }
    return accepted(
        new BatchEvent.ProductionStarted(lotCode(), next(), stamp, List.copyOf(members.team())));
  }

  /**
   * Starts production with a team checked against a training register, as {@link
   * #startProduction(Collection, EnrolmentCheck, Stamp)} with {@link
   * EnrolmentCheck#of(TrainingRegister)}.
   *
   * @param team the trainees, not null
   * @param register the register, not null
   * @param stamp who starts it and when, not null
   * @return the batch in production, or refused as the general method
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> startProduction(
      Collection<RegistrationNumber> team, TrainingRegister register, Stamp stamp) {
    return startProduction(team, EnrolmentCheck.of(register), stamp);
  }

  /**
   * Records a stretch of work by a team member, in O(log n) for n intervals recorded.
   *
   * @param interval the work, not null: its day and times are the hours worked, in the facility's
   *     calendar
   * @param enrolment asked whether the trainee is actively enrolled on the interval's date, not
   *     null
   * @param stamp who recorded it and when, not null
   * @return the new batch with {@link BatchEvent.WorkRecorded}, or refused: rule {@link
   *     ProductionRule#RECORDING_CLOSED} (subject the stage, value {@code work}) unless in
   *     production or packaging; {@link ProductionRule#NOT_IN_TEAM}, {@link
   *     ProductionRule#NOT_ENROLLED} or {@link ProductionRule#HOURS_OVERLAP} (an overlap with an
   *     interval already recorded for the trainee), subject {@code work}, the trainee never named;
   *     {@link ProductionRule#HOURS_BEFORE_PRODUCTION} (subject {@code work.date}); {@link
   *     CoreRule#DATED_AFTER_RECORDING} (subject {@code work.date}, detail the stamp's day) for
   *     work on a day after the day it is recorded: work is recorded once done, on its day or later
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> recordWork(
      WorkInterval interval, EnrolmentCheck enrolment, Stamp stamp) {
    Checks.required(interval, "interval");
    Checks.required(enrolment, "enrolment");
    Checks.required(stamp, "stamp");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "work"));
    }
    if (!team().contains(interval.trainee())) {
      return Outcome.refused(Refusal.personal(ProductionRule.NOT_IN_TEAM, "work"));
    }
    if (interval.date().isBefore(productionDate())) {
      return Outcome.refused(
          Refusal.of(
              ProductionRule.HOURS_BEFORE_PRODUCTION,
              "work.date",
              interval.date(),
              productionDate()));
    }
    Optional<InvalidValueException> ahead =
        Checks.datedAfterRecording(interval.date(), stamp.localDate(), "work.date", false);
    if (ahead.isPresent()) {
      return Outcome.refused(Refusal.of(ahead.get()));
    }
    if (!isEnrolled(interval.trainee(), interval.date(), enrolment)) {
      return Outcome.refused(notEnrolled("work", interval.date()));
    }
    return logged(
        workLog().record(interval),
        new BatchEvent.WorkRecorded(lotCode(), next(), stamp, interval));
  }

  /**
   * Records pieces made by a team member (<i>jumlah buah</i>), added to any recorded before.
   *
   * @param trainee the team member, not null
   * @param count the pieces, 0 to {@link #MAX_QUANTITY}
   * @param stamp who recorded them and when, not null
   * @return the new batch with {@link BatchEvent.PiecesRecorded}, or refused: rule {@link
   *     ProductionRule#RECORDING_CLOSED} (value {@code pieces}) unless in production or packaging;
   *     {@link ProductionRule#NOT_IN_TEAM} (subject {@code pieces}, the trainee never named) for a
   *     trainee outside the team; {@code value.out-of-range} (subject {@code pieces}) when the
   *     trainee's total would exceed {@link #MAX_QUANTITY}
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside 0 to {@link
   *     #MAX_QUANTITY}
   */
  public final Outcome<ProductionBatch> recordPieces(
      RegistrationNumber trainee, long count, Stamp stamp) {
    Checks.required(trainee, "trainee");
    Checks.requireRange(count, "pieces", 0, MAX_QUANTITY);
    Checks.required(stamp, "stamp");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "pieces"));
    }
    return logged(
        workLog().recordPieces(trainee, count),
        new BatchEvent.PiecesRecorded(lotCode(), next(), stamp, trainee, count));
  }

  /**
   * Records a material consumed (<i>pengeluaran bahan</i>).
   *
   * @param line the material and its exact quantity, not null
   * @param stamp who issued it and when, not null
   * @return the new batch with {@link BatchEvent.MaterialsConsumed}, or refused: rule {@link
   *     ProductionRule#RECORDING_CLOSED} (value {@code materials}) unless in production or
   *     packaging
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> consumeMaterial(MaterialLine line, Stamp stamp) {
    Checks.required(line, "line");
    Checks.required(stamp, "stamp");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "materials"));
    }
    return accepted(new BatchEvent.MaterialsConsumed(lotCode(), next(), stamp, List.of(line)));
  }

  /**
   * Records as consumed the materials of a computed material cost, typically {@code
   * batch.consumeMaterials(batch.materialCost(boms, prices), stamp)}: the bill's quantities for the
   * planned quantity, lines of zero quantity left out.
   *
   * @param cost a cost of this batch's product for its planned quantity, not null
   * @param stamp who issued the materials and when, not null
   * @return the new batch with {@link BatchEvent.MaterialsConsumed}, or refused: rule {@link
   *     ProductionRule#RECORDING_CLOSED} (value {@code materials}) unless in production or
   *     packaging; {@link ProductionRule#MISMATCH} for another product's cost (subject {@code
   *     cost.product}) or a cost of another number of units (subject {@code cost.units}, detail the
   *     planned quantity)
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> consumeMaterials(MaterialCost cost, Stamp stamp) {
    Checks.required(cost, "cost");
    Checks.required(stamp, "stamp");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "materials"));
    }
    int before = materials().size();
    return costing()
        .consume(cost)
        .flatMap(
            costing ->
                accepted(
                    new BatchEvent.MaterialsConsumed(
                        lotCode(),
                        next(),
                        stamp,
                        costing.consumed().subList(before, costing.consumed().size()))));
  }

  /**
   * Ends production and starts packaging (<i>pengemasan</i>), with the units produced.
   *
   * @param producedUnits the units produced, 0 to {@link #MAX_QUANTITY}
   * @param stamp who moved the batch and when, not null, not before the previous move
   * @return the batch in packaging with {@link BatchEvent.PackagingStarted}, or refused: rule
   *     {@link ProductionRule#STAGE_ORDER} unless in production, {@code value.date-order}, {@link
   *     ProductionRule#PRODUCED_OVER_PLANNED} (subject {@code producedUnits}, detail the planned
   *     quantity)
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside 0 to {@link
   *     #MAX_QUANTITY}
   */
  public final Outcome<ProductionBatch> startPackaging(long producedUnits, Stamp stamp) {
    Checks.required(stamp, "stamp");
    Checks.requireRange(producedUnits, "producedUnits", 0, MAX_QUANTITY);
    Optional<Refusal> refusal = stageHistory().refusalOfMove(BatchStage.PACKAGING, stamp);
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    if (producedUnits > plannedQuantity()) {
      return Outcome.refused(
          Refusal.of(
              ProductionRule.PRODUCED_OVER_PLANNED,
              "producedUnits",
              producedUnits,
              plannedQuantity()));
    }
    return accepted(new BatchEvent.PackagingStarted(lotCode(), next(), stamp, producedUnits));
  }

  /**
   * Records the quality check (<i>pemeriksaan mutu</i>) by an officer, without notes.
   *
   * @param goodUnits the units that passed, 0 to {@link #MAX_QUANTITY}
   * @param rejectedUnits the units that failed, 0 to {@link #MAX_QUANTITY}
   * @param stamp the checking officer and when, not null, not before the previous move
   * @return the checked batch, or refused as {@link #recordQualityCheck(long, long, String, Stamp)}
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside its range
   */
  public final Outcome<ProductionBatch> recordQualityCheck(
      long goodUnits, long rejectedUnits, Stamp stamp) {
    return recordQualityCheck(QualityCheck.of(goodUnits, rejectedUnits), stamp);
  }

  /**
   * Records the quality check (<i>pemeriksaan mutu</i>) by an officer, with the checker's notes.
   *
   * @param goodUnits the units that passed, 0 to {@link #MAX_QUANTITY}
   * @param rejectedUnits the units that failed, 0 to {@link #MAX_QUANTITY}
   * @param notes the notes, such as the defects found; not null or blank, at most {@link
   *     StageEvent#MAX_NOTE} characters, without personal data
   * @param stamp the checking officer and when, not null, not before the previous move
   * @return the checked batch with {@link BatchEvent.QualityChecked}, or refused: rule {@link
   *     ProductionRule#STAGE_ORDER} unless packaging, {@code value.date-order} (before the previous
   *     move, or on a day before the last day with recorded work, the detail), {@link
   *     ProductionRule#COUNTED_OVER_PRODUCED} when good + rejected exceed the units produced
   *     (subject {@code qualityCheck}, detail the units produced)
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside its range,
   *     {@code value.blank} or {@code value.too-long} for the notes
   */
  public final Outcome<ProductionBatch> recordQualityCheck(
      long goodUnits, long rejectedUnits, String notes, Stamp stamp) {
    QualityCheck check =
        QualityCheck.builder()
            .goodUnits(goodUnits)
            .rejectedUnits(rejectedUnits)
            .notes(Checks.required(notes, "notes"))
            .build();
    return recordQualityCheck(check, stamp);
  }

  private Outcome<ProductionBatch> recordQualityCheck(QualityCheck check, Stamp stamp) {
    Checks.required(stamp, "stamp");
    Optional<Refusal> refusal =
        stageHistory()
            .refusalOfMove(BatchStage.QUALITY_CHECK, stamp)
            .or(() -> refusalOfClosing(stamp));
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    if (check.countedUnits() > producedUnits().orElse(0L)) {
      return Outcome.refused(
          Refusal.of(
              ProductionRule.COUNTED_OVER_PRODUCED,
              "qualityCheck",
              counted(check),
              producedUnits().orElse(0L)));
    }
    return accepted(new BatchEvent.QualityChecked(lotCode(), next(), stamp, check));
  }

  /**
   * Releases the batch (<i>rilis</i>) under a food-safety policy: the policy decides on the
   * production date ({@link #releaseDecision}).
   *
   * @param policy the food-safety policy, not null
   * @param stamp the releasing officer and when, not null, not before the previous move
   * @return the released batch, or refused as {@link #release(FoodSafetyDecision, Stamp)}
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> release(FoodSafetyPolicy policy, Stamp stamp) {
    return release(releaseDecision(policy), stamp);
  }

  /**
   * Releases the batch (<i>rilis</i>) with a food-safety decision made for its product on its
   * production date.
   *
   * @param decision the decision, not null, for this product on the production date
   * @param stamp the releasing officer and when, not null, not before the previous move
   * @return the released batch with {@link BatchEvent.BatchReleased}, or refused: rule {@link
   *     ProductionRule#QUALITY_CHECK_REQUIRED} before the quality check (subject the stage), {@link
   *     ProductionRule#STAGE_ORDER} once released or rejected, {@code value.date-order}, {@link
   *     ProductionRule#MISMATCH} for a decision of another product or date (subject {@code
   *     decision.sku} or {@code decision.date}), {@link ProductionRule#FOOD_SAFETY} when the
   *     decision refuses (subject the lot code, value the SKU, details the date and every reason's
   *     code with its detail), {@link ProductionRule#NOTHING_TO_RELEASE} without good units
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> release(FoodSafetyDecision decision, Stamp stamp) {
    Checks.required(decision, "decision");
    Checks.required(stamp, "stamp");
    if (!stage().isFinal() && stage() != BatchStage.QUALITY_CHECK) {
      return Outcome.refused(
          Refusal.of(ProductionRule.QUALITY_CHECK_REQUIRED, stage(), BatchStage.RELEASED));
    }
    Optional<Refusal> refusal = stageHistory().refusalOfMove(BatchStage.RELEASED, stamp);
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    if (!decision.sku().equals(product().sku())) {
      return Outcome.refused(
          Refusal.of(ProductionRule.MISMATCH, "decision.sku", decision.sku(), product().sku()));
    }
    if (!decision.date().equals(productionDate())) {
      return Outcome.refused(
          Refusal.of(ProductionRule.MISMATCH, "decision.date", decision.date(), productionDate()));
    }
    if (!decision.isAllowed()) {
      String reasons =
          decision.reasons().entrySet().stream()
              .map(
                  e ->
                      e.getValue().isEmpty()
                          ? e.getKey().code()
                          : e.getKey().code() + " (" + e.getValue() + ")")
              .collect(Collectors.joining(", "));
      return Outcome.refused(
          Refusal.of(
              ProductionRule.FOOD_SAFETY, lotCode(), product().sku(), productionDate(), reasons));
    }
    if (goodUnits() < 1) {
      return Outcome.refused(
          Refusal.of(ProductionRule.NOTHING_TO_RELEASE, "qualityCheck.goodUnits", 0));
    }
    return accepted(new BatchEvent.BatchReleased(lotCode(), next(), stamp));
  }

  /**
   * Rejects the batch (<i>tolak</i>): nothing of it enters stock.
   *
   * @param reason why, not null or blank, at most {@link StageEvent#MAX_NOTE} characters, without
   *     personal data
   * @param stamp the rejecting officer and when, not null, not before the previous move
   * @return the rejected batch with {@link BatchEvent.BatchRejected}, or refused: rule {@link
   *     ProductionRule#STAGE_ORDER} when planned, released or already rejected, {@code
   *     value.date-order} (before the previous move, or, from production or packaging, on a day
   *     before the last day with recorded work, the detail)
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.blank} or {@code value.too-long} for the reason
   */
  public final Outcome<ProductionBatch> reject(String reason, Stamp stamp) {
    Checks.requireText(Checks.required(reason, "reason"), "reason", StageEvent.MAX_NOTE);
    Checks.required(stamp, "stamp");
    Optional<Refusal> refusal =
        stageHistory().refusalOfMove(BatchStage.REJECTED, stamp).or(() -> refusalOfClosing(stamp));
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    return accepted(new BatchEvent.BatchRejected(lotCode(), next(), stamp, reason));
  }

  /**
   * The refusal of a move out of production and packaging dated before the last day with recorded
   * work: the work was done on the batch before it left them.
   */
  private Optional<Refusal> refusalOfClosing(Stamp stamp) {
    Optional<LocalDate> last = stage().isRecording() ? workLog().lastDay() : Optional.empty();
    if (last.isPresent() && stamp.localDate().isBefore(last.get())) {
      return Optional.of(Refusal.of(CoreRule.DATE_ORDER, "at", stamp.localDateTime(), last.get()));
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- events

  /**
   * The batch's version: 1 when planned, one more per accepted operation. A host stores it beside
   * the batch and accepts the next change only from the version it read (optimistic concurrency). A
   * batch rebuilt with the {@link #builder()} without a version (a document written before
   * versions) takes the least number of operations that could have made it: one per stage reached,
   * per work interval and per material line.
   *
   * @return the version, 1 or more
   */
  @Value.Default
  public long version() {
    return (long) stageHistory().events().size() + work().size() + materials().size();
  }

  /** The version of the next accepted operation. */
  private long next() {
    return version() + 1;
  }

  /** Accepted: this batch with the event applied, and the event. */
  private Outcome<ProductionBatch> accepted(BatchEvent event) {
    return Outcome.accepted(after(event), event);
  }

  /**
   * Accepted with the work log the log itself accepted, and the event; the log's refusal otherwise.
   * The log is not recorded twice (as {@link #after} would): recording work is the operation a
   * workshop repeats most.
   */
  private Outcome<ProductionBatch> logged(Outcome<WorkLog> log, BatchEvent event) {
    if (log.isRefused()) {
      return Outcome.refused(log.refusals());
    }
    return Outcome.accepted(
        builder().from(this).version(event.version()).workLog(log.orElseThrow()).build(), event);
  }

  /**
   * Rebuilds a batch from its events (<i>memutar ulang peristiwa</i>), as a host reads them from
   * its event store: the plan, then each operation's facts applied in version order, the batch's
   * consistency checked again as it is rebuilt. Enrolment and food safety, which need outside data,
   * were checked when the events were accepted and are not asked again.
   *
   * @param lotCode the batch's lot code, not null
   * @param events the batch's events, versions 1, 2, ... in order, not null, no null element
   * @return the batch at the last event's version, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException rule {@code value.required} (field {@code events}) for an empty
   *     list; naming {@code events[i]} with {@link AuditRule#EVENT_INCONSISTENT} when an event is
   *     of another batch, out of version order, not first a plan, or does not apply to the batch
   *     rebuilt so far (an overlapping interval, a move the lifecycle does not allow), or the rule
   *     the rebuilt batch breaks
   */
  public static ProductionBatch replay(LotCode lotCode, List<? extends BatchEvent> events) {
    Checks.required(lotCode, "lotCode");
    Checks.required(events, "events");
    Checks.requireNotEmpty(events, "events");
    ProductionBatch batch = null;
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      BatchEvent e = Checks.required(events.get(i), field);
      if (!e.lotCode().equals(lotCode)
          || e.version() != i + 1L
          || (i == 0) != (e instanceof BatchEvent.BatchPlanned)) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      try {
        batch = batch == null ? planned((BatchEvent.BatchPlanned) e) : batch.after(e);
      } catch (InvalidValueException broken) {
        throw broken.within(field);
      }
    }
    return Checks.present(batch);
  }

  /**
   * This batch with the facts of one later event applied: the one place where an event changes a
   * batch, for the live operations and for {@link #replay}.
   */
  private ProductionBatch after(BatchEvent e) {
    Builder next = builder().from(this).version(e.version());
    if (e instanceof BatchEvent.SupervisorAssigned s) {
      next.supervisor(s.supervisor());
    } else if (e instanceof BatchEvent.BatchRescheduled r) {
      next.productionDate(r.productionDate());
    } else if (e instanceof BatchEvent.ProductionStarted s) {
      next.workLog(WorkLog.forTeam(s.team()))
          .stageHistory(moved(StageEvent.of(BatchStage.IN_PRODUCTION, e.stamp()), e));
    } else if (e instanceof BatchEvent.WorkRecorded w) {
      next.workLog(applied(workLog().record(w.work()), e));
    } else if (e instanceof BatchEvent.PiecesRecorded p) {
      next.workLog(applied(workLog().recordPieces(p.trainee(), p.count()), e));
    } else if (e instanceof BatchEvent.MaterialsConsumed m) {
      next.addAllMaterials(m.materials());
    } else if (e instanceof BatchEvent.PackagingStarted p) {
      next.producedUnits(p.producedUnits())
          .stageHistory(moved(StageEvent.of(BatchStage.PACKAGING, e.stamp()), e));
    } else if (e instanceof BatchEvent.QualityChecked q) {
      next.qualityCheck(q.qualityCheck())
          .stageHistory(moved(StageEvent.of(BatchStage.QUALITY_CHECK, e.stamp()), e));
    } else if (e instanceof BatchEvent.BatchReleased) {
      next.stageHistory(moved(StageEvent.of(BatchStage.RELEASED, e.stamp()), e));
    } else if (e instanceof BatchEvent.BatchRejected r) {
      next.stageHistory(
          moved(
              StageEvent.builder()
                  .stage(BatchStage.REJECTED)
                  .stamp(e.stamp())
                  .note(r.reason())
                  .build(),
              e));
    } else {
      throw inconsistent(e);
    }
    return next.build();
  }

  private StageHistory moved(StageEvent move, BatchEvent e) {
    return applied(stageHistory().moveTo(move), e);
  }

  private static <T> T applied(Outcome<T> outcome, BatchEvent e) {
    return outcome.value().orElseThrow(() -> inconsistent(e));
  }

  private static InvalidValueException inconsistent(BatchEvent e) {
    return InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, "event", e.version(), e.type());
  }

  private boolean isEnrolled(RegistrationNumber trainee, LocalDate date, EnrolmentCheck enrolment) {
    return enrolment.isActivelyEnrolled(trainee, product().programme(), date);
  }

  private Refusal notEnrolled(String subject, LocalDate date) {
    return Refusal.personal(ProductionRule.NOT_ENROLLED, subject, product().programme(), date);
  }

  /**
   * A new builder, for rebuilding a recorded batch (from storage) out of its parts: {@link
   * WorkLog#of} and {@link StageHistory#of}; use {@link #plan} and the operations otherwise. The
   * builder checks the batch's consistency, not enrolment or food safety, which need outside data.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductionBatch}; not thread-safe. */
  public static final class Builder extends ImmutableProductionBatch.Builder {
    Builder() {}
  }
}
