package org.bengkel.pricing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.immutables.value.Value;

/**
 * An explained price quote (<i>penawaran harga</i>): the lines priced for a channel on a day, each
 * with the steps that made its price, their total and the tax on that total.
 *
 * <p>{@link #subtotal()} is the exact sum of the line totals; the tax is computed once on it (see
 * {@link TaxPolicy}), and {@link #payable()} is what the buyer pays. Produced by {@link
 * PriceBook#quote}.
 *
 * <p>Immutable and thread-safe. Building an inconsistent quote throws {@link InvalidValueException}
 * with rule {@link PricingRule#QUOTE_INCONSISTENT}.
 */
@Value.Immutable
public abstract class Quote {

  Quote() {}

  /**
   * The channel the lines were priced for.
   *
   * @return the channel, never null
   */
  @NotNull
  public abstract Channel channel();

  /**
   * The pricing date.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The priced lines, in the order of the items asked for.
   *
   * @return at least one line, never null
   */
  @NotEmpty
  public abstract List<QuotedLine> lines();

  /**
   * The tax on {@link #subtotal()}.
   *
   * @return the breakdown, never null
   */
  @NotNull
  public abstract TaxBreakdown tax();

  /**
   * The sum of the line totals, exact.
   *
   * @return the sum, never null
   * @throws InvalidValueException rule {@code money.overflow} if it exceeds a long
   */
  public Rupiah subtotal() {
    Rupiah sum = Rupiah.ZERO;
    for (QuotedLine line : lines()) {
      sum = sum.plus(line.lineTotal());
    }
    return sum;
  }

  /**
   * What the buyer pays: the subtotal, plus PPN when prices exclude it.
   *
   * @return the amount, never null
   */
  public Rupiah payable() {
    return tax().payable();
  }

  @Value.Check
  void check() {
    if (lines().isEmpty()) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "lines", 0, "a quote has lines");
    }
    if (!tax().quoted().equals(subtotal())) {
      throw InvalidValueException.of(
          PricingRule.QUOTE_INCONSISTENT, "tax.quoted", tax().quoted(), "subtotal " + subtotal());
    }
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Quote}; not thread-safe. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
