package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.sales.Fixture.ANDI;
import static org.bengkel.sales.Fixture.BUDI;
import static org.bengkel.sales.Fixture.DAY;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.order;
import static org.bengkel.sales.Fixture.rp;
import static org.bengkel.sales.Fixture.stocked;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bengkel.Stamps;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.StockLedger;
import org.bengkel.pricing.Channel;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/** Invoices, receipts and credit notes: hand-computed totals and no trainee identity. */
class InvoiceTest {

  @Test
  void invoiceTotalsAreTheSumOfTheLinesPlusAddedTax() {
    SalesOrder confirmed = order().confirm(stocked(), at(10)).orElseThrow().order();
    // PPN 12 % on 11/12 of the subtotal, computed by the caller:
    // subtotal = 12 × 90.000 + 5 × 100.000 + 35.000 = 1.615.000
    // PPN = 1.615.000 × 11/12 × 12/100 = 177.650 (exact); total = 1.792.650
    Invoice invoice =
        Invoice.invoiceFor(
            confirmed,
            "INV-2026-0001",
            DAY,
            List.of(InvoiceTax.added("PPN 12% x 11/12", rp(177_650))));

    assertThat(invoice.kind()).isEqualTo(InvoiceKind.INVOICE);
    assertThat(invoice.lines())
        .extracting(InvoiceLine::lineTotal)
        .containsExactly(rp(1_080_000), rp(500_000), rp(35_000));
    assertThat(invoice.subtotal()).isEqualTo(rp(1_615_000));
    assertThat(invoice.taxAdded()).isEqualTo(rp(177_650));
    assertThat(invoice.taxIncluded()).isEqualTo(rp(0));
    assertThat(invoice.total()).isEqualTo(rp(1_792_650));
    assertThat(invoice.credited()).isEmpty();
    assertThat(invoice.orderNumber()).isEqualTo("SO-2026-0001");
    assertThat(invoice.channel()).isEqualTo(Channel.GALLERY);
  }

  @Test
  void taxIncludedInThePricesIsShownButNotAdded() {
    SalesOrder paid = paid(order("SO-2026-0010", Fixture.kue(1)));
    // Rp90.000 tax-inclusive: base 90.000 × 100/111 ... the caller says PPN Rp8.919 is included.
    Invoice receipt =
        Invoice.receiptFor(
            paid, "KW-2026-0001", DAY, List.of(InvoiceTax.included("PPN", rp(8_919))));
    assertThat(receipt.kind()).isEqualTo(InvoiceKind.RECEIPT);
    assertThat(receipt.subtotal()).isEqualTo(rp(90_000));
    assertThat(receipt.taxIncluded()).isEqualTo(rp(8_919));
    assertThat(receipt.total()).isEqualTo(rp(90_000));
  }

  @Test
  void aSellerWithoutTaxHasNoTaxLines() {
    SalesOrder paid = paid(order("SO-2026-0011", Fixture.perahu(2), Fixture.carWash()));
    // 2 × 100.000 + 35.000 = 235.000
    Invoice receipt = Invoice.receiptFor(paid, "KW-2026-0002", DAY, List.of());
    assertThat(receipt.total()).isEqualTo(rp(235_000)).isEqualTo(receipt.subtotal());
  }

  @Test
  void includedTaxesCannotExceedTheSubtotal() {
    SalesOrder paid = paid(order("SO-2026-0012", Fixture.kue(1)));
    assertThatThrownBy(
            () ->
                Invoice.receiptFor(
                    paid, "KW-1", DAY, List.of(InvoiceTax.included("PPN", rp(90_001)))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.invoice.tax-included");
              assertThat(e.field()).isEqualTo("taxes");
            });
  }

  @Test
  void anInvoiceNeedsAConfirmedOrderAndAReceiptAPaidOne() {
    SalesOrder quoted = order();
    assertStatusRefused(() -> Invoice.invoiceFor(quoted, "INV-1", DAY, List.of()));
    SalesOrder confirmed = quoted.confirm(stocked(), at(10)).orElseThrow().order();
    assertStatusRefused(() -> Invoice.receiptFor(confirmed, "KW-1", DAY, List.of()));
    SalesOrder cancelled = quoted.cancel(stocked(), at(10)).orElseThrow().order();
    assertStatusRefused(() -> Invoice.invoiceFor(cancelled, "INV-1", DAY, List.of()));
    assertThatThrownBy(() -> Invoice.invoiceFor(null, "INV-1", DAY, List.of()))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Invoice.invoiceFor(confirmed, "INV-1", DAY, null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("taxes"));
  }

