package org.bengkel.json.codec.production;

import static org.bengkel.json.codec.production.ProductionSchemas.many;
import static org.bengkel.json.codec.production.ProductionSchemas.opt;
import static org.bengkel.json.codec.production.ProductionSchemas.req;
import static org.bengkel.json.codec.production.ProductionSchemas.object;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.json.schema.JsonSchema;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.ProductionRule;
import org.bengkel.production.StageEvent;
import org.bengkel.production.StageHistory;
import org.bengkel.production.WorkInterval;
import org.bengkel.production.WorkLog;
import org.bengkel.trainee.RegistrationNumber;

/**
 * {@link ProductionBatch} as {@code {"lotCode","product","plannedQuantity","productionDate",
 * "bestBefore","supervisor","team","work","pieces","materials","producedUnits","qualityCheck",
 * "history"}}. The team is written sorted by registration number and the pieces as an object keyed
 * by registration number, sorted, and the work in the work log's order (trainee, then start), so
 * equal batches write equal bytes. The work may be read in any order.
 */
final class ProductionBatchCodec implements Codec<ProductionBatch> {

  private static final Comparator<RegistrationNumber> BY_VALUE =
      Comparator.comparing(RegistrationNumber::value);

  @Override
  public Class<ProductionBatch> type() {
    return ProductionBatch.class;
  }

  @Override
  public void write(ProductionBatch value, JsonWriter out) {
    out.beginObject();
    out.name("lotCode").value(ProductionCodecs.LOT_CODE, value.lotCode());
    out.name("product").value(CatalogCodecs.PRODUCT, value.product());
    out.name("plannedQuantity").number(value.plannedQuantity());
    out.name("productionDate").date(value.productionDate());
    value.bestBefore().ifPresent(d -> out.name("bestBefore").date(d));
    value.supervisor().ifPresent(s -> out.name("supervisor").value(FacilityCodecs.OFFICER, s));
    out.name("team").beginArray();
    value.team().stream().sorted(BY_VALUE).forEach(t -> out.value(TraineeCodecs.REGISTRATION_NUMBER, t));
    out.endArray();
    out.name("work").beginArray();
    value.work().forEach(w -> out.value(ProductionCodecs.WORK_INTERVAL, w));
    out.endArray();
    out.name("pieces").beginObject();
    value.pieces().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(BY_VALUE))
        .forEach(e -> out.name(e.getKey().value()).number(e.getValue()));
    out.endObject();
    out.name("materials").beginArray();
    value.materials().forEach(line -> out.value(CatalogCodecs.MATERIAL_LINE, line));
    out.endArray();
    value.producedUnits().ifPresent(p -> out.name("producedUnits").number(p));
    value.qualityCheck().ifPresent(q -> out.name("qualityCheck").value(ProductionCodecs.QUALITY_CHECK, q));
    out.name("history").beginArray();
    value.history().forEach(e -> out.value(ProductionCodecs.STAGE_EVENT, e));
    out.endArray();
    out.endObject();
  }


  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        object("A production batch (batch produksi); bestBefore is derived from the product",
            req("lotCode", ref(ProductionCodecs.LOT_CODE)),
            req("product", ref(CatalogCodecs.PRODUCT)),
            req("plannedQuantity", JsonSchema.integer(1, ProductionBatch.MAX_QUANTITY)),
            req("productionDate", JsonSchema.date()),
            opt("bestBefore", JsonSchema.date()),
            opt("supervisor", ref(FacilityCodecs.OFFICER)),
            many("team", JsonSchema.arrayOf(ref(TraineeCodecs.REGISTRATION_NUMBER))),
            many("work", JsonSchema.arrayOf(ref(ProductionCodecs.WORK_INTERVAL))),
            many("pieces",
                JsonSchema.of(JsonSchema.map("type", "object",
                    "additionalProperties", JsonSchema.integer(0, ProductionBatch.MAX_QUANTITY)))),
            many("materials",
                JsonSchema.arrayOf(
                    CatalogCodecs.MATERIAL_LINE.schema().orElseThrow())),
            opt("producedUnits", JsonSchema.integer(0, ProductionBatch.MAX_QUANTITY)),
            opt("qualityCheck", ref(ProductionCodecs.QUALITY_CHECK)),
            many("history", JsonSchema.arrayOf(ref(ProductionCodecs.STAGE_EVENT)))));
  }
  @Override
  public ProductionBatch read(JsonReader in) {
    ProductionBatch.Builder b = ProductionBatch.builder();
    LocalDate bestBefore = null;
    List<RegistrationNumber> team = List.of();
    List<WorkInterval> work = List.of();
    Map<RegistrationNumber, Long> pieces = new LinkedHashMap<>();
    List<StageEvent> history = List.of();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "lotCode" -> b.lotCode(in.read(ProductionCodecs.LOT_CODE));
        case "product" -> b.product(in.read(CatalogCodecs.PRODUCT));
        case "plannedQuantity" -> b.plannedQuantity(in.nextLong());
        case "productionDate" -> b.productionDate(in.nextDate());
        case "bestBefore" -> bestBefore = in.nextIfNull() ? null : in.nextDate();
        case "supervisor" -> {
          if (!in.nextIfNull()) {
            b.supervisor(in.read(FacilityCodecs.OFFICER));
          }
        }
        case "team" -> team = in.readList(TraineeCodecs.REGISTRATION_NUMBER);
        case "work" -> work = in.readList(ProductionCodecs.WORK_INTERVAL);
        case "pieces" -> {
          in.beginObject();
          while (in.hasNext()) {
            String name = in.nextName();
            RegistrationNumber trainee = in.value(() -> RegistrationNumber.parse(name));
            pieces.put(trainee, in.nextLong());
          }
          in.endObject();
        }
        case "materials" -> {
          in.beginArray();
          while (in.hasNext()) {
            b.addMaterial(in.read(CatalogCodecs.MATERIAL_LINE));
          }
          in.endArray();
        }
        case "producedUnits" -> {
          if (!in.nextIfNull()) {
            b.producedUnits(in.nextLong());
          }
        }
        case "qualityCheck" -> {
          if (!in.nextIfNull()) {
            b.qualityCheck(in.read(ProductionCodecs.QUALITY_CHECK));
          }
        }
        case "history" -> history = in.readList(ProductionCodecs.STAGE_EVENT);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Optional<LocalDate> written = Optional.ofNullable(bestBefore);
    List<RegistrationNumber> members = team;
    List<WorkInterval> intervals = work;
    List<StageEvent> events = history;
    return Paths.build(
        in,
        "",
        () -> {
          ProductionBatch batch =
              b.workLog(WorkLog.of(members, intervals, pieces))
                  .stageHistory(StageHistory.of(events))
                  .build();
          if (written.isPresent() && !written.equals(batch.bestBefore())) {
            throw InvalidValueException.of(
                ProductionRule.MISMATCH, "bestBefore", written.get(), batch.bestBefore().orElse(null));
          }
          return batch;
        });
  }
}
