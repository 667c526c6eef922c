package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.sales.Customer;

/** {@link Customer} as {@code {"kind","name","organisation","satkerCode","partnerCode","staffNip"}}. */
final class CustomerCodec implements Codec<Customer> {

  @Override
  public Class<Customer> type() {
    return Customer.class;
  }

  @Override
  public void write(Customer value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(SalesCodecs.CUSTOMER_KIND, value.kind());
    value.name().ifPresent(n -> out.name("name").string(n));
    value.organisation().ifPresent(o -> out.name("organisation").string(o));
    value.satkerCode().ifPresent(c -> out.name("satkerCode").string(c));
    value.partnerCode().ifPresent(c -> out.name("partnerCode").string(c));
    value.staffNip().ifPresent(n -> out.name("staffNip").value(FacilityCodecs.NIP, n));
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("kind", JsonSchema.ref(SalesCodecs.CUSTOMER_KIND))
            .optional("name", JsonSchema.string(1, Customer.MAX_NAME))
            .optional("organisation", JsonSchema.string(1, Customer.MAX_NAME))
            .optional("satkerCode", JsonSchema.pattern(Customer.SATKER_CODE, 20))
            .optional("partnerCode", SalesSchemas.code(40))
            .optional("staffNip", JsonSchema.ref(FacilityCodecs.NIP))
            .describedAs("A buyer (pembeli); which of the optional properties are present depends on the kind"));
  }

  @Override
  public Customer read(JsonReader in) {
    Customer.Builder b = Customer.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(SalesCodecs.CUSTOMER_KIND));
        case "name" -> {
          if (!in.nextIfNull()) {
            b.name(in.nextString());
          }
        }
        case "organisation" -> {
          if (!in.nextIfNull()) {
            b.organisation(in.nextString());
          }
        }
        case "satkerCode" -> {
          if (!in.nextIfNull()) {
            b.satkerCode(in.nextString());
          }
        }
        case "partnerCode" -> {
          if (!in.nextIfNull()) {
            b.partnerCode(in.nextString());
          }
        }
        case "staffNip" -> {
          if (!in.nextIfNull()) {
            b.staffNip(in.read(FacilityCodecs.NIP));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Customer.Builder::build);
  }
}
