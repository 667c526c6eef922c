package org.bengkel.json.codec.catalog;

import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.money.Rupiah;

/**
 * {@link MaterialCost} as {@code {"product","units","date","lines":[{"material","quantity","price",
 * "cost"}],"total","perUnit"}}: the breakdown as computed, checked for consistency by core when
 * read. {@code total} and {@code perUnit} are derived from the lines and units: written always,
 * optional on reading, and refused with {@code json.total-mismatch} when they differ. Whether the
 * prices are the ones in force is not in the document: the caller checks that with
 * {@code BomRegistry.materialCost}.
 */
final class MaterialCostCodec implements Codec<MaterialCost> {

  @Override
  public Class<MaterialCost> type() {
    return MaterialCost.class;
  }

  @Override
  public void write(MaterialCost value, JsonWriter out) {
    out.beginObject();
    out.name("product").value(CatalogCodecs.SKU, value.product());
    out.name("units").number(value.units());
    out.name("date").date(value.date());
    out.name("lines").beginArray();
    for (MaterialCostLine line : value.lines()) {
      out.beginObject();
      out.name("material").value(CatalogCodecs.MATERIAL, line.material());
      out.name("quantity").value(CatalogCodecs.QUANTITY, line.quantity());
      out.name("price").value(CatalogCodecs.MATERIAL_PRICE, line.price());
      out.name("cost").value(MoneyCodecs.RUPIAH, line.cost());
      out.endObject();
    }
    out.endArray();
    out.name("total").value(MoneyCodecs.RUPIAH, value.total());
    out.name("perUnit").value(MoneyCodecs.RUPIAH, value.perUnit());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    JsonSchema line =
        JsonSchema.object(
                required("material", ref(CatalogCodecs.MATERIAL)),
                required("quantity", ref(CatalogCodecs.QUANTITY)),
                required("price", ref(CatalogCodecs.MATERIAL_PRICE)),
                required("cost", ref(MoneyCodecs.RUPIAH)))
            .describedAs(
                "One material (rincian biaya bahan): the quantity issued in the material's base unit,"
                    + " the price applied and the cost, the exact quantity needed times the unit price"
                    + " rounded half up");
    return Optional.of(
        JsonSchema.object(
                required("product", ref(CatalogCodecs.SKU)),
                required("units", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("date", JsonSchema.date()),
                required("lines", JsonSchema.arrayOf(line).with("minItems", 1L)),
                optional("total", ref(MoneyCodecs.RUPIAH)),
                optional("perUnit", ref(MoneyCodecs.RUPIAH)))
            .describedAs(
                "The material cost of a batch (biaya bahan per batch) as computed; total and perUnit"
                    + " must equal what the lines and units give, and whether the prices are those in"
                    + " force is for the reader to check"));
  }

  @Override
  public MaterialCost read(JsonReader in) {
    MaterialCost.Builder b = MaterialCost.builder();
    Rupiah total = null;
    Rupiah perUnit = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "product" -> b.product(in.read(CatalogCodecs.SKU));
        case "units" -> b.units(in.nextLong());
        case "date" -> b.date(in.nextDate());
        case "lines" -> {
          in.beginArray();
          while (in.hasNext()) {
            b.addLines(line(in));
          }
          in.endArray();
        }
        case "total" -> total = CodecSupport.optionalAmount(in);
        case "perUnit" -> perUnit = CodecSupport.optionalAmount(in);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    MaterialCost cost = Paths.build(in, "", b, MaterialCost.Builder::build);
    CodecSupport.requireWritten(in, "total", total, cost.total(), "lines");
    CodecSupport.requireWritten(in, "perUnit", perUnit, cost.perUnit(), "total and units");
    return cost;
  }

  private static MaterialCostLine line(JsonReader in) {
    MaterialCostLine.Builder b = MaterialCostLine.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "material" -> b.material(in.read(CatalogCodecs.MATERIAL));
        case "quantity" -> b.quantity(in.read(CatalogCodecs.QUANTITY));
        case "price" -> b.price(in.read(CatalogCodecs.MATERIAL_PRICE));
        case "cost" -> b.cost(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, MaterialCostLine.Builder::build);
  }
}
