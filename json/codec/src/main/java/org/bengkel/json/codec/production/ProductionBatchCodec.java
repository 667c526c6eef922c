package org.bengkel.json.codec.production;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.ProductionRule;
import org.bengkel.production.StageEvent;
import org.bengkel.production.StageHistory;
import org.bengkel.production.WorkInterval;
import org.bengkel.production.WorkLog;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;

/**
 * {@link ProductionBatch} (<i>batch produksi</i>), declared field by field: the team, work and
 * pieces are read into a draft and given to core as one {@link WorkLog}, the history as one {@link
 * StageHistory}; a written {@code bestBefore} must be the one core derives from the product.
 */
final class ProductionBatchCodec {

  private static final Comparator<RegistrationNumber> BY_VALUE =
      Comparator.comparing(RegistrationNumber::value);

  private ProductionBatchCodec() {}

  /** The batch's builder and what core takes as whole values (<i>draf batch</i>). */
  private static final class Draft {
    final ProductionBatch.Builder batch = ProductionBatch.builder();
    List<RegistrationNumber> team = List.of();
    List<WorkInterval> work = List.of();
    Map<RegistrationNumber, Long> pieces = Map.of();
    List<StageEvent> history = List.of();
    @Nullable LocalDate bestBefore;

    ProductionBatch build() {
      ProductionBatch built =
          batch
              .workLog(WorkLog.of(team, work, pieces))
              .stageHistory(StageHistory.of(history))
              .build();
      LocalDate written = bestBefore;
      if (written != null && !Optional.of(written).equals(built.bestBefore())) {
        throw InvalidValueException.of(
            ProductionRule.MISMATCH, "bestBefore", written, built.bestBefore().orElse(null));
      }
      return built;
    }
  }

  // personal data: paths through the keys show this instead (Permenkumham 7/2022 and UU 27/2022)
  private static final String REGISTRATION_NUMBER = "registration number";

  // the history's REJECTED event has a note (StageHistory's check), in the batch's schema
  private static final JsonSchema REJECTED_HAS_NOTE =
      JsonSchema.of(
          JsonSchema.map(
              "properties",
              JsonSchema.map(
                  "history",
                  JsonSchema.of(
                      JsonSchema.map(
                          "items",
                          JsonSchema.when(
                              "stage",
                              "REJECTED",
                              JsonSchema.of(
                                  JsonSchema.map(
                                      "properties",
                                      JsonSchema.map("note", JsonSchema.string()),
                                      "required",
                                      List.of("note")))))))));

  /** Pieces per trainee, {@code {"<registration number>":12}}, in the numbers' order. */
  private static final Codec<Map<RegistrationNumber, Long>> PIECES =
      Scalars.personalMap(
          REGISTRATION_NUMBER,
          JsonSchema.of(
              JsonSchema.map(
                  "type",
                  "object",
                  // the keys' form, which the reader checks (trainee.registration.format)
                  "propertyNames",
                  TraineeCodecs.REGISTRATION_NUMBER.schema().orElseThrow(),
                  "additionalProperties",
                  JsonSchema.integer(0, ProductionBatch.MAX_QUANTITY))),
          RegistrationNumber::parse,
          RegistrationNumber::value,
          ProductionCodecs.UNITS,
          BY_VALUE);

  static final Codec<ProductionBatch> CODEC =
      ObjectCodec.builder(ProductionBatch.class, Draft::new, Draft::build)
          .required(
              "lotCode",
              ProductionCodecs.LOT_CODE,
              ProductionBatch::lotCode,
              (d, v) -> d.batch.lotCode(v))
          .required(
              "product",
              CatalogCodecs.PRODUCT,
              ProductionBatch::product,
              (d, v) -> d.batch.product(v))
          .required(
              "plannedQuantity",
              ProductionCodecs.PLANNED_QUANTITY,
              ProductionBatch::plannedQuantity,
              (d, v) -> d.batch.plannedQuantity(v))
          .required(
              "productionDate",
              Scalars.DATE,
              ProductionBatch::productionDate,
              (d, v) -> d.batch.productionDate(v))
          .optional(
              "bestBefore", Scalars.DATE, ProductionBatch::bestBefore, (d, v) -> d.bestBefore = v)
          .optional(
              "supervisor",
              FacilityCodecs.OFFICER,
              ProductionBatch::supervisor,
              (d, v) -> d.batch.supervisor(v))
          .list(
              "team",
              TraineeCodecs.REGISTRATION_NUMBER,
              b -> b.team().stream().sorted(BY_VALUE).toList(),
              (d, v) -> d.team = v)
          .uniqueItems()
          .list("work", ProductionCodecs.WORK_INTERVAL, ProductionBatch::work, (d, v) -> d.work = v)
          .defaulted("pieces", PIECES, ProductionBatch::pieces, (d, v) -> d.pieces = v)
          .list(
              "materials",
              CatalogCodecs.MATERIAL_LINE,
              ProductionBatch::materials,
              (d, v) -> d.batch.materials(v))
          .inline()
          .optional(
              "producedUnits",
              ProductionCodecs.UNITS,
              ProductionBatch::producedUnits,
              (d, v) -> d.batch.producedUnits(v))
          .optional(
              "qualityCheck",
              ProductionCodecs.QUALITY_CHECK,
              ProductionBatch::qualityCheck,
              (d, v) -> d.batch.qualityCheck(v))
          // a batch has at least the event of its planning: core refuses an empty history
          // (value.required), so the schema requires one element
          .requiredList(
              "history",
              ProductionCodecs.STAGE_EVENT,
              ProductionBatch::history,
              (d, v) -> d.history = v)
          .minItems(1)
          // a rejection carries its reason: core refuses a history ending in REJECTED without a
          // note (value.required at history[i].note); REJECTED is the last stage, so every
          // REJECTED event of a valid history is its last
          .schema("allOf", List.of(REJECTED_HAS_NOTE))
          .defaulted(
              "version",
              Scalars.POSITIVE_COUNT,
              ProductionBatch::version,
              (d, v) -> d.batch.version(v))
          .describedAs(
              "A production batch (batch produksi); bestBefore is derived from the product;"
                  + " version counts its accepted changes (documents older than versions: the"
                  + " stages, work intervals and material lines it holds)")
          .build();
}
