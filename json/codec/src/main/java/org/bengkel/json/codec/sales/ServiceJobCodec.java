package org.bengkel.json.codec.sales;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.bengkel.error.CoreRule;
import org.bengkel.json.Codec;
import org.bengkel.sales.GoodsLine;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;

/**
 * {@link ServiceJob} as {@code {"sku","description","vehicleClass","unitPrice","date",
 * "trainees"}}; the trainees in their natural order, so equal jobs write equal bytes; a trainee
 * listed twice is refused ({@code value.duplicate} at {@code $.trainees}).
 */
final class ServiceJobCodec implements Codec<ServiceJob> {

  @Override
  public Class<ServiceJob> type() {
    return ServiceJob.class;
  }

  @Override
  public void write(ServiceJob value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("description").string(value.description());
    out.name("vehicleClass").value(CatalogCodecs.VEHICLE_CLASS, value.vehicleClass());
    out.name("unitPrice").value(MoneyCodecs.RUPIAH, value.unitPrice());
    out.name("date").date(value.date());
    out.name("trainees").beginArray();
    List<RegistrationNumber> trainees = new ArrayList<>(value.trainees());
    trainees.sort(null);
    trainees.forEach(t -> out.value(TraineeCodecs.REGISTRATION_NUMBER, t));
    out.endArray();
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("sku", JsonSchema.ref(CatalogCodecs.SKU))
            .required("description", JsonSchema.string(1, GoodsLine.MAX_DESCRIPTION))
            .required("vehicleClass", JsonSchema.ref(CatalogCodecs.VEHICLE_CLASS))
            .required("unitPrice", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .required("date", JsonSchema.date())
            .required(
                "trainees",
                SalesSchemas.nonEmpty(JsonSchema.ref(TraineeCodecs.REGISTRATION_NUMBER))
                    .with("uniqueItems", Boolean.TRUE))
            .describedAs("A service job (pekerjaan jasa) and the trainees who did it (personal data)"));
  }

  @Override
  public ServiceJob read(JsonReader in) {
    ServiceJob.Builder b = ServiceJob.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "description" -> b.description(in.nextString());
        case "vehicleClass" -> b.vehicleClass(in.read(CatalogCodecs.VEHICLE_CLASS));
        case "unitPrice" -> b.unitPrice(in.read(MoneyCodecs.RUPIAH));
        case "date" -> b.date(in.nextDate());
        case "trainees" -> {
          List<RegistrationNumber> trainees = in.readList(TraineeCodecs.REGISTRATION_NUMBER);
          if (new HashSet<>(trainees).size() != trainees.size()) {
            // a set: a trainee listed twice is an error, not silently dropped (the number is not shown)
            throw in.error(CoreRule.DUPLICATE);
          }
          b.trainees(trainees);
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ServiceJob.Builder::build);
  }
}
