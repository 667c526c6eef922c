package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.report.VehicleClassSales;

/** {@link VehicleClassSales} as {@code {"vehicleClass","jobs","revenue"}}. */
final class VehicleClassSalesCodec implements Codec<VehicleClassSales> {

  @Override
  public Class<VehicleClassSales> type() {
    return VehicleClassSales.class;
  }

  @Override
  public void write(VehicleClassSales value, JsonWriter out) {
    out.beginObject();
    out.name("vehicleClass").value(CatalogCodecs.VEHICLE_CLASS, value.vehicleClass());
    out.name("jobs").number(value.jobs());
    out.name("revenue").value(MoneyCodecs.RUPIAH, value.revenue());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("vehicleClass", ref(CatalogCodecs.VEHICLE_CLASS)),
                required("jobs", JsonSchema.integer(0, Long.MAX_VALUE)),
                required("revenue", ref(MoneyCodecs.RUPIAH)))
            .describedAs("The service jobs of one vehicle class (jasa per golongan kendaraan) in a"
                + " period"));
  }

  @Override
  public VehicleClassSales read(JsonReader in) {
    VehicleClassSales.Builder b = VehicleClassSales.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "vehicleClass" -> b.vehicleClass(in.read(CatalogCodecs.VEHICLE_CLASS));
        case "jobs" -> b.jobs(in.nextLong());
        case "revenue" -> b.revenue(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, VehicleClassSales.Builder::build);
  }
}
