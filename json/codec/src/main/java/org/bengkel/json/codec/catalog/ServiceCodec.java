package org.bengkel.json.codec.catalog;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.json.JsonPath;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link Service} as {@code {"sku","name","programme","pricePerJob":{"CAR":150000}}}. */
final class ServiceCodec implements Codec<Service> {

  @Override
  public Class<Service> type() {
    return Service.class;
  }

  @Override
  public void write(Service value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("name").string(value.name());
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    out.name("pricePerJob").beginObject();
    value.pricePerJob().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.name(e.getKey().code()).value(MoneyCodecs.RUPIAH, e.getValue()));
    out.endObject();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("name", JsonSchema.string()),
                required("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
                required("pricePerJob", JsonSchema.of(JsonSchema.map("type", "object", "minProperties", 1L, "propertyNames", JsonSchema.pattern(Facility.CODE_PATTERN, 40), "additionalProperties", JsonSchema.integer(1, Long.MAX_VALUE)))))
            .with("required", List.of("sku", "name", "programme"))
            .describedAs("A service of a workshop (jasa), priced per job by vehicle class"));
  }

  @Override
  public Service read(JsonReader in) {
    Service.Builder b = Service.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "name" -> b.name(in.nextString());
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "pricePerJob" -> b.pricePerJob(prices(in));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    // the check names an entry "pricePerJob.CAR"
    return Paths.build(in, "", b, Service.Builder::build);
  }

  private static Map<VehicleClass, Rupiah> prices(JsonReader in) {
    Map<VehicleClass, Rupiah> prices = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String code = in.nextName();
      Rupiah price = in.read(MoneyCodecs.RUPIAH);
      // the path is the entry's own: the vehicle class code is its name
      prices.put(in.value(() -> VehicleClass.of(code)), price);
    }
    in.endObject();
    return prices;
  }
}
