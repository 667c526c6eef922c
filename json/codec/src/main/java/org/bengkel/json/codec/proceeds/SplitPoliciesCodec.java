package org.bengkel.json.codec.proceeds;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.proceeds.SplitPolicies;

/** {@link SplitPolicies} as {@code {"facilityCode","policies":[...]}}, the policies in date order. */
final class SplitPoliciesCodec implements Codec<SplitPolicies> {

  @Override
  public Class<SplitPolicies> type() {
    return SplitPolicies.class;
  }

  @Override
  public void write(SplitPolicies value, JsonWriter out) {
    out.beginObject();
    out.name("facilityCode").string(value.facilityCode().value());
    out.name("policies").beginArray();
    value.policies().forEach(p -> out.value(ProceedsCodecs.SPLIT_POLICY, p));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facilityCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("policies", JsonSchema.arrayOf(ref(ProceedsCodecs.SPLIT_POLICY))))
            .with("required", List.of("facilityCode"))
            .describedAs("The split policies of a facility over time (kebijakan pembagian hasil)"));
  }

  @Override
  public SplitPolicies read(JsonReader in) {
    SplitPolicies.Builder b = SplitPolicies.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facilityCode" -> b.facilityCode(in.value(() -> FacilityCode.parse(in.nextString())));
        case "policies" -> b.policies(in.readList(ProceedsCodecs.SPLIT_POLICY));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, SplitPolicies.Builder::build);
  }
}
