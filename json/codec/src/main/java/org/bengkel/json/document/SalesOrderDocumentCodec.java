package org.bengkel.json.document;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.pricing.Quote;
import org.bengkel.sales.SalesOrder;

/** {@link SalesOrderDocument} as {@code {"order":{..},"quote":{..}}}, both required. */
final class SalesOrderDocumentCodec implements Codec<SalesOrderDocument> {

  @Override
  public Class<SalesOrderDocument> type() {
    return SalesOrderDocument.class;
  }

  @Override
  public void write(SalesOrderDocument value, JsonWriter out) {
    out.beginObject();
    out.name("order").value(SalesCodecs.SALES_ORDER, value.order());
    out.name("quote").value(PricingCodecs.QUOTE, value.quote());
    out.endObject();
  }

  @Override
  public SalesOrderDocument read(JsonReader in) {
    SalesOrder order = null;
    Quote quote = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "order" -> order = in.read(SalesCodecs.SALES_ORDER);
        case "quote" -> quote = in.read(PricingCodecs.QUOTE);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    SalesOrder o = order;
    Quote q = quote;
    return in.build(
        () -> SalesOrderDocument.of(JsonReader.required(o, "order"), JsonReader.required(q, "quote")));
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("order", ref(SalesCodecs.SALES_ORDER)),
                required("quote", ref(PricingCodecs.QUOTE)))
            .describedAs("A sales order and the price quote it was made from"));
  }
}
