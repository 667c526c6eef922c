package org.bengkel.json.codec.catalog;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.BillOfMaterials;
import org.bengkel.catalog.Material;
import org.bengkel.catalog.MaterialLine;
import org.bengkel.catalog.Quantity;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.SubAssemblyLine;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link BillOfMaterials} as {@code {"product","batchSize","materials":[{"material","quantity"}],"subAssemblies":[{"sku","units"}]}}. */
final class BillOfMaterialsCodec implements Codec<BillOfMaterials> {

  @Override
  public Class<BillOfMaterials> type() {
    return BillOfMaterials.class;
  }

  @Override
  public void write(BillOfMaterials value, JsonWriter out) {
    out.beginObject();
    out.name("product").value(CatalogCodecs.SKU, value.product());
    out.name("batchSize").number(value.batchSize());
    out.name("materials").beginArray();
    for (MaterialLine line : value.materials()) {
      out.beginObject();
      out.name("material").value(CatalogCodecs.MATERIAL, line.material());
      out.name("quantity").value(CatalogCodecs.QUANTITY, line.quantity());
      out.endObject();
    }
    out.endArray();
    out.name("subAssemblies").beginArray();
    for (SubAssemblyLine line : value.subAssemblies()) {
      out.beginObject();
      out.name("sku").value(CatalogCodecs.SKU, line.sku());
      out.name("units").number(line.units());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("product", ref(CatalogCodecs.SKU)),
                required("batchSize", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("materials", JsonSchema.arrayOf(JsonSchema.object(required("material", ref(CatalogCodecs.MATERIAL)), required("quantity", ref(CatalogCodecs.QUANTITY))))),
                required("subAssemblies", JsonSchema.arrayOf(JsonSchema.object(required("sku", ref(CatalogCodecs.SKU)), required("units", JsonSchema.integer(1, Long.MAX_VALUE))))))
            .with("required", List.of("product", "batchSize"))
            .describedAs("A bill of materials (resep / daftar bahan) of a batch; cycles between sub-assemblies are checked by the reader"));
  }

  @Override
  public BillOfMaterials read(JsonReader in) {
    BillOfMaterials.Builder b = BillOfMaterials.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "product" -> b.product(in.read(CatalogCodecs.SKU));
        case "batchSize" -> b.batchSize(in.nextLong());
        case "materials" -> {
          in.beginArray();
          while (in.hasNext()) {
            b.addMaterial(materialLine(in));
          }
          in.endArray();
        }
        case "subAssemblies" -> {
          in.beginArray();
          while (in.hasNext()) {
            b.addSubAssembly(subAssemblyLine(in));
          }
          in.endArray();
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, BillOfMaterials.Builder::build);
  }

  private static MaterialLine materialLine(JsonReader in) {
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

  private static SubAssemblyLine subAssemblyLine(JsonReader in) {
    Sku sku = null;
    Long units = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> sku = in.read(CatalogCodecs.SKU);
        case "units" -> units = in.nextLong();
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Sku s = sku;
    Long u = units;
    return in.build(
        () -> SubAssemblyLine.of(JsonReader.required(s, "sku"), JsonReader.required(u, "units")));
  }
}
