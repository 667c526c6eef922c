package org.bengkel.json.codec.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.Facility;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rupiah;

/**
 * A service's price per job (<i>tarif per pekerjaan</i>) by vehicle class, {@code {"CAR":150000}},
 * the classes in order; written in place in the service's schema, not registered.
 */
final class PricePerJobCodec implements Codec<Map<VehicleClass, Rupiah>> {

  @Override
  @SuppressWarnings("unchecked")
  public Class<Map<VehicleClass, Rupiah>> type() {
    return (Class<Map<VehicleClass, Rupiah>>) (Class<?>) Map.class;
  }

  @Override
  public void write(Map<VehicleClass, Rupiah> value, JsonWriter out) {
    out.beginObject();
    value.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.name(e.getKey().code()).value(MoneyCodecs.RUPIAH, e.getValue()));
    out.endObject();
  }

  @Override
  public Map<VehicleClass, Rupiah> read(JsonReader in) {
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

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.of(
            JsonSchema.map(
                "type",
                "object",
                "minProperties",
                1L,
                "propertyNames",
                JsonSchema.pattern(Facility.CODE_PATTERN, 40),
                "additionalProperties",
                JsonSchema.integer(1, Long.MAX_VALUE))));
  }
}
