package org.bengkel.json.codec.sales;

import org.bengkel.json.codec.internal.CodecSupport;
import java.time.LocalDateTime;
import org.bengkel.json.Codec;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderStatus;

/** {@link OrderEvent} as {@code {"status","at"}}. */
final class OrderEventCodec implements Codec<OrderEvent> {

  @Override
  public Class<OrderEvent> type() {
    return OrderEvent.class;
  }

  @Override
  public void write(OrderEvent value, JsonWriter out) {
    out.beginObject();
    out.name("status").value(SalesCodecs.ORDER_STATUS, value.status());
    out.name("at").dateTime(value.at());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("status", JsonSchema.ref(SalesCodecs.ORDER_STATUS))
            .required("at", CodecSupport.DATE_TIME)
            .describedAs("A step of an order's history (riwayat pesanan)"));
  }

  @Override
  public OrderEvent read(JsonReader in) {
    OrderStatus status = null;
    LocalDateTime at = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "status" -> status = in.read(SalesCodecs.ORDER_STATUS);
        case "at" -> at = in.nextDateTime();
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    OrderStatus s = status;
    LocalDateTime a = at;
    return in.build(() -> OrderEvent.of(JsonReader.required(s, "status"), JsonReader.required(a, "at")));
  }
}
