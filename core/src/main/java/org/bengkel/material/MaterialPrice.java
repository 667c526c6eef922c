package org.bengkel.material;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PartnerRole;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * The price a supplier charges for a material over a period (<i>harga bahan dari mitra</i>), such
 * as flour at Rp12.000 per kg from 1 January 2026.
 *
 * <p>The price is per one {@link Material#unit()} of the material. The period starts on {@link
 * #effectiveFrom()} and ends with {@link #effectiveUntil()}, both inclusive; without an end it is
 * open. The partner must have the role {@link PartnerRole#SUPPLIER}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaterialPrice {

  MaterialPrice() {}

  /**
   * The material.
   *
   * @return the material, never null
   */
  @NotNull
  public abstract Material material();

  /**
   * The supplier.
   *
   * @return the partner, never null
   */
  @NotNull
  public abstract Partner partner();

  /**
   * The price of one {@link Material#unit()}.
   *
   * @return the price, never null
   */
  @NotNull
  public abstract Rupiah price();

  /**
   * The first day the price applies.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate effectiveFrom();

  /**
   * The last day the price applies, inclusive.
   *
   * @return the date, empty for an open-ended price
   */
  @NotNull
  public abstract Optional<LocalDate> effectiveUntil();

  /**
   * Whether the price applies on a date.
   *
   * @param date the date, not null
   * @return true from {@link #effectiveFrom()} through {@link #effectiveUntil()}, inclusive
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public final boolean isEffectiveOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(effectiveFrom())
        && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Whether this price's period shares a day with another's.
   *
   * @param other the other price, not null
   * @return true when the periods overlap
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public final boolean overlaps(MaterialPrice other) {
    Checks.required(other, "other");
    boolean otherStartsInTime =
        effectiveUntil().map(u -> !other.effectiveFrom().isAfter(u)).orElse(true);
    boolean thisStartsInTime =
        other.effectiveUntil().map(u -> !effectiveFrom().isAfter(u)).orElse(true);
    return otherStartsInTime && thisStartsInTime;
  }

  /**
   * The period as text, such as {@code 2026-01-01..2026-06-30} or {@code 2026-07-01..}.
   *
   * @return the text, never null
   */
  public final String period() {
    return effectiveFrom() + ".." + effectiveUntil().map(LocalDate::toString).orElse("");
  }

  @Value.Check
  void check() {
    if (effectiveUntil().isPresent() && effectiveUntil().get().isBefore(effectiveFrom())) {
      throw InvalidValueException.of(
          CoreRule.DATE_ORDER, "effectiveUntil", effectiveUntil().get(), effectiveFrom());
    }
    if (!partner().has(PartnerRole.SUPPLIER)) {
      throw InvalidValueException.of(
          MaterialRule.PARTNER_NOT_SUPPLIER, "partner", partner().code());
    }
  }

  /**
   * An open-ended price.
   *
   * @param material the material, not null
   * @param partner the supplier, not null
   * @param price the price per unit, not null
   * @param effectiveFrom the first day, not null
   * @return the price, never null
   * @throws InvalidValueException rule {@link MaterialRule#PARTNER_NOT_SUPPLIER} if the partner
   *     does not supply; {@code value.required} for a null argument
   */
  public static MaterialPrice of(
      Material material, Partner partner, Rupiah price, LocalDate effectiveFrom) {
    return builder()
        .material(material)
        .partner(partner)
        .price(price)
        .effectiveFrom(effectiveFrom)
        .build();
  }

  /**
   * A price for a closed period.
   *
   * @param material the material, not null
   * @param partner the supplier, not null
   * @param price the price per unit, not null
   * @param effectiveFrom the first day, not null
   * @param effectiveUntil the last day, inclusive, not null, not before {@code effectiveFrom}
   * @return the price, never null
   * @throws InvalidValueException {@code value.date-order} if the period ends before it starts;
   *     otherwise as {@link #of(Material, Partner, Rupiah, LocalDate)}
   */
  public static MaterialPrice of(
      Material material,
      Partner partner,
      Rupiah price,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil) {
    return builder()
        .material(material)
        .partner(partner)
        .price(price)
        .effectiveFrom(effectiveFrom)
        .effectiveUntil(effectiveUntil)
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

  /** Builds a {@link MaterialPrice}; not thread-safe. */
  public static final class Builder extends ImmutableMaterialPrice.Builder {
    Builder() {}
  }
}
