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
import org.bengkel.catalog.Product;
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
 * <p><b>Parts.</b> The batch delegates to four types, each with its own rules:
 *
 * <ul>
 *   <li>{@link StageHistory}, the stage machine: one {@link StageEvent} per stage reached, with the
 *       date-time and the officer (<i>petugas</i>) who moved the batch, each at or after the
 *       previous one;
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
 *       ({@link ProductionRule#HOURS_BEFORE_PRODUCTION}), never overlapping the trainee's recorded
 *       work ({@link ProductionRule#HOURS_OVERLAP}).
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
    StageHistory history = stageHistory();
    BatchStage stage = history.stage();
    if (stage != BatchStage.PLANNED) {
      if (supervisor().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.SUPERVISOR_REQUIRED, "supervisor", null);
      }
      if (team().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.TEAM_EMPTY, "team", null);
      }
      LocalDateTime started = history.events().get(1).at();
      if (!started.toLocalDate().equals(productionDate())) {
        throw InvalidValueException.of(
            ProductionRule.START_DATE, "history[1].at", started, productionDate());
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
   */
  public final Optional<StageEvent> event(BatchStage stage) {
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
   * When the batch was released.
   *
   * @return the date-time, empty unless released
   */
  public final Optional<LocalDateTime> releasedAt() {
    return event(BatchStage.RELEASED).map(StageEvent::at);
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
   * Plans a batch (<i>rencana produksi</i>).
   *
   * @param lotCode the lot code, not null
   * @param product the product, not null
   * @param plannedQuantity the planned units, 1 to {@link #MAX_QUANTITY}
   * @param productionDate the day production will start, not null
   * @param at when the plan was made, not null
   * @param by the officer who made it, not null
   * @return the planned batch, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for the quantity
   */
  public static ProductionBatch plan(
      LotCode lotCode,
      Product product,
      long plannedQuantity,
      LocalDate productionDate,
      LocalDateTime at,
      Officer by) {
    return builder()
        .lotCode(lotCode)
        .product(product)
        .plannedQuantity(plannedQuantity)
        .productionDate(productionDate)
        .stageHistory(StageHistory.planned(at, by))
        .build();
  }

  /**
   * Assigns (or replaces) the supervising officer (<i>petugas pengawas</i>).
   *
   * @param officer the officer, not null
   * @return the new batch, or refused: rule {@link ProductionRule#CLOSED} (subject the stage, value
   *     {@code supervisor}) once released or rejected
   * @throws MissingValueException if {@code officer} is null
   */
  public final Outcome<ProductionBatch> assignSupervisor(Officer officer) {
    Checks.required(officer, "officer");
    if (stage().isFinal()) {
      return Outcome.refused(Refusal.of(ProductionRule.CLOSED, stage(), "supervisor"));
    }
    return Outcome.accepted(builder().from(this).supervisor(officer).build());
  }

  /**
   * Moves a planned batch to another production date.
   *
   * @param date the new production date, not null
   * @return the new batch, or refused: rule {@link ProductionRule#CLOSED} (subject the stage, value
   *     {@code productionDate}) unless planned
   * @throws MissingValueException if {@code date} is null
   */
  public final Outcome<ProductionBatch> reschedule(LocalDate date) {
    Checks.required(date, "date");
    if (stage() != BatchStage.PLANNED) {
      return Outcome.refused(Refusal.of(ProductionRule.CLOSED, stage(), "productionDate"));
    }
    return Outcome.accepted(builder().from(this).productionDate(date).build());
  }

  /**
   * Starts production (<i>mulai produksi</i>) with a team of trainees.
   *
   * @param at when, not null, on the production date and not before the plan
   * @param by the officer who starts it, not null
   * @param team the trainees, not null, without null elements; repeated numbers count once
   * @param enrolment answers whether a trainee is actively enrolled in the product's programme on
   *     the production date, not null
   * @return the batch in production, or refused: rule {@link ProductionRule#STAGE_ORDER} unless
   *     planned, {@code value.date-order} before the plan, {@link
   *     ProductionRule#SUPERVISOR_REQUIRED} without a supervising officer, {@link
   *     ProductionRule#TEAM_EMPTY}, {@link ProductionRule#START_DATE} on another day than the
   *     production date, {@link ProductionRule#NOT_ENROLLED} (subject {@code team}, the trainee
   *     never named)
   * @throws MissingValueException if an argument is null or the team holds null
   */
  public final Outcome<ProductionBatch> startProduction(
      LocalDateTime at, Officer by, Collection<RegistrationNumber> team, EnrolmentCheck enrolment) {
    StageEvent event = StageEvent.of(BatchStage.IN_PRODUCTION, at, by);
    Checks.required(enrolment, "enrolment");
    WorkLog members = WorkLog.forTeam(Checks.required(team, "team"));
    Optional<Refusal> refusal = stageHistory().refusalOfMove(BatchStage.IN_PRODUCTION, at);
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
    if (!at.toLocalDate().equals(productionDate())) {
      return Outcome.refused(Refusal.of(ProductionRule.START_DATE, "at", at, productionDate()));
    }
    for (RegistrationNumber member : members.team()) {
      if (!isEnrolled(member, productionDate(), enrolment)) {
        return Outcome.refused(notEnrolled("team", productionDate()));
      }
    }
    return Outcome.accepted(
        builder()
            .from(this)
            .workLog(members)
            .stageHistory(stageHistory().moveTo(event).orElseThrow())
            .build());
  }

  /**
   * Starts production with a team checked against a training register, as {@link
   * #startProduction(LocalDateTime, Officer, Collection, EnrolmentCheck)} with {@link
   * EnrolmentCheck#of(TrainingRegister)}.
   *
   * @param at when, not null
   * @param by the officer who starts it, not null
   * @param team the trainees, not null
   * @param register the register, not null
   * @return the batch in production, or refused as the general method
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> startProduction(
      LocalDateTime at,
      Officer by,
      Collection<RegistrationNumber> team,
      TrainingRegister register) {
    return startProduction(at, by, team, EnrolmentCheck.of(register));
  }

  /**
   * Records a stretch of work by a team member, in O(log n) for n intervals recorded.
   *
   * @param interval the work, not null
   * @param enrolment asked whether the trainee is actively enrolled on the interval's date, not
   *     null
   * @return the new batch, or refused: rule {@link ProductionRule#RECORDING_CLOSED} (subject the
   *     stage, value {@code work}) unless in production or packaging; {@link
   *     ProductionRule#NOT_IN_TEAM}, {@link ProductionRule#NOT_ENROLLED} or {@link
   *     ProductionRule#HOURS_OVERLAP} (an overlap with an interval already recorded for the
   *     trainee), subject {@code work}, the trainee never named; {@link
   *     ProductionRule#HOURS_BEFORE_PRODUCTION} (subject {@code work.date})
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> recordWork(
      WorkInterval interval, EnrolmentCheck enrolment) {
    Checks.required(interval, "interval");
    Checks.required(enrolment, "enrolment");
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
    if (!isEnrolled(interval.trainee(), interval.date(), enrolment)) {
      return Outcome.refused(notEnrolled("work", interval.date()));
    }
    return workLog().record(interval).map(log -> builder().from(this).workLog(log).build());
  }

  /**
   * Records pieces made by a team member (<i>jumlah buah</i>), added to any recorded before.
   *
   * @param trainee the team member, not null
   * @param count the pieces, 0 to {@link #MAX_QUANTITY}
   * @return the new batch, or refused: rule {@link ProductionRule#RECORDING_CLOSED} (value {@code
   *     pieces}) unless in production or packaging; as {@link WorkLog#recordPieces}
   * @throws MissingValueException if {@code trainee} is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside 0 to {@link
   *     #MAX_QUANTITY}
   */
  public final Outcome<ProductionBatch> recordPieces(RegistrationNumber trainee, long count) {
    Checks.required(trainee, "trainee");
    Checks.requireRange(count, "pieces", 0, MAX_QUANTITY);
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "pieces"));
    }
    return workLog()
        .recordPieces(trainee, count)
        .map(log -> builder().from(this).workLog(log).build());
  }

  /**
   * Records a material consumed.
   *
   * @param line the material and its exact quantity, not null
   * @return the new batch, or refused: rule {@link ProductionRule#RECORDING_CLOSED} (value {@code
   *     materials}) unless in production or packaging
   * @throws MissingValueException if {@code line} is null
   */
  public final Outcome<ProductionBatch> consumeMaterial(MaterialLine line) {
    Checks.required(line, "line");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "materials"));
    }
    return Outcome.accepted(withCosting(costing().consume(line)));
  }

  /**
   * Records as consumed the materials of a computed material cost, typically {@code
   * batch.consumeMaterials(batch.materialCost(boms, prices))}: the bill's quantities for the
   * planned quantity ({@link BatchCosting#consume(MaterialCost)}).
   *
   * @param cost a cost of this batch's product for its planned quantity, not null
   * @return the new batch, or refused: rule {@link ProductionRule#RECORDING_CLOSED} (value {@code
   *     materials}) unless in production or packaging; {@link ProductionRule#MISMATCH} for another
   *     product's cost (subject {@code cost.product}) or a cost of another number of units (subject
   *     {@code cost.units}, detail the planned quantity)
   * @throws MissingValueException if {@code cost} is null
   */
  public final Outcome<ProductionBatch> consumeMaterials(MaterialCost cost) {
    Checks.required(cost, "cost");
    if (!stage().isRecording()) {
      return Outcome.refused(Refusal.of(ProductionRule.RECORDING_CLOSED, stage(), "materials"));
    }
    return costing().consume(cost).map(this::withCosting);
  }

  private ProductionBatch withCosting(BatchCosting costing) {
    return builder().from(this).materials(costing.consumed()).build();
  }

  /**
   * Ends production and starts packaging (<i>pengemasan</i>), with the units produced.
   *
   * @param at when, not null, not before the previous move
   * @param by the officer, not null
   * @param producedUnits the units produced, 0 to {@link #MAX_QUANTITY}
   * @return the batch in packaging, or refused: rule {@link ProductionRule#STAGE_ORDER} unless in
   *     production, {@code value.date-order}, {@link ProductionRule#PRODUCED_OVER_PLANNED} (subject
   *     {@code producedUnits}, detail the planned quantity)
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside 0 to {@link
   *     #MAX_QUANTITY}
   */
  public final Outcome<ProductionBatch> startPackaging(
      LocalDateTime at, Officer by, long producedUnits) {
    StageEvent event = StageEvent.of(BatchStage.PACKAGING, at, by);
    Checks.requireRange(producedUnits, "producedUnits", 0, MAX_QUANTITY);
    return stageHistory()
        .moveTo(event)
        .flatMap(
            history ->
                producedUnits > plannedQuantity()
                    ? Outcome.refused(
                        Refusal.of(
                            ProductionRule.PRODUCED_OVER_PLANNED,
                            "producedUnits",
                            producedUnits,
                            plannedQuantity()))
                    : Outcome.accepted(
                        builder()
                            .from(this)
                            .producedUnits(producedUnits)
                            .stageHistory(history)
                            .build()));
  }

  /**
   * Records the quality check (<i>pemeriksaan mutu</i>) by an officer, without notes.
   *
   * @param at when, not null, not before the previous move
   * @param officer the checking officer, not null
   * @param goodUnits the units that passed, 0 to {@link #MAX_QUANTITY}
   * @param rejectedUnits the units that failed, 0 to {@link #MAX_QUANTITY}
   * @return the checked batch, or refused as {@link #recordQualityCheck(LocalDateTime, Officer,
   *     long, long, String)}
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside its range
   */
  public final Outcome<ProductionBatch> recordQualityCheck(
      LocalDateTime at, Officer officer, long goodUnits, long rejectedUnits) {
    return recordQualityCheck(at, officer, QualityCheck.of(goodUnits, rejectedUnits));
  }

  /**
   * Records the quality check (<i>pemeriksaan mutu</i>) by an officer, with the checker's notes.
   *
   * @param at when, not null, not before the previous move
   * @param officer the checking officer, not null
   * @param goodUnits the units that passed, 0 to {@link #MAX_QUANTITY}
   * @param rejectedUnits the units that failed, 0 to {@link #MAX_QUANTITY}
   * @param notes the notes, such as the defects found; not null or blank, at most {@link
   *     StageEvent#MAX_NOTE} characters, without personal data
   * @return the checked batch, or refused: rule {@link ProductionRule#STAGE_ORDER} unless
   *     packaging, {@code value.date-order}, {@link ProductionRule#COUNTED_OVER_PRODUCED} when good
   *     + rejected exceed the units produced (subject {@code qualityCheck}, detail the units
   *     produced)
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a count outside its range,
   *     {@code value.blank} or {@code value.too-long} for the notes
   */
  public final Outcome<ProductionBatch> recordQualityCheck(
      LocalDateTime at, Officer officer, long goodUnits, long rejectedUnits, String notes) {
    QualityCheck check =
        QualityCheck.builder()
            .goodUnits(goodUnits)
            .rejectedUnits(rejectedUnits)
            .notes(Checks.required(notes, "notes"))
            .build();
    return recordQualityCheck(at, officer, check);
  }

  private Outcome<ProductionBatch> recordQualityCheck(
      LocalDateTime at, Officer officer, QualityCheck check) {
    StageEvent event = StageEvent.of(BatchStage.QUALITY_CHECK, at, officer);
    return stageHistory()
        .moveTo(event)
        .flatMap(
            history ->
                check.countedUnits() > producedUnits().orElse(0L)
                    ? Outcome.refused(
                        Refusal.of(
                            ProductionRule.COUNTED_OVER_PRODUCED,
                            "qualityCheck",
                            counted(check),
                            producedUnits().orElse(0L)))
                    : Outcome.accepted(
                        builder().from(this).qualityCheck(check).stageHistory(history).build()));
  }

  /**
   * Releases the batch (<i>rilis</i>) under a food-safety policy: the policy decides on the
   * production date ({@link #releaseDecision}).
   *
   * @param at when, not null, not before the previous move
   * @param officer the releasing officer, not null
   * @param policy the food-safety policy, not null
   * @return the released batch, or refused as {@link #release(LocalDateTime, Officer,
   *     FoodSafetyDecision)}
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> release(
      LocalDateTime at, Officer officer, FoodSafetyPolicy policy) {
    return release(at, officer, releaseDecision(policy));
  }

  /**
   * Releases the batch (<i>rilis</i>) with a food-safety decision made for its product on its
   * production date.
   *
   * @param at when, not null, not before the previous move
   * @param officer the releasing officer, not null
   * @param decision the decision, not null, for this product on the production date
   * @return the released batch, or refused: rule {@link ProductionRule#QUALITY_CHECK_REQUIRED}
   *     before the quality check (subject the stage), {@link ProductionRule#STAGE_ORDER} once
   *     released or rejected, {@code value.date-order}, {@link ProductionRule#MISMATCH} for a
   *     decision of another product or date (subject {@code decision.sku} or {@code
   *     decision.date}), {@link ProductionRule#FOOD_SAFETY} when the decision refuses (subject the
   *     lot code, value the SKU, details the date and every reason's code with its detail), {@link
   *     ProductionRule#NOTHING_TO_RELEASE} without good units
   * @throws MissingValueException if an argument is null
   */
  public final Outcome<ProductionBatch> release(
      LocalDateTime at, Officer officer, FoodSafetyDecision decision) {
    StageEvent event = StageEvent.of(BatchStage.RELEASED, at, officer);
    Checks.required(decision, "decision");
    if (!stage().isFinal() && stage() != BatchStage.QUALITY_CHECK) {
      return Outcome.refused(
          Refusal.of(ProductionRule.QUALITY_CHECK_REQUIRED, stage(), BatchStage.RELEASED));
    }
    Optional<Refusal> refusal = stageHistory().refusalOfMove(BatchStage.RELEASED, at);
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
    return Outcome.accepted(
        builder().from(this).stageHistory(stageHistory().moveTo(event).orElseThrow()).build());
  }

  /**
   * Rejects the batch (<i>tolak</i>): nothing of it enters stock.
   *
   * @param at when, not null, not before the previous move
   * @param officer the rejecting officer, not null
   * @param reason why, not null or blank, at most {@link StageEvent#MAX_NOTE} characters, without
   *     personal data
   * @return the rejected batch, or refused: rule {@link ProductionRule#STAGE_ORDER} when planned,
   *     released or already rejected, {@code value.date-order}
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.blank} or {@code value.too-long} for the reason
   */
  public final Outcome<ProductionBatch> reject(LocalDateTime at, Officer officer, String reason) {
    StageEvent event =
        StageEvent.builder()
            .stage(BatchStage.REJECTED)
            .at(at)
            .by(officer)
            .note(Checks.required(reason, "reason"))
            .build();
    return stageHistory()
        .moveTo(event)
        .map(history -> builder().from(this).stageHistory(history).build());
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
