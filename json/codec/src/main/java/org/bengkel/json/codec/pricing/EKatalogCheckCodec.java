package org.bengkel.json.codec.pricing;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogFinding;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link EKatalogCheck} as {@code {"listing","findings":[{"rule","passed","explanation","comparedPrice","comparedSource"}]}}. */
final class EKatalogCheckCodec implements Codec<EKatalogCheck> {

  @Override
  public Class<EKatalogCheck> type() {
    return EKatalogCheck.class;
  }

  @Override
  public void write(EKatalogCheck value, JsonWriter out) {
    out.beginObject();
    out.name("listing").value(PricingCodecs.E_KATALOG_LISTING, value.listing());
    out.name("findings").beginArray();
    for (EKatalogFinding f : value.findings()) {
      out.beginObject();
      out.name("rule").value(PricingCodecs.PRICING_RULE, f.rule());
      out.name("passed").bool(f.passed());
      out.name("explanation").string(f.explanation());
      f.comparedPrice().ifPresent(p -> out.name("comparedPrice").value(MoneyCodecs.RUPIAH, p));
      f.comparedSource().ifPresent(s -> out.name("comparedSource").string(s));
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("listing", ref(PricingCodecs.E_KATALOG_LISTING)),
                required("findings", JsonSchema.arrayOf(JsonSchema.object(required("rule", ref(PricingCodecs.PRICING_RULE)), required("passed", JsonSchema.bool()), required("explanation", JsonSchema.string()), optional("comparedPrice", ref(MoneyCodecs.RUPIAH)), optional("comparedSource", JsonSchema.string())))))
            .with("required", List.of("listing"))
            .describedAs("The checks of an e-Katalog listing (pemeriksaan e-Katalog) with their findings"));
  }

  @Override
  public EKatalogCheck read(JsonReader in) {
    EKatalogCheck.Builder b = EKatalogCheck.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "listing" -> b.listing(in.read(PricingCodecs.E_KATALOG_LISTING));
        case "findings" -> {
          in.beginArray();
          while (in.hasNext()) {
            b.addFindings(finding(in));
          }
          in.endArray();
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, EKatalogCheck.Builder::build);
  }

  private static EKatalogFinding finding(JsonReader in) {
    EKatalogFinding.Builder b = EKatalogFinding.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "rule" -> b.rule(in.read(PricingCodecs.PRICING_RULE));
        case "passed" -> b.passed(in.nextBoolean());
        case "explanation" -> b.explanation(in.nextString());
        case "comparedPrice" -> {
          if (!in.nextIfNull()) {
            b.comparedPrice(in.read(MoneyCodecs.RUPIAH));
          }
        }
        case "comparedSource" -> {
          if (!in.nextIfNull()) {
            b.comparedSource(in.nextString());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, EKatalogFinding.Builder::build);
  }
}
