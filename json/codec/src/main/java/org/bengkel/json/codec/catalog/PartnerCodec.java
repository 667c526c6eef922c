package org.bengkel.json.codec.catalog;

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
