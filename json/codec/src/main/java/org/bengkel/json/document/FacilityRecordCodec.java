package org.bengkel.json.document;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.schema.JsonSchema;

/** {@link FacilityRecord} as {@code {"facility":{..},"officers":[..]}}, both required. */
final class FacilityRecordCodec implements Codec<FacilityRecord> {

  @Override
  public Class<FacilityRecord> type() {
    return FacilityRecord.class;
  }

  @Override
  public void write(FacilityRecord value, JsonWriter out) {
    out.beginObject();
    out.name("facility").value(FacilityCodecs.FACILITY, value.facility());
    out.name("officers").beginArray();
    for (Officer officer : value.officers()) {
      out.value(FacilityCodecs.OFFICER, officer);
    }
    out.endArray();
    out.endObject();
  }

  @Override
  public FacilityRecord read(JsonReader in) {
    Facility facility = null;
    List<Officer> officers = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "facility" -> facility = in.read(FacilityCodecs.FACILITY);
        case "officers" -> officers = in.readList(FacilityCodecs.OFFICER);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Facility f = facility;
    List<Officer> o = officers;
    return in.build(
        () -> FacilityRecord.of(JsonReader.required(f, "facility"), JsonReader.required(o, "officers")));
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("facility", ref(FacilityCodecs.FACILITY)),
                required("officers", JsonSchema.arrayOf(ref(FacilityCodecs.OFFICER))))
            .describedAs("A facility and its officers"));
  }
}
