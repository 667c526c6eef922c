package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.pricing.Quote;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link Quote} as {@code {"channel","date","lines","tax"}}; core checks that the tax quotes the sum of the lines. */
final class QuoteCodec implements Codec<Quote> {

  @Override
  public Class<Quote> type() {
    return Quote.class;
  }

  @Override
  public void write(Quote value, JsonWriter out) {
    out.beginObject();
    out.name("channel").value(PricingCodecs.CHANNEL, value.channel());
    out.name("date").date(value.date());
    out.name("lines").beginArray();
    value.lines().forEach(l -> out.value(PricingCodecs.QUOTED_LINE, l));
    out.endArray();
    out.name("tax").value(PricingCodecs.TAX_BREAKDOWN, value.tax());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("channel", ref(PricingCodecs.CHANNEL)),
                required("date", JsonSchema.date()),
                required("lines", JsonSchema.arrayOf(ref(PricingCodecs.QUOTED_LINE))),
                required("tax", ref(PricingCodecs.TAX_BREAKDOWN)))
            .with("required", List.of("channel", "date", "tax"))
            .describedAs("A price quote (penawaran harga); its totals and tax are checked by the reader"));
  }

  @Override
  public Quote read(JsonReader in) {
    Quote.Builder b = Quote.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "date" -> b.date(in.nextDate());
        case "lines" -> b.lines(in.readList(PricingCodecs.QUOTED_LINE));
        case "tax" -> b.tax(in.read(PricingCodecs.TAX_BREAKDOWN));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Quote.Builder::build);
  }
}
