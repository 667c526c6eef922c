package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.ServiceJob;

/**
 * {@link OrderLine} as an object with one property naming the kind of line:
 * {@code {"goods":{...}}} or {@code {"service":{...}}}. A second kind in the same object is an
 * unknown property; neither is {@code json.missing-property}.
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
    } else if (value instanceof ServiceJob s) {
      out.name("service").value(SalesCodecs.SERVICE_JOB, s);
    }
    out.endObject();
  }

  @Override
  public OrderLine read(JsonReader in) {
    OrderLine line = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (line == null && name.equals("goods")) {
        line = in.read(SalesCodecs.GOODS_LINE);
      } else if (line == null && name.equals("service")) {
        line = in.read(SalesCodecs.SERVICE_JOB);
      } else {
        in.unknownProperty();
      }
    }
    if (line == null) {
      throw in.error(JsonRule.MISSING_PROPERTY, "goods, service");
    }
    in.endObject();
    return line;
  }
}
