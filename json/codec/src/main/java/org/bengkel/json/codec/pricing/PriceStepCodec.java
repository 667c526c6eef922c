package org.bengkel.json.codec.pricing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
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
final class PriceStepCodec {

  private static final Codec<StepCode> CODE =
      Scalars.of(
          StepCode.class,
          JsonSchema.of(
              JsonSchema.map(
                  "type",
                  "string",
                  "enum",
                  Arrays.stream(StepCode.values()).map(c -> (Object) c.code()).toList())),
          in -> in.nextString(StepCode::of),
          (out, code) -> out.string(code.code()));

  // a free-text parameter's value, in the schema: core's Checks.requireText, not blank and at most
  // 500 characters; a typed parameter has its form instead (StepCode.parameterForm)
  private static final JsonSchema PARAM_TEXT = Scalars.text(1, 500).schema().orElseThrow();

  // the parameters in the order of the code's declaration, as core keeps them
  private static final Codec<Map<String, String>> PARAMS =
      Scalars.map(
          JsonSchema.of(JsonSchema.map("type", "object", "additionalProperties", PARAM_TEXT)),
          name -> name,
          name -> name,
          Scalars.TEXT,
          null);

  static final Codec<PriceStep> CODEC =
      ObjectCodec.builder(PriceStep.class, PriceStep::builder, PriceStep.Builder::build)
          .required("source", Scalars.CODE, PriceStep::source, PriceStep.Builder::source)
          .required("kind", PricingCodecs.STEP_KIND, PriceStep::kind, PriceStep.Builder::kind)
          .optional("code", CODE, s -> Optional.of(s.code()), PriceStep.Builder::code)
          .nullRefused()
          .optional("params", PARAMS, s -> Optional.of(s.params()), PriceStep.Builder::params)
          .nullRefused()
          .legacy(
              "description",
              // the text parameter it becomes: not blank, at most 500 characters (value.blank)
              Scalars.text(1, 500),
              (b, text) -> b.code(StepCode.TEXT).params(Map.of("text", text)))
          .required("before", MoneyCodecs.RUPIAH, PriceStep::before, PriceStep.Builder::before)
          .required("after", MoneyCodecs.RUPIAH, PriceStep::after, PriceStep.Builder::after)
          .schema("allOf", paramsOfEachCode())
          .oneOf(List.of("code", "params"), List.of("description"))
          .describedAs(
              "One step of a price computation (langkah harga): a code and its parameters;"
                  + " \"description\" (English prose) only in documents written before steps had"
                  + " codes, read as code pricing.step.text")
          .build();

  private PriceStepCodec() {}

  /** For each code: {@code params} has exactly its parameters, each a string. */
  private static List<Object> paramsOfEachCode() {
    return Arrays.stream(StepCode.values())
        .map(
            c -> {
              Map<String, Object> props = new LinkedHashMap<>();
              c.parameterNames()
                  .forEach(
                      n ->
                          props.put(
                              n,
                              c.parameterForm(n)
                                  .map(f -> JsonSchema.string().with("pattern", "^" + f + "$"))
                                  .orElse(PARAM_TEXT)));
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
                  JsonSchema.when(
                      "code",
                      c.code(),
                      JsonSchema.of(
                          JsonSchema.map(
                              "properties", JsonSchema.map("params", JsonSchema.of(params)))));
            })
        .toList();
  }
}
