package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.Product;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link Product} as {@code {"sku","name","category","unit","programme","shelfLifeDays","netContent","ingredients","foodSafety"}}. */
final class ProductCodec implements Codec<Product> {

  @Override
  public Class<Product> type() {
    return Product.class;
  }

  @Override
  public void write(Product value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("name").string(value.name());
    out.name("category").value(CatalogCodecs.PRODUCT_CATEGORY, value.category());
    out.name("unit").value(CatalogCodecs.UNIT, value.unit());
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    value.shelfLifeDays().ifPresent(d -> out.name("shelfLifeDays").number(d));
    value.netContent().ifPresent(c -> out.name("netContent").string(c));
    if (!value.ingredients().isEmpty()) {
      out.name("ingredients").beginArray();
      value.ingredients().forEach(out::string);
      out.endArray();
    }
    value.foodSafety().ifPresent(f -> out.name("foodSafety").value(CatalogCodecs.FOOD_SAFETY, f));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("name", JsonSchema.string()),
                required("category", ref(CatalogCodecs.PRODUCT_CATEGORY)),
                required("unit", ref(CatalogCodecs.UNIT)),
                required("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
                optional("shelfLifeDays", JsonSchema.integer(1, Integer.MAX_VALUE)),
                optional("netContent", JsonSchema.string()),
                optional("ingredients", JsonSchema.arrayOf(JsonSchema.string())),
                optional("foodSafety", ref(CatalogCodecs.FOOD_SAFETY)))
            .describedAs("A product of a workshop (produk)"));
  }

  @Override
  public Product read(JsonReader in) {
    Product.Builder b = Product.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "name" -> b.name(in.nextString());
        case "category" -> b.category(in.read(CatalogCodecs.PRODUCT_CATEGORY));
        case "unit" -> b.unit(in.read(CatalogCodecs.UNIT));
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "shelfLifeDays" -> {
          if (!in.nextIfNull()) {
            b.shelfLifeDays(CatalogCodecs.intValue(in));
          }
        }
        case "netContent" -> {
          if (!in.nextIfNull()) {
            b.netContent(in.nextString());
          }
        }
        case "ingredients" -> {
          if (!in.nextIfNull()) {
            b.ingredients(CatalogCodecs.strings(in));
          }
        }
        case "foodSafety" -> {
          if (!in.nextIfNull()) {
            b.foodSafety(in.read(CatalogCodecs.FOOD_SAFETY));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Product.Builder::build);
  }
}
