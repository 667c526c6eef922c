package org.bengkel.sales;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;
import org.bengkel.inventory.StockLot;
import org.bengkel.production.LotCode;
import org.immutables.value.Value;

/**
 * A return of goods from a fulfilled order (<i>retur barang</i>): units of one lot of one goods
 * line coming back, restocked or written off as damaged, credited to the buyer by a credit note
 * (<i>nota kredit</i>).
 *
 * <p>The same value is the request passed to {@link SalesOrder#returnGoods} and the record kept in
 * {@link SalesOrder#returns()}. The credit is the line's unit price × the quantity with the {@link
 * #taxes()} given back on it (added to it, or shown as included in it): for an order made from a
 * quote, the quote's PPN on the returned units as {@link SalesOrder#returnTaxes} computes it (and
 * {@code returnGoods} refuses any other), otherwise the taxes the caller computed with the original
 * invoice's treatment.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GoodsReturn {

  GoodsReturn() {}

  /**
   * The order line, numbered from 1 in the order's {@link SalesOrder#lines()}; a goods line.
   *
   * @return the line number, at least 1
   */
  @Positive
  public abstract int line();

  /**
   * The lot the units were sold from; one of the line's {@link GoodsLine#soldLots()}.
   *
   * @return the lot, never null
   */
  @NotNull
  public abstract LotCode lotCode();

  /**
   * The units returned.
   *
   * @return the quantity, 1 to {@link StockLot#MAX_QUANTITY}
   */
  @Positive
  @Max(StockLot.MAX_QUANTITY)
  public abstract long quantity();

  /**
   * What happens to the units.
   *
   * @return the disposition, never null
   */
  @NotNull
  public abstract ReturnDisposition disposition();

  /**
   * Who took the goods back, and when.
   *
   * @return the stamp, never null; not before the order's fulfilment
   */
  @NotNull
  public abstract Stamp stamp();

  /**
   * When the goods came back: the stamp's instant.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return stamp().at();
  }

  /**
   * The number of the credit note issued for the return.
   *
   * @return upper-case letters and digits in groups joined by hyphens, at most 40 characters
   */
  @NotNull
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  @Size(max = Checks.CODE_MAX)
  public abstract String creditNoteNumber();

  /**
   * The taxes credited with the goods: for an order made from a quote, {@link
   * SalesOrder#returnTaxes}; otherwise as the caller computed them; empty when the seller charges
   * no tax.
   *
   * @return the tax lines, never null
   */
  @NotNull
  public abstract List<@NotNull InvoiceTax> taxes();

  @Value.Check
  void check() {
    Checks.requireRange(line(), "line", 1, Integer.MAX_VALUE);
    Checks.requireRange(quantity(), "quantity", 1, StockLot.MAX_QUANTITY);
    Checks.requireCode(creditNoteNumber(), "creditNoteNumber");
  }

  /**
   * A return without tax lines: for an order not made from a quote, or a seller that charges no
   * PPN; for an order whose quote charged PPN, {@link SalesOrder#returnGoods} throws {@code
   * sales.return.tax-mismatch} for it. {@link SalesOrder#goodsReturn} builds the return of any
   * order with the taxes its credit note must carry.
   *
   * @param line the goods line, from 1
   * @param lotCode the lot sold, not null
   * @param quantity the units, 1 to {@link StockLot#MAX_QUANTITY}
   * @param disposition restock or write off, not null
   * @param at who took them back and when, not null
   * @param creditNoteNumber the credit note's number, not null
   * @return the return, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule
   */
  public static GoodsReturn of(
      int line,
      LotCode lotCode,
      long quantity,
      ReturnDisposition disposition,
      Stamp at,
      String creditNoteNumber) {
    Checks.required(at, "at");
    return builder()
        .line(line)
        .lotCode(lotCode)
        .quantity(quantity)
        .disposition(disposition)
        .stamp(at)
        .creditNoteNumber(creditNoteNumber)
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

  /** Builds a {@link GoodsReturn}; not thread-safe. */
  public static final class Builder extends ImmutableGoodsReturn.Builder {
    Builder() {}
  }
}
