package org.bengkel.json.codec.pricing;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.StepCode;

/**
 * {@link PriceStep} as {@code {"source","kind","code","params":{name: text},"before","after"}}, the
 * parameters in the order their code declares them.
 *
 * <p>Documents written before steps had codes hold {@code "description"} (English prose) instead of
 * {@code "code"} and {@code "params"}; such a step is read as a {@link StepCode#TEXT} step with the
 * prose as its {@code text}, and written back in the current form. A step with both forms is
 * refused: the second of them is an unknown property.
 */
final class PriceStepCodec implements Codec<PriceStep> {

  @Override
  public Class<PriceStep> type() {
    return PriceStep.class;
  }

  @Override
  public void write(PriceStep value, JsonWriter out) {
    out.beginObject();
    out.name("source").string(value.source());
    out.name("kind").value(PricingCodecs.STEP_KIND, value.kind());
    out.name("code").string(value.code().code());
    out.name("params").beginObject();
    value.params().forEach((name, text) -> out.name(name).string(text));
    out.endObject();
    out.name("before").value(MoneyCodecs.RUPIAH, value.before());
    out.name("after").value(MoneyCodecs.RUPIAH, value.after());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    List<Object> codes = Arrays.stream(StepCode.values()).map(c -> (Object) c.code()).toList();
    return Optional.of(
        JsonSchema.object(
                required("source", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("kind", ref(PricingCodecs.STEP_KIND)),
                required("code", JsonSchema.of(JsonSchema.map("type", "string", "enum", codes))),
                required(
                    "params",
                    JsonSchema.of(
                        JsonSchema.map(
                            "type", "object", "additionalProperties", JsonSchema.string(1, 500)))),
                required("description", JsonSchema.string()),
                required("before", ref(MoneyCodecs.RUPIAH)),
                required("after", ref(MoneyCodecs.RUPIAH)))
            .with("required", List.of("source", "kind", "before", "after"))
            .with("allOf", paramsOfEachCode())
            .with(
                "oneOf",
                List.of(
                    JsonSchema.of(JsonSchema.map("required", List.of("code", "params"))),
                    JsonSchema.of(JsonSchema.map("required", List.of("description")))))
            .describedAs(
                "One step of a price computation (langkah harga): a code and its parameters;"
                    + " \"description\" (English prose) only in documents written before steps had"
                    + " codes, read as code pricing.step.text"));
  }

  /** For each code: {@code params} has exactly its parameters, each a string. */
  private static List<Object> paramsOfEachCode() {
    return Arrays.stream(StepCode.values())
        .map(
            c -> {
              Map<String, Object> props = new LinkedHashMap<>();
              c.parameterNames().forEach(n -> props.put(n, JsonSchema.string(1, 500)));
              Map<String, Object> params =
                  JsonSchema.map(
                      "type",
                      "object",
                      "properties",
                      props,
                      "required",
                      List.copyOf(c.parameterNames()),
                      "additionalProperties",
                      Boolean.FALSE);
              return (Object)
                  JsonSchema.of(
                      JsonSchema.map(
                          "if",
                          JsonSchema.of(
                              JsonSchema.map(
                                  "properties",
                                  JsonSchema.map(
                                      "code", JsonSchema.of(JsonSchema.map("const", c.code()))),
                                  "required",
                                  List.of("code"))),
                          "then",
                          JsonSchema.of(
                              JsonSchema.map(
                                  "properties", JsonSchema.map("params", JsonSchema.of(params))))));
            })
        .toList();
  }

  @Override
  public PriceStep read(JsonReader in) {
    PriceStep.Builder b = PriceStep.builder();
    boolean coded = false;
    boolean described = false;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "source" -> b.source(in.nextString());
        case "kind" -> b.kind(in.read(PricingCodecs.STEP_KIND));
        case "code" -> {
          if (described) {
            in.unknownProperty();
          } else {
            coded = true;
            b.code(in.nextString(StepCode::of));
          }
        }
        case "params" -> {
          if (described) {
            in.unknownProperty();
          } else {
            coded = true;
            b.params(params(in));
          }
        }
        case "description" -> {
          if (coded) {
            in.unknownProperty();
          } else {
            described = true;
            b.code(StepCode.TEXT).params(Map.of("text", in.nextString()));
          }
        }
        case "before" -> b.before(in.read(MoneyCodecs.RUPIAH));
        case "after" -> b.after(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PriceStep.Builder::build);
  }

  private static Map<String, String> params(JsonReader in) {
    Map<String, String> params = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      params.put(name, in.nextString());
    }
    in.endObject();
    return params;
  }
}
