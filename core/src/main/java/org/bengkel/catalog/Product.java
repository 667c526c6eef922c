package org.bengkel.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.programme.ProgrammeCode;
import org.immutables.value.Value;

/**
 * A product (<i>barang</i>) made in the workshop and kept in stock, such as a boat miniature or a
 * 500 g jar of kue kering.
 *
 * <p>Required: SKU, name (at most 200 characters), {@link ProductCategory category}, {@link Unit
 * unit} and the {@link ProgrammeCode programme} whose trainees make it. For a food category (see
 * {@link ProductCategory#isFood()}) a shelf life in days, the net content text (such as {@code 500
 * g}) and at least one ingredient are also required, as the label needs them (Peraturan BPOM
 * 31/2018 on processed-food labels); only food carries ingredients and {@link FoodSafety
 * food-safety data}. Shelf life is 1 to 3650 days. Bills of materials are kept apart, in a {@link
 * org.bengkel.material.BomRegistry}.
 *
 * <p>Immutable and thread-safe. Building an invalid product throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract non-sealed class Product implements CatalogItem {

  /** The longest name accepted, in characters; also the limit of material and partner names. */
  public static final int MAX_NAME = 200;

  /** The longest single ingredient accepted, in characters (on the product and its label). */
  public static final int MAX_INGREDIENT = 200;

  /** The longest net content text accepted, in characters, such as {@code 500 g}. */
  public static final int MAX_NET_CONTENT = 50;

  /** The longest shelf life accepted, in days (ten years). */
  public static final int MAX_SHELF_LIFE_DAYS = 3650;

  Product() {}

  @NotNull
  @Override
  public abstract Sku sku();

  @NotBlank
  @Size(max = MAX_NAME)
  @Override
  public abstract String name();

  /**
   * The category.
   *
   * @return the category, never null
   */
  @NotNull
  public abstract ProductCategory category();

  /**
   * The unit it is sold in.
   *
   * @return the unit, never null
   */
  @NotNull
  public abstract Unit unit();

  @NotNull
  @Override
  public abstract ProgrammeCode programme();

  /**
   * The shelf life in days (<i>masa simpan</i>), from the production date to the best-before date.
   *
   * @return the number of days (1 to {@value #MAX_SHELF_LIFE_DAYS}), empty for goods that do not
   *     spoil; always present for food
   */
  @NotNull
  public abstract Optional<Integer> shelfLifeDays();

  /**
   * The net content as printed on the label (<i>berat/isi bersih</i>), such as {@code 500 g} or
   * {@code 30 sachet x 20 g}.
   *
   * @return the text, at most 50 characters; empty when not given; always present for food
   */
  @NotNull
  public abstract Optional<String> netContent();

  /**
   * The ingredients (<i>komposisi</i>) in descending order of weight, as printed on the label.
   *
   * @return an unmodifiable list, never null; non-empty for food, empty otherwise
   */
  @NotNull
  public abstract List<String> ingredients();

  /**
   * The food-safety data (P-IRT, halal).
   *
   * @return the data, empty when not recorded (a food product without them cannot be sold, see
   *     {@link org.bengkel.foodsafety.FoodSafetyPolicy}); always empty for goods that are not food
   */
  @NotNull
  public abstract Optional<FoodSafety> foodSafety();

  @Override
  public final boolean isStocked() {
    return true;
  }

  /**
   * Whether this product is food.
   *
   * @return {@code category().isFood()}
   */
  public final boolean isFood() {
    return category().isFood();
  }

  /**
   * The best-before date (<i>tanggal kedaluwarsa, baik digunakan sebelum</i>) of units produced on
   * a date: the production date plus the shelf life in days. A product with a shelf life of 30 days
   * produced on 1 December 2026 is best before 31 December 2026: its lots are sold 1 to 30
   * December, thirty days, and expired on the best-before date itself ({@code StockLot.isExpiredOn}
   * in the inventory package).
   *
   * @param productionDate the production date, not null
   * @return the date, empty when the product has no shelf life
   * @throws InvalidValueException rule {@link org.bengkel.error.CoreRule#DATE_OVERFLOW} if the
   *     best-before date would fall beyond the calendar
   * @throws org.bengkel.error.MissingValueException if {@code productionDate} is null
   */
  public Optional<LocalDate> bestBeforeFor(LocalDate productionDate) {
    Checks.required(productionDate, "productionDate");
    return shelfLifeDays().map(d -> Checks.plusDays(productionDate, d, "productionDate"));
  }

  /**
   * A copy with other food-safety data.
   *
   * @param foodSafety the data, not null
   * @return the new product, never null; this one is unchanged
   * @throws InvalidValueException rule {@link CatalogRule#NOT_FOOD} if this product is not food
   */
  public Product withFoodSafety(FoodSafety foodSafety) {
    return ImmutableProduct.copyOf(this).withFoodSafety(foodSafety);
  }

  /**
   * A copy with other ingredients (<i>perubahan komposisi</i>) from a date. When the list differs
   * from this one (an ingredient added, removed, renamed or moved, since the order states the
   * proportions) and the product carries a halal certificate, the copy's certificate is flagged for
   * review from {@code changedOn} ({@link FoodSafety#withHalalReviewFrom(LocalDate)}): a
   * certificate stays valid only while the composition is unchanged (UU 33/2014 Art. 42(1) as
   * amended by UU 6/2023), and the change must be reported to BPJPH (Art. 25(e)).
   *
   * @param ingredients the new ingredients in descending order of weight, not null
   * @param changedOn the first production day with them, not null
   * @return the new product, never null; this one if the list is the same
   * @throws InvalidValueException if the ingredients break their rules (see {@link
   *     #ingredients()}), or rule {@link CatalogRule#HALAL_REVIEW} for a change dated before the
   *     certificate was issued
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Product withIngredients(List<String> ingredients, LocalDate changedOn) {
    Checks.required(ingredients, "ingredients");
    Checks.required(changedOn, "changedOn");
    if (ingredients.equals(ingredients())) {
      return this;
    }
    Product changed = builder().from(this).ingredients(ingredients).build();
    return changed.foodSafety().isEmpty() ? changed : changed.withProcessChange(changedOn);
  }

  /**
   * A copy after a change of the production process or of the materials behind the label's
   * ingredients (<i>perubahan proses produk halal atau bahan</i>): another supplier's material, new
   * equipment, a changed bill of materials (see {@link
   * org.bengkel.material.BillOfMaterials#sameInputsAs}). Its halal certificate, if any, is flagged
   * for review from {@code changedOn} (UU 33/2014 Art. 25(d), (e) and Art. 42(1) as amended by UU
   * 6/2023).
   *
   * @param changedOn the first production day with the change, not null
   * @return the new product, never null; this one when it carries no halal certificate or is
   *     already flagged from that day or earlier
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_REVIEW} for a change dated before
   *     the certificate was issued
   */
  public Product withProcessChange(LocalDate changedOn) {
    Checks.required(changedOn, "changedOn");
    if (foodSafety().isEmpty()) {
      return this;
    }
    FoodSafety flagged = foodSafety().get().withHalalReviewFrom(changedOn);
    return flagged == foodSafety().get() ? this : withFoodSafety(flagged);
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "name", MAX_NAME);
    if (shelfLifeDays().isPresent()) {
      Checks.requireRange(shelfLifeDays().get(), "shelfLifeDays", 1, MAX_SHELF_LIFE_DAYS);
    }
    if (netContent().isPresent()) {
      Checks.requireText(netContent().get(), "netContent", MAX_NET_CONTENT);
    }
    for (int i = 0; i < ingredients().size(); i++) {
      Checks.requireText(ingredients().get(i), "ingredients[" + i + "]", MAX_INGREDIENT);
    }
    Checks.requireDistinct(ingredients(), "ingredients");
    if (isFood()) {
      if (shelfLifeDays().isEmpty()) {
        throw InvalidValueException.of(
            CatalogRule.FOOD_DATA_REQUIRED, "shelfLifeDays", null, "shelfLifeDays");
      }
      if (netContent().isEmpty()) {
        throw InvalidValueException.of(
            CatalogRule.FOOD_DATA_REQUIRED, "netContent", null, "netContent");
      }
      if (ingredients().isEmpty()) {
        throw InvalidValueException.of(
            CatalogRule.FOOD_DATA_REQUIRED, "ingredients", null, "ingredients");
      }
    } else {
      if (!ingredients().isEmpty()) {
        throw InvalidValueException.of(
            CatalogRule.NOT_FOOD, "ingredients", ingredients().get(0), "ingredients", category());
      }
      if (foodSafety().isPresent()) {
        throw InvalidValueException.of(
            CatalogRule.NOT_FOOD,
            "foodSafety",
            foodSafety().get().pirt().orElse(null),
            "foodSafety",
            category());
      }
    }
  }

  /**
   * A product that is not food, with no shelf life.
   *
   * @param sku the SKU, not null
   * @param name the name, not null
   * @param category the category, not null and not food
   * @param unit the unit, not null
   * @param programme the programme, not null
   * @return the product, never null
   * @throws InvalidValueException if an attribute breaks its rule; rule {@link
   *     CatalogRule#FOOD_DATA_REQUIRED} for a food category (use the {@link #builder()})
   */
  public static Product of(
      Sku sku, String name, ProductCategory category, Unit unit, ProgrammeCode programme) {
    return builder().sku(sku).name(name).category(category).unit(unit).programme(programme).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}; not thread-safe. */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
  }
}
