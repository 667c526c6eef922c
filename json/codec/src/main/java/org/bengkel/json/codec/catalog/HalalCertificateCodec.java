package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link HalalCertificate} as {@code {"number","issued"}}. */
final class HalalCertificateCodec implements Codec<HalalCertificate> {

  @Override
  public Class<HalalCertificate> type() {
    return HalalCertificate.class;
  }

  @Override
  public void write(HalalCertificate value, JsonWriter out) {
    out.beginObject();
    out.name("number").string(value.number());
    out.name("issued").date(value.issued());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("number", JsonSchema.pattern(HalalCertificate.NUMBER_PATTERN, 50)),
                required("issued", JsonSchema.date()))
            .describedAs("A halal certificate (sertifikat halal): its number and issue date"));
  }

  @Override
  public HalalCertificate read(JsonReader in) {
    HalalCertificate.Builder b = HalalCertificate.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "number" -> b.number(in.nextString());
        case "issued" -> b.issued(in.nextDate());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    // the check names its field "halal.number"; the path is this object's own
    return Paths.build(in, "halal", b::build);
  }
}
