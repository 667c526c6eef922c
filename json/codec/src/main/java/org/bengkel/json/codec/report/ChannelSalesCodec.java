package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.report.ChannelSales;

/** {@link ChannelSales} as {@code {"channel","orders","goodsUnits","serviceJobs","revenue"}}. */
final class ChannelSalesCodec implements Codec<ChannelSales> {

  @Override
  public Class<ChannelSales> type() {
    return ChannelSales.class;
  }

  @Override
  public void write(ChannelSales value, JsonWriter out) {
    out.beginObject();
    out.name("channel").value(PricingCodecs.CHANNEL, value.channel());
    out.name("orders").number(value.orders());
    out.name("goodsUnits").number(value.goodsUnits());
    out.name("serviceJobs").number(value.serviceJobs());
    out.name("revenue").value(MoneyCodecs.RUPIAH, value.revenue());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("channel", ref(PricingCodecs.CHANNEL)),
                required("orders", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("goodsUnits", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("serviceJobs", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("revenue", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The sales of one channel (penjualan per saluran) in a period"));
  }

  @Override
  public ChannelSales read(JsonReader in) {
    ChannelSales.Builder b = ChannelSales.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "orders" -> b.orders(in.nextLong());
        case "goodsUnits" -> b.goodsUnits(in.nextLong());
        case "serviceJobs" -> b.serviceJobs(in.nextLong());
        case "revenue" -> b.revenue(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ChannelSales.Builder::build);
  }
}
