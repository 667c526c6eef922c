package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.material.MaterialPrice;

/** {@link MaterialPrice} as {@code {"material","partner","price","effectiveFrom","effectiveUntil"}}. */
final class MaterialPriceCodec implements Codec<MaterialPrice> {

  @Override
  public Class<MaterialPrice> type() {
    return MaterialPrice.class;
  }

  @Override
  public void write(MaterialPrice value, JsonWriter out) {
    out.beginObject();
    out.name("material").value(CatalogCodecs.MATERIAL, value.material());
    out.name("partner").value(CatalogCodecs.PARTNER, value.partner());
    out.name("price").value(MoneyCodecs.RUPIAH, value.price());
    out.name("effectiveFrom").date(value.effectiveFrom());
    value.effectiveUntil().ifPresent(d -> out.name("effectiveUntil").date(d));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("material", ref(CatalogCodecs.MATERIAL)),
                required("partner", ref(CatalogCodecs.PARTNER)),
                required("price", ref(MoneyCodecs.RUPIAH)),
                required("effectiveFrom", JsonSchema.date()),
                optional("effectiveUntil", JsonSchema.date()))
            .describedAs("The price of a material from a supplier (harga bahan) over a period"));
  }

  @Override
  public MaterialPrice read(JsonReader in) {
    MaterialPrice.Builder b = MaterialPrice.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "material" -> b.material(in.read(CatalogCodecs.MATERIAL));
        case "partner" -> b.partner(in.read(CatalogCodecs.PARTNER));
        case "price" -> b.price(in.read(MoneyCodecs.RUPIAH));
        case "effectiveFrom" -> b.effectiveFrom(in.nextDate());
        case "effectiveUntil" -> {
          if (!in.nextIfNull()) {
            b.effectiveUntil(in.nextDate());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
