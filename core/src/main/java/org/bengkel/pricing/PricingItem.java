package org.bengkel.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * One line to be priced (<i>baris yang dihargai</i>): goods of a catalogue {@link Product} or jobs
 * of a catalogue {@link Service}, with the quantity and, when known, the material cost per unit
 * (<i>biaya bahan per satuan</i>).
 *
 * <p>An item is made from the catalogue, so that what pricing matches on cannot disagree with the
 * product: {@link #of(Product, long)} takes the product's SKU, name, {@link ProductCategory} and
 * {@link Unit}; {@link #of(Service, VehicleClass, long)} takes the service's SKU, name, the {@link
 * VehicleClass} and the service's tariff for it (<i>tarif</i>). Goods carry a category and a unit
 * and no vehicle class or tariff; a service job carries a vehicle class and a tariff and no
 * category or unit (it is counted in jobs); anything else is refused with {@link
 * PricingRule#ITEM_KIND}.
 *
 * <p>The cost is needed by cost-plus price lists and by the margin clamps; without it those clamps
 * are skipped. It comes from production (a batch's material cost per unit), which pricing does not
 * see.
 *
 * <p>Immutable and thread-safe. Building an invalid item throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class PricingItem {

  /** The longest description, as on an order line. */
  public static final int MAX_DESCRIPTION = 200;

  PricingItem() {}

  /**
   * The SKU of the product or service.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The text shown to the buyer (<i>uraian</i>): the product's or service's name.
   *
   * @return the text, never null or blank, at most {@value #MAX_DESCRIPTION} characters
   */
  @NotBlank
  @Size(max = MAX_DESCRIPTION)
  public abstract String description();

  /**
   * The product's category, which {@link RuleScope#CATEGORY} rules match by its code.
   *
   * @return the category for goods, empty for a service job
   */
  public abstract Optional<ProductCategory> category();

  /**
   * The unit the quantity counts (<i>satuan</i>), the product's.
   *
   * @return the unit for goods, empty for a service job (counted in jobs)
   */
  public abstract Optional<Unit> unit();

  /**
   * The class of vehicle a service job is for (<i>jenis kendaraan</i>).
   *
   * @return the class for a service job, empty for goods
   */
  public abstract Optional<VehicleClass> vehicleClass();

  /**
   * The service's tariff for {@link #vehicleClass()} in the catalogue: the base of a {@link
   * PriceBasis#LIST_PRICE} list that has no list price for the SKU.
   *
   * @return the tariff of one job for a service job, empty for goods
   */
  public abstract Optional<Rupiah> tariff();

  /**
   * The quantity, in {@link #unit()}s or jobs.
   *
   * @return one or more
   */
  @Positive
  public abstract long quantity();

  /**
   * The material cost of one unit or job, when known.
   *
   * @return the cost, empty when unknown
   */
  public abstract Optional<Rupiah> cost();

  /**
   * Whether this is a service job rather than goods.
   *
   * @return true for a service job
   */
  public boolean isService() {
    return vehicleClass().isPresent();
  }

  @Value.Check
  void check() {
    Checks.requireText(description(), "description", MAX_DESCRIPTION);
    Checks.requireRange(quantity(), "quantity", 1, Long.MAX_VALUE);
    boolean service = vehicleClass().isPresent();
    if (service) {
      requireAbsent(category(), "category");
      requireAbsent(unit(), "unit");
      if (tariff().isEmpty()) {
        throw InvalidValueException.of(PricingRule.ITEM_KIND, "tariff", null, "SERVICE");
      }
    } else {
      requireAbsent(tariff(), "tariff");
      if (category().isEmpty()) {
        throw InvalidValueException.of(PricingRule.ITEM_KIND, "category", null, "GOODS");
      }
      if (unit().isEmpty()) {
        throw InvalidValueException.of(PricingRule.ITEM_KIND, "unit", null, "GOODS");
      }
    }
  }

  private void requireAbsent(Optional<?> value, String field) {
    if (value.isPresent()) {
      throw InvalidValueException.of(
          PricingRule.ITEM_KIND, field, value.get(), isService() ? "SERVICE" : "GOODS");
    }
  }

  /**
   * Goods of a product whose cost is not known.
   *
   * @param product the product, not null
   * @param quantity one or more, in the product's unit
   * @return the item with the product's SKU, name, category and unit, never null
   * @throws MissingValueException if {@code product} is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a quantity below 1
   */
  public static PricingItem of(Product product, long quantity) {
    if (product == null) {
      throw MissingValueException.of("product");
    }
    return builder()
        .sku(product.sku())
        .description(product.name())
        .category(product.category())
        .unit(product.unit())
        .quantity(quantity)
        .build();
  }

  /**
   * Goods of a product whose material cost per unit is known.
   *
   * @param product the product, not null
   * @param quantity one or more, in the product's unit
   * @param cost the material cost of one unit, not null
   * @return the item, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.out-of-range} for a quantity below 1
   */
  public static PricingItem of(Product product, long quantity, Rupiah cost) {
    if (cost == null) {
      throw MissingValueException.of("cost");
    }
    return of(product, quantity).withCost(cost);
  }

  /**
   * Jobs of a service for a vehicle class, at the service's tariff for that class.
   *
   * @param service the service, not null
   * @param vehicleClass the vehicle class, not null
   * @param quantity the number of jobs, one or more
   * @return the item with the service's SKU, name, the class and its tariff, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link PricingRule#NO_TARIFF} (field {@code vehicleClass})
   *     if the service has no tariff for the class; {@code value.out-of-range} for a quantity below
   *     1
   */
  public static PricingItem of(Service service, VehicleClass vehicleClass, long quantity) {
    if (service == null || vehicleClass == null) {
      throw MissingValueException.of(service == null ? "service" : "vehicleClass");
    }
    Rupiah tariff =
        service
            .priceFor(vehicleClass)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        PricingRule.NO_TARIFF, "vehicleClass", vehicleClass, service.sku()));
    return builder()
        .sku(service.sku())
        .description(service.name())
        .vehicleClass(vehicleClass)
        .tariff(tariff)
        .quantity(quantity)
        .build();
  }

  /**
   * This item with a known material cost per unit or job; this item is unchanged.
   *
   * @param cost the cost, not null
   * @return the new item, never null
   * @throws MissingValueException if {@code cost} is null
   */
  public PricingItem withCost(Rupiah cost) {
    if (cost == null) {
      throw MissingValueException.of("cost");
    }
    return builder().from(this).cost(cost).build();
  }

  /**
   * A new builder, for reading a stored item back; new items start from the catalogue with {@link
   * #of(Product, long)} or {@link #of(Service, VehicleClass, long)}.
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
