package org.bengkel.json.codec.facility;

import org.bengkel.facility.Facility;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;

/** {@link Facility} as {@code {"code","name","type","facilityClass","regionalOffice"}}. */
final class FacilityCodec implements Codec<Facility> {

  @Override
  public Class<Facility> type() {
    return Facility.class;
  }

  @Override
  public void write(Facility value, JsonWriter out) {
    out.beginObject();
    out.name("code").string(value.code());
    out.name("name").string(value.name());
    out.name("type").value(FacilityCodecs.FACILITY_TYPE, value.type());
    out.name("facilityClass").value(FacilityCodecs.FACILITY_CLASS, value.facilityClass());
    out.name("regionalOffice").string(value.regionalOffice());
    out.endObject();
  }

  @Override
  public Facility read(JsonReader in) {
    Facility.Builder b = Facility.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.nextString());
        case "name" -> b.name(in.nextString());
        case "type" -> b.type(in.read(FacilityCodecs.FACILITY_TYPE));
        case "facilityClass" -> b.facilityClass(in.read(FacilityCodecs.FACILITY_CLASS));
        case "regionalOffice" -> b.regionalOffice(in.nextString());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
