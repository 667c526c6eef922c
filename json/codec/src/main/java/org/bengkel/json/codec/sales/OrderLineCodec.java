package org.bengkel.json.codec.sales;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonReader.PropertyNames;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.ServiceJob;

/**
 * {@link OrderLine} as an object with one property naming the kind of line: {@code {"goods":{...}}}
 * or {@code {"service":{...}}}. A second kind in the same object is an unknown property; neither is
 * {@code json.missing-property}.
 */
final class OrderLineCodec implements Codec<OrderLine> {

  @Override
  public Class<OrderLine> type() {
    return OrderLine.class;
  }

  @Override
  public void write(OrderLine value, JsonWriter out) {
    out.beginObject();
    if (value instanceof GoodsLine g) {
      out.name("goods").value(SalesCodecs.GOODS_LINE, g);
    } else {
      // OrderLine is sealed to these two
      out.name("service").value(SalesCodecs.SERVICE_JOB, (ServiceJob) value);
    }
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.of(
            JsonSchema.map(
                "description",
                "A line of an order: exactly one of goods or service",
                "oneOf",
                java.util.List.of(
                    JsonSchema.object(
                            JsonSchema.required("goods", JsonSchema.ref(SalesCodecs.GOODS_LINE)))
                        .describedAs("A line of goods"),
                    JsonSchema.object(
                            JsonSchema.required("service", JsonSchema.ref(SalesCodecs.SERVICE_JOB)))
                        .describedAs("A service job")))));
  }

  private static final PropertyNames NAMES = PropertyNames.of("goods", "service");
  private static final int GOODS = 0;
  private static final int SERVICE = 1;

  @Override
  public OrderLine read(JsonReader in) {
    OrderLine line = null;
    in.beginObject();
    for (int p = in.nextProperty(NAMES); p != JsonReader.END; p = in.nextProperty(NAMES)) {
      if (line == null && p == GOODS) {
        line = in.read(SalesCodecs.GOODS_LINE);
      } else if (line == null && p == SERVICE) {
        line = in.read(SalesCodecs.SERVICE_JOB);
      } else {
        in.unknownProperty();
      }
    }
    if (line == null) {
      // after the object's end: the path is the line's own
      throw in.error(JsonRule.MISSING_PROPERTY, "goods, service");
    }
    return line;
  }
}
