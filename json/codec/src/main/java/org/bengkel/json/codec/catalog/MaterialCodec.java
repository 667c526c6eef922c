package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.material.Material;

/** {@link Material} as {@code {"code","name","unit"}}. */
final class MaterialCodec implements Codec<Material> {

  @Override
  public Class<Material> type() {
    return Material.class;
  }

  @Override
  public void write(Material value, JsonWriter out) {
    out.beginObject();
    out.name("code").string(value.code());
    out.name("name").string(value.name());
    out.name("unit").value(CatalogCodecs.MEASURE_UNIT, value.unit());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("code", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("name", JsonSchema.string()),
                required("unit", ref(CatalogCodecs.MEASURE_UNIT)))
            .describedAs("A raw material (bahan baku)"));
  }

  @Override
  public Material read(JsonReader in) {
    Material.Builder b = Material.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> b.code(in.nextString());
        case "name" -> b.name(in.nextString());
        case "unit" -> b.unit(in.read(CatalogCodecs.MEASURE_UNIT));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return in.build(b::build);
  }
}
