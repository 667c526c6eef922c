package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link QuotedLine} as {@code {"item","listId","ruleId","steps","unitPrice"}}, the rule optional. */
final class QuotedLineCodec implements Codec<QuotedLine> {

  @Override
  public Class<QuotedLine> type() {
    return QuotedLine.class;
  }

  @Override
  public void write(QuotedLine value, JsonWriter out) {
    out.beginObject();
    out.name("item").value(PricingCodecs.PRICING_ITEM, value.item());
    out.name("listId").string(value.listId());
    value.ruleId().ifPresent(r -> out.name("ruleId").string(r));
    out.name("steps").beginArray();
    value.steps().forEach(s -> out.value(PricingCodecs.PRICE_STEP, s));
    out.endArray();
    out.name("unitPrice").value(MoneyCodecs.RUPIAH, value.unitPrice());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("item", ref(PricingCodecs.PRICING_ITEM)),
                required("listId", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                optional("ruleId", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("steps", JsonSchema.arrayOf(ref(PricingCodecs.PRICE_STEP))),
                required("unitPrice", ref(MoneyCodecs.RUPIAH)))
            .with("required", List.of("item", "listId", "unitPrice"))
            .describedAs("A quoted line (baris penawaran) with the steps of its price"));
  }

  @Override
  public QuotedLine read(JsonReader in) {
    QuotedLine.Builder b = QuotedLine.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "item" -> b.item(in.read(PricingCodecs.PRICING_ITEM));
        case "listId" -> b.listId(in.nextString());
        case "ruleId" -> {
          if (!in.nextIfNull()) {
            b.ruleId(in.nextString());
          }
        }
        case "steps" -> b.steps(in.readList(PricingCodecs.PRICE_STEP));
        case "unitPrice" -> b.unitPrice(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, QuotedLine.Builder::build);
  }
}
