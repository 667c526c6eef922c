package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
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

/** {@link PricingItem} as {@code {"sku","category","unit","quantity","cost"}}, the cost optional. */
final class PricingItemCodec implements Codec<PricingItem> {

  @Override
  public Class<PricingItem> type() {
    return PricingItem.class;
  }

  @Override
  public void write(PricingItem value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("category").string(value.category());
    out.name("unit").string(value.unit());
    out.name("quantity").number(value.quantity());
    value.cost().ifPresent(c -> out.name("cost").value(MoneyCodecs.RUPIAH, c));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("category", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("unit", JsonSchema.string()),
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
        case "category" -> b.category(in.nextString());
        case "unit" -> b.unit(in.nextString());
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
