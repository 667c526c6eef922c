package org.bengkel.json.codec.sales;

import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.Codec;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderStatus;

/** {@link OrderEvent} as {@code {"status","at","zone","actor"}}: the status and the stamp of the move. */
final class OrderEventCodec implements Codec<OrderEvent> {

  @Override
  public Class<OrderEvent> type() {
    return OrderEvent.class;
  }

  @Override
  public void write(OrderEvent value, JsonWriter out) {
    out.beginObject();
    out.name("status").value(SalesCodecs.ORDER_STATUS, value.status());
    StampFields.write(value.stamp(), out);
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("status", JsonSchema.ref(SalesCodecs.ORDER_STATUS))
            .required("at", StampFields.INSTANT)
            .optional("zone", StampFields.ZONE)
            .optional("actor", StampFields.ACTOR)
            .describedAs("A step of an order's history (riwayat pesanan)"));
  }

  @Override
  public OrderEvent read(JsonReader in) {
    OrderStatus status = null;
    StampFields stamp = new StampFields();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (stamp.read(name, in)) {
        continue;
      }
      switch (name) {
        case "status" -> status = in.read(SalesCodecs.ORDER_STATUS);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    OrderStatus s = status;
    org.bengkel.audit.Stamp a = stamp.stamp(in);
    return in.build(() -> OrderEvent.of(JsonReader.required(s, "status"), a));
  }
}
