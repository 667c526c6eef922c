package org.bengkel.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bengkel.pricing.Channel;
import org.bengkel.sales.CustomerKind;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.ReturnDisposition;

/**
 * The validation benchmark's baseline for an order: a plain class with the same fields as {@link
 * org.bengkel.sales.SalesOrder} (number, channel, customer, order date, lines, history, returns)
 * and, on its fields, the constraints Bean Validation can express of bengkel's rules, for Hibernate
 * Validator. The parts are cascaded with {@code @Valid}: {@link CustomerBean} for {@link
 * org.bengkel.sales.Customer}, {@link LineBean} for a {@link org.bengkel.sales.GoodsLine} (its SKU
 * a {@code String} with the code's form, its unit price a {@code long} rupiah with
 * {@code @PositiveOrZero}), {@link LotBean} for a sold lot, {@link EventBean} for an {@link
 * org.bengkel.sales.OrderEvent}, {@link ReturnBean} and {@link TaxBean} for a {@link
 * org.bengkel.sales.GoodsReturn} and its tax lines. Only goods lines are modelled (the benchmark's
 * order has no service job).
 *
 * <p>What bengkel checks and Bean Validation cannot express, so the baseline does strictly less
 * work: which customer fields a kind requires or forbids (a satker code exactly for a government
 * buyer, and so on) and the NIP's layout beyond 18 digits; the history (first event {@code QUOTED}
 * and not before the order date, each next status allowed by the lifecycle, times never
 * decreasing); the coupling of lines and status (sold lots empty until the order is fulfilled, then
 * summing to the line's quantity, each lot once); returns only after fulfilment, on a goods line,
 * not before it, never more than was sold from the lot, credit-note numbers distinct.
 */
final class OrderBean {

  /** Upper-case letters and digits in groups joined by hyphens (SKU, order number, codes). */
  static final String CODE = TraineeBean.CODE;

  /** "Not blank" for an optional text: {@code @NotBlank} would refuse an absent value. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /**
   * The largest quantity of a line, a lot or a return (bengkel's {@code StockLot.MAX_QUANTITY}).
   */
  static final long MAX_QUANTITY = 1_000_000_000L;

  @NotNull
  @Size(max = 30)
  @Pattern(regexp = CODE)
  final String number;

  @NotNull final Channel channel;
  @NotNull @Valid final CustomerBean customer;
  @NotNull final LocalDate orderDate;
  @NotEmpty final List<@NotNull @Valid LineBean> lines;
  @NotEmpty final List<@NotNull @Valid EventBean> history;
  @NotNull final List<@NotNull @Valid ReturnBean> returns;

  OrderBean(
      String number,
      Channel channel,
      CustomerBean customer,
      LocalDate orderDate,
      List<LineBean> lines,
      List<EventBean> history,
      List<ReturnBean> returns) {
    this.number = number;
    this.channel = channel;
    this.customer = customer;
    this.orderDate = orderDate;
    this.lines = lines;
    this.history = history;
    this.returns = returns;
  }

  /** The buyer: the fields of every kind, each optional (null when absent). */
  static final class CustomerBean {
    @NotNull final CustomerKind kind;

    @Pattern(regexp = NOT_BLANK)
    @Size(max = 200)
    final String name;

    @Pattern(regexp = NOT_BLANK)
    @Size(max = 200)
    final String organisation;

    @Pattern(regexp = "[0-9]{1,20}")
    final String satkerCode;

    @Pattern(regexp = CODE)
    @Size(max = 40)
    final String partnerCode;

    @Pattern(regexp = "[0-9]{18}")
    final String staffNip;

    CustomerBean(
        CustomerKind kind,
        String name,
        String organisation,
        String satkerCode,
        String partnerCode,
        String staffNip) {
      this.kind = kind;
      this.name = name;
      this.organisation = organisation;
      this.satkerCode = satkerCode;
      this.partnerCode = partnerCode;
      this.staffNip = staffNip;
    }
  }

  /** A goods line: a quantity of one product at an agreed unit price. */
  static final class LineBean {
    @NotNull
    @Size(max = 40)
    @Pattern(regexp = CODE)
    final String sku;

    @NotBlank
    @Size(max = 200)
    final String description;

    @Min(1)
    @Max(MAX_QUANTITY)
    final long quantity;

    @PositiveOrZero final long unitPrice;

    @NotNull final List<@NotNull @Valid LotBean> soldLots;

    LineBean(
        String sku, String description, long quantity, long unitPrice, List<LotBean> soldLots) {
      this.sku = sku;
      this.description = description;
      this.quantity = quantity;
      this.unitPrice = unitPrice;
      this.soldLots = soldLots;
    }
  }

  /** Units of a line sold from one lot. */
  static final class LotBean {
    @NotNull
    @Size(max = 40)
    @Pattern(regexp = CODE)
    final String lotCode;

    @Min(1)
    @Max(MAX_QUANTITY)
    final long quantity;

    LotBean(String lotCode, long quantity) {
      this.lotCode = lotCode;
      this.quantity = quantity;
    }
  }

  /** One move of the lifecycle. */
  static final class EventBean {
    @NotNull final OrderStatus status;
    @NotNull final LocalDateTime at;

    EventBean(OrderStatus status, LocalDateTime at) {
      this.status = status;
      this.at = at;
    }
  }

  /** Units of a goods line coming back after fulfilment, with their credit note. */
  static final class ReturnBean {
    @Min(1)
    final int line;

    @NotNull
    @Size(max = 40)
    @Pattern(regexp = CODE)
    final String lotCode;

    @Min(1)
    @Max(MAX_QUANTITY)
    final long quantity;

    @NotNull final ReturnDisposition disposition;
    @NotNull final LocalDateTime at;

    @NotNull
    @Size(max = 40)
    @Pattern(regexp = CODE)
    final String creditNoteNumber;

    @NotNull final List<@NotNull @Valid TaxBean> taxes;

    ReturnBean(
        int line,
        String lotCode,
        long quantity,
        ReturnDisposition disposition,
        LocalDateTime at,
        String creditNoteNumber,
        List<TaxBean> taxes) {
      this.line = line;
      this.lotCode = lotCode;
      this.quantity = quantity;
      this.disposition = disposition;
      this.at = at;
      this.creditNoteNumber = creditNoteNumber;
      this.taxes = taxes;
    }
  }

  /** A tax line credited with returned goods. */
  static final class TaxBean {
    @NotBlank
    @Size(max = 60)
    final String label;

    @PositiveOrZero final long amount;
    final boolean included;

    TaxBean(String label, long amount, boolean included) {
      this.label = label;
      this.amount = amount;
      this.included = included;
    }
  }
}
