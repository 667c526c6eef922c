package org.bengkel.json.codec.pricing;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.facility.Facility;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/** {@link EKatalogListing} as {@code {"sku","unit","zone","price","minimumOrder","localContent","producerScale"}}. */
final class EKatalogListingCodec implements Codec<EKatalogListing> {

  @Override
  public Class<EKatalogListing> type() {
    return EKatalogListing.class;
  }

  @Override
  public void write(EKatalogListing value, JsonWriter out) {
    out.beginObject();
    out.name("sku").value(CatalogCodecs.SKU, value.sku());
    out.name("unit").value(CatalogCodecs.UNIT, value.unit());
    out.name("zone").string(value.zone());
    out.name("price").value(MoneyCodecs.RUPIAH, value.price());
    out.name("minimumOrder").number(value.minimumOrder());
    out.name("localContent").value(MoneyCodecs.RATE, value.localContent());
    out.name("producerScale").value(PricingCodecs.PRODUCER_SCALE, value.producerScale());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("sku", ref(CatalogCodecs.SKU)),
                required("unit", ref(CatalogCodecs.UNIT)),
                required("zone", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
                required("price", ref(MoneyCodecs.RUPIAH)),
                required("minimumOrder", JsonSchema.integer(1, Long.MAX_VALUE)),
                required("localContent", ref(MoneyCodecs.RATE)),
                required("producerScale", ref(PricingCodecs.PRODUCER_SCALE)))
            .describedAs("A product listing on e-Katalog (tayang e-Katalog)"));
  }

  @Override
  public EKatalogListing read(JsonReader in) {
    EKatalogListing.Builder b = EKatalogListing.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> b.sku(in.read(CatalogCodecs.SKU));
        case "unit" -> b.unit(in.read(CatalogCodecs.UNIT));
        case "zone" -> b.zone(in.nextString());
        case "price" -> b.price(in.read(MoneyCodecs.RUPIAH));
        case "minimumOrder" -> b.minimumOrder(in.nextLong());
        case "localContent" -> b.localContent(in.read(MoneyCodecs.RATE));
        case "producerScale" -> b.producerScale(in.read(PricingCodecs.PRODUCER_SCALE));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, EKatalogListing.Builder::build);
  }
}
