package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.util.List;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceList;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PriceBook} (price lists) as {@code {"lists":[...]}}. */
final class PriceBookCodec implements Codec<PriceBook> {

  @Override
  public Class<PriceBook> type() {
    return PriceBook.class;
  }

  @Override
  public void write(PriceBook value, JsonWriter out) {
    out.beginObject();
    out.name("lists").beginArray();
    value.lists().forEach(l -> out.value(PricingCodecs.PRICE_LIST, l));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("lists", JsonSchema.arrayOf(ref(PricingCodecs.PRICE_LIST))))
            .describedAs("The sales price lists (daftar harga jual)"));
  }

  @Override
  public PriceBook read(JsonReader in) {
    List<PriceList> lists = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "lists" -> lists = in.readList(PricingCodecs.PRICE_LIST);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    List<PriceList> l = lists;
    return Paths.build(in, "", () -> PriceBook.of(JsonReader.required(l, "lists")));
  }
}
