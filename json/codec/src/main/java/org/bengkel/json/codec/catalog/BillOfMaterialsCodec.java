package org.bengkel.json.codec.catalog;

import java.util.List;
import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.catalog.Sku;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.SubAssemblyLine;

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
    value.materials().forEach(line -> out.value(CatalogCodecs.MATERIAL_LINE, line));
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
                required("materials", JsonSchema.arrayOf(CatalogCodecs.MATERIAL_LINE.schema().orElseThrow())),
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
            b.addMaterial(in.read(CatalogCodecs.MATERIAL_LINE));
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
