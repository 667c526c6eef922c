package org.bengkel.json.codec.catalog;

import java.util.List;
import java.util.Optional;
import org.bengkel.facility.Facility;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link Label} as {@code {"productName","ingredients","netContent","producer","pirt","halal","declaredNonHalal","productionCode","bestBefore","shelfLifeDays"}}. */
final class LabelCodec implements Codec<Label> {

  @Override
  public Class<Label> type() {
    return Label.class;
  }

  @Override
  public void write(Label value, JsonWriter out) {
    out.beginObject();
    out.name("productName").string(value.productName());
    out.name("ingredients").beginArray();
    value.ingredients().forEach(out::string);
    out.endArray();
    out.name("netContent").string(value.netContent());
    out.name("producer").string(value.producer());
    value.pirt().ifPresent(p -> out.name("pirt").value(CatalogCodecs.PIRT_NUMBER, p));
    value.halal().ifPresent(h -> out.name("halal").value(CatalogCodecs.HALAL_CERTIFICATE, h));
    out.name("declaredNonHalal").bool(value.declaredNonHalal());
    out.name("productionCode").string(value.productionCode());
    out.name("bestBefore").date(value.bestBefore());
    out.name("shelfLifeDays").number(value.shelfLifeDays());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("productName", JsonSchema.string()),
                required("ingredients", JsonSchema.arrayOf(JsonSchema.string())),
                required("netContent", JsonSchema.string()),
                required("producer", JsonSchema.string()),
                optional("pirt", ref(CatalogCodecs.PIRT_NUMBER)),
                optional("halal", ref(CatalogCodecs.HALAL_CERTIFICATE)),
                optional("declaredNonHalal", JsonSchema.bool()),
                required("productionCode", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("bestBefore", JsonSchema.date()),
                required("shelfLifeDays", JsonSchema.integer(1, Integer.MAX_VALUE)))
            .with("required", List.of("productName", "netContent", "producer", "productionCode", "bestBefore", "shelfLifeDays"))
            .describedAs("The label of a packaged food (label pangan olahan)"));
  }

  @Override
  public Label read(JsonReader in) {
    Label.Builder b = Label.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "productName" -> b.productName(in.nextString());
        case "ingredients" -> b.ingredients(CatalogCodecs.strings(in));
        case "netContent" -> b.netContent(in.nextString());
        case "producer" -> b.producer(in.nextString());
        case "pirt" -> {
          if (!in.nextIfNull()) {
            b.pirt(in.read(CatalogCodecs.PIRT_NUMBER));
          }
        }
        case "halal" -> {
          if (!in.nextIfNull()) {
            b.halal(in.read(CatalogCodecs.HALAL_CERTIFICATE));
          }
        }
        case "declaredNonHalal" -> {
          if (!in.nextIfNull()) {
            b.declaredNonHalal(in.nextBoolean());
          }
        }
        case "productionCode" -> b.productionCode(in.nextString());
        case "bestBefore" -> b.bestBefore(in.nextDate());
        case "shelfLifeDays" -> b.shelfLifeDays(CatalogCodecs.intValue(in));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Label.Builder::build);
  }
}
