package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Quote, order and invoice meet: an order is made from a quote (lines, prices, channel, date and
 * tax carried over) and its invoice carries the quote's tax, refusing one that disagrees.
 */
class QuoteToInvoiceTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  static final Stamp AT = Stamps.at(DAY.atTime(9, 0));
  static final Product NASTAR =
      Product.builder()
          .sku(Sku.of("KUE-KERING-500G"))
          .name("Kue kering nastar, toples 500 g")
          .category(ProductCategory.COOKIES)
          .unit(Unit.JAR)
          .programme(ProgrammeCode.of("BOGA"))
          .shelfLifeDays(60)
          .netContent("500 g")
          .addIngredients("tepung terigu", "mentega")
          .build();
  static final Product PERAHU =
      Product.of(
          Sku.of("PERAHU-30CM"),
          "Miniatur perahu 30 cm",
          ProductCategory.WOOD_MINIATURE,
          Unit.PIECE,
          ProgrammeCode.of("KAYU"));
  static final Service WASH =
      Service.builder()
          .sku(Sku.of("CUCI-KENDARAAN"))
          .name("Cuci kendaraan")
          .programme(ProgrammeCode.of("CUCI"))
          .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
          .build();
  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");

  static final PriceBook BOOK =
      PriceBook.of(
          PriceList.builder()
              .id("GALERI")
              .channel(Channel.GALLERY)
              .effectiveFrom(LocalDate.of(2026, 1, 1))
              .basis(PriceBasis.LIST_PRICE)
              .putListPrice(NASTAR.sku(), Rupiah.of(92_500))
              .putListPrice(PERAHU.sku(), Rupiah.of(100_000))
              .addRule(
                  PriceRule.forCategory("KUE-GROSIR", ProductCategory.COOKIES)
                      .minQuantity(10)
                      .discount(Rate.of(1, 40))
                      .build())
              .build());
  static final TaxPolicy INCLUSIVE =
      TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.INCLUSIVE);
  static final TaxPolicy EXCLUSIVE =
      TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
  static final TaxPolicy NO_PPN =
      TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.NON_PKP, PriceInclusion.INCLUSIVE);

  static Quote quote(TaxPolicy tax) {
    return BOOK.quote(
        Channel.GALLERY, DAY, List.of(PricingItem.of(NASTAR, 12), PricingItem.of(PERAHU, 1)), tax);
  }

  /** The order confirmed and paid, written as the stored history (no ledger needed here). */
  static SalesOrder paid(SalesOrder order) {
    return SalesOrder.builder()
        .from(order)
        .addHistory(
            OrderEvent.of(OrderStatus.CONFIRMED, AT.plusMinutes(1)),
            OrderEvent.of(OrderStatus.PAID, AT.plusMinutes(5)))
        .build();
  }

  static void assertRefused(Executable call, String code, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void anOrderFromAQuoteCarriesItsLinesPricesChannelDateAndTax() {
    Quote quote = quote(INCLUSIVE);
    SalesOrder order = SalesOrder.fromQuote("SO-2026-0001", Customer.walkIn(), quote, AT);
    assertThat(order.channel()).isEqualTo(Channel.GALLERY);
    assertThat(order.orderDate()).isEqualTo(DAY);
    assertThat(order.status()).isEqualTo(OrderStatus.QUOTED);
    assertThat(order.lines()).hasSize(2).allMatch(l -> l instanceof GoodsLine);
    // 12 jars at Rp92.500 less 2.5 % = Rp90.187,5 -> Rp90.188, as quoted
    assertThat(order.line(1).unitPrice())
        .isEqualTo(quote.lines().get(0).unitPrice())
        .isEqualTo(Rupiah.of(90_188));
    assertThat(order.line(1).description()).isEqualTo("Kue kering nastar, toples 500 g");
    assertThat(order.line(1).quantity()).isEqualTo(12);
    assertThat(order.line(2).unitPrice()).isEqualTo(Rupiah.of(100_000));
    assertThat(order.total()).isEqualTo(quote.subtotal());
    assertThat(order.quotedTax()).contains(quote.tax());
  }

  @Test
  void theInvoiceOfAnOrderFromAQuoteCarriesTheQuotesTax() {
    Quote quote = quote(INCLUSIVE);
    SalesOrder order = paid(SalesOrder.fromQuote("SO-2026-0001", Customer.walkIn(), quote, AT));
    Invoice receipt =
        Invoice.receiptWithQuotedTax(order, "KW-2026-0001", DAY, "PPN 12% x DPP 11/12");
    assertThat(receipt.taxes())
        .containsExactly(
            InvoiceTax.included(
                "PPN 12% x DPP 11/12", quote.tax().ppn(), quote.tax().otherTaxBase()));
    assertThat(receipt.total()).isEqualTo(quote.payable());

    Quote net = quote(EXCLUSIVE);
    SalesOrder exclusive = paid(SalesOrder.fromQuote("SO-2026-0002", Customer.walkIn(), net, AT));
    Invoice invoice = Invoice.invoiceWithQuotedTax(exclusive, "INV-2026-0001", DAY, "PPN");
    assertThat(invoice.taxes())
        .containsExactly(InvoiceTax.added("PPN", net.tax().ppn(), net.tax().otherTaxBase()));
    assertThat(invoice.total()).isEqualTo(net.payable());

    SalesOrder untaxed =
        paid(SalesOrder.fromQuote("SO-2026-0003", Customer.walkIn(), quote(NO_PPN), AT));
    assertThat(Invoice.receiptWithQuotedTax(untaxed, "KW-2026-0003", DAY, "PPN").taxes()).isEmpty();
  }

  @Test
  void theInvoiceCarriesThePriceWithoutPpnAndTheDppNilaiLainOfItsQuote() {
    for (PriceInclusion inclusion : PriceInclusion.values()) {
      boolean inclusive = inclusion == PriceInclusion.INCLUSIVE;
      // 10 boats at Rp111.000 = Rp1.110.000 exclusive, or at Rp123.210 = Rp1.232.100 inclusive
      // (Rp1.232.100 x 100/111 = Rp1.110.000); DPP nilai lain 11/12 x Rp1.110.000 = Rp1.017.500,
      // PPN 12 % x Rp1.017.500 = Rp122.100 (PMK 131/2024)
      PriceBook book =
          PriceBook.of(
              PriceList.builder()
                  .id("GALERI")
                  .channel(Channel.GALLERY)
                  .effectiveFrom(LocalDate.of(2026, 1, 1))
                  .basis(PriceBasis.LIST_PRICE)
                  .putListPrice(PERAHU.sku(), Rupiah.of(inclusive ? 123_210 : 111_000))
                  .build());
      Quote quote =
          book.quote(
              Channel.GALLERY,
              DAY,
              List.of(PricingItem.of(PERAHU, 10)),
              inclusive ? INCLUSIVE : EXCLUSIVE);
      assertThat(quote.tax().priceExcludingTax()).isEqualTo(Rupiah.of(1_110_000));
      assertThat(quote.tax().otherTaxBase()).isEqualTo(Rupiah.of(1_017_500));
      assertThat(quote.tax().ppn()).isEqualTo(Rupiah.of(122_100));
      SalesOrder order = paid(SalesOrder.fromQuote("SO-2026-0010", Customer.walkIn(), quote, AT));
      Invoice invoice =
          Invoice.invoiceWithQuotedTax(order, "INV-2026-0010", DAY, "PPN 12% x DPP 11/12");
      assertThat(invoice.priceExcludingTax()).isEqualTo(Rupiah.of(1_110_000));
      assertThat(invoice.taxes())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.otherTaxBase()).isEqualTo(Rupiah.of(1_017_500));
                assertThat(t.amount()).isEqualTo(Rupiah.of(122_100));
                assertThat(t.included()).isEqualTo(inclusive);
              });
      assertThat(invoice.total()).isEqualTo(Rupiah.of(1_232_100));
      // a tax line with another DPP nilai lain disagrees with the quote
      assertRefused(
          () ->
              Invoice.invoiceFor(
                  order,
                  "INV-2026-0011",
                  DAY,
                  List.of(
                      inclusive
                          ? InvoiceTax.included("PPN", Rupiah.of(122_100), Rupiah.of(1_017_501))
                          : InvoiceTax.added("PPN", Rupiah.of(122_100), Rupiah.of(1_017_501)))),
          "sales.invoice.tax-mismatch",
          "taxes");
    }
  }

  @Test
  void anInvoiceWhoseTaxDisagreesWithItsQuoteIsRefused() {
    Quote quote = quote(INCLUSIVE);
    SalesOrder order = paid(SalesOrder.fromQuote("SO-2026-0001", Customer.walkIn(), quote, AT));
    Rupiah ppn = quote.tax().ppn();
    // the quote's PPN, as the caller copied it: accepted
    assertThat(
            Invoice.receiptFor(order, "KW-1", DAY, List.of(InvoiceTax.included("PPN", ppn)))
                .total())
        .isEqualTo(quote.payable());
    // another amount, the same amount added instead of included, no tax at all: refused
    assertRefused(
        () ->
            Invoice.receiptFor(
                order, "KW-1", DAY, List.of(InvoiceTax.included("PPN", ppn.plus(Rupiah.of(1))))),
        "sales.invoice.tax-mismatch",
        "taxes");
    assertRefused(
        () -> Invoice.invoiceFor(order, "INV-1", DAY, List.of(InvoiceTax.added("PPN", ppn))),
        "sales.invoice.tax-mismatch",
        "taxes");
    assertRefused(
        () -> Invoice.invoiceFor(order, "INV-1", DAY, List.of()),
        "sales.invoice.tax-mismatch",
        "taxes");
    // a seller that charges no PPN: a PPN line disagrees with the quote
    SalesOrder untaxed =
        paid(SalesOrder.fromQuote("SO-2026-0003", Customer.walkIn(), quote(NO_PPN), AT));
    assertRefused(
        () -> Invoice.receiptFor(untaxed, "KW-3", DAY, List.of(InvoiceTax.included("PPN", ppn))),
        "sales.invoice.tax-mismatch",
        "taxes");
  }

  @Test
  void theTaxMismatchIsExplainedInBothLanguages() {
    SalesOrder order =
        paid(SalesOrder.fromQuote("SO-2026-0001", Customer.walkIn(), quote(INCLUSIVE), AT));
    assertThatThrownBy(() -> Invoice.receiptFor(order, "KW-1", DAY, List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.getMessage()).contains("PPN").contains("INCLUSIVE");
              assertThat(e.message(java.util.Locale.forLanguageTag("id")))
                  .contains("PPN penawaran");
            });
  }

  @Test
  void anOrderNotMadeFromAQuoteHasNoQuotedTaxToCarry() {
    SalesOrder order =
        paid(
            SalesOrder.quoted(
                "SO-2026-0009",
                Channel.GALLERY,
                Customer.walkIn(),
                DAY,
                List.of(GoodsLine.of(PERAHU, 1, Rupiah.of(100_000))),
                AT));
    assertThat(order.quotedTax()).isEmpty();
    assertRefused(
        () -> Invoice.receiptWithQuotedTax(order, "KW-9", DAY, "PPN"),
        "value.required",
        "order.quotedTax");
    // the caller's taxes are taken as given, as before
    assertThat(
            Invoice.receiptFor(
                    order, "KW-9", DAY, List.of(InvoiceTax.included("PPN", Rupiah.of(9_910))))
                .taxIncluded())
        .isEqualTo(Rupiah.of(9_910));
  }

  @Test
  void linesThatDoNotMatchTheQuoteAreRefused() {
    Quote quote = quote(INCLUSIVE);
    GoodsLine kue = GoodsLine.of(quote.lines().get(0));
    GoodsLine perahu = GoodsLine.of(quote.lines().get(1));
    assertThat(
            SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, List.of(kue, perahu), AT)
                .lines())
        .containsExactly(kue, perahu);
    assertRefused(
        () -> SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, List.of(kue), AT),
        "sales.order.quote-mismatch",
        "lines");
    assertRefused(
        () -> SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, List.of(perahu, kue), AT),
        "sales.order.quote-mismatch",
        "lines[0].sku");
    assertRefused(
        () ->
            SalesOrder.fromQuote(
                "SO-1",
                Customer.walkIn(),
                quote,
                List.of(GoodsLine.of(NASTAR, 12, Rupiah.of(92_500)), perahu),
                AT),
        "sales.order.quote-mismatch",
        "lines[0].unitPrice");
    assertRefused(
        () ->
            SalesOrder.fromQuote(
                "SO-1",
                Customer.walkIn(),
                quote,
                List.of(GoodsLine.of(NASTAR, 11, kue.unitPrice()), perahu),
                AT),
        "sales.order.quote-mismatch",
        "lines[0].quantity");
    // a hand-built order whose quoted tax is not on its total
    SalesOrder order = SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, AT);
    assertRefused(
        () ->
            SalesOrder.builder()
                .from(order)
                .quotedTax(quote(NO_PPN).tax())
                .lines(List.of(perahu))
                .build(),
        "sales.order.quote-mismatch",
        "quotedTax.quoted");
  }

  @Test
  void serviceJobsAreMadeFromTheirQuotedLinesWithTheirDateAndTrainees() {
    Quote quote =
        BOOK.quote(
            Channel.GALLERY,
            DAY,
            List.of(PricingItem.of(WASH, VehicleClass.CAR, 1), PricingItem.of(PERAHU, 1)),
            INCLUSIVE);
    assertRefused(
        () -> SalesOrder.fromQuote("SO-1", Customer.walkIn(), quote, AT),
        "sales.order.quote-mismatch",
        "quote.lines[0].vehicleClass");
    ServiceJob job = ServiceJob.of(quote.lines().get(0), DAY, Set.of(ANDI));
    assertThat(job.description()).isEqualTo("Cuci kendaraan (CAR)");
    assertThat(job.unitPrice()).isEqualTo(Rupiah.of(35_000));
    SalesOrder order =
        SalesOrder.fromQuote(
            "SO-1", Customer.walkIn(), quote, List.of(job, GoodsLine.of(quote.lines().get(1))), AT);
    assertThat(order.total()).isEqualTo(Rupiah.of(135_000));
    assertThat(order.quotedTax()).contains(quote.tax());
    // goods where the quote has a service job, or the reverse
    assertRefused(
        () ->
            SalesOrder.fromQuote(
                "SO-1",
                Customer.walkIn(),
                quote,
                List.of(
                    ServiceJob.of(WASH, VehicleClass.CAR, DAY, Set.of(ANDI)),
                    ServiceJob.of(WASH, VehicleClass.CAR, Rupiah.of(100_000), DAY, Set.of(ANDI))),
                AT),
        "sales.order.quote-mismatch",
        "lines[1].sku");
    assertRefused(
        () -> GoodsLine.of(quote.lines().get(0)), "sales.order.quote-mismatch", "vehicleClass");
    assertRefused(
        () -> ServiceJob.of(quote.lines().get(1), DAY, Set.of(ANDI)),
        "sales.order.quote-mismatch",
        "vehicleClass");
    Quote two =
        BOOK.quote(
            Channel.GALLERY, DAY, List.of(PricingItem.of(WASH, VehicleClass.CAR, 2)), INCLUSIVE);
    assertRefused(
        () -> ServiceJob.of(two.lines().get(0), DAY, Set.of(ANDI)),
        "sales.order.quote-mismatch",
        "quantity");
  }
}
