package org.bengkel.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bengkel.catalog.BomRegistry;
import org.bengkel.catalog.FoodSafetyDecision;
import org.bengkel.catalog.FoodSafetyPolicy;
import org.bengkel.catalog.Label;
import org.bengkel.catalog.MaterialCost;
import org.bengkel.catalog.MaterialCostLine;
import org.bengkel.catalog.MaterialLine;
import org.bengkel.catalog.PriceBook;
import org.bengkel.catalog.Product;
import org.bengkel.error.CoreRule;
import org.bengkel.error.IllegalTransitionException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.internal.Checks;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * A production batch (<i>batch produksi</i>) of one product under one lot code, from plan to
 * release or rejection (project domain notes, "Products and production").
 *
 * <p><b>Lifecycle.</b> {@link #plan plan} → {@link #startProduction startProduction} →
 * {@link #startPackaging startPackaging} → {@link #recordQualityCheck recordQualityCheck} →
 * {@link #release release}, or {@link #reject reject} from production, packaging or quality check
 * (see {@link BatchStage}). Every move is a method that returns the next batch and leaves this one
 * unchanged; it records a {@link StageEvent} with the date-time and the officer (<i>petugas</i>)
 * who made it, at or after the previous event. A move the lifecycle does not allow throws
 * {@link IllegalTransitionException} naming the current stage, the requested one and the rule.
 *
 * <p><b>Rules.</b>
 * <ul>
 *   <li>A supervising officer ({@link #assignSupervisor}) is required before production starts
 *       ({@link ProductionRule#SUPERVISOR_REQUIRED}): teams work under the supervision of officers.
 *   <li>Production starts on the planned {@link #productionDate()}
 *       ({@link ProductionRule#START_DATE}), which is the date printed as the production date and
 *       from which the best-before date derives ({@link Product#bestBeforeFor}). A plan whose day
 *       moves is {@linkplain #reschedule rescheduled} first.
 *   <li>The team (<i>tim warga binaan</i>) is at least one trainee
 *       ({@link ProductionRule#TEAM_EMPTY}), each actively enrolled in the product's skill
 *       programme on the production date ({@link ProductionRule#NOT_ENROLLED}). The question is
 *       asked through an {@link EnrolmentCheck}, usually a {@link TrainingRegister}.
 *   <li>Work is recorded as {@link WorkInterval}s (day, start, end) while in production or
 *       packaging ({@link ProductionRule#RECORDING_CLOSED}), only for team members
 *       ({@link ProductionRule#NOT_IN_TEAM}) enrolled on the day worked, never before the
 *       production date ({@link ProductionRule#HOURS_BEFORE_PRODUCTION}). <em>Overlapping
 *       intervals of one trainee are refused</em> ({@link ProductionRule#HOURS_OVERLAP}), not
 *       merged: a trainee cannot work two stretches at once, so an overlap is a recording mistake
 *       that the recorder must correct; refusing it keeps every recorded interval true and team
 *       hours are never counted twice. Intervals that only touch are accepted.
 *   <li>Units produced are counted when packaging starts: at most the planned quantity
 *       ({@link ProductionRule#PRODUCED_OVER_PLANNED}; the materials were issued for the plan, so
 *       a larger yield is planned as a larger batch or another lot). The quality check counts good
 *       and rejected units with good + rejected ≤ produced
 *       ({@link ProductionRule#COUNTED_OVER_PRODUCED}).
 *   <li>Release needs the quality check ({@link ProductionRule#QUALITY_CHECK_REQUIRED}), at least
 *       one good unit ({@link ProductionRule#NOTHING_TO_RELEASE}) and, for food, a
 *       {@link FoodSafetyDecision} allowing the product on the production date
 *       ({@link ProductionRule#FOOD_SAFETY}): a P-IRT number valid on that date (Peraturan BPOM
 *       22/2018) and, from 17 October 2026, a halal certificate unless declared non-halal (PP
 *       42/2024).
 * </ul>
 *
 * <p><b>Stock and premi.</b> A released batch becomes stock with
 * {@code batch.toStockLot(StockLot::of)} (the good units, the best-before date as expiry); its
 * {@link #teamHours()} give each trainee's time and pieces for the premi allocation. Labels and
 * anything a buyer sees are made with {@link #label(Facility)}, which names the workshop, never a
 * trainee.
 *
 * <p><b>Personal data.</b> The team, the work intervals and the pieces hold registration numbers:
 * they never appear in {@link #toString()} or in exception messages (UU 27/2022 PDP).
 *
 * <p>Immutable and thread-safe. Building an inconsistent batch throws
 * {@link InvalidValueException} naming the field.
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
   * The team: the trainees who make the batch, in the order given. Personal data.
   *
   * @return an unmodifiable set, never null; empty while planned, not empty afterwards
   */
  @NotNull
  @Value.Redacted
  public abstract Set<@NotNull RegistrationNumber> team();

  /**
   * The recorded work of the team, in the order recorded. Personal data.
   *
   * @return an unmodifiable list, never null; no two intervals of a trainee overlap
   */
  @NotNull
  @Value.Redacted
  public abstract List<@NotNull WorkInterval> work();

  /**
   * The pieces made per trainee, where recorded. Personal data.
   *
   * @return an unmodifiable map, never null, values zero or more
   */
  @NotNull
  @Value.Redacted
  public abstract Map<@NotNull RegistrationNumber, @NotNull Long> pieces();

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
   * The history: one event per stage reached, the first {@link BatchStage#PLANNED}.
   *
   * @return an unmodifiable list, never null or empty, in time order
   */
  @NotEmpty
  public abstract List<@NotNull StageEvent> history();

  @Value.Check
  void check() {
    Checks.requireRange(plannedQuantity(), "plannedQuantity", 1, MAX_QUANTITY);
    checkHistory();
    BatchStage stage = stage();
    boolean started = stage != BatchStage.PLANNED;
    if (started) {
      if (supervisor().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.SUPERVISOR_REQUIRED, "supervisor", null);
      }
      if (team().isEmpty()) {
        throw InvalidValueException.of(ProductionRule.TEAM_EMPTY, "team", null);
      }
      LocalDate startDay = history().get(1).at().toLocalDate();
      if (!startDay.equals(productionDate())) {
        throw InvalidValueException.of(
            ProductionRule.START_DATE, "history[1].at", history().get(1).at(), productionDate());
      }
    } else {
      requireEmpty(team().isEmpty() && work().isEmpty() && pieces().isEmpty() && materials().isEmpty(),
          "team", stage);
    }
    requireEmpty(producedUnits().isPresent() == reached(BatchStage.PACKAGING), "producedUnits", stage);
    requireEmpty(qualityCheck().isPresent() == reached(BatchStage.QUALITY_CHECK), "qualityCheck", stage);
    if (producedUnits().isPresent()) {
      long produced = producedUnits().get();
      Checks.requireRange(produced, "producedUnits", 0, MAX_QUANTITY);
      if (produced > plannedQuantity()) {
        throw InvalidValueException.of(
            ProductionRule.PRODUCED_OVER_PLANNED, "producedUnits", produced, plannedQuantity());
      }
      if (qualityCheck().isPresent() && qualityCheck().get().countedUnits() > produced) {
        throw InvalidValueException.of(
            ProductionRule.COUNTED_OVER_PRODUCED, "qualityCheck",
            qualityCheck().get().goodUnits() + " + " + qualityCheck().get().rejectedUnits(), produced);
      }
    }
    if (stage == BatchStage.RELEASED && goodUnits() < 1) {
      throw InvalidValueException.of(ProductionRule.NOTHING_TO_RELEASE, "qualityCheck.goodUnits", 0);
    }
    checkWork();
    for (Map.Entry<RegistrationNumber, Long> e : pieces().entrySet()) {
      if (!team().contains(e.getKey())) {
        throw InvalidValueException.personal(ProductionRule.NOT_IN_TEAM, "pieces");
      }
      Checks.requireRange(e.getValue(), "pieces", 0, MAX_QUANTITY);
    }
  }

  private void checkHistory() {
    if (history().isEmpty()) {
      throw InvalidValueException.of(CoreRule.REQUIRED, "history", null);
    }
    if (history().get(0).stage() != BatchStage.PLANNED) {
      throw InvalidValueException.of(
          ProductionRule.INCONSISTENT, "history[0].stage", history().get(0).stage(), BatchStage.PLANNED);
    }
    for (int i = 1; i < history().size(); i++) {
      StageEvent previous = history().get(i - 1);
      StageEvent event = history().get(i);
      if (!previous.stage().canMoveTo(event.stage())) {
        throw InvalidValueException.of(
            ProductionRule.INCONSISTENT, "history[" + i + "].stage", event.stage(), previous.stage());
      }
      if (event.at().isBefore(previous.at())) {
        throw InvalidValueException.of(
            CoreRule.DATE_ORDER, "history[" + i + "].at", event.at(), previous.at());
      }
    }
    StageEvent last = history().get(history().size() - 1);
    if (last.stage() == BatchStage.REJECTED && last.note().isEmpty()) {
      throw InvalidValueException.of(
          CoreRule.REQUIRED, "history[" + (history().size() - 1) + "].note", null);
    }
  }

  private void checkWork() {
    Map<RegistrationNumber, List<WorkInterval>> byTrainee = new LinkedHashMap<>();
    for (WorkInterval w : work()) {
      if (!team().contains(w.trainee())) {
        throw InvalidValueException.personal(ProductionRule.NOT_IN_TEAM, "work");
      }
      if (w.date().isBefore(productionDate())) {
        throw InvalidValueException.of(
            ProductionRule.HOURS_BEFORE_PRODUCTION, "work.date", w.date(), productionDate());
      }
      byTrainee.computeIfAbsent(w.trainee(), k -> new ArrayList<>()).add(w);
    }
    for (List<WorkInterval> intervals : byTrainee.values()) {
      List<WorkInterval> sorted = new ArrayList<>(intervals);
      sorted.sort(Comparator.comparing(WorkInterval::startsAt));
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i - 1).overlaps(sorted.get(i))) {
          throw InvalidValueException.personal(
              ProductionRule.HOURS_OVERLAP, "work", sorted.get(i).date());
        }
      }
    }
  }

  private static void requireEmpty(boolean consistent, String field, BatchStage stage) {
    if (!consistent) {
      throw InvalidValueException.of(ProductionRule.INCONSISTENT, field, "-", stage);
    }
  }

  private boolean reached(BatchStage stage) {
    return history().stream().anyMatch(e -> e.stage() == stage);
  }

  // ---------------------------------------------------------------- queries

  /**
   * The current stage: that of the last event in the history.
   *
   * @return the stage, never null
   */
  public final BatchStage stage() {
    return history().get(history().size() - 1).stage();
  }

  /**
   * The event that moved the batch into a stage.
   *
   * @param stage the stage, not null
   * @return the event, empty when the batch never reached the stage
   */
  public final Optional<StageEvent> event(BatchStage stage) {
    return history().stream().filter(e -> e.stage() == stage).findFirst();
  }

  /**
   * The best-before date (<i>baik digunakan sebelum</i>): the production date plus the product's
   * shelf life ({@link Product#bestBeforeFor}).
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
   * Each team member's time worked and pieces made, in registration-number order. The time is the
   * length of the union of the member's intervals, so overlapping time could never count twice
   * even if it were recorded; members without recorded work have zero time; {@link
   * TeamHours#pieces()} is present for members with recorded pieces. Ready for the premi
   * allocation: convert each entry with {@code Contribution.ofTime(..)} or {@code
   * Contribution.of(..)}.
   *
   * @return an unmodifiable list, never null, one entry per team member
   */
  public final List<TeamHours> teamHours() {
    Map<RegistrationNumber, List<WorkInterval>> byTrainee = new TreeMap<>();
    team().forEach(t -> byTrainee.put(t, new ArrayList<>()));
    work().forEach(w -> Checks.present(byTrainee.get(w.trainee())).add(w));
    List<TeamHours> out = new ArrayList<>();
    for (Map.Entry<RegistrationNumber, List<WorkInterval>> e : byTrainee.entrySet()) {
      out.add(TeamHours.of(
          e.getKey(), unionLength(e.getValue()), Optional.ofNullable(pieces().get(e.getKey()))));
    }
    return List.copyOf(out);
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

  static Duration unionLength(List<WorkInterval> intervals) {
    List<WorkInterval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(WorkInterval::startsAt));
    Duration total = Duration.ZERO;
    LocalDateTime start = null;
    LocalDateTime end = null;
    for (WorkInterval w : sorted) {
      if (end != null && !w.startsAt().isAfter(end)) {
        if (w.endsAt().isAfter(end)) {
          end = w.endsAt();
        }
      } else {
        if (end != null) {
          total = total.plus(Duration.between(start, end));
        }
        start = w.startsAt();
        end = w.endsAt();
      }
    }
    if (end != null) {
      total = total.plus(Duration.between(start, end));
    }
    return total;
  }

  /**
   * The food-safety decision for releasing this batch: the policy's decision for the product on
   * the production date. Lets a caller show the reasons before trying {@link #release}.
   *
   * @param policy the policy, not null
   * @return the decision, never null; always allowed for goods that are not food
   */
  public final FoodSafetyDecision releaseDecision(FoodSafetyPolicy policy) {
    return policy.decide(product(), productionDate());
  }

  /**
   * The material cost (<i>biaya bahan</i>) of the planned quantity by the product's bill of
   * materials, at the prices effective on the production date ({@link BomRegistry#materialCost}).
   * The planned quantity is used because the bill's materials are issued for the plan, whatever
   * the yield.
   *
   * @param boms the bills of materials, not null, with a bill for the product
   * @param prices the material prices, not null
   * @return the cost, never null
   * @throws InvalidValueException as {@link BomRegistry#materialCost} (bill or price missing)
   */
  public final MaterialCost materialCost(BomRegistry boms, PriceBook prices) {
    return boms.materialCost(product().sku(), plannedQuantity(), productionDate(), prices);
  }

  /**
   * The label (<i>label kemasan</i>) of a food batch: product data, the workshop as producer, the
   * lot code as production code and the best-before date. No trainee appears on it.
   *
   * @param facility the facility whose workshop made the batch, not null
   * @return the label, never null
   * @throws InvalidValueException as {@link Label#forProduct} (rule {@code catalog.food.not-food}
   *     for goods that are not food)
   */
  public final Label label(Facility facility) {
    return Label.forProduct(product(), facility, lotCode().toString(), productionDate());
  }

  /**
   * Converts a released batch into a stock lot in one call, typically
   * {@code batch.toStockLot(StockLot::of)}: the lot code, the product's SKU, the production date,
   * the best-before date as expiry, the good units as quantity and the release time.
   *
   * @param factory the lot maker, not null, such as {@code org.bengkel.inventory.StockLot::of}
   * @param <T> the lot type
   * @return the factory's lot
   * @throws IllegalTransitionException rule {@link ProductionRule#NOT_RELEASED} unless released
   * @throws org.bengkel.error.MissingValueException if {@code factory} is null
   */
  public final <T> T toStockLot(StockLotFactory<T> factory) {
    Checks.required(factory, "factory");
    if (stage() != BatchStage.RELEASED) {
      throw IllegalTransitionException.of(ProductionRule.NOT_RELEASED, stage(), "STOCK");
    }
    return factory.create(
        lotCode(), product().sku(), productionDate(), bestBefore(), goodUnits(), releasedAt().orElseThrow());
  }

  // ---------------------------------------------------------------- transitions

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
   * @throws InvalidValueException rule {@code value.out-of-range} for the quantity,
   *     {@code value.required} for a null argument
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
        .addHistory(StageEvent.of(BatchStage.PLANNED, at, by))
        .build();
  }

  /**
   * Assigns (or replaces) the supervising officer (<i>petugas pengawas</i>).
   *
   * @param officer the officer, not null
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} once released or
   *     rejected
   * @throws org.bengkel.error.MissingValueException if {@code officer} is null
   */
  public final ProductionBatch assignSupervisor(Officer officer) {
    Checks.required(officer, "officer");
    if (stage().isFinal()) {
      throw IllegalTransitionException.of(ProductionRule.STAGE_ORDER, stage(), stage(), "supervisor");
    }
    return builder().from(this).supervisor(officer).build();
  }

  /**
   * Moves a planned batch to another production date.
   *
   * @param date the new production date, not null
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} unless planned
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public final ProductionBatch reschedule(LocalDate date) {
    Checks.required(date, "date");
    if (stage() != BatchStage.PLANNED) {
      throw IllegalTransitionException.of(ProductionRule.STAGE_ORDER, stage(), BatchStage.PLANNED, date);
    }
    return builder().from(this).productionDate(date).build();
  }

  /**
   * Starts production (<i>mulai produksi</i>) with a team of trainees.
   *
   * @param at when, not null, on the production date and not before the plan
   * @param by the officer who starts it, not null
   * @param team the trainees, not null, at least one; repeated numbers count once
   * @param enrolment answers whether a trainee is actively enrolled in the product's programme on
   *     the production date, not null
   * @return the batch in production, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} unless planned;
   *     {@link ProductionRule#SUPERVISOR_REQUIRED} without a supervising officer
   * @throws InvalidValueException rule {@link ProductionRule#TEAM_EMPTY},
   *     {@link ProductionRule#NOT_ENROLLED} (personal: the trainee is not named),
   *     {@link ProductionRule#START_DATE} or {@code value.date-order}
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public final ProductionBatch startProduction(
      LocalDateTime at, Officer by, Collection<RegistrationNumber> team, EnrolmentCheck enrolment) {
    Checks.required(team, "team");
    Checks.required(enrolment, "enrolment");
    requireMove(BatchStage.IN_PRODUCTION);
    if (supervisor().isEmpty()) {
      throw IllegalTransitionException.of(
          ProductionRule.SUPERVISOR_REQUIRED, stage(), BatchStage.IN_PRODUCTION);
    }
    if (team.isEmpty()) {
      throw InvalidValueException.of(ProductionRule.TEAM_EMPTY, "team", null);
    }
    Set<RegistrationNumber> members = new LinkedHashSet<>(team);
    for (RegistrationNumber member : members) {
      requireEnrolled(member, productionDate(), enrolment, "team");
    }
    return builder().from(this)
        .team(members)
        .history(append(StageEvent.of(BatchStage.IN_PRODUCTION, at, by)))
        .build();
  }

  /**
   * Starts production with a team checked against a training register, as
   * {@link #startProduction(LocalDateTime, Officer, Collection, EnrolmentCheck)} with
   * {@link EnrolmentCheck#of(TrainingRegister)}.
   *
   * @param at when, not null
   * @param by the officer who starts it, not null
   * @param team the trainees, not null
   * @param register the register, not null
   * @return the batch in production, never null
   * @throws IllegalTransitionException as the general method
   * @throws InvalidValueException as the general method
   */
  public final ProductionBatch startProduction(
      LocalDateTime at, Officer by, Collection<RegistrationNumber> team, TrainingRegister register) {
    return startProduction(at, by, team, EnrolmentCheck.of(register));
  }

  /**
   * Records a stretch of work by a team member.
   *
   * @param interval the work, not null
   * @param enrolment asked whether the trainee is actively enrolled on the interval's date, not
   *     null
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#RECORDING_CLOSED} unless in
   *     production or packaging
   * @throws InvalidValueException rule {@link ProductionRule#NOT_IN_TEAM},
   *     {@link ProductionRule#NOT_ENROLLED}, {@link ProductionRule#HOURS_BEFORE_PRODUCTION} or
   *     {@link ProductionRule#HOURS_OVERLAP} (an overlap with an interval already recorded for the
   *     trainee); the trainee is never named
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public final ProductionBatch recordWork(WorkInterval interval, EnrolmentCheck enrolment) {
    Checks.required(interval, "interval");
    Checks.required(enrolment, "enrolment");
    requireRecording();
    if (!team().contains(interval.trainee())) {
      throw InvalidValueException.personal(ProductionRule.NOT_IN_TEAM, "work");
    }
    requireEnrolled(interval.trainee(), interval.date(), enrolment, "work");
    List<WorkInterval> next = new ArrayList<>(work());
    next.add(interval);
    return builder().from(this).work(next).build();
  }

  /**
   * Records pieces made by a team member (<i>jumlah buah</i>), added to any recorded before.
   *
   * @param trainee the team member, not null
   * @param count the pieces, zero or more
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#RECORDING_CLOSED} unless in
   *     production or packaging
   * @throws InvalidValueException rule {@link ProductionRule#NOT_IN_TEAM} or
   *     {@code value.out-of-range}
   * @throws org.bengkel.error.MissingValueException if {@code trainee} is null
   */
  public final ProductionBatch recordPieces(RegistrationNumber trainee, long count) {
    Checks.required(trainee, "trainee");
    requireRecording();
    Checks.requireRange(count, "pieces", 0, MAX_QUANTITY);
    if (!team().contains(trainee)) {
      throw InvalidValueException.personal(ProductionRule.NOT_IN_TEAM, "pieces");
    }
    Map<RegistrationNumber, Long> next = new LinkedHashMap<>(pieces());
    next.merge(trainee, count, Long::sum);
    return builder().from(this).pieces(next).build();
  }

  /**
   * Records a material consumed.
   *
   * @param line the material and its exact quantity, not null
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#RECORDING_CLOSED} unless in
   *     production or packaging
   * @throws org.bengkel.error.MissingValueException if {@code line} is null
   */
  public final ProductionBatch consumeMaterial(MaterialLine line) {
    Checks.required(line, "line");
    requireRecording();
    List<MaterialLine> next = new ArrayList<>(materials());
    next.add(line);
    return builder().from(this).materials(next).build();
  }

  /**
   * Records as consumed the materials of a computed material cost, typically
   * {@code batch.consumeMaterials(batch.materialCost(boms, prices))}: the bill's quantities for
   * the planned quantity.
   *
   * <p>The cost must be of this batch's product and for its planned quantity, since the
   * quantities recorded are the bill's for that many units; a cost for another quantity would record
   * too much or too little. Its date is not compared: it only chose the prices, not the quantities.
   *
   * @param cost a cost of this batch's product for its planned quantity, not null
   * @return the new batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#RECORDING_CLOSED} unless in
   *     production or packaging
   * @throws InvalidValueException rule {@link ProductionRule#MISMATCH} for another product's cost
   *     (field {@code cost.product}) or a cost of another number of units (field {@code
   *     cost.units}, detail the planned quantity)
   * @throws org.bengkel.error.MissingValueException if {@code cost} is null
   */
  public final ProductionBatch consumeMaterials(MaterialCost cost) {
    Checks.required(cost, "cost");
    requireRecording();
    if (!cost.product().equals(product().sku())) {
      throw InvalidValueException.of(ProductionRule.MISMATCH, "cost.product", cost.product(), product().sku());
    }
    if (cost.units() != plannedQuantity()) {
      throw InvalidValueException.of(
          ProductionRule.MISMATCH, "cost.units", cost.units(), plannedQuantity());
    }
    List<MaterialLine> next = new ArrayList<>(materials());
    for (MaterialCostLine line : cost.lines()) {
      if (!line.quantity().isZero()) {
        next.add(MaterialLine.of(line.material(), line.quantity()));
      }
    }
    return builder().from(this).materials(next).build();
  }

  /**
   * Ends production and starts packaging (<i>pengemasan</i>), with the units produced.
   *
   * @param at when, not null, not before the previous move
   * @param by the officer, not null
   * @param producedUnits the units produced, 0 to {@link #plannedQuantity()}
   * @return the batch in packaging, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} unless in
   *     production
   * @throws InvalidValueException rule {@link ProductionRule#PRODUCED_OVER_PLANNED},
   *     {@code value.out-of-range} or {@code value.date-order}
   */
  public final ProductionBatch startPackaging(LocalDateTime at, Officer by, long producedUnits) {
    requireMove(BatchStage.PACKAGING);
    return builder().from(this)
        .producedUnits(producedUnits)
        .history(append(StageEvent.of(BatchStage.PACKAGING, at, by)))
        .build();
  }

  /**
   * Records the quality check (<i>pemeriksaan mutu</i>) by an officer.
   *
   * @param at when, not null, not before the previous move
   * @param officer the checking officer, not null
   * @param goodUnits the units that passed, zero or more
   * @param rejectedUnits the units that failed, zero or more
   * @param notes the checker's notes, not null; empty for none
   * @return the checked batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} unless packaging
   * @throws InvalidValueException rule {@link ProductionRule#COUNTED_OVER_PRODUCED} when good +
   *     rejected exceed the units produced, {@code value.out-of-range}, {@code value.blank} or
   *     {@code value.date-order}
   * @throws org.bengkel.error.MissingValueException if {@code notes} is null
   */
  public final ProductionBatch recordQualityCheck(
      LocalDateTime at, Officer officer, long goodUnits, long rejectedUnits, Optional<String> notes) {
    Checks.required(notes, "notes");
    requireMove(BatchStage.QUALITY_CHECK);
    QualityCheck check =
        QualityCheck.builder().goodUnits(goodUnits).rejectedUnits(rejectedUnits).notes(notes).build();
    return builder().from(this)
        .qualityCheck(check)
        .history(append(StageEvent.of(BatchStage.QUALITY_CHECK, at, officer)))
        .build();
  }

  /**
   * Releases the batch (<i>rilis</i>) under a food-safety policy: the policy decides on the
   * production date ({@link #releaseDecision}).
   *
   * @param at when, not null, not before the previous move
   * @param officer the releasing officer, not null
   * @param policy the food-safety policy, not null
   * @return the released batch, never null
   * @throws IllegalTransitionException as {@link #release(LocalDateTime, Officer,
   *     FoodSafetyDecision)}
   * @throws InvalidValueException as {@link #release(LocalDateTime, Officer, FoodSafetyDecision)}
   * @throws org.bengkel.error.MissingValueException if {@code policy} is null
   */
  public final ProductionBatch release(LocalDateTime at, Officer officer, FoodSafetyPolicy policy) {
    return release(at, officer, releaseDecision(Checks.required(policy, "policy")));
  }

  /**
   * Releases the batch (<i>rilis</i>) with a food-safety decision made for its product on its
   * production date.
   *
   * @param at when, not null, not before the previous move
   * @param officer the releasing officer, not null
   * @param decision the decision, not null, for this product on the production date
   * @return the released batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#QUALITY_CHECK_REQUIRED} before
   *     the quality check, {@link ProductionRule#STAGE_ORDER} once released or rejected,
   *     {@link ProductionRule#FOOD_SAFETY} when the decision refuses (details: the date and every
   *     reason's code with its detail)
   * @throws InvalidValueException rule {@link ProductionRule#MISMATCH} for a decision of another
   *     product or date, {@link ProductionRule#NOTHING_TO_RELEASE} without good units,
   *     {@code value.date-order}
   * @throws org.bengkel.error.MissingValueException if {@code decision} is null
   */
  public final ProductionBatch release(LocalDateTime at, Officer officer, FoodSafetyDecision decision) {
    Checks.required(decision, "decision");
    if (!stage().isFinal() && stage() != BatchStage.QUALITY_CHECK) {
      throw IllegalTransitionException.of(
          ProductionRule.QUALITY_CHECK_REQUIRED, stage(), BatchStage.RELEASED);
    }
    requireMove(BatchStage.RELEASED);
    if (!decision.sku().equals(product().sku())) {
      throw InvalidValueException.of(ProductionRule.MISMATCH, "decision.sku", decision.sku(), product().sku());
    }
    if (!decision.date().equals(productionDate())) {
      throw InvalidValueException.of(
          ProductionRule.MISMATCH, "decision.date", decision.date(), productionDate());
    }
    if (!decision.isAllowed()) {
      String reasons = decision.reasons().entrySet().stream()
          .map(e -> e.getValue().isEmpty() ? e.getKey().code() : e.getKey().code() + " (" + e.getValue() + ")")
          .collect(Collectors.joining(", "));
      throw IllegalTransitionException.of(
          ProductionRule.FOOD_SAFETY, stage(), BatchStage.RELEASED, productionDate(), reasons);
    }
    return builder().from(this).history(append(StageEvent.of(BatchStage.RELEASED, at, officer))).build();
  }

  /**
   * Rejects the batch (<i>tolak</i>): nothing of it enters stock.
   *
   * @param at when, not null, not before the previous move
   * @param officer the rejecting officer, not null
   * @param reason why, not null or blank, at most {@link StageEvent#MAX_NOTE} characters, without
   *     personal data
   * @return the rejected batch, never null
   * @throws IllegalTransitionException rule {@link ProductionRule#STAGE_ORDER} when planned,
   *     released or already rejected
   * @throws InvalidValueException rule {@code value.blank}, {@code value.too-long} or
   *     {@code value.date-order}
   * @throws org.bengkel.error.MissingValueException if {@code reason} is null
   */
  public final ProductionBatch reject(LocalDateTime at, Officer officer, String reason) {
    Checks.required(reason, "reason");
    requireMove(BatchStage.REJECTED);
    StageEvent event =
        StageEvent.builder().stage(BatchStage.REJECTED).at(at).by(officer).note(reason).build();
    return builder().from(this).history(append(event)).build();
  }

  private void requireMove(BatchStage next) {
    if (!stage().canMoveTo(next)) {
      throw IllegalTransitionException.of(ProductionRule.STAGE_ORDER, stage(), next);
    }
  }

  private void requireRecording() {
    if (!stage().isRecording()) {
      throw IllegalTransitionException.of(ProductionRule.RECORDING_CLOSED, stage(), stage());
    }
  }

  private void requireEnrolled(
      RegistrationNumber trainee, LocalDate date, EnrolmentCheck enrolment, String field) {
    if (!enrolment.isActivelyEnrolled(trainee, product().programme(), date)) {
      throw InvalidValueException.personal(
          ProductionRule.NOT_ENROLLED, field, product().programme(), date);
    }
  }

  private List<StageEvent> append(StageEvent event) {
    List<StageEvent> next = new ArrayList<>(history());
    next.add(event);
    return next;
  }

  /**
   * A new builder, for rebuilding a recorded batch (from storage); use {@link #plan} and the
   * transitions otherwise. The builder checks the batch's consistency, not enrolment or food
   * safety, which need outside data.
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
