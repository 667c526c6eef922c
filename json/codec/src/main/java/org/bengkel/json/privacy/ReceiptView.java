package org.bengkel.json.privacy;

import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceKind;

/**
 * A buyer's receipt (<i>kuitansi</i>) as it leaves the facility: a sales {@link Invoice} of kind
 * {@link InvoiceKind#RECEIPT}. An invoice has no field for a trainee (its lines are SKUs,
 * descriptions, quantities and prices; a service job's trainees stay on the order), so the
 * receipt's JSON cannot carry a trainee's name, registration number or sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param receipt the receipt, not null, of kind {@link InvoiceKind#RECEIPT}
 */
public record ReceiptView(Invoice receipt) {

  /**
   * Checks the receipt.
   *
   * @throws MissingValueException for a null receipt
   * @throws InvalidValueException rule {@code value.malformed} (field {@code kind}) for an invoice
   *     or credit note
   */
  public ReceiptView {
    MissingValueException.required(receipt, "receipt");
    if (receipt.kind() != InvoiceKind.RECEIPT) {
      throw InvalidValueException.of(
          CoreRule.MALFORMED, "kind", receipt.kind(), InvoiceKind.RECEIPT);
    }
  }

  /**
   * The view of a receipt.
   *
   * @param receipt the receipt, not null, of kind {@link InvoiceKind#RECEIPT}
   * @return the view, never null
   * @throws InvalidValueException rule {@code value.malformed} for another kind of invoice
   */
  public static ReceiptView of(Invoice receipt) {
    return new ReceiptView(receipt);
  }
}
