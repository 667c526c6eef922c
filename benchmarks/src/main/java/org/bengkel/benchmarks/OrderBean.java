package org.bengkel.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.Channel;

/**
 * The validation benchmark's baseline for an order: a plain class with the same field constraints
 * as bengkel's order stand-in, a {@link org.bengkel.pricing.Quote} (channel, date, lines, tax) whose
 * {@link org.bengkel.pricing.QuotedLine}s hold a {@link org.bengkel.pricing.PricingItem} and a
 * {@link org.bengkel.pricing.PriceStep}. Amounts are {@code long} rupiah with
 * {@code @PositiveOrZero}. The consistency rules bengkel checks (steps chain, the last step ends at
 * the unit price, the tax base equals the subtotal) have no Bean Validation equivalent and are not
 * checked here, so the baseline does strictly less work.
 */
final class OrderBean {

  @NotNull final Channel channel;
  @NotNull final LocalDate date;
  @NotEmpty final List<@NotNull @Valid LineBean> lines;
  @NotNull @Valid final TaxBean tax;

  OrderBean(Channel channel, LocalDate date, List<LineBean> lines, TaxBean tax) {
    this.channel = channel;
    this.date = date;
    this.lines = lines;
    this.tax = tax;
  }

  /** One line: the item priced, where its price came from, and the unit price. */
  static final class LineBean {
    @NotNull
    @Size(max = 40)
    @Pattern(regexp = TraineeBean.CODE)
    final String sku;

    @NotNull
    @Size(max = 40)
    @Pattern(regexp = TraineeBean.CODE)
    final String category;

    @NotBlank
    @Size(max = 40)
    final String unit;

    @Positive final long quantity;
    @PositiveOrZero final long cost;

    @NotNull
    @Size(max = 40)
    @Pattern(regexp = TraineeBean.CODE)
    final String listId;

    @NotEmpty final List<@NotNull @Valid StepBean> steps;
    @PositiveOrZero final long unitPrice;

    LineBean(
        String sku,
        String category,
        String unit,
        long quantity,
        long cost,
        String listId,
        List<StepBean> steps,
        long unitPrice) {
      this.sku = sku;
      this.category = category;
      this.unit = unit;
      this.quantity = quantity;
      this.cost = cost;
      this.listId = listId;
      this.steps = steps;
      this.unitPrice = unitPrice;
    }
  }

  /** One explained pricing step. */
  static final class StepBean {
    @NotNull final String source;
    @NotNull final StepKind kind;
    @NotBlank final String description;
    @PositiveOrZero final long before;
    @PositiveOrZero final long after;

    StepBean(String source, StepKind kind, String description, long before, long after) {
      this.source = source;
      this.kind = kind;
      this.description = description;
      this.before = before;
      this.after = after;
    }
  }

  /** The tax on the order's subtotal. */
  static final class TaxBean {
    @NotNull final TaxStatus status;
    @NotNull final PriceInclusion inclusion;
    @PositiveOrZero final long quoted;
    @PositiveOrZero final long taxBase;
    @PositiveOrZero final long ppn;

    TaxBean(TaxStatus status, PriceInclusion inclusion, long quoted, long taxBase, long ppn) {
      this.status = status;
      this.inclusion = inclusion;
      this.quoted = quoted;
      this.taxBase = taxBase;
      this.ppn = ppn;
    }
  }
}
