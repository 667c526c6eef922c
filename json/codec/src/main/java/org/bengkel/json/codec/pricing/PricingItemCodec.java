package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.PricingItem;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/**
 * {@link PricingItem} as {@code {"sku","description","category","unit","vehicleClass","tariff",
 * "quantity","cost"}}: goods with category and unit, a service job with vehicle class and tariff;
 * the cost optional.
 */
final class PricingItemCodec implements Codec<PricingItem> {

  @Override
  public Class<PricingItem> type() {
    return PricingItem.class;
  }

  @Override
  public void write(PricingItem value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("description").string(value.description());
    value.category().ifPresent(c -> {
      out.name("category");
      CategoryRef.write(c, out);
    });
    value.unit().ifPresent(u -> out.name("unit").value(CatalogCodecs.UNIT, u));
    value.vehicleClass().ifPresent(v -> out.name("vehicleClass").value(CatalogCodecs.VEHICLE_CLASS, v));
    value.tariff().ifPresent(t -> out.name("tariff").value(MoneyCodecs.RUPIAH, t));
    out.name("quantity").number(value.quantity());
    value.cost().ifPresent(c -> out.name("cost").value(MoneyCodecs.RUPIAH, c));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("description", JsonSchema.string(1, PricingItem.MAX_DESCRIPTION)),
                optional("category", CategoryRef.schema()),
                optional("unit", ref(CatalogCodecs.UNIT)),
                optional("vehicleClass", ref(CatalogCodecs.VEHICLE_CLASS)),
                optional("tariff", ref(MoneyCodecs.RUPIAH)),
                required("quantity", JsonSchema.integer(1, Long.MAX_VALUE)),
                optional("cost", ref(MoneyCodecs.RUPIAH)))
            .describedAs("An item to price (barang yang dihargai)"));
  }

  @Override
  public PricingItem read(JsonReader in) {
    PricingItem.Builder b = PricingItem.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "description" -> b.description(in.nextString());
        case "category" -> b.category(CategoryRef.read(in));
        case "unit" -> b.unit(in.read(CatalogCodecs.UNIT));
        case "vehicleClass" -> b.vehicleClass(in.read(CatalogCodecs.VEHICLE_CLASS));
        case "tariff" -> b.tariff(in.read(MoneyCodecs.RUPIAH));
        case "quantity" -> b.quantity(in.nextLong());
        case "cost" -> {
          if (!in.nextIfNull()) {
            b.cost(in.read(MoneyCodecs.RUPIAH));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PricingItem.Builder::build);
  }
}
