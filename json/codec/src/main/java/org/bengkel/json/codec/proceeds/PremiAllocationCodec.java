package org.bengkel.json.codec.proceeds;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link PremiAllocation} as {@code {"pool","basis","shares":[...]}}, the shares ordered by registration number. */
final class PremiAllocationCodec implements Codec<PremiAllocation> {

  @Override
  public Class<PremiAllocation> type() {
    return PremiAllocation.class;
  }

  @Override
  public void write(PremiAllocation value, JsonWriter out) {
    out.beginObject();
    out.name("pool").value(MoneyCodecs.RUPIAH, value.pool());
    out.name("basis").value(ProceedsCodecs.CONTRIBUTION_BASIS, value.basis());
    out.name("shares").beginArray();
    value.shares().forEach(s -> out.value(ProceedsCodecs.PREMI_SHARE, s));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("pool", ref(MoneyCodecs.RUPIAH)),
                required("basis", ref(ProceedsCodecs.CONTRIBUTION_BASIS)),
                required("shares", JsonSchema.arrayOf(ref(ProceedsCodecs.PREMI_SHARE))))
            .with("required", List.of("pool", "basis"))
            .describedAs("The allocation of a premi pool among trainees (pembagian premi); the shares summing to the pool is checked by the reader"));
  }

  @Override
  public PremiAllocation read(JsonReader in) {
    PremiAllocation.Builder b = PremiAllocation.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "pool" -> b.pool(in.read(MoneyCodecs.RUPIAH));
        case "basis" -> b.basis(in.read(ProceedsCodecs.CONTRIBUTION_BASIS));
        case "shares" -> b.shares(in.readList(ProceedsCodecs.PREMI_SHARE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PremiAllocation.Builder::build);
  }
}
