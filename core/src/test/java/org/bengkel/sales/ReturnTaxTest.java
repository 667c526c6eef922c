package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.sales.Fixture.DAY;
import static org.bengkel.sales.Fixture.KK_A;
import static org.bengkel.sales.Fixture.KK_B;
import static org.bengkel.sales.Fixture.accepted;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.rp;
import static org.bengkel.sales.QuoteToInvoiceTest.EXCLUSIVE;
import static org.bengkel.sales.QuoteToInvoiceTest.INCLUSIVE;
import static org.bengkel.sales.QuoteToInvoiceTest.NASTAR;
import static org.bengkel.sales.QuoteToInvoiceTest.NO_PPN;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.StockLedger;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.production.LotCode;
import org.junit.jupiter.api.Test;

/**
 * The credit note of a return from an order with PPN gives back the PPN of the returned units (the
 * quote's, in proportion to their price), and all returns together give back exactly the quote's.
 */
class ReturnTaxTest {

  static final String LABEL = "PPN 12% x DPP 11/12";

  /** 12 jars of kue kering at {@code price} quoted with {@code tax}, confirmed, paid, fulfilled. */
  static OrderChange fulfilled(long price, TaxPolicy tax) {
    PriceBook book =
        PriceBook.of(
            List.of(
                PriceList.builder()
                    .id("GALERI")
                    .channel(Channel.GALLERY)
                    .effectiveFrom(LocalDate.of(2026, 1, 1))
                    .basis(PriceBasis.LIST_PRICE)
                    .putListPrice(NASTAR.sku(), rp(price))
                    .build()));
    Quote quote = book.quote(Channel.GALLERY, DAY, List.of(PricingItem.of(NASTAR, 12)), tax);
    SalesOrder order = SalesOrder.fromQuote("SO-2026-0100", Customer.walkIn(), quote, at(0));
    return SalesMutationEdgesTest.fulfilled(order);
  }

  /** A return of {@code qty} units of {@code lot} on line 1 with the taxes the order computes. */
  static OrderChange returned(OrderChange c, LotCode lot, long qty, int minute, String note) {
    GoodsReturn r =
        c.order().goodsReturn(1, lot, qty, ReturnDisposition.RESTOCK, at(minute), note, LABEL);
    assertThat(r.taxes()).isEqualTo(c.order().returnTaxes(1, qty, LABEL));
    return accepted(c.order().returnGoods(c.ledger(), r));
  }

