package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.sales.Fixture.ANDI;
import static org.bengkel.sales.Fixture.DAY;
import static org.bengkel.sales.Fixture.KK_A;
import static org.bengkel.sales.Fixture.KK_B;
import static org.bengkel.sales.Fixture.KUE;
import static org.bengkel.sales.Fixture.WASH;
import static org.bengkel.sales.Fixture.accepted;
import static org.bengkel.sales.Fixture.at;
import static org.bengkel.sales.Fixture.carWash;
import static org.bengkel.sales.Fixture.kue;
import static org.bengkel.sales.Fixture.order;
import static org.bengkel.sales.Fixture.perahu;
import static org.bengkel.sales.Fixture.rp;
import static org.bengkel.sales.Fixture.stocked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bengkel.Empties;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.inventory.StockLedger;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The edges mutation testing found untested in {@code sales}: each value's own checks (the Bean
 * Validation tests do not reach them), the names of missing arguments, the events and the replay of
 * an order, returns on lines that share a lot, and the details of refusals.
 */
class SalesMutationEdgesTest {

  static void refused(Executable call, String code, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  static void missing(Executable call, String field) {
    assertThatThrownBy(call::execute)
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  /** SO-2026-0001 (12 kue, 5 boats, a car wash) confirmed at +10, paid at +20, fulfilled at +30. */
  static OrderChange fulfilled(SalesOrder quoted) {
    OrderChange c = accepted(quoted.confirm(stocked(), at(10)));
    c = accepted(c.order().pay(c.ledger(), at(20)));
    return accepted(c.order().fulfil(c.ledger(), at(30)));
  }

  static GoodsReturn restockKkA(int line, long qty, int minute, String creditNote) {
    return GoodsReturn.of(
        line, KK_A.lotCode(), qty, ReturnDisposition.RESTOCK, at(minute), creditNote);
  }

  // ------------------------------------------------------------------ values' own checks

  @Test
  void eachValueChecksItsOwnTextCodesAndRanges() {
    refused(() -> Customer.government("123", " "), "value.blank", "organisation");
    refused(() -> Customer.partner("mitra-1", "UD Maju"), "value.malformed", "partnerCode");
    refused(() -> GoodsLine.of(KUE, " ", 1, rp(1)), "value.blank", "description");
    refused(() -> GoodsLine.of(KUE, "Kue", 0, rp(1)), "value.out-of-range", "quantity");
    // two picks of KK-A summing to the line's 2 units: only the distinctness check refuses them
    refused(
        () ->
            GoodsLine.builder()
                .from(kue(2))
                .soldLots(List.of(Pick.of(KK_A.lotCode(), 1), Pick.of(KK_A.lotCode(), 1)))
                .build(),
        "value.duplicate",
        "soldLots.lotCode");
    refused(() -> restockKkA(0, 1, 40, "CN-1"), "value.out-of-range", "line");
    refused(() -> restockKkA(1, 0, 40, "CN-1"), "value.out-of-range", "quantity");
    refused(() -> InvoiceLine.of(KUE, " ", 1, rp(1)), "value.blank", "description");
    refused(() -> InvoiceLine.of(KUE, "Kue", 0, rp(1)), "value.out-of-range", "quantity");
    refused(() -> InvoiceTax.added(" ", rp(1)), "value.blank", "label");
    refused(
        () -> ServiceJob.builder().from(carWash()).description(" ").build(),
        "value.blank",
        "description");
    refused(
        () ->
            SalesOrder.quoted(
                "so-1", Channel.GALLERY, Customer.walkIn(), DAY, List.of(kue(1)), at(0)),
        "value.malformed",
        "number");
  }

  @Test
  void anInvoiceChecksItsOrderNumberAndHasLines() {
    Invoice.Builder b =
        Invoice.builder()
            .kind(InvoiceKind.INVOICE)
            .number("INV-1")
            .date(DAY)
            .channel(Channel.GALLERY)
            .customer(Customer.walkIn());
    refused(
        () -> b.orderNumber("so-1").addLines(InvoiceLine.of(KUE, "Kue", 1, rp(1))).build(),
        "value.malformed",
        "orderNumber");
    refused(
        () ->
            Invoice.builder()
                .kind(InvoiceKind.INVOICE)
                .number("INV-1")
                .date(DAY)
                .orderNumber("SO-1")
                .channel(Channel.GALLERY)
                .customer(Customer.walkIn())
                .build(),
        "value.required",
        "lines");
  }

  @Test
  void missingArgumentsAreNamed() {
    missing(() -> GoodsLine.of((QuotedLine) null), "quoted");
    missing(() -> ServiceJob.of(null, VehicleClass.CAR, DAY, Set.of(ANDI)), "service");
    missing(() -> ServiceJob.of(WASH, null, DAY, Set.of(ANDI)), "vehicleClass");
    missing(() -> ServiceJob.of(null, VehicleClass.CAR, rp(1), DAY, Set.of(ANDI)), "service");
    missing(() -> ServiceJob.of(WASH, null, rp(1), DAY, Set.of(ANDI)), "vehicleClass");
    missing(() -> ServiceJob.of(WASH, VehicleClass.CAR, rp(1), DAY, null), "trainees");
    missing(() -> ServiceJob.of(null, DAY, Set.of(ANDI)), "quoted");
    Quote wash =
        QuoteToInvoiceTest.BOOK.quote(
            Channel.GALLERY,
            QuoteToInvoiceTest.DAY,
            List.of(PricingItem.of(QuoteToInvoiceTest.WASH, VehicleClass.CAR, 1)),
            QuoteToInvoiceTest.INCLUSIVE);
    missing(() -> ServiceJob.of(wash.lines().get(0), DAY, null), "trainees");
    SalesOrder quoted = quotedOrder(QuoteToInvoiceTest.INCLUSIVE);
    missing(() -> Invoice.invoiceWithQuotedTax(null, "INV-1", DAY, "PPN"), "order");
    missing(() -> Invoice.receiptWithQuotedTax(quoted, "KW-1", DAY, null), "taxLabel");
    GoodsReturn r = restockKkA(1, 1, 40, "CN-1");
    missing(() -> Invoice.creditNoteFor(null, r), "order");
    missing(() -> Invoice.creditNoteFor(quoted, null), "goodsReturn");
    // a list holding a null tax line is refused by name, not with a NullPointerException
    missing(
        () -> Invoice.receiptFor(quoted, "KW-1", DAY, Arrays.asList((InvoiceTax) null)), "taxes");
  }

  /** SO-2026-0001 from the test quote (12 nastar, 1 boat), confirmed and paid. */
  static SalesOrder quotedOrder(org.bengkel.pricing.TaxPolicy tax) {
    return QuoteToInvoiceTest.paid(
        SalesOrder.fromQuote(
            "SO-2026-0001",
            Customer.walkIn(),
            QuoteToInvoiceTest.quote(tax),
            QuoteToInvoiceTest.AT));
  }

  @Test
  void aServiceNameThatJustFitsIsKeptWhole() {
    // " (CAR)" takes 6 of the 200 characters: a name of 194 fits exactly, one of 195 is cut to
    // 191 characters and "..."
    String name = "C".repeat(194);
    ServiceJob fits = ServiceJob.of(service(name), VehicleClass.CAR, DAY, Set.of(ANDI));
    assertThat(fits.description()).isEqualTo(name + " (CAR)").hasSize(200);
    ServiceJob cut = ServiceJob.of(service(name + "D"), VehicleClass.CAR, DAY, Set.of(ANDI));
    assertThat(cut.description()).isEqualTo("C".repeat(191) + "... (CAR)").hasSize(200);
  }

  static Service service(String name) {
    return Service.builder()
        .sku(Sku.of("CUCI-KENDARAAN"))
        .name(name)
        .programme(ProgrammeCode.of("CUCI-SAE"))
        .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
        .build();
  }

  // ------------------------------------------------------------------ quoted tax on invoices

  @Test
  void everyWayATaxLineCanDisagreeWithTheQuoteIsRefused() {
    SalesOrder inclusive = quotedOrder(QuoteToInvoiceTest.INCLUSIVE);
    Rupiah ppn = inclusive.quotedTax().orElseThrow().ppn();
    // the quote's PPN included, plus Rp1 added on top
    refused(
        () ->
            Invoice.receiptFor(
                inclusive,
                "KW-1",
                DAY,
                List.of(InvoiceTax.included("PPN", ppn), InvoiceTax.added("Meterai", rp(1)))),
        "sales.invoice.tax-mismatch",
        "taxes");
    // Rp1 more than the quote's PPN, included: the refusal names the included amount
    assertThatThrownBy(
            () ->
                Invoice.receiptFor(
                    inclusive, "KW-1", DAY, List.of(InvoiceTax.included("PPN", ppn.plus(rp(1))))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rejectedValue()).contains(ppn.plus(rp(1)).toString()));

    SalesOrder exclusive = quotedOrder(QuoteToInvoiceTest.EXCLUSIVE);
    Rupiah net = exclusive.quotedTax().orElseThrow().ppn();
    refused(
        () ->
            Invoice.invoiceFor(
                exclusive,
                "INV-1",
                DAY,
                List.of(InvoiceTax.added("PPN", net), InvoiceTax.included("Lain", rp(1)))),
        "sales.invoice.tax-mismatch",
        "taxes");
    refused(
        () -> Invoice.invoiceFor(exclusive, "INV-1", DAY, List.of(InvoiceTax.included("PPN", net))),
        "sales.invoice.tax-mismatch",
        "taxes");
    // Rp1 more than the quote's PPN, added: the refusal names the added amount
    assertThatThrownBy(
            () ->
                Invoice.invoiceFor(
                    exclusive, "INV-1", DAY, List.of(InvoiceTax.added("PPN", net.plus(rp(1))))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.rejectedValue()).contains(net.plus(rp(1)).toString()));
    // the right PPN, added, is accepted
    assertThat(
            Invoice.invoiceFor(exclusive, "INV-1", DAY, List.of(InvoiceTax.added("PPN", net)))
                .taxAdded())
        .isEqualTo(net);

    // a seller that charges no PPN has no DPP nilai lain: a tax line carrying one (even Rp0,
    // the quote's own) disagrees
    SalesOrder untaxed = quotedOrder(QuoteToInvoiceTest.NO_PPN);
    assertThat(untaxed.quotedTax().orElseThrow().otherTaxBase()).isEqualTo(Rupiah.ZERO);
    refused(
        () ->
            Invoice.receiptFor(
                untaxed,
                "KW-1",
                DAY,
                List.of(InvoiceTax.included("PPN", Rupiah.ZERO, Rupiah.ZERO))),
        "sales.invoice.tax-mismatch",
        "taxes");
  }

  @Test
  void aServiceJobOfAnotherVehicleClassAtTheSamePriceDoesNotMatchItsQuote() {
    Quote wash =
        QuoteToInvoiceTest.BOOK.quote(
            Channel.GALLERY,
            QuoteToInvoiceTest.DAY,
            List.of(PricingItem.of(QuoteToInvoiceTest.WASH, VehicleClass.CAR, 1)),
            QuoteToInvoiceTest.INCLUSIVE);
    ServiceJob motorcycle =
        ServiceJob.of(
            QuoteToInvoiceTest.WASH, VehicleClass.MOTORCYCLE, rp(35_000), DAY, Set.of(ANDI));
    refused(
        () ->
            SalesOrder.fromQuote(
                "SO-1", Customer.walkIn(), wash, List.of(motorcycle), QuoteToInvoiceTest.AT),
        "sales.order.quote-mismatch",
        "lines[0].vehicleClass");
  }

  // ------------------------------------------------------------------ returns

  @Test
  void returnsCountOnlyTheirOwnLineAndLot() {
    // two lines of 5 kue each: line 1 picks 5 of KK-A, line 2 the next 5 of KK-A
    OrderChange f = fulfilled(order("SO-2026-0020", kue(5), kue(5)));
    assertThat(((GoodsLine) f.order().line(2)).soldLots())
        .containsExactly(Pick.of(KK_A.lotCode(), 5));
    OrderChange r =
        accepted(f.order().returnGoods(f.ledger(), restockKkA(1, 2, 40, "CN-2026-0001")));
    SalesOrder after = r.order();
    assertThat(after.returnable(1, KK_A.lotCode())).isEqualTo(3); // 5 - 2
    assertThat(after.returnable(2, KK_A.lotCode())).isEqualTo(5); // line 2: nothing returned
    assertThat(after.returnable(1, KK_B.lotCode())).isZero(); // nothing of KK-B sold
    // one quoted move + confirm, pay, fulfil + one return
    assertThat(after.version()).isEqualTo(5);
    assertThat(f.order().version()).isEqualTo(4);
  }

  @Test
  void aReturnDatedBeforeTheEarlierReturnIsRefusedEvenAfterTheFulfilment() {
    OrderChange f = fulfilled(order());
    OrderChange first =
        accepted(f.order().returnGoods(f.ledger(), restockKkA(1, 1, 40, "CN-2026-0001")));
    // +35 is after the fulfilment (+30) but before the first return (+40)
    Outcome<OrderChange> r =
        first.order().returnGoods(first.ledger(), restockKkA(1, 1, 35, "CN-2026-0002"));
    assertThat(r.codes()).containsExactly("sales.order.date-order");
  }

  @Test
  void aStoredOrderWithAReturnOnAServiceLineOrTooManyUnitsIsRefused() {
    SalesOrder f = fulfilled(order()).order();
    // line 3 is the car wash
    refused(
        () -> SalesOrder.builder().from(f).addReturns(restockKkA(3, 1, 40, "CN-1")).build(),
        "sales.return.line",
        "returns[0].line");
    refused(
        () -> SalesOrder.builder().from(f).addReturns(restockKkA(4, 1, 40, "CN-1")).build(),
        "sales.return.line",
        "returns[0].line");
    // 10 of KK-A sold on line 1; 4 then 8 come back: 12 > 10, and when the second came only
    // 10 - (12 - 8) = 6 could still be returned
    assertThatThrownBy(
            () ->
                SalesOrder.builder()
                    .from(f)
                    .addReturns(restockKkA(1, 4, 40, "CN-1"), restockKkA(1, 8, 41, "CN-2"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.return.exceeds-sold");
              assertThat(e.field()).isEqualTo("returns[1].quantity");
              assertThat(e.details()).last().isEqualTo("6");
            });
  }

  @Test
  void soldLotsOnTheWrongSideOfTheFulfilmentNameTheUnitsExpected() {
    SalesOrder f = fulfilled(order()).order();
    List<OrderLine> unsold = new ArrayList<>(f.lines());
    unsold.set(1, perahu(5));
    // fulfilled, line 2 without lots: its 5 units must be accounted for
    assertThatThrownBy(() -> SalesOrder.builder().from(f).lines(unsold).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.line.sold-lots");
              assertThat(e.field()).isEqualTo("lines[1].soldLots");
              assertThat(e.details()).last().isEqualTo("5");
            });
    // quoted, line 1 with lots: none expected
    SalesOrder quoted = order();
    List<OrderLine> sold = new ArrayList<>(quoted.lines());
    sold.set(0, kue(12).recordSold(List.of(Pick.of(KK_A.lotCode(), 12))));
    assertThatThrownBy(() -> SalesOrder.builder().from(quoted).lines(sold).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("lines[0].soldLots");
              assertThat(e.details()).last().isEqualTo("0");
            });
  }

  // ------------------------------------------------------------------ cancel

  @Test
  void cancellingTouchesOnlyTheReservationsTheOrderHolds() {
    SalesOrder quoted = order();
    // someone else's reservation that happens to carry the id of line 1, made on the ledger
    StockLedger ledger = Fixture.accept(stocked().reserve(quoted.reservationId(1), KUE, 3, at(5)));
    OrderChange c = accepted(quoted.cancel(ledger, at(10)));
    assertThat(c.ledger().reservation(quoted.reservationId(1))).isPresent();

    // a confirmed order: line 3 is a service job, a reservation with its id is not the order's
    OrderChange confirmed = accepted(quoted.confirm(stocked(), at(10)));
    StockLedger withThird =
        Fixture.accept(confirmed.ledger().reserve(quoted.reservationId(3), KUE, 1, at(15)));
    OrderChange cancelled = accepted(confirmed.order().cancel(withThird, at(20)));
    assertThat(cancelled.ledger().reservation(quoted.reservationId(1))).isEmpty();
    assertThat(cancelled.ledger().reservation(quoted.reservationId(2))).isEmpty();
    assertThat(cancelled.ledger().reservation(quoted.reservationId(3))).isPresent();
  }

  // ------------------------------------------------------------------ events and replay

  /** The whole life: quoted, confirmed, paid, fulfilled, 2 of KK-A returned at +40. */
  static SalesOrder lived() {
    OrderChange f = fulfilled(order());
    return accepted(f.order().returnGoods(f.ledger(), restockKkA(1, 2, 40, "CN-2026-0001")))
        .order();
  }

  @Test
  void theEventsOfAnOrderRecordEveryMoveAndReturnInVersionOrder() {
    SalesOrder quoted = order();
    SalesOrder order = lived();
    List<SalesOrderEvent> events = order.events();
    assertThat(events)
        .extracting(SalesOrderEvent::type)
        .containsExactly(
            "sales.order-quoted",
            "sales.order-confirmed",
            "sales.order-paid",
            "sales.order-fulfilled",
            "sales.goods-returned");
    assertThat(events).extracting(SalesOrderEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(events)
        .extracting(SalesOrderEvent::stamp)
        .containsExactly(at(0), at(10), at(20), at(30), at(40));
    assertThat(events).extracting(SalesOrderEvent::aggregateId).containsOnly("SO-2026-0001");
    // the quote event holds the order as quoted: no lots sold, one move, no return
    assertThat(((SalesOrderEvent.OrderQuoted) events.get(0)).quoted()).isEqualTo(quoted);
    // an order never moved is its own quote, not a copy
    SalesOrderEvent.OrderQuoted first = (SalesOrderEvent.OrderQuoted) quoted.events().get(0);
    assertThat(first.quoted()).isSameAs(quoted);

    // 3 lines; 12 x Rp90.000 + 5 x Rp100.000 + Rp35.000 = Rp1.615.000
    assertThat(events.get(0).auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly("SO-2026-0001", 3, "Rp1.615.000", Channel.GALLERY);
    assertThat(events.get(1).auditFacts(Disclosure.NO_TRAINEES)).containsExactly("SO-2026-0001");
    assertThat(events.get(2).auditFacts(Disclosure.NO_TRAINEES)).containsExactly("SO-2026-0001");
    // kue from KK-A then KK-B, boats from P-2 then P-1
    assertThat(events.get(3).auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly("SO-2026-0001", "KK-A, KK-B, P-2, P-1");
    assertThat(events.get(4).auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly(2L, "KK-A", "SO-2026-0001", "CN-2026-0001", ReturnDisposition.RESTOCK);

    SalesOrder cancelled = accepted(quoted.cancel(stocked(), at(5))).order();
    SalesOrderEvent last = cancelled.events().get(1);
    assertThat(last.type()).isEqualTo("sales.order-cancelled");
    assertThat(last.auditFacts(Disclosure.NO_TRAINEES)).containsExactly("SO-2026-0001");

    // a fulfilled order of service jobs only sold no lot
    SalesOrder washed = fulfilled(order("SO-2026-0031", carWash())).order();
    assertThat(washed.events().get(3).auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly("SO-2026-0031", "-");
  }

  @Test
  void eventsCheckTheirOrderAndVersion() {
    Stamp t = at(0);
    SalesOrder quoted = order();
    GoodsReturn r = restockKkA(1, 1, 40, "CN-1");
    missing(() -> new SalesOrderEvent.OrderQuoted(null, 1, t, quoted), "order");
    missing(() -> new SalesOrderEvent.OrderConfirmed(null, 2, t), "order");
    missing(() -> new SalesOrderEvent.OrderPaid(null, 3, t), "order");
    missing(() -> new SalesOrderEvent.OrderFulfilled(null, 4, t, quoted.lines()), "order");
    missing(() -> new SalesOrderEvent.OrderCancelled(null, 2, t), "order");
    missing(() -> new SalesOrderEvent.GoodsReturned(null, 5, r), "order");
    refused(
        () -> new SalesOrderEvent.OrderConfirmed("SO-1", 0, t), "value.out-of-range", "version");
  }

  @Test
  void anOrderReplayedFromItsEventsIsTheOrder() {
    SalesOrder order = lived();
    assertThat(SalesOrder.replay("SO-2026-0001", order.events())).isEqualTo(order);
    SalesOrder cancelled = accepted(order().cancel(stocked(), at(5))).order();
    assertThat(SalesOrder.replay("SO-2026-0001", cancelled.events())).isEqualTo(cancelled);
  }

  @Test
  void inconsistentEventsAreRefusedByIndex() {
    List<SalesOrderEvent> events = lived().events();
    String inconsistent = "audit.event.inconsistent";
    // another order's events
    refused(() -> SalesOrder.replay("SO-2026-0002", events), inconsistent, "events[0]");
    // a later event of another order, though the order rebuilt so far is the right one
    refused(
        () ->
            SalesOrder.replay(
                "SO-2026-0001",
                List.of(
                    events.get(0), new SalesOrderEvent.OrderConfirmed("SO-2026-0009", 2, at(10)))),
        inconsistent,
        "events[1]");
    // out of order: version 3 at index 1
    refused(
        () -> SalesOrder.replay("SO-2026-0001", List.of(events.get(0), events.get(2))),
        inconsistent,
        "events[1]");
    // not first a quote
    refused(
        () -> SalesOrder.replay("SO-2026-0001", events.subList(1, 2)), inconsistent, "events[0]");
    // a quote again at version 2
    SalesOrder quoted = order();
    refused(
        () ->
            SalesOrder.replay(
                "SO-2026-0001",
                List.of(
                    events.get(0),
                    new SalesOrderEvent.OrderQuoted("SO-2026-0001", 2, at(1), quoted))),
        inconsistent,
        "events[1]");
    // a quote event holding another order, or an order already moved
    refused(
        () ->
            SalesOrder.replay(
                "SO-2026-0001",
                List.of(
                    new SalesOrderEvent.OrderQuoted(
                        "SO-2026-0001", 1, at(0), order("SO-2026-0009", kue(1))))),
        inconsistent,
        "events[0]");
    SalesOrder confirmed = accepted(quoted.confirm(stocked(), at(10))).order();
    refused(
        () ->
            SalesOrder.replay(
                "SO-2026-0001",
                List.of(new SalesOrderEvent.OrderQuoted("SO-2026-0001", 1, at(0), confirmed))),
        inconsistent,
        "events[0]");
    // a move the order does not allow: paid straight after the quote
    assertThatThrownBy(
            () ->
                SalesOrder.replay(
                    "SO-2026-0001",
                    List.of(
                        events.get(0), new SalesOrderEvent.OrderPaid("SO-2026-0001", 2, at(1)))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.order.transition");
              assertThat(e.field()).startsWith("events[1]");
            });
    // no events is a list given empty, not a missing one (it was MissingValueException)
    Empties.refusedAsEmpty(() -> SalesOrder.replay("SO-2026-0001", List.of()), "events");
  }
}
