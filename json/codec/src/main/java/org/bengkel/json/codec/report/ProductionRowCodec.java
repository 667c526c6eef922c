package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import static org.bengkel.json.schema.JsonSchema.optional;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.report.ProductionRow;

/** {@link ProductionRow} as {@code {"programme","product","figures"}}, {@code product} optional. */
final class ProductionRowCodec implements Codec<ProductionRow> {

  @Override
  public Class<ProductionRow> type() {
    return ProductionRow.class;
  }

  @Override
  public void write(ProductionRow value, JsonWriter out) {
    out.beginObject();
    out.name("programme").value(ProgrammeCodecs.PROGRAMME_CODE, value.programme());
    value.product().ifPresent(p -> out.name("product").value(CatalogCodecs.SKU, p));
    out.name("figures").value(ReportCodecs.PRODUCTION_FIGURES, value.figures());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("programme", ref(ProgrammeCodecs.PROGRAMME_CODE)),
                optional("product", ref(CatalogCodecs.SKU)),
                required("figures", ref(ReportCodecs.PRODUCTION_FIGURES)))
            .describedAs("A production row (baris produksi) of a programme, or of one product of a"
                + " programme when product is present"));
  }

  @Override
  public ProductionRow read(JsonReader in) {
    ProductionRow.Builder b = ProductionRow.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "programme" -> b.programme(in.read(ProgrammeCodecs.PROGRAMME_CODE));
        case "product" -> {
          if (!in.nextIfNull()) {
            b.product(in.read(CatalogCodecs.SKU));
          }
        }
        case "figures" -> b.figures(in.read(ReportCodecs.PRODUCTION_FIGURES));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ProductionRow.Builder::build);
  }
}