  static void assertMismatch(OrderChange c, List<InvoiceTax> taxes) {
    GoodsReturn r =
        GoodsReturn.builder()
            .from(GoodsReturn.of(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(40), "NR-1"))
            .taxes(taxes)
            .build();
    assertThatThrownBy(() -> c.order().returnGoods(c.ledger(), r))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.return.tax-mismatch");
              assertThat(e.field()).isEqualTo("taxes");
            });
  }

  @Test
  void aReturnCreditsThePpnOfTheReturnedUnits() {
    // 12 jars at Rp92.000 without PPN: Rp1.104.000, PPN 12 % x 11/12 = Rp121.440 on DPP nilai lain
    // Rp1.012.000. One jar back: Rp92.000 + PPN Rp10.120 (11 % of Rp92.000) on DPP Rp84.333.
    OrderChange sold = fulfilled(92_000, EXCLUSIVE);
    assertThat(sold.order().quotedTax().orElseThrow().ppn()).isEqualTo(rp(121_440));
    assertThat(sold.order().returnTaxes(1, 1, LABEL))
        .containsExactly(InvoiceTax.added(LABEL, rp(10_120), rp(84_333)));
    Invoice note = returned(sold, KK_A.lotCode(), 1, 40, "NR-2026-0001").creditNote().orElseThrow();
    assertThat(note.subtotal()).isEqualTo(rp(92_000));
    assertThat(note.total()).isEqualTo(rp(102_120));
  }

  /** The return of the sales package's Javadoc ({@code package-info.java}), call for call. */
  @Test
  void thePackageExampleReturnCreditsThePpnAndItsOfFormIsRefused() {
    OrderChange sold = fulfilled(92_000, EXCLUSIVE);
    SalesOrder order = sold.order();
    StockLedger ledger = sold.ledger();
    LotCode lot = KK_A.lotCode();
    Stamp at = at(40);
    GoodsReturn back =
        order.goodsReturn(
            1, lot, 1, ReturnDisposition.RESTOCK, at, "NR-2026-0001", "PPN 12% x DPP 11/12");
    Outcome<OrderChange> returned = order.returnGoods(ledger, back);
    Invoice creditNote = returned.orElseThrow().creditNote().orElseThrow();
    assertThat(creditNote.total()).isEqualTo(rp(102_120));

    GoodsReturn untaxed = GoodsReturn.of(1, lot, 1, ReturnDisposition.RESTOCK, at, "NR-2026-0001");
    assertThatThrownBy(() -> order.returnGoods(ledger, untaxed))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("sales.return.tax-mismatch"));
    OrderChange withoutPpn = fulfilled(92_000, NO_PPN);
    assertThat(
            withoutPpn
                .order()
                .returnGoods(withoutPpn.ledger(), untaxed)
                .orElseThrow()
                .creditNote()
                .orElseThrow()
                .total())
        .isEqualTo(rp(92_000));
  }

  @Test
  void aReturnWithoutThePpnItGivesBackIsRefused() {
    OrderChange sold = fulfilled(92_000, EXCLUSIVE);
    assertMismatch(sold, List.of());
    assertMismatch(sold, List.of(InvoiceTax.added(LABEL, rp(10_121), rp(84_333))));
    assertMismatch(sold, List.of(InvoiceTax.added(LABEL, rp(10_120), rp(84_000))));
    assertMismatch(sold, List.of(InvoiceTax.added(LABEL, rp(10_120))));
    assertMismatch(sold, List.of(InvoiceTax.included(LABEL, rp(10_120), rp(84_333))));
    assertMismatch(
        sold,
        List.of(
            InvoiceTax.added(LABEL, rp(10_000), rp(84_333)),
            InvoiceTax.added(LABEL, rp(120), rp(84_333))));
  }

  @Test
  void returningEveryUnitOfAnOrderWithAServiceGivesBackTheGoodsShareOfItsPpn() {
    // 12 jars at Rp90.000, 5 boats at Rp100.000 and a car wash at Rp35.000: Rp1.615.000, PPN
    // Rp177.650 (11 %). The goods are Rp1.580.000 of it: all of them back give back
    // round(177.650 x 1.580.000 / 1.615.000) = round(173.800) = Rp173.800, the wash's Rp3.850
    // stays.
    SalesOrder quoted = Fixture.order();
    OrderChange c =
        SalesMutationEdgesTest.fulfilled(
            SalesOrder.builder().from(quoted).quotedTax(EXCLUSIVE.apply(quoted.total())).build());
    assertThat(c.order().quotedTax().orElseThrow().ppn()).isEqualTo(rp(177_650));
    Rupiah credited = Rupiah.ZERO;
    int minute = 40;
    for (int line = 1; line <= 2; line++) {
      for (Pick sold : ((GoodsLine) c.order().line(line)).soldLots()) {
        GoodsReturn r =
            GoodsReturn.builder()
                .from(
                    GoodsReturn.of(
                        line,
                        sold.lotCode(),
                        sold.quantity(),
                        ReturnDisposition.RESTOCK,
                        at(minute),
                        "NR-" + minute))
                .taxes(c.order().returnTaxes(line, sold.quantity(), LABEL))
                .build();
        minute++;
        c = accepted(c.order().returnGoods(c.ledger(), r));
        credited = credited.plus(c.creditNote().orElseThrow().taxes().get(0).amount());
      }
    }
    assertThat(credited).isEqualTo(rp(173_800));
  }

  @Test
  void moreUnitsThanSoldAreRefusedWhateverTheirTaxes() {
    // KK-A sold 10 of the 12 jars: 11 back from it is refused as a return, not as a tax
    OrderChange sold = fulfilled(92_000, EXCLUSIVE);
    for (List<InvoiceTax> taxes :
        List.of(List.<InvoiceTax>of(), sold.order().returnTaxes(1, 11, LABEL))) {
      GoodsReturn r =
          GoodsReturn.builder()
              .from(
                  GoodsReturn.of(1, KK_A.lotCode(), 11, ReturnDisposition.RESTOCK, at(40), "NR-1"))
              .taxes(taxes)
              .build();
      assertThat(sold.order().returnGoods(sold.ledger(), r).refusals())
          .singleElement()
          .satisfies(f -> assertThat(f.code()).isEqualTo("sales.return.exceeds-sold"));
    }
  }

  @Test
  void everyReturnTogetherGivesBackExactlyTheQuotesPpn() {
    // Rp61.251 a jar: 11 % of it is Rp6.737,61, so one jar's share needs rounding every time.
    for (TaxPolicy tax : List.of(EXCLUSIVE, INCLUSIVE)) {
      OrderChange c = fulfilled(61_251, tax);
      Rupiah ppn = c.order().quotedTax().orElseThrow().ppn();
      Rupiah base = c.order().quotedTax().orElseThrow().otherTaxBase();
      Rupiah creditedPpn = Rupiah.ZERO;
      Rupiah creditedBase = Rupiah.ZERO;
      // KK-A sold 10 jars, KK-B 2 (first expired, first out): back one by one, then the rest
      for (int i = 0; i < 12; i++) {
        LotCode lot = i < 10 ? KK_A.lotCode() : KK_B.lotCode();
        c = returned(c, lot, 1, 40 + i, "NR-2026-" + (i + 1));
        InvoiceTax t = c.creditNote().orElseThrow().taxes().get(0);
        assertThat(t.included()).isEqualTo(tax == INCLUSIVE);
        // each share is the exact proportion to within Rp1
        long twelfth = ppn.amount() / 12;
        assertThat(t.amount().amount()).isBetween(twelfth - 1, twelfth + 1);
        creditedPpn = creditedPpn.plus(t.amount());
        creditedBase = creditedBase.plus(t.otherTaxBase());
      }
      assertThat(creditedPpn).as("%s", tax.inclusion()).isEqualTo(ppn);
      assertThat(creditedBase).as("%s", tax.inclusion()).isEqualTo(base);
      assertThat(c.order().returnable(1, KK_A.lotCode())).isZero();
    }
  }

  @Test
  void taxIncludedInThePricesIsShownAndNotAdded() {
    // 12 jars at Rp102.120 with PPN: the PPN of one is Rp10.120, included in its price
    OrderChange sold = fulfilled(102_120, INCLUSIVE);
    Invoice note = returned(sold, KK_A.lotCode(), 1, 40, "NR-2026-0001").creditNote().orElseThrow();
    assertThat(note.taxes()).containsExactly(InvoiceTax.included(LABEL, rp(10_120), rp(84_333)));
    assertThat(note.total()).isEqualTo(rp(102_120));
    assertThat(note.priceExcludingTax()).isEqualTo(rp(92_000));
  }

  @Test
  void aSellerWithoutPpnCreditsNone() {
    OrderChange sold = fulfilled(92_000, NO_PPN);
    assertThat(sold.order().returnTaxes(1, 3, LABEL)).isEmpty();
    assertThat(returned(sold, KK_A.lotCode(), 3, 40, "NR-1").creditNote().orElseThrow().total())
        .isEqualTo(rp(276_000));
    assertMismatch(sold, List.of(InvoiceTax.added(LABEL, rp(1))));
  }

  @Test
  void anOrderNotMadeFromAQuoteTakesTheCallersTaxes() {
    OrderChange sold = SalesMutationEdgesTest.fulfilled(Fixture.order());
    assertThatThrownBy(() -> sold.order().returnTaxes(1, 1, LABEL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.required");
              assertThat(e.field()).isEqualTo("quotedTax");
            });
    GoodsReturn r =
        GoodsReturn.builder()
            .from(SalesMutationEdgesTest.restockKkA(1, 1, 40, "NR-1"))
            .addTaxes(InvoiceTax.added("PPN", rp(9_900)))
            .build();
    Invoice note = accepted(sold.order().returnGoods(sold.ledger(), r)).creditNote().orElseThrow();
    assertThat(note.total()).isEqualTo(rp(99_900));
  }

  @Test
  void theOrdersOwnReturnOfAnOrderNotMadeFromAQuoteCarriesNoTaxes() {
    OrderChange sold = SalesMutationEdgesTest.fulfilled(Fixture.order());
    GoodsReturn r =
        sold.order()
            .goodsReturn(1, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(40), "NR-1", LABEL);
    assertThat(r.taxes()).isEmpty();
    assertThat(accepted(sold.order().returnGoods(sold.ledger(), r)).creditNote()).isPresent();
    // line 3 is the car wash, a service job
    assertThatThrownBy(
            () ->
                sold.order()
                    .goodsReturn(
                        3, KK_A.lotCode(), 1, ReturnDisposition.RESTOCK, at(40), "NR-1", LABEL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("sales.return.line"));
  }

  @Test
  void onlyAGoodsLineOfTheOrderHasAReturnTax() {
    OrderChange sold = fulfilled(92_000, EXCLUSIVE);
    for (int line : new int[] {0, 2, -1}) {
      assertThatThrownBy(() -> sold.order().returnTaxes(line, 1, LABEL))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCode()).isEqualTo("sales.return.line"));
    }
    assertThatThrownBy(() -> sold.order().returnTaxes(1, 0, LABEL))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.out-of-range"));
  }
}
