package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link ProductCategory} as {@code {"code","indonesianName","food","highRisk"}}. */
final class ProductCategoryCodec implements Codec<ProductCategory> {

  @Override
  public Class<ProductCategory> type() {
    return ProductCategory.class;
  }

  @Override
  public void write(ProductCategory value, JsonWriter out) {
    out.beginObject();
    out.name("code").string(value.code());
    out.name("indonesianName").string(value.indonesianName());
    out.name("food").bool(value.isFood());
    out.name("highRisk").bool(value.isHighRisk());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("code", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("indonesianName", JsonSchema.string()),
                required("food", JsonSchema.bool()),
                required("highRisk", JsonSchema.bool()))
            .describedAs("A product category (kategori produk)"));
  }

  @Override
  public ProductCategory read(JsonReader in) {
    String code = null;
    String name = null;
    Boolean food = null;
    Boolean highRisk = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "code" -> code = in.nextString();
        case "indonesianName" -> name = in.nextString();
        case "food" -> food = in.nextBoolean();
        case "highRisk" -> highRisk = in.nextBoolean();
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    String c = code;
    String n = name;
    Boolean f = food;
    Boolean h = highRisk;
    // custom(..) names its fields "category.x"; the path is this object's own
    return Paths.build(
        in,
        "category",
        () ->
            ProductCategory.custom(
                JsonReader.required(c, "code"),
                JsonReader.required(n, "indonesianName"),
                JsonReader.required(f, "food"),
                JsonReader.required(h, "highRisk")));
  }
}
