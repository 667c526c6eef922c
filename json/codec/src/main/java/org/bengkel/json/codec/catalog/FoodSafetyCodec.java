package org.bengkel.json.codec.catalog;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;

/**
 * {@link FoodSafety} as {@code {"pirt","pirtIssued","halal","halalReviewSince","declaredNonHalal"}},
 * empty values omitted; {@code pirtIssued} is the issue date of the P-IRT licence, absent in older
 * documents; {@code halalReviewSince} the day the composition or process changed after the halal
 * certificate was issued, absent when nothing changed.
 */
final class FoodSafetyCodec implements Codec<FoodSafety> {

  @Override
  public Class<FoodSafety> type() {
    return FoodSafety.class;
  }

  @Override
  public void write(FoodSafety value, JsonWriter out) {
    out.beginObject();
    value.pirt().ifPresent(p -> out.name("pirt").value(CatalogCodecs.PIRT_NUMBER, p));
    value.pirtIssued().ifPresent(d -> out.name("pirtIssued").date(d));
    value.halal().ifPresent(h -> out.name("halal").value(CatalogCodecs.HALAL_CERTIFICATE, h));
    value.halalReviewSince().ifPresent(d -> out.name("halalReviewSince").date(d));
    out.name("declaredNonHalal").bool(value.declaredNonHalal());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                optional("pirt", ref(CatalogCodecs.PIRT_NUMBER)),
                optional("pirtIssued", JsonSchema.date()),
                optional("halal", ref(CatalogCodecs.HALAL_CERTIFICATE)),
                optional("halalReviewSince", JsonSchema.date()),
                optional("declaredNonHalal", JsonSchema.bool()))
            .describedAs("The food-safety registrations of a product (keamanan pangan): P-IRT and the issue date of its licence, halal certificate and the day a change of composition or process put it under review, declared non-halal"));
  }

  @Override
  public FoodSafety read(JsonReader in) {
    FoodSafety.Builder b = FoodSafety.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "pirt" -> {
          if (!in.nextIfNull()) {
            b.pirt(in.read(CatalogCodecs.PIRT_NUMBER));
          }
        }
        case "pirtIssued" -> {
          if (!in.nextIfNull()) {
            b.pirtIssued(in.nextDate());
          }
        }
        case "halal" -> {
          if (!in.nextIfNull()) {
            b.halal(in.read(CatalogCodecs.HALAL_CERTIFICATE));
          }
        }
        case "halalReviewSince" -> {
          if (!in.nextIfNull()) {
            b.halalReviewSince(in.nextDate());
          }
        }
        case "declaredNonHalal" -> {
          if (!in.nextIfNull()) {
            b.declaredNonHalal(in.nextBoolean());
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    // the check names its fields "foodSafety.halal", "foodSafety.pirtIssued" and
    // "foodSafety.halalReviewSince"; the path is this object's own
    return Paths.build(in, "foodSafety", b::build);
  }
}
