package org.bengkel.testkit.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.Customer;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.testkit.PricingGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/** Over generated quotes: the order made from a quote, and its invoice, say what the quote says. */
class QuoteToInvoiceLawsTest {

  @Test
  void anOrderAndItsInvoiceMadeFromAQuoteAgreeWithItToTheRupiah() {
    Property.check(
        "an order from a quote has its lines and total; its invoice carries its tax and total",
        PricingGen.quoteCases(),
        c -> {
          Quote quote = c.book().quote(c.channel(), c.date(), c.items(), c.tax());
          org.bengkel.audit.Stamp at =
              org.bengkel.audit.Stamp.ofLocal(
                  org.bengkel.audit.Actor.system("test"),
                  c.date().atTime(9, 0),
                  org.bengkel.facility.TimeZoneName.WIB);
          SalesOrder order = SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, at);
          assertThat(order.channel()).isEqualTo(quote.channel());
          assertThat(order.orderDate()).isEqualTo(quote.date());
          assertThat(order.total()).isEqualTo(quote.subtotal());
          assertThat(order.quotedTax()).contains(quote.tax());
          for (int i = 0; i < quote.lines().size(); i++) {
            assertThat(order.lines().get(i).sku()).isEqualTo(quote.lines().get(i).item().sku());
            assertThat(order.lines().get(i).unitPrice())
                .isEqualTo(quote.lines().get(i).unitPrice());
            assertThat(order.lines().get(i).quantity()).isEqualTo(quote.lines().get(i).quantity());
          }
          SalesOrder confirmed =
              SalesOrder.builder()
                  .from(order)
                  .addHistory(OrderEvent.of(OrderStatus.CONFIRMED, at))
                  .build();
          Invoice invoice = Invoice.invoiceWithQuotedTax(confirmed, "INV-1", c.date(), "PPN");
          assertThat(invoice.total()).isEqualTo(quote.payable());
          boolean pkp = quote.tax().status() == TaxStatus.PKP;
          assertThat(invoice.taxes()).hasSize(pkp ? 1 : 0);
          // a tax one rupiah off the quote's, or on the other side of the price, is refused
          Rupiah ppn = quote.tax().ppn();
          boolean inclusive = quote.tax().inclusion() == PriceInclusion.INCLUSIVE;
          InvoiceTax off =
              inclusive
                  ? InvoiceTax.included("PPN", ppn.plus(Rupiah.of(1)))
                  : InvoiceTax.added("PPN", ppn.plus(Rupiah.of(1)));
          assertThatThrownBy(() -> Invoice.invoiceFor(confirmed, "INV-1", c.date(), List.of(off)))
              .isInstanceOfSatisfying(
                  InvalidValueException.class,
                  e -> assertThat(e.ruleCode()).isEqualTo("sales.invoice.tax-mismatch"));
        });
  }
}
