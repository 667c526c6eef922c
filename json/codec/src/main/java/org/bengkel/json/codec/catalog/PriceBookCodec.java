package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.util.List;
import org.bengkel.catalog.MaterialPrice;
import org.bengkel.catalog.PriceBook;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;

/** {@link PriceBook} (material prices) as {@code {"prices":[...]}}, read through {@link PriceBook#of}. */
final class PriceBookCodec implements Codec<PriceBook> {

  @Override
  public Class<PriceBook> type() {
    return PriceBook.class;
  }

  @Override
  public void write(PriceBook value, JsonWriter out) {
    out.beginObject();
    out.name("prices").beginArray();
    value.prices().forEach(p -> out.value(CatalogCodecs.MATERIAL_PRICE, p));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("prices", JsonSchema.arrayOf(ref(CatalogCodecs.MATERIAL_PRICE))))
            .describedAs("The material prices (daftar harga bahan)"));
  }

  @Override
  public PriceBook read(JsonReader in) {
    List<MaterialPrice> prices = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "prices" -> prices = in.readList(CatalogCodecs.MATERIAL_PRICE);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    List<MaterialPrice> p = prices;
    return in.build(() -> PriceBook.of(JsonReader.required(p, "prices")));
  }
}
