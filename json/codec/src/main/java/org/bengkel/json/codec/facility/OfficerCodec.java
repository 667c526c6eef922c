package org.bengkel.json.codec.facility;

import org.bengkel.facility.Officer;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;

/** {@link Officer} as {@code {"nip","name","position"}}, the position omitted when empty. */
final class OfficerCodec implements Codec<Officer> {

  @Override
  public Class<Officer> type() {
    return Officer.class;
  }

  @Override
  public void write(Officer value, JsonWriter out) {
    out.beginObject();
    out.name("nip").value(FacilityCodecs.NIP, value.nip());
    out.name("name").string(value.name());
    value.position().ifPresent(p -> out.name("position").string(p));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("nip", ref(FacilityCodecs.NIP)),
                required("name", JsonSchema.string(1, 200)),
                optional("position", JsonSchema.string(1, 200)))
            .describedAs("An officer (petugas) of a facility"));
  }

  @Override
  public Officer read(JsonReader in) {
    Officer.Builder b = Officer.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "nip" -> b.nip(in.read(FacilityCodecs.NIP));
        case "name" -> b.name(in.nextString());
        case "position" -> {
          if (!in.nextIfNull()) {
            b.position(in.nextString());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
