package org.bengkel.json.codec.report;

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
    return Paths.build(in, "", b::build);
  }
}
