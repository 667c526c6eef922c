package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bengkel.catalog.Sku;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceList;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PriceList} as {@code {"id","channel","effectiveFrom","effectiveUntil","basis","baseChannel","listPrices":{"SKU":amount},"rules":[...]}}. */
final class PriceListCodec implements Codec<PriceList> {

  @Override
  public Class<PriceList> type() {
    return PriceList.class;
  }

  @Override
  public void write(PriceList value, JsonWriter out) {
    out.beginObject();
    out.name("id").string(value.id());
    out.name("channel").value(PricingCodecs.CHANNEL, value.channel());
    out.name("effectiveFrom").date(value.effectiveFrom());
    value.effectiveUntil().ifPresent(d -> out.name("effectiveUntil").date(d));
    out.name("basis").value(PricingCodecs.PRICE_BASIS, value.basis());
    value.baseChannel().ifPresent(c -> out.name("baseChannel").value(PricingCodecs.CHANNEL, c));
    out.name("listPrices").beginObject();
    value.listPrices().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.name(e.getKey().value()).value(MoneyCodecs.RUPIAH, e.getValue()));
    out.endObject();
    out.name("rules").beginArray();
    value.rules().forEach(r -> out.value(PricingCodecs.PRICE_RULE, r));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("id", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("channel", ref(PricingCodecs.CHANNEL)),
                required("effectiveFrom", JsonSchema.date()),
                optional("effectiveUntil", JsonSchema.date()),
                required("basis", ref(PricingCodecs.PRICE_BASIS)),
                optional("baseChannel", ref(PricingCodecs.CHANNEL)),
                required("listPrices", JsonSchema.of(JsonSchema.map("type", "object", "propertyNames", JsonSchema.pattern(Facility.CODE_PATTERN, 40), "additionalProperties", ref(MoneyCodecs.RUPIAH)))),
                required("rules", JsonSchema.arrayOf(ref(PricingCodecs.PRICE_RULE))))
            .with("required", List.of("id", "channel", "effectiveFrom", "basis"))
            .describedAs("A sales price list of a channel (daftar harga)"));
  }

  @Override
  public PriceList read(JsonReader in) {
    PriceList.Builder b = PriceList.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "id" -> b.id(in.nextString());
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "effectiveFrom" -> b.effectiveFrom(in.nextDate());
        case "effectiveUntil" -> {
          if (!in.nextIfNull()) {
            b.effectiveUntil(in.nextDate());
          }
        }
        case "basis" -> b.basis(in.read(PricingCodecs.PRICE_BASIS));
        case "baseChannel" -> {
          if (!in.nextIfNull()) {
            b.baseChannel(in.read(PricingCodecs.CHANNEL));
          }
        }
        case "listPrices" -> b.listPrices(listPrices(in));
        case "rules" -> b.rules(in.readList(PricingCodecs.PRICE_RULE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PriceList.Builder::build);
  }

  private static Map<Sku, Rupiah> listPrices(JsonReader in) {
    Map<Sku, Rupiah> prices = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String sku = in.nextName();
      Rupiah price = in.read(MoneyCodecs.RUPIAH);
      // the path is the entry's own: the SKU is its name
      prices.put(in.value(() -> Sku.parse(sku)), price);
    }
    in.endObject();
    return prices;
  }
}