  @Test
  void aDocumentIsNotDatedBeforeTheMoveThatAllowsIt() {
    // Confirmed on 12 November at 00:30 WIB (11 November 17:30 UTC: the local date decides), paid
    // on 14 November at 09:00 WIB.
    OrderChange confirmed =
        order().confirm(stocked(), Stamps.at(2026, 11, 12, 0, 30)).orElseThrow();
    SalesOrder paid =
        confirmed
            .order()
            .pay(confirmed.ledger(), Stamps.at(2026, 11, 14, 9, 0))
            .orElseThrow()
            .order();
    LocalDate confirmedOn = LocalDate.of(2026, 11, 12);
    LocalDate paidOn = LocalDate.of(2026, 11, 14);

    assertDateRefused(
        () -> Invoice.invoiceFor(paid, "INV-1", confirmedOn.minusDays(1), List.of()),
        confirmedOn.minusDays(1),
        confirmedOn);
    assertDateRefused(
        () -> Invoice.receiptFor(paid, "KW-1", paidOn.minusDays(1), List.of()),
        paidOn.minusDays(1),
        paidOn);
    // On the day of the move itself, and any day after, the document is built.
    assertThat(Invoice.invoiceFor(paid, "INV-1", confirmedOn, List.of()).date())
        .isEqualTo(confirmedOn);
    assertThat(Invoice.invoiceFor(paid, "INV-1", paidOn.minusDays(1), List.of()).date())
        .isEqualTo(paidOn.minusDays(1));
    assertThat(Invoice.receiptFor(paid, "KW-1", paidOn, List.of()).date()).isEqualTo(paidOn);
  }

  private static void assertDateRefused(Runnable r, LocalDate asked, LocalDate earliest) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.order.date-order");
              assertThat(e.field()).isEqualTo("date");
              assertThat(e.getMessage()).contains(asked.toString()).contains(earliest.toString());
            });
  }

  @Test
  void aCreditNoteIsOnlyForAReturnRecordedOnTheOrder() {
    SalesOrder paid = paid(order());
    GoodsReturn notRecorded =
        GoodsReturn.of(1, Fixture.KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(60), "CN-9");
    assertThatThrownBy(() -> Invoice.creditNoteFor(paid, notRecorded))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("sales.invoice.kind"));
    assertThatThrownBy(() -> Invoice.creditNoteFor(paid, null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void receiptCarriesNoRegistrationNumber() {
    ServiceJob motor = ServiceJob.of(Fixture.WASH, VehicleClass.MOTORCYCLE, DAY, Set.of(BUDI));
    SalesOrder paid = paid(order("SO-2026-0013", Fixture.carWash(), motor, Fixture.kue(2)));
    Invoice receipt =
        Invoice.receiptFor(paid, "KW-2026-0003", DAY, List.of(InvoiceTax.added("PPN", rp(1_000))));
    // 35.000 + 15.000 + 2 × 90.000 = 230.000; + PPN 1.000 = 231.000
    assertThat(receipt.total()).isEqualTo(rp(231_000));
    assertThat(receipt.lines())
        .extracting(InvoiceLine::description)
        .containsExactly("Cuci kendaraan (CAR)", "Cuci kendaraan (MOTORCYCLE)", "Kue kering 500 g");

    List<Object> values = new ArrayList<>();
    collect(receipt, values);
    assertThat(values).as("the walk found the lines").contains("Cuci kendaraan (CAR)");
    assertThat(values).noneMatch(v -> v instanceof RegistrationNumber);
    List<String> texts = values.stream().map(Object::toString).toList();
    // control: the same walk over the order does reach the trainees
    List<Object> orderValues = new ArrayList<>();
    collect(paid, orderValues);
    assertThat(orderValues).anyMatch(v -> v instanceof RegistrationNumber);
    for (String secret : List.of(ANDI.value(), BUDI.value(), "101/2025", "102/2025")) {
      assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(secret));
    }
    // the order knows who washed the cars, but does not show it either
    assertThat(paid.toString()).doesNotContain("101/2025").doesNotContain("102/2025");
    assertThat(((ServiceJob) paid.line(1)).trainees()).containsExactlyInAnyOrder(ANDI, BUDI);
  }

  /** Every value reachable through the public no-argument accessors of sales values. */
  private static void collect(Object value, List<Object> texts) {
    if (value == null) {
      return;
    }
    texts.add(value);
    if (value instanceof Iterable<?> items) {
      items.forEach(i -> collect(i, texts));
      return;
    }
    if (value instanceof java.util.Optional<?> o) {
      o.ifPresent(v -> collect(v, texts));
      return;
    }
    if (!value.getClass().getPackageName().equals("org.bengkel.sales")) {
      return;
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() == 0
          && m.getDeclaringClass() != Object.class
          && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && !m.getName().equals("hashCode")
          // events() derives the same values again (the first event holds the quoted order)
          && !m.getName().equals("events")) {
        try {
          collect(m.invoke(value), texts);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(m.toString(), e);
        }
      }
    }
  }

  private static void assertStatusRefused(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.invoice.order-status");
              assertThat(e.field()).isEqualTo("order.status");
            });
  }

  private static SalesOrder paid(SalesOrder quoted) {
    StockLedger ledger = stocked();
    OrderChange confirmed = quoted.confirm(ledger, at(10)).orElseThrow();
    return confirmed.order().pay(confirmed.ledger(), at(20)).orElseThrow().order();
  }
}
