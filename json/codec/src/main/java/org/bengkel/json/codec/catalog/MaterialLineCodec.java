package org.bengkel.json.codec.catalog;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.Quantity;

/**
 * {@link MaterialLine} as {@code {"material","quantity"}}: a material and its quantity inside a
 * bill of materials and inside a production batch (not a document type of its own).
 */
final class MaterialLineCodec implements Codec<MaterialLine> {

  @Override
  public Class<MaterialLine> type() {
    return MaterialLine.class;
  }

  @Override
  public void write(MaterialLine value, JsonWriter out) {
    out.beginObject();
    out.name("material").value(CatalogCodecs.MATERIAL, value.material());
    out.name("quantity").value(CatalogCodecs.QUANTITY, value.quantity());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
            required("material", ref(CatalogCodecs.MATERIAL)),
            required("quantity", ref(CatalogCodecs.QUANTITY))));
  }

  @Override
  public MaterialLine read(JsonReader in) {
    Material material = null;
    Quantity quantity = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "material" -> material = in.read(CatalogCodecs.MATERIAL);
        case "quantity" -> quantity = in.read(CatalogCodecs.QUANTITY);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Material m = material;
    Quantity q = quantity;
    return in.build(
        () -> MaterialLine.of(JsonReader.required(m, "material"), JsonReader.required(q, "quantity")));
  }
}
