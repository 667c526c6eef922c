package org.bengkel.json.codec.sales;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;

/**
 * {@link SalesOrder} as {@code {"number","channel","customer","orderDate","lines","history",
 * "returns","quotedTax"}}, the quoted tax only for an order made from a quote; read with the public builder, so core checks the history (first quoted, each move
 * allowed, times never decreasing), the sold lots against the status and the returns.
 */
final class SalesOrderCodec implements Codec<SalesOrder> {

  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[([0-9]+)]\\.(.+)");

  @Override
  public Class<SalesOrder> type() {
    return SalesOrder.class;
  }

  @Override
  public void write(SalesOrder value, JsonWriter out) {
    out.beginObject();
    out.name("number").string(value.number());
    out.name("channel").value(PricingCodecs.CHANNEL, value.channel());
    out.name("customer").value(SalesCodecs.CUSTOMER, value.customer());
    out.name("orderDate").date(value.orderDate());
    out.name("lines").beginArray();
    value.lines().forEach(l -> out.value(SalesCodecs.ORDER_LINE, l));
    out.endArray();
    out.name("history").beginArray();
    value.history().forEach(e -> out.value(SalesCodecs.ORDER_EVENT, e));
    out.endArray();
    out.name("returns").beginArray();
    value.returns().forEach(r -> out.value(SalesCodecs.GOODS_RETURN, r));
    out.endArray();
    value.quotedTax().ifPresent(t -> out.name("quotedTax").value(PricingCodecs.TAX_BREAKDOWN, t));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("number", SalesSchemas.code(SalesOrder.MAX_NUMBER))
            .required("channel", JsonSchema.ref(PricingCodecs.CHANNEL))
            .required("customer", JsonSchema.ref(SalesCodecs.CUSTOMER))
            .required("orderDate", JsonSchema.date())
            .required("lines", SalesSchemas.nonEmpty(JsonSchema.ref(SalesCodecs.ORDER_LINE)))
            .required("history", SalesSchemas.nonEmpty(JsonSchema.ref(SalesCodecs.ORDER_EVENT)))
            .list("returns", JsonSchema.ref(SalesCodecs.GOODS_RETURN))
            .optional("quotedTax", JsonSchema.ref(PricingCodecs.TAX_BREAKDOWN))
            .describedAs(
                "A sales order (pesanan) with its history, first QUOTED, and its returns; the"
                    + " order of the history and the sold lots are checked by the reader"));
  }

  @Override
  public SalesOrder read(JsonReader in) {
    SalesOrder.Builder b = SalesOrder.builder();
    List<OrderLine> lines = List.of();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "number" -> b.number(in.nextString());
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "customer" -> b.customer(in.read(SalesCodecs.CUSTOMER));
        case "orderDate" -> b.orderDate(in.nextDate());
        case "lines" -> {
          lines = in.readList(SalesCodecs.ORDER_LINE);
          b.lines(lines);
        }
        case "history" -> b.history(in.readList(SalesCodecs.ORDER_EVENT));
        case "returns" -> b.returns(in.readList(SalesCodecs.GOODS_RETURN));
        case "quotedTax" -> {
          if (!in.nextIfNull()) {
            b.quotedTax(in.read(PricingCodecs.TAX_BREAKDOWN));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    List<OrderLine> read = lines;
    return Paths.build(in, "", () -> {
      try {
        return b.build();
      } catch (InvalidValueException e) {
        Matcher m = LINE_FIELD.matcher(e.field());
        if (!m.matches()) {
          throw e;
        }
        // a line's field: inside the line's {"goods":...} or {"service":...} wrapper
        int index = Integer.parseInt(m.group(1));
        String kind = index < read.size() && read.get(index) instanceof GoodsLine ? "goods" : "service";
        throw BengkelJsonException.wrapping(
            e, Paths.path(in.path(), "lines[" + index + "]." + kind + "." + m.group(2)));
      }
    });
  }
}
