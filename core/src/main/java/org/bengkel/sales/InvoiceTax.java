package org.bengkel.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A tax line of an {@link Invoice} (<i>baris pajak</i>), such as PPN, with its amount as the caller
 * computed it (the pricing package's tax policy computes PPN under UU 7/2021 (HPP) and PMK
 * 131/2024: 12 % of 11/12 of the price for ordinary goods).
 *
 * <p>A tax is either <em>added</em> to the subtotal (prices quoted exclusive of tax) or
 * <em>included</em> in it (prices quoted inclusive, the tax shown for information); only added
 * taxes raise the invoice's total. A seller that is not VAT-registered (not a PKP) has no tax
 * lines.
 *
 * <p>A PPN line may carry the tax base it was levied on, the <i>DPP nilai lain</i> of PMK 131/2024
 * (11/12 of the price without PPN), which the tax invoice (<i>faktur pajak</i>) prints beside the
 * price without PPN ({@link Invoice#priceExcludingTax()}); an invoice made from a quote carries the
 * quote's ({@link org.bengkel.pricing.TaxBreakdown#otherTaxBase()}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvoiceTax {

  /** The longest label. */
  public static final int MAX_LABEL = 60;

  InvoiceTax() {}

  /**
   * What the tax is, as printed, such as {@code PPN 12% x 11/12}.
   *
   * @return the label, never null or blank, at most {@value #MAX_LABEL} characters
   */
  @NotBlank
  @Size(max = MAX_LABEL)
  @Value.Parameter
  public abstract String label();

  /**
   * The tax amount in whole rupiah.
   *
   * @return the amount, never null
   */
  @NotNull
  @Value.Parameter
  public abstract Rupiah amount();

  /**
   * Whether the amount is included in the line prices (true) or added to them (false).
   *
   * @return true when included
   */
  @Value.Parameter
  public abstract boolean included();

  /**
   * The tax base the amount was levied on (<i>DPP nilai lain</i> for PPN, PMK 131/2024), in whole
   * rupiah, when given.
   *
   * @return the amount, or null when not given
   */
  public abstract @Nullable Rupiah otherTaxBase();

  @Value.Check
  void check() {
    Checks.requireText(label(), "label", MAX_LABEL);
  }

  /**
   * A tax added to the subtotal (prices exclusive of tax).
   *
   * @param label the label, not blank, at most {@value #MAX_LABEL} characters
   * @param amount the amount, not null
   * @return the tax line, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule
   */
  public static InvoiceTax added(String label, Rupiah amount) {
    return ImmutableInvoiceTax.of(label, amount, false);
  }

  /**
   * A tax added to the subtotal (prices exclusive of tax) with the tax base it was levied on.
   *
   * @param label the label, not blank, at most {@value #MAX_LABEL} characters
   * @param amount the amount, not null
   * @param otherTaxBase the tax base (<i>DPP nilai lain</i>), not null
   * @return the tax line, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule
   */
  public static InvoiceTax added(String label, Rupiah amount, Rupiah otherTaxBase) {
    return ImmutableInvoiceTax.builder()
        .label(Checks.required(label, "label"))
        .amount(Checks.required(amount, "amount"))
        .included(false)
        .otherTaxBase(Checks.required(otherTaxBase, "otherTaxBase"))
        .build();
  }

  /**
   * A tax included in the prices (prices inclusive of tax), shown for information.
   *
   * @param label the label, not blank, at most {@value #MAX_LABEL} characters
   * @param amount the amount, not null
   * @return the tax line, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule
   */
  public static InvoiceTax included(String label, Rupiah amount) {
    return ImmutableInvoiceTax.of(label, amount, true);
  }

  /**
   * A tax included in the prices (prices inclusive of tax) with the tax base it was levied on.
   *
   * @param label the label, not blank, at most {@value #MAX_LABEL} characters
   * @param amount the amount, not null
   * @param otherTaxBase the tax base (<i>DPP nilai lain</i>), not null
   * @return the tax line, never null
   * @throws org.bengkel.error.InvalidValueException if an argument is null or breaks its rule
   */
  public static InvoiceTax included(String label, Rupiah amount, Rupiah otherTaxBase) {
    return ImmutableInvoiceTax.builder()
        .label(Checks.required(label, "label"))
        .amount(Checks.required(amount, "amount"))
        .included(true)
        .otherTaxBase(Checks.required(otherTaxBase, "otherTaxBase"))
        .build();
  }

  /**
   * The PPN line of a document from an order made from a quote: labelled {@code label}, included in
   * the prices or added to them as the quote had it; no line when the seller is not a PKP.
   */
  static List<InvoiceTax> ofQuote(TaxBreakdown tax, String label, Rupiah ppn, Rupiah base) {
    if (tax.status() != TaxStatus.PKP) {
      return List.of();
    }
    return List.of(
        tax.inclusion() == PriceInclusion.INCLUSIVE
            ? included(label, ppn, base)
            : added(label, ppn, base));
  }
}
