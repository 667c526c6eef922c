package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.util.Set;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.PriceRule;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PriceRule} as {@code {"id","scope","category","sku","minQuantity","effectiveFrom","effectiveUntil","markup","discount","rounding","surcharge","minMargin","maxMargin","floor"}}. */
final class PriceRuleCodec implements Codec<PriceRule> {

  private static final Set<String> OPTIONAL =
      Set.of(
          "category", "sku", "effectiveFrom", "effectiveUntil", "markup", "discount", "rounding",
          "surcharge", "minMargin", "maxMargin", "floor");

  @Override
  public Class<PriceRule> type() {
    return PriceRule.class;
  }

  @Override
  public void write(PriceRule value, JsonWriter out) {
    out.beginObject();
    out.name("id").string(value.id());
    out.name("scope").value(PricingCodecs.RULE_SCOPE, value.scope());
    value.category().ifPresent(c -> {
      out.name("category");
      CategoryRef.write(c, out);
    });
    value.sku().ifPresent(s -> out.name("sku").value(CatalogCodecs.SKU, s));
    out.name("minQuantity").number(value.minQuantity());
    value.effectiveFrom().ifPresent(d -> out.name("effectiveFrom").date(d));
    value.effectiveUntil().ifPresent(d -> out.name("effectiveUntil").date(d));
    value.markup().ifPresent(r -> out.name("markup").value(MoneyCodecs.RATE, r));
    value.discount().ifPresent(r -> out.name("discount").value(MoneyCodecs.RATE, r));
    value.rounding().ifPresent(r -> out.name("rounding").value(MoneyCodecs.ROUNDING_STEP, r));
    value.surcharge().ifPresent(a -> out.name("surcharge").value(MoneyCodecs.RUPIAH, a));
    value.minMargin().ifPresent(r -> out.name("minMargin").value(MoneyCodecs.RATE, r));
    value.maxMargin().ifPresent(r -> out.name("maxMargin").value(MoneyCodecs.RATE, r));
    value.floor().ifPresent(a -> out.name("floor").value(MoneyCodecs.RUPIAH, a));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("id", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("scope", ref(PricingCodecs.RULE_SCOPE)),
                optional("category", CategoryRef.schema()),
                optional("sku", ref(CatalogCodecs.SKU)),
                required("minQuantity", JsonSchema.integer(1, Long.MAX_VALUE)),
                optional("effectiveFrom", JsonSchema.date()),
                optional("effectiveUntil", JsonSchema.date()),
                optional("markup", ref(MoneyCodecs.RATE)),
                optional("discount", ref(MoneyCodecs.RATE)),
                optional("rounding", ref(MoneyCodecs.ROUNDING_STEP)),
                optional("surcharge", ref(MoneyCodecs.RUPIAH)),
                optional("minMargin", ref(MoneyCodecs.RATE)),
                optional("maxMargin", ref(MoneyCodecs.RATE)),
                optional("floor", ref(MoneyCodecs.RUPIAH)))
            .with("required", List.of("id", "scope"))
            .describedAs("A pricing rule (aturan harga): markup, discount, rounding, surcharge, margins and floor"));
  }

  @Override
  public PriceRule read(JsonReader in) {
    PriceRule.Builder b = PriceRule.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (OPTIONAL.contains(name) && in.nextIfNull()) {
        continue;
      }
      switch (name) {
        case "id" -> b.id(in.nextString());
        case "scope" -> b.scope(in.read(PricingCodecs.RULE_SCOPE));
        case "category" -> b.category(CategoryRef.read(in));
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "minQuantity" -> b.minQuantity(in.nextLong());
        case "effectiveFrom" -> b.effectiveFrom(in.nextDate());
        case "effectiveUntil" -> b.effectiveUntil(in.nextDate());
        case "markup" -> b.markup(in.read(MoneyCodecs.RATE));
        case "discount" -> b.discount(in.read(MoneyCodecs.RATE));
        case "rounding" -> b.rounding(in.read(MoneyCodecs.ROUNDING_STEP));
        case "surcharge" -> b.surcharge(in.read(MoneyCodecs.RUPIAH));
        case "minMargin" -> b.minMargin(in.read(MoneyCodecs.RATE));
        case "maxMargin" -> b.maxMargin(in.read(MoneyCodecs.RATE));
        case "floor" -> b.floor(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PriceRule.Builder::build);
  }
}
