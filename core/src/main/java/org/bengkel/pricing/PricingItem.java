package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One line to be priced (<i>baris yang dihargai</i>): a product's SKU, its category code, its unit,
 * the quantity and, when known, its material cost per unit (<i>biaya bahan per satuan</i>).
 *
 * <p>Pricing takes the category and the cost as plain inputs so that it does not depend on the
 * catalogue or on production: a sales order fills them from the product and the batch. The cost is
 * needed by cost-plus price lists and by the margin clamps; without it those clamps are skipped.
 *
 * <p>Immutable and thread-safe. Building an invalid item throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class PricingItem {

  PricingItem() {}

  /**
   * The product's SKU.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The product's category code, such as {@code FOOD} or {@code FURNITURE} (upper-case letters and
   * digits in groups joined by hyphens).
   *
   * @return the code, never null
   */
  @NotNull
  @Size(max = Checks.CODE_MAX)
  @jakarta.validation.constraints.Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  public abstract String category();

  /**
   * The unit the quantity counts (<i>satuan</i>), such as {@code piece}, {@code jar}, {@code pack}.
   *
   * @return the unit, never null or blank, at most 40 characters
   */
  @NotBlank
  @Size(max = 40)
  public abstract String unit();

  /**
   * The quantity, in {@link #unit()}s.
   *
   * @return one or more
   */
  @Positive
  public abstract long quantity();

  /**
   * The material cost of one unit, when known.
   *
   * @return the cost, empty when unknown
   */
  public abstract Optional<Rupiah> cost();

  @Value.Check
  void check() {
    Checks.requireCode(category(), "category");
    Checks.requireText(unit(), "unit", 40);
    Checks.requireRange(quantity(), "quantity", 1, Long.MAX_VALUE);
  }

  /**
   * An item whose cost is known.
   *
   * @param sku the SKU, not null
   * @param category the category code, not null
   * @param unit the unit, not null
   * @param quantity one or more
   * @param cost the material cost per unit, not null
   * @return the item, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static PricingItem of(Sku sku, String category, String unit, long quantity, Rupiah cost) {
    return builder().sku(sku).category(category).unit(unit).quantity(quantity).cost(cost).build();
  }

  /**
   * An item whose cost is not known.
   *
   * @param sku the SKU, not null
   * @param category the category code, not null
   * @param unit the unit, not null
   * @param quantity one or more
   * @return the item, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static PricingItem of(Sku sku, String category, String unit, long quantity) {
    return builder().sku(sku).category(category).unit(unit).quantity(quantity).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingItem}; not thread-safe. */
  public static final class Builder extends ImmutablePricingItem.Builder {
    Builder() {}
  }
}
