package org.bengkel.foodsafety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.CatalogRule;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.HalalStatus;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The data printed on a food product's label (<i>label pangan olahan</i>; Peraturan BPOM 31/2018,
 * PP 69/1999): name, ingredients, net content, producer, P-IRT number, halal certificate (or the
 * non-halal declaration), production code and best-before date.
 *
 * <p>The producer is the facility's workshop, such as {@code Bengkel Kerja Lapas Kelas IIA
 * Pamekasan}: a buyer may learn that the workshop made the product, never by whom (UU 27/2022 on
 * personal data). A label has no field for any trainee's identity.
 *
 * <p>The best-before date is written with day, month and year when the shelf life is at most
 * {@value #DAY_PRECISION_MAX_SHELF_LIFE} days, and with month and year only for longer shelf lives
 * (Peraturan BPOM 31/2018: products lasting up to three months show the day): see {@link
 * #bestBeforeText()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Label {

  /** The longest shelf life, in days, whose best-before date is written with the day. */
  public static final int DAY_PRECISION_MAX_SHELF_LIFE = 90;

  /** The Indonesian words before a best-before date. */
  public static final String BEST_BEFORE_PREFIX = "Baik digunakan sebelum ";

  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM-uuuu");

  /**
   * The longest producer accepted, in characters (code points): {@code "Bengkel Kerja "} and a
   * facility name of up to 200; the JSON schema states it.
   */
  public static final int MAX_PRODUCER = 214;

  Label() {}

  /**
   * The product's name (<i>nama produk</i>).
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = Product.MAX_NAME)
  public abstract String productName();

  /**
   * The ingredients (<i>komposisi</i>), in descending order of weight.
   *
   * @return an unmodifiable, non-empty list, never null
   */
  @NotEmpty
  public abstract List<String> ingredients();

  /**
   * The net content (<i>berat/isi bersih</i>), such as {@code 500 g}.
   *
   * @return the text, never null or blank
   */
  @NotBlank
  @Size(max = Product.MAX_NET_CONTENT)
  public abstract String netContent();

  /**
   * The producer (<i>nama produsen</i>): the facility's workshop, never a person.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = MAX_PRODUCER)
  public abstract String producer();

  /**
   * The P-IRT number.
   *
   * @return the number, empty when the product has none (it then cannot be sold)
   */
  @NotNull
  public abstract Optional<PirtNumber> pirt();

  /**
   * The halal certificate.
   *
   * @return the certificate, empty when none
   */
  @NotNull
  public abstract Optional<HalalCertificate> halal();

  /**
   * Whether the label declares the product non-halal (<i>tidak halal</i>).
   *
   * @return true when declared non-halal; false by default
   */
  @Value.Default
  public boolean declaredNonHalal() {
    return false;
  }

  /**
   * The production code (<i>kode produksi</i>): the lot code, such as {@code KK-20261201-01}.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract String productionCode();

  /**
   * The best-before date (<i>tanggal kedaluwarsa</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate bestBefore();

  /**
   * The product's shelf life in days, which decides how the best-before date is written.
   *
   * @return one or more
   */
  @Positive
  public abstract int shelfLifeDays();

  /**
   * Whether the best-before date is written with the day: shelf life at most {@value
   * #DAY_PRECISION_MAX_SHELF_LIFE} days.
   *
   * @return true for day/month/year, false for month/year
   */
  public final boolean bestBeforeShowsDay() {
    return shelfLifeDays() <= DAY_PRECISION_MAX_SHELF_LIFE;
  }

  /**
   * The best-before date as printed: {@code Baik digunakan sebelum 15-12-2026} (day-month-year)
   * when the shelf life is at most {@value #DAY_PRECISION_MAX_SHELF_LIFE} days, {@code Baik
   * digunakan sebelum 12-2026} (month-year) otherwise.
   *
   * @return the text, never null
   */
  public final String bestBeforeText() {
    return BEST_BEFORE_PREFIX
        + (bestBeforeShowsDay() ? DAY_MONTH_YEAR : MONTH_YEAR).format(bestBefore());
  }

  @Value.Check
  void check() {
    Checks.requireText(productName(), "productName", Product.MAX_NAME);
    if (ingredients().isEmpty()) {
      throw InvalidValueException.of(
          CatalogRule.FOOD_DATA_REQUIRED, "ingredients", null, "ingredients");
    }
    for (int i = 0; i < ingredients().size(); i++) {
      Checks.requireText(ingredients().get(i), "ingredients[" + i + "]", Product.MAX_INGREDIENT);
    }
    Checks.requireText(netContent(), "netContent", Product.MAX_NET_CONTENT);
    Checks.requireText(producer(), "producer", MAX_PRODUCER);
    Checks.requireCode(productionCode(), "productionCode");
    Checks.requireRange(shelfLifeDays(), "shelfLifeDays", 1, Product.MAX_SHELF_LIFE_DAYS);
    if (declaredNonHalal() && halal().isPresent()) {
      throw InvalidValueException.of(CatalogRule.HALAL_CONFLICT, "halal", halal().get().number());
    }
  }

  /**
   * The producer name of a facility's workshop: {@code Bengkel Kerja} and the facility's name, such
   * as {@code Bengkel Kerja Lapas Kelas IIA Pamekasan}.
   *
   * @param facility the facility, not null
   * @return the name, never null
   * @throws org.bengkel.error.MissingValueException if {@code facility} is null
   */
  public static String producerOf(Facility facility) {
    Checks.required(facility, "facility");
    return "Bengkel Kerja " + facility.name();
  }

  /**
   * The label of a food product for units of one lot.
   *
   * @param product the product, not null, food
   * @param facility the facility whose workshop made it, not null
   * @param productionCode the lot code, not null
   * @param productionDate the production date, not null; the best-before date is {@link
   *     Product#bestBeforeFor(LocalDate)}
   * @return the label, never null; without the halal certificate when it is flagged for review on
   *     the production date ({@link org.bengkel.catalog.HalalStatus#REVIEW_REQUIRED}: the
   *     composition or process changed, UU 33/2014 Art. 42(1) as amended by UU 6/2023)
   * @throws InvalidValueException rule {@link CatalogRule#NOT_FOOD} (field {@code product}) if the
   *     product is not food; {@code value.malformed} for a malformed production code
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Label forProduct(
      Product product, Facility facility, String productionCode, LocalDate productionDate) {
    Checks.required(product, "product");
    Checks.required(facility, "facility");
    Checks.required(productionDate, "productionDate");
    if (!product.isFood()) {
      throw InvalidValueException.of(
          CatalogRule.NOT_FOOD, "product", product.sku(), "a label", product.category());
    }
    FoodSafety data = product.foodSafety().orElseGet(() -> FoodSafety.builder().build());
    return builder()
        .productName(product.name())
        .ingredients(product.ingredients())
        .netContent(product.netContent().orElseThrow())
        .producer(producerOf(facility))
        .pirt(data.pirt())
        // a certificate flagged for review no longer covers what is made from the change on
        .halal(
            data.halalStatusOn(productionDate) == HalalStatus.REVIEW_REQUIRED
                ? Optional.empty()
                : data.halal())
        .declaredNonHalal(data.declaredNonHalal())
        .productionCode(productionCode)
        .bestBefore(product.bestBeforeFor(productionDate).orElseThrow())
        .shelfLifeDays(product.shelfLifeDays().orElseThrow())
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Label}; not thread-safe. */
  public static final class Builder extends ImmutableLabel.Builder {
    Builder() {}
  }
}
