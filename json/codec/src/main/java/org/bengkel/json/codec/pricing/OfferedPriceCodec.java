package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link OfferedPrice} as {@code {"source","sku","unit","zone","price"}}. */
final class OfferedPriceCodec implements Codec<OfferedPrice> {

  @Override
  public Class<OfferedPrice> type() {
    return OfferedPrice.class;
  }

  @Override
  public void write(OfferedPrice value, JsonWriter out) {
    out.beginObject();
    out.name("source").string(value.source());
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("unit").value(CatalogCodecs.UNIT, value.unit());
    out.name("zone").string(value.zone());
    out.name("price").value(MoneyCodecs.RUPIAH, value.price());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("source", JsonSchema.string()),
                required("sku", ref(CatalogCodecs.SKU)),
                required("unit", ref(CatalogCodecs.UNIT)),
                required("zone", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("price", ref(MoneyCodecs.RUPIAH)))
            .describedAs("A price offered elsewhere for comparison (harga pembanding)"));
  }

  @Override
  public OfferedPrice read(JsonReader in) {
    OfferedPrice.Builder b = OfferedPrice.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "source" -> b.source(in.nextString());
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "unit" -> b.unit(in.read(CatalogCodecs.UNIT));
        case "zone" -> b.zone(in.nextString());
        case "price" -> b.price(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, OfferedPrice.Builder::build);
  }
}
