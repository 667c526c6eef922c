package org.bengkel.json.codec.facility;

import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;

/**
 * {@link Facility} as {@code {"code","name","type","facilityClass","regionalOffice","zone"}};
 * {@code zone} optional on reading (WIB when absent, as in documents written before it existed).
 */
final class FacilityCodec implements Codec<Facility> {

  @Override
  public Class<Facility> type() {
    return Facility.class;
  }

  @Override
  public void write(Facility value, JsonWriter out) {
    out.beginObject();
    out.name("code").string(value.code().value());
    out.name("name").string(value.name());
    out.name("type").value(FacilityCodecs.FACILITY_TYPE, value.type());
    out.name("facilityClass").value(FacilityCodecs.FACILITY_CLASS, value.facilityClass());
    out.name("regionalOffice").string(value.regionalOffice());
    out.name("zone").value(FacilityCodecs.TIME_ZONE, value.zone());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("code", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("name", JsonSchema.string(1, 200)),
                required("type", ref(FacilityCodecs.FACILITY_TYPE)),
                required("facilityClass", ref(FacilityCodecs.FACILITY_CLASS)),
                required("regionalOffice", JsonSchema.string(1, 200)),
                optional("zone", ref(FacilityCodecs.TIME_ZONE)))
            .describedAs("A correctional facility (UPT pemasyarakatan)"));
  }

  @Override
  public Facility read(JsonReader in) {
    Facility.Builder b = Facility.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.value(() -> FacilityCode.parse(in.nextString())));
        case "name" -> b.name(in.nextString());
        case "type" -> b.type(in.read(FacilityCodecs.FACILITY_TYPE));
        case "facilityClass" -> b.facilityClass(in.read(FacilityCodecs.FACILITY_CLASS));
        case "regionalOffice" -> b.regionalOffice(in.nextString());
        case "zone" -> b.zone(in.read(FacilityCodecs.TIME_ZONE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
