package org.bengkel.json.codec.pricing;

import java.util.List;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.schema.JsonSchema;

/**
 * A product category where pricing refers to one (a pricing item, a category rule): the code as a
 * string, {@code "COOKIES"}, for a predefined category, and the whole category object, as in a
 * product, for a custom one (a code alone cannot rebuild its name and food flags). Readers accept
 * both forms.
 */
final class CategoryRef {

  private CategoryRef() {}

  static void write(ProductCategory value, JsonWriter out) {
    if (isPredefined(value)) {
      out.string(value.code());
    } else {
      out.value(CatalogCodecs.PRODUCT_CATEGORY, value);
    }
  }

  static ProductCategory read(JsonReader in) {
    if (in.peek() == JsonToken.BEGIN_OBJECT) {
      return in.read(CatalogCodecs.PRODUCT_CATEGORY);
    }
    return in.nextString(ProductCategory::of);
  }

  static JsonSchema schema() {
    return JsonSchema.of(
        JsonSchema.map(
            "description",
            "A predefined category's code, or a custom category",
            "oneOf",
            List.of(Scalars.CODE_FORM, JsonSchema.ref(CatalogCodecs.PRODUCT_CATEGORY))));
  }

  private static boolean isPredefined(ProductCategory value) {
    return ProductCategory.predefined().contains(value);
  }
}
