package org.bengkel.json.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.json.Codecs;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.BatchStage;
import org.bengkel.production.EnrolmentCheck;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageEvent;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.ProductionGen;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden samples and invalid documents of production ({@code org.bengkel.production}): a batch
 * of kue kering in every stage up to its release, and a batch of chairs rejected at the quality
 * check. The batches are made by core's transitions; the registration numbers are fictional.
 */
final class ProductionSamples {

  private ProductionSamples() {}

  static final Officer SUPERVISOR =
      Officer.builder()
          .nip(Nip.parse("198503152010121002"))
          .name("Ahmad Fauzi")
          .position("Kepala Seksi Kegiatan Kerja")
          .build();
  static final Officer QC_OFFICER = Officer.of(Nip.parse("199001012015032001"), "Siti Rahma");
  static final RegistrationNumber ANI = RegistrationNumber.parse("B.I-123/2024");
  static final RegistrationNumber BUDI = RegistrationNumber.parse("B.IIa 45/P/2023");

  /** The document carries no training register: the samples' enrolment accepts the two trainees. */
  static final EnrolmentCheck ENROLLED =
      (trainee, programme, date) -> Set.of(ANI, BUDI).contains(trainee);

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  /** Who did what, when: the officer's stamp at a wall-clock time in WIB (Pamekasan's zone). */
  static Stamp stamp(Officer officer, LocalDateTime local) {
    return Stamp.ofLocal(Actor.officer(officer.nip()), local, TimeZoneName.WIB);
  }

