package org.bengkel.json.codec.production;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bengkel.audit.Actor;
import org.bengkel.catalog.Product;
import org.bengkel.facility.Officer;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.material.MaterialLine;
import org.bengkel.production.BatchEvent;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageEvent;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the production (<i>produksi</i>) types: the lot code as a string, the stage as
 * its constant name, everything else as objects read through bengkel-core's public builders, so a
 * batch read from a document passes every check of {@link ProductionBatch} again.
 *
 * <p>Registration numbers of the team are written: a batch document is an exchange between the
 * facility's own systems, not a publication. What a document cannot prove is left to the caller:
 * that the team was actively enrolled in the product's programme (the document carries no training
 * register) and that a released food batch had valid food safety on its production date (the
 * document carries no policy); both were checked by the transitions that made the batch.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductionCodecs {

  /** {@link LotCode}: the lot code of a batch (<i>kode produksi</i>), {@code "KK-20261102-01"}. */
  public static final Codec<LotCode> LOT_CODE =
      Scalars.code(LotCode.class, LotCode::parse, LotCode::value, "A lot code");

  /**
   * {@link BatchStage}: the stage's constant name (<i>tahap produksi</i>), {@code "QUALITY_CHECK"}.
   */
  public static final Codec<BatchStage> BATCH_STAGE = Codec.ofEnum(BatchStage.class);

  /** A batch's units that may be none (pieces, units produced), at most core's batch size. */
  static final Codec<Long> UNITS = Scalars.integer(0, ProductionBatch.MAX_QUANTITY);

  /** A batch's planned quantity: at least one unit, at most core's batch size. */
  static final Codec<Long> PLANNED_QUANTITY = Scalars.integer(1, ProductionBatch.MAX_QUANTITY);

  // a stage event's note or reason, as long as core allows
  private static final Codec<String> NOTE = Scalars.text(1, StageEvent.MAX_NOTE);

  // A time of day, ISO-8601 with seconds always written; in place in the schema.
  private static final Codec<LocalTime> TIME =
      Scalars.of(
          LocalTime.class,
          JsonSchema.pattern(CodecSupport.TIME_FORM, 18),
          CodecSupport::time,
          (out, t) -> out.string(time(t)));

  /**
   * {@link WorkInterval} (<i>jam kerja</i>): {@code {"trainee","date","start","end"}}, all
   * required, the times ISO-8601 {@code HH:mm:ss}.
   */
  public static final Codec<WorkInterval> WORK_INTERVAL =
      ObjectCodec.builder(WorkInterval.class, WorkInterval::builder, WorkInterval.Builder::build)
          .required(
              "trainee",
              TraineeCodecs.REGISTRATION_NUMBER,
              WorkInterval::trainee,
              WorkInterval.Builder::trainee)
          .required("date", Scalars.DATE, WorkInterval::date, WorkInterval.Builder::date)
          .required("start", TIME, WorkInterval::start, WorkInterval.Builder::start)
          .required("end", TIME, WorkInterval::end, WorkInterval.Builder::end)
          .describedAs("A work interval (jam kerja)")
          .build();

  /**
   * {@link QualityCheck} (<i>pemeriksaan mutu</i>): {@code {"goodUnits","rejectedUnits","notes"}},
   * the notes optional.
   */
  public static final Codec<QualityCheck> QUALITY_CHECK =
      ObjectCodec.builder(QualityCheck.class, QualityCheck::builder, QualityCheck.Builder::build)
          .required("goodUnits", UNITS, QualityCheck::goodUnits, QualityCheck.Builder::goodUnits)
          .required(
              "rejectedUnits",
              UNITS,
              QualityCheck::rejectedUnits,
              QualityCheck.Builder::rejectedUnits)
          .optional("notes", NOTE, QualityCheck::notes, QualityCheck.Builder::notes)
          .describedAs("A quality check (pemeriksaan mutu)")
          .build();

  /**
   * {@link StageEvent}: {@code {"stage","at","zone","actor","note"}}, the stamp of the move flat
   * ({@link StampFields}), the note optional. Documents older than stamps carry {@code "at"} as a
   * WIB local date-time and {@code "by"}, the officer who moved the batch: read as the officer's
   * stamp, never written again.
   */
  public static final Codec<StageEvent> STAGE_EVENT =
      StampFields.declare(
              ObjectCodec.builder(
                      StageEvent.class,
                      () -> new StampFields<>(new StageDraft()),
                      (StampFields<StageDraft> d) -> d.builder().build(d))
                  .required(
                      "stage",
                      BATCH_STAGE,
                      StageEvent::stage,
                      (d, v) -> d.builder().stage.stage(v)),
              StageEvent::stamp)
          .optional(
              "by",
              FacilityCodecs.OFFICER,
              e -> Optional.empty(),
              (d, v) -> d.builder().legacyBy = v)
          .optional("note", NOTE, StageEvent::note, (d, v) -> d.builder().stage.note(v))
          .describedAs(
              "A stage reached by a batch (tahap produksi); by is the officer of documents older"
                  + " than stamps")
          .build();

  /** A stage event while it is read: its builder and, in older documents, its officer. */
  private static final class StageDraft {
    final StageEvent.Builder stage = StageEvent.builder();
    @Nullable Officer legacyBy;

    StageEvent build(StampFields<StageDraft> stamp) {
      Officer by = legacyBy;
      return stage.stamp(stamp.stamp(by == null ? null : Actor.officer(by.nip()))).build();
    }
  }

  /**
   * {@link TeamHours} (<i>jam kerja regu</i>): {@code {"trainee","worked","pieces"}}, {@code
   * worked} an ISO-8601 duration such as {@code "PT7H30M"}, the pieces optional.
   */
  public static final Codec<TeamHours> TEAM_HOURS =
      ObjectCodec.builder(TeamHours.class, TeamHours::builder, TeamHours.Builder::build)
          .required(
              "trainee",
              TraineeCodecs.REGISTRATION_NUMBER,
              TeamHours::trainee,
              TeamHours.Builder::trainee)
          .required("worked", CodecSupport.DURATION, TeamHours::worked, TeamHours.Builder::worked)
          .optional("pieces", Scalars.COUNT, TeamHours::pieces, TeamHours.Builder::pieces)
          .describedAs("The hours and pieces of one trainee (jam kerja regu)")
          .build();

  /**
   * {@link ProductionBatch} (<i>batch produksi</i>): {@code {"lotCode","product","plannedQuantity",
   * "productionDate","bestBefore","supervisor","team","work","pieces","materials","producedUnits",
   * "qualityCheck","history"}}; {@code bestBefore} is derived from the product and only checked on
   * reading.
   */
  public static final Codec<ProductionBatch> PRODUCTION_BATCH = ProductionBatchCodec.CODEC;

  /**
   * A batch's events ({@link BatchEvent}), each a document kind of its own ({@link EventCodecs}):
   * {@code lotCode} is the batch's lot code; the team, a work interval and pieces name trainees by
   * registration number, as the batch document does.
   */
  private static final List<Codec<? extends BatchEvent>> EVENTS =
      EventCodecs.family(
          BatchEvent.class,
          Map.of(
              LotCode.class, LOT_CODE,
              Product.class, CatalogCodecs.PRODUCT,
              LocalDate.class, Scalars.DATE,
              Officer.class, FacilityCodecs.OFFICER,
              RegistrationNumber.class, TraineeCodecs.REGISTRATION_NUMBER,
              WorkInterval.class, WORK_INTERVAL,
              MaterialLine.class, CatalogCodecs.MATERIAL_LINE,
              QualityCheck.class, QUALITY_CHECK),
          Map.of(
              "plannedQuantity", PLANNED_QUANTITY,
              "count", UNITS,
              "producedUnits", UNITS,
              "reason", NOTE),
          Set.of(),
          Set.of(),
          // a team lists each trainee once, as a batch's does
          Set.of("ProductionStarted.team"));

  private ProductionCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        LOT_CODE,
        BATCH_STAGE,
        WORK_INTERVAL,
        QUALITY_CHECK,
        STAGE_EVENT,
        TEAM_HOURS,
        PRODUCTION_BATCH);
  }

  /**
   * The codecs of a batch's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends BatchEvent>> events() {
    return EVENTS;
  }

  /** Writes a time of day as ISO-8601 with seconds always shown. */
  static String time(LocalTime value) {
    return DateTimeFormatter.ISO_LOCAL_TIME.format(value);
  }
}
