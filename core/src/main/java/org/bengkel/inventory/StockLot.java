package org.bengkel.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.production.LotCode;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A lot that entered stock (<i>lot masuk persediaan</i>): the good units of a released production
 * batch, with the dates that decide when it may be sold.
 *
 * <p>Stock comes only from released batches: a released batch converts into a lot with {@link
 * #of(LotCode, Sku, LocalDate, LocalDate, long, LocalDateTime)} and enters a {@link StockLedger}
 * with {@link StockLedger#receive(StockLot, org.bengkel.audit.Stamp)}.
 *
 * <p><b>Expiry.</b> {@link #expiryDate()} is the best-before date printed on the label (<i>baik
 * digunakan sebelum</i>); non-food goods (wood craft, furniture) have none and never expire. A lot
 * is {@linkplain #isExpiredOn(LocalDate) expired} <em>on</em> its expiry date and every day after
 * it: "good before" the date means it is no longer sold on the date itself, so the last day of sale
 * is the day before. This is deliberate: the best-before date is the production date plus the shelf
 * life ({@link org.bengkel.catalog.Product#bestBeforeFor}), and a shelf life of N days then gives N
 * days of sale counting the production day; the reading "good through the printed day" would sell
 * every lot a day longer than its shelf life (the project's docs/domain.md, "Best before").
 *
 * <p><b>Order.</b> {@link #FEFO} orders lots first-expired-first-out: lots with an expiry date
 * first, earliest expiry first; lots without an expiry date after them; ties by production date
 * (oldest first), then by lot code.
 *
 * <p>Immutable and thread-safe. Building an invalid lot throws {@link InvalidValueException} naming
 * the field.
 */
@Value.Immutable
public abstract class StockLot {

  /** The most units a single lot or movement may carry, so that totals can never overflow. */
  public static final long MAX_QUANTITY = 1_000_000_000L;

  /**
   * First-expired-first-out: lots with an expiry date before lots without, earlier expiry first,
   * then older production date, then lot code. A total order on the lots of one ledger, where lot
   * codes are unique; two lots with the same code compare as equal.
   */
  public static final Comparator<StockLot> FEFO =
      Comparator.<StockLot, LocalDate>comparing(
              l -> l.expiryDate().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StockLot::productionDate)
          .thenComparing(StockLot::lotCode);

  StockLot() {}

  /**
   * The lot code of the batch (<i>kode produksi</i>).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract LotCode lotCode();

  /**
   * The product.
   *
   * @return the SKU, never null
   */
  @NotNull
  public abstract Sku sku();

  /**
   * The production date (<i>tanggal produksi</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate productionDate();

  /**
   * The expiry (best-before) date, not before the production date.
   *
   * @return the date, empty for goods that do not expire
   */
  public abstract Optional<LocalDate> expiryDate();

  /**
   * The good units received into stock (<i>jumlah masuk</i>), 1 to {@link #MAX_QUANTITY}.
   *
   * @return the quantity
   */
  @Positive
  @Max(MAX_QUANTITY)
  public abstract long quantity();

  /**
   * When the lot entered stock; its date is not before the production date.
   *
   * @return the date-time, never null
   */
  @NotNull
  public abstract LocalDateTime receivedAt();

  @Value.Check
  void check() {
    Checks.requireRange(quantity(), "quantity", 1, MAX_QUANTITY);
    expiryDate()
        .filter(e -> e.isBefore(productionDate()))
        .ifPresent(
            e -> {
              throw InvalidValueException.of(
                  CoreRule.DATE_ORDER, "expiryDate", e, productionDate());
            });
    if (receivedAt().toLocalDate().isBefore(productionDate())) {
      throw InvalidValueException.of(
          CoreRule.DATE_ORDER, "receivedAt", receivedAt(), productionDate());
    }
  }

  /**
   * Whether the lot may no longer be reserved or sold on a date: it has an expiry date and the date
   * is on or after it. A lot best before 31 December 2026 is sold through 30 December and expired
   * on 31 December (see the class's note on expiry).
   *
   * @param date the date, not null
   * @return true when expired on {@code date}; always false for goods without expiry
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isExpiredOn(LocalDate date) {
    Checks.required(date, "date");
    return expiryDate().map(e -> !date.isBefore(e)).orElse(false);
  }

  /**
   * A lot from all its attributes: the one-line conversion of a released batch.
   *
   * @param lotCode the lot code, not null
   * @param sku the product, not null
   * @param productionDate the production date, not null
   * @param expiryDate the expiry date, null for goods that do not expire
   * @param quantity the good units received, 1 to {@link #MAX_QUANTITY}
   * @param receivedAt when the lot entered stock, not null
   * @return the lot, never null
   * @throws InvalidValueException if an attribute breaks its rule (rule {@code value.required},
   *     {@code value.out-of-range} or {@code value.date-order})
   */
  public static StockLot of(
      LotCode lotCode,
      Sku sku,
      LocalDate productionDate,
      @Nullable LocalDate expiryDate,
      long quantity,
      LocalDateTime receivedAt) {
    return builder()
        .lotCode(lotCode)
        .sku(sku)
        .productionDate(productionDate)
        .expiryDate(Optional.ofNullable(expiryDate))
        .quantity(quantity)
        .receivedAt(receivedAt)
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

  /** Builds a {@link StockLot}; not thread-safe. */
  public static final class Builder extends ImmutableStockLot.Builder {
    Builder() {}
  }
}
