package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.Partner;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;

/** {@link Partner} as {@code {"code","name","roles"}}, the roles in declaration order. */
final class PartnerCodec implements Codec<Partner> {

  @Override
  public Class<Partner> type() {
    return Partner.class;
  }

  @Override
  public void write(Partner value, JsonWriter out) {
    out.beginObject();
    out.name("code").string(value.code());
    out.name("name").string(value.name());
    out.name("roles").beginArray();
    value.roles().stream().sorted().forEach(r -> out.value(CatalogCodecs.PARTNER_ROLE, r));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("code", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("name", JsonSchema.string()),
                required("roles", JsonSchema.arrayOf(ref(CatalogCodecs.PARTNER_ROLE)).with("minItems", 1L)))
            .describedAs("A partner (mitra): supplier, buyer or both"));
  }

  @Override
  public Partner read(JsonReader in) {
    Partner.Builder b = Partner.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.nextString());
        case "name" -> b.name(in.nextString());
        case "roles" -> b.roles(in.readList(CatalogCodecs.PARTNER_ROLE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