  /** The supervisor at the desk, planning: 28 October 2026, 09:30 WIB. */
  static final Stamp DESK = stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 28, 9, 30));

  /** The supervisor recording the day's work: 2 November 2026, 15:45 WIB. */
  static final Stamp WORKSHOP = stamp(SUPERVISOR, LocalDateTime.of(2026, 11, 2, 15, 45));

  /** Planned for 1 November, moved to {@link #DAY}: every operation's event, in order. */
  static final Outcome<ProductionBatch> PLANNED_STORY =
      ProductionBatch.plan(
              LotCode.parse("KK-20261102-01"),
              CatalogSamples.COOKIES,
              40,
              DAY.minusDays(1),
              stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 28, 9, 0)))
          .flatMap(b -> b.reschedule(DAY, DESK));

  static final ProductionBatch PLANNED = PLANNED_STORY.orElseThrow();

  static final Outcome<ProductionBatch> IN_PRODUCTION_STORY =
      PLANNED_STORY
          .flatMap(b -> b.assignSupervisor(SUPERVISOR, WORKSHOP))
          .flatMap(
              b ->
                  b.startProduction(
                      List.of(ANI, BUDI),
                      ENROLLED,
                      stamp(SUPERVISOR, LocalDateTime.of(2026, 11, 2, 7, 30))))
          .flatMap(
              b ->
                  b.recordWork(
                      WorkInterval.of(ANI, DAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                      ENROLLED,
                      WORKSHOP))
          .flatMap(
              b ->
                  b.recordWork(
                      WorkInterval.of(ANI, DAY, LocalTime.of(13, 0), LocalTime.of(15, 30)),
                      ENROLLED,
                      WORKSHOP))
          .flatMap(
              b ->
                  b.recordWork(
                      WorkInterval.of(BUDI, DAY, LocalTime.of(8, 0), LocalTime.of(11, 45)),
                      ENROLLED,
                      WORKSHOP))
          .flatMap(b -> b.recordPieces(ANI, 22, WORKSHOP))
          .flatMap(b -> b.recordPieces(BUDI, 18, WORKSHOP))
          .flatMap(
              b ->
                  b.consumeMaterial(
                      MaterialLine.of(CatalogSamples.FLOUR, Quantity.of(8, MeasureUnit.KILOGRAM)),
                      WORKSHOP))
          .flatMap(
              b ->
                  b.consumeMaterial(
                      MaterialLine.of(CatalogSamples.BUTTER, Quantity.of(3_000, MeasureUnit.GRAM)),
                      WORKSHOP));

  static final ProductionBatch IN_PRODUCTION = IN_PRODUCTION_STORY.orElseThrow();

  static final Outcome<ProductionBatch> PACKAGING_STORY =
      IN_PRODUCTION_STORY.flatMap(
          b -> b.startPackaging(40, stamp(SUPERVISOR, LocalDateTime.of(2026, 11, 2, 16, 0))));

  static final ProductionBatch PACKAGING = PACKAGING_STORY.orElseThrow();

  static final Outcome<ProductionBatch> QUALITY_CHECK_STORY =
      PACKAGING_STORY.flatMap(
          b ->
              b.recordQualityCheck(
                  38, 2, "2 toples retak", stamp(QC_OFFICER, LocalDateTime.of(2026, 11, 3, 8, 0))));

  static final ProductionBatch QUALITY_CHECK = QUALITY_CHECK_STORY.orElseThrow();

  static final Outcome<ProductionBatch> RELEASED_STORY =
      QUALITY_CHECK_STORY.flatMap(
          b ->
              b.release(
                  FoodSafetyPolicy.defaults(),
                  stamp(QC_OFFICER, LocalDateTime.of(2026, 11, 3, 9, 15))));

  static final ProductionBatch RELEASED = RELEASED_STORY.orElseThrow();

  static final Outcome<ProductionBatch> REJECTED_STORY =
      ProductionBatch.plan(
              LotCode.parse("KJ-20261020-03"),
              CatalogSamples.CHAIR,
              4,
              LocalDate.of(2026, 10, 20),
              stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 15, 10, 0)))
          .flatMap(
              b ->
                  b.assignSupervisor(
                      SUPERVISOR, stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 15, 10, 5))))
          .flatMap(
              b ->
                  b.startProduction(
                      List.of(BUDI),
                      ENROLLED,
                      stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 20, 8, 0))))
          .flatMap(
              b ->
                  b.recordWork(
                      WorkInterval.of(
                          BUDI,
                          LocalDate.of(2026, 10, 20),
                          LocalTime.of(8, 0),
                          LocalTime.of(16, 0)),
                      ENROLLED,
                      stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 20, 16, 5))))
          .flatMap(
              b -> b.startPackaging(4, stamp(SUPERVISOR, LocalDateTime.of(2026, 10, 22, 15, 0))))
          .flatMap(
              b ->
                  b.recordQualityCheck(
                      0, 4, stamp(QC_OFFICER, LocalDateTime.of(2026, 10, 23, 9, 0))))
          .flatMap(
              b ->
                  b.reject(
                      "Kayu retak, sambungan longgar",
                      stamp(QC_OFFICER, LocalDateTime.of(2026, 10, 23, 9, 30))));

  static final ProductionBatch REJECTED = REJECTED_STORY.orElseThrow();

  static List<Sample> samples() {
    return List.of(
        new Sample("production-batch-stage", BatchStage.class, BatchStage.QUALITY_CHECK),
        new Sample(
            "production-work-interval",
            WorkInterval.class,
            WorkInterval.of(ANI, DAY, LocalTime.of(8, 0), LocalTime.of(12, 0))),
        new Sample(
            "production-quality-check",
            QualityCheck.class,
            QualityCheck.builder().goodUnits(38).rejectedUnits(2).notes("2 toples retak").build()),
        new Sample(
            "production-stage-event",
            StageEvent.class,
            StageEvent.builder()
                .stage(BatchStage.REJECTED)
                .stamp(stamp(QC_OFFICER, LocalDateTime.of(2026, 10, 23, 9, 30)))
                .note("Kayu retak, sambungan longgar")
                .build()),
        new Sample(
            "production-team-hours",
            TeamHours.class,
            TeamHours.of(ANI, Duration.ofMinutes(390), 22L)),
        new Sample("production-batch-planned", ProductionBatch.class, PLANNED),
        new Sample("production-batch-in-production", ProductionBatch.class, IN_PRODUCTION),
        new Sample("production-batch-packaging", ProductionBatch.class, PACKAGING),
        new Sample("production-batch-quality-check", ProductionBatch.class, QUALITY_CHECK),
        new Sample("production-batch-released", ProductionBatch.class, RELEASED),
        new Sample("production-batch-rejected", ProductionBatch.class, REJECTED));
  }

  private static String compact(Object value) {
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    write(out, value);
    return out.toString();
  }

  private static <T> void write(TextJson.CompactWriter out, T value) {
    @SuppressWarnings("unchecked") // getClass() of a T is a Class<? extends T>
    Class<T> type = (Class<T>) value.getClass();
    out.value(Codecs.findFor(type).orElseThrow(), value);
  }

  /** Replaces exactly one occurrence, so a change in the samples cannot make a case vacuous. */
  private static String once(String json, String from, String to) {
    int at = json.indexOf(from);
    if (at < 0 || json.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("not exactly once in the sample: " + from);
    }
    return json.replace(from, to);
  }

  static Stream<Arguments> invalidDocuments() {
    String inProduction = compact(IN_PRODUCTION);
    String packaging = compact(PACKAGING);
    String checked = compact(QUALITY_CHECK);
    String released = compact(RELEASED);
    Class<ProductionBatch> batch = ProductionBatch.class;
    return Stream.of(
        // good 38 + rejected 5 = 43 counted > 40 produced
        Arguments.of(
            batch,
            once(checked, "\"rejectedUnits\":2", "\"rejectedUnits\":5"),
            "$.qualityCheck",
            "production.count.over-produced"),
        // 41 produced > 40 planned
        Arguments.of(
            batch,
            once(packaging, "\"producedUnits\":40", "\"producedUnits\":41"),
            "$.producedUnits",
            "production.count.over-planned"),
        // the trainee's afternoon 11:00-15:30 overlaps the morning 08:00-12:00
        Arguments.of(
            batch,
            once(inProduction, "\"start\":\"13:00:00\"", "\"start\":\"11:00:00\""),
            "$.work",
            "production.hours.overlap"),
        // released straight after packaging: no quality check (stage event 3)
        Arguments.of(
            batch,
            once(checked, "\"stage\":\"QUALITY_CHECK\"", "\"stage\":\"RELEASED\""),
            "$.history[3].stage",
            "production.batch.inconsistent"),
        // released with the quality-check event but without the check's counts
        Arguments.of(
            batch,
            once(
                released,
                "\"qualityCheck\":{\"goodUnits\":38,\"rejectedUnits\":2,\"notes\":\"2 toples retak\"},",
                ""),
            "$.qualityCheck",
            "production.batch.inconsistent"),
        // the production start is dated before the plan
        Arguments.of(
            batch,
            once(inProduction, "2026-10-28T02:00:00Z", "2026-11-03T02:00:00Z"),
            "$.history[1].at",
            "value.date-order"),
        // packaging straight after planning
        Arguments.of(
            batch,
            once(packaging, "\"stage\":\"IN_PRODUCTION\"", "\"stage\":\"PACKAGING\""),
            "$.history[1].stage",
            "production.batch.inconsistent"),
        Arguments.of(
            batch,
            once(released, "\"bestBefore\":\"2027-01-01\"", "\"bestBefore\":\"2027-06-01\""),
            "$.bestBefore",
            "production.mismatch"),
        Arguments.of(
            batch,
            once(
                inProduction,
                ",\"supervisor\":{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\","
                    + "\"position\":\"Kepala Seksi Kegiatan Kerja\"}",
                ""),
            "$.supervisor",
            "production.supervisor.required"),
        Arguments.of(
            batch,
            once(
                inProduction,
                "\"pieces\":{\"B.I-123/2024\":22,",
                "\"pieces\":{\"B.I-999/2024\":22,"),
            "$.pieces",
            "production.team.not-member"),
        Arguments.of(
            WorkInterval.class,
            "{\"trainee\":\"B.I-123/2024\",\"date\":\"2026-11-02\",\"start\":\"12:00:00\",\"end\":\"08:00:00\"}",
            "$.end",
            "production.hours.times"),
        Arguments.of(
            WorkInterval.class,
            "{\"trainee\":\"B.I-123/2024\",\"date\":\"2026-11-02\",\"start\":\"8 pagi\",\"end\":\"12:00:00\"}",
            "$.start",
            "json.malformed-date"),
        Arguments.of(
            QualityCheck.class,
            "{\"goodUnits\":-1,\"rejectedUnits\":0}",
            "$.goodUnits",
            "value.out-of-range"),
        Arguments.of(
            StageEvent.class,
            "{\"stage\":\"SHIPPED\",\"at\":\"2026-11-02T07:30:00\",\"by\":{\"nip\":\"198503152010121002\",\"name\":\"A\"}}",
            "$.stage",
            "json.unknown-constant"),
        Arguments.of(
            TeamHours.class,
            "{\"trainee\":\"B.I-123/2024\",\"worked\":\"6 jam\"}",
            "$.worked",
            "json.wrong-type"),
        Arguments.of(
            TeamHours.class,
            "{\"trainee\":\"B.I-123/2024\",\"worked\":\"-PT1H\"}",
            "$.worked",
            "value.out-of-range"));
  }

  // ---------------------------------------------------------------- seeded random batches

  /**
   * Seeded random production values for {@link JsonFormatContract#randomValues()}: batches in every
   * stage from the testkit's {@link ProductionGen#batches(BatchStage)}, with work intervals,
   * quality checks, stage events and team hours taken from them.
   */
  static Stream<Arguments> randomValues(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0004L);
    return IntStream.range(0, n)
        .mapToObj(
            i -> {
              ProductionBatch batch =
                  ProductionGen.batches(BatchStage.values()[i % BatchStage.values().length])
                      .next(random);
              Object value =
                  switch (i % 10) {
                    case 6 ->
                        batch.work().isEmpty() ? batch : Gen.choose(batch.work()).next(random);
                    case 7 -> batch.qualityCheck().map(Object.class::cast).orElse(batch);
                    case 8 -> Gen.choose(batch.history()).next(random);
                    case 9 ->
                        batch.teamHours().isEmpty()
                            ? batch
                            : Gen.choose(List.copyOf(batch.teamHours())).next(random);
                    default -> batch;
                  };
              return Arguments.of(seed, i, value);
            });
  }
}
