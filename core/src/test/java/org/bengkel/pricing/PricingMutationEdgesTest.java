package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.item;
import static org.bengkel.pricing.PricingFixtures.list;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.money.Rate;
import org.bengkel.outcome.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Edges of the pricing values that the mutation run (PIT, STRONGER group) found untested: lists
 * given out of date order, retiring an open list, replaying inconsistent events, the events' own
 * checks and facts, the lowest of several offers, item and step refusals that name their field.
 */
class PricingMutationEdgesTest {

  private static final Stamp AT = Stamps.at(2025, 12, 1, 9, 0);
  private static final LocalDate JUN_30 = LocalDate.of(2026, 6, 30);
  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

  private static final PriceList FIRST_HALF =
      list("GAL-H1", Channel.GALLERY, PriceBasis.COST).effectiveUntil(JUN_30).build();
  private static final PriceList SECOND_HALF =
      list("GAL-H2", Channel.GALLERY, PriceBasis.COST).effectiveFrom(JUL_1).build();

  @Test
  void listsGivenOutOfDateOrderAreFoundByDay() {
    // The book keeps the order given (second half first); the search sorts each channel by day.
    PriceBook book = PriceBook.of(SECOND_HALF, FIRST_HALF);
    assertThat(book.lists()).containsExactly(SECOND_HALF, FIRST_HALF);
    assertThat(book.listFor(Channel.GALLERY, LocalDate.of(2026, 3, 1))).contains(FIRST_HALF);
    assertThat(book.listFor(Channel.GALLERY, JUN_30)).contains(FIRST_HALF);
    assertThat(book.listFor(Channel.GALLERY, JUL_1)).contains(SECOND_HALF);
  }

  @Test
  void aListOverlappingTheOneBeforeItIsFoundBehindAnEarlierOne() {
    // January, then February, then a list from 15 February: it overlaps February, not January,
    // so the sweep must compare it with the list met just before it.
    PriceList jan =
        list("JAN", Channel.GALLERY, PriceBasis.COST)
            .effectiveUntil(LocalDate.of(2026, 1, 31))
            .build();
    PriceList feb =
        list("FEB", Channel.GALLERY, PriceBasis.COST)
            .effectiveFrom(LocalDate.of(2026, 2, 1))
            .effectiveUntil(LocalDate.of(2026, 2, 28))
            .build();
    PriceList mid =
        list("MID", Channel.GALLERY, PriceBasis.COST)
            .effectiveFrom(LocalDate.of(2026, 2, 15))
            .build();
    assertThatThrownBy(() -> PriceBook.of(jan, feb, mid))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("pricing.list.overlap");
              assertThat(e.field()).isEqualTo("lists[2].from");
              assertThat(e.details()).containsExactly("FEB");
            });
    // Lists of another channel in between do not hide the overlap either.
    PriceList expo = list("EXPO", Channel.EXHIBITION, PriceBasis.COST).build();
    assertRefused(() -> PriceBook.of(jan, expo, feb, mid), "pricing.list.overlap", "lists[3].from");
  }

  @Test
  void isInForceOnCountsBothEndsOfThePeriod() {
    assertThat(FIRST_HALF.isInForceOn(JAN_1.minusDays(1))).isFalse();
    assertThat(FIRST_HALF.isInForceOn(JAN_1)).isTrue();
    assertThat(FIRST_HALF.isInForceOn(JUN_30)).isTrue();
    assertThat(FIRST_HALF.isInForceOn(JUL_1)).isFalse();
    assertThat(SECOND_HALF.isInForceOn(LocalDate.of(2099, 12, 31))).isTrue();
  }

  @Test
  void aBookRefusesANegativeVersion() {
    assertRefused(() -> PriceBook.builder().version(-1).build(), "value.out-of-range", "version");
    assertThat(PriceBook.builder().version(0).build().version()).isZero();
  }

  @Test
  void replacingAndRetiringTheSecondListLeaveTheFirstAlone() {
    PriceBook book = PriceBook.of(FIRST_HALF, SECOND_HALF);
    PriceList cheaper =
        list("GAL-H2", Channel.GALLERY, PriceBasis.LIST_PRICE)
            .effectiveFrom(JUL_1)
            .putListPrice(KUE, rp(80_000))
            .build();
    Outcome<PriceBook> replaced = book.replaceList(cheaper, AT);
    assertThat(replaced.orElseThrow().lists()).containsExactly(FIRST_HALF, cheaper);
    // SECOND_HALF has no end: retiring it on 31 December is accepted, and only it changes.
    LocalDate dec31 = LocalDate.of(2026, 12, 31);
    Outcome<PriceBook> retired = book.retireList("GAL-H2", dec31, AT);
    assertThat(retired.isAccepted()).isTrue();
    assertThat(retired.orElseThrow().lists().get(0)).isEqualTo(FIRST_HALF);
    assertThat(retired.orElseThrow().lists().get(1).effectiveUntil()).contains(dec31);
    assertThat(retired.events())
        .containsExactly(new PriceBookEvent.PriceListRetired(1, AT, "GAL-H2", dec31));
  }

  @Test
  void replayRefusesAnEventOfTheWrongVersionOrAChangeThatIsRefused() {
    // The first change of the empty book yields version 1; an event claiming version 2 is not it.
    assertThatThrownBy(
            () -> PriceBook.replay(List.of(new PriceBookEvent.PriceListAdded(2, AT, FIRST_HALF))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("audit.event.inconsistent");
              assertThat(e.field()).isEqualTo("events[0]");
            });
    // Retiring a list the empty book does not hold is refused, so its event cannot be replayed.
    assertRefused(
        () ->
            PriceBook.replay(List.of(new PriceBookEvent.PriceListRetired(1, AT, "GAL-H1", JUN_30))),
        "audit.event.inconsistent",
        "events[0]");
    // Replacing a list the book does not hold: refused too.
    assertRefused(
        () -> PriceBook.replay(List.of(new PriceBookEvent.PriceListReplaced(1, AT, FIRST_HALF))),
        "audit.event.inconsistent",
        "events[0]");
  }

  @Test
  void eventsCheckTheirVersionAndStateTheirFacts() {
    assertRefused(
        () -> new PriceBookEvent.PriceListAdded(0, AT, FIRST_HALF),
        "value.out-of-range",
        "version");
    assertRefused(
        () -> new PriceBookEvent.PriceListReplaced(0, AT, FIRST_HALF),
        "value.out-of-range",
        "version");
    assertRefused(
        () -> new PriceBookEvent.PriceListRetired(0, AT, "GAL-H1", JUN_30),
        "value.out-of-range",
        "version");
    assertThatThrownBy(() -> new PriceBookEvent.PriceListAdded(1, null, FIRST_HALF))
        .isInstanceOf(MissingValueException.class);

    PriceBookEvent.PriceListAdded added = new PriceBookEvent.PriceListAdded(1, AT, FIRST_HALF);
    PriceBookEvent.PriceListReplaced replaced =
        new PriceBookEvent.PriceListReplaced(2, AT, SECOND_HALF);
    assertThat(added.aggregateId()).isEqualTo("price-book");
    assertThat(added.listId()).isEqualTo("GAL-H1");
    assertThat(replaced.listId()).isEqualTo("GAL-H2");
    assertThat(added.auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly("GAL-H1", "GALLERY", "2026-01-01");
    assertThat(replaced.auditFacts(Disclosure.NO_TRAINEES))
        .containsExactly("GAL-H2", "GALLERY", "2026-07-01");
  }

  @Test
  void aRuleMayEndWithoutAStart() {
    PriceRule rule = PriceRule.forAll("R").effectiveUntil(JUN_30).build();
    assertThat(rule.effectiveFrom()).isEmpty();
    assertThat(rule.appliesTo(JUN_30, 1)).isTrue();
    assertThat(rule.appliesTo(JUL_1, 1)).isFalse();
  }

  @Test
  void theLowestOfSeveralOffersIsCompared() {
    EKatalogListing listing =
        EKatalogListing.builder()
            .sku(KUE)
            .unit(Unit.PIECE)
            .zone("JATIM")
            .price(rp(16_000))
            .minimumOrder(1)
            .localContent(Rate.percent(40))
            .producerScale(ProducerScale.MICRO)
            .build();
    // Rp20.000, Rp15.000, Rp18.000: the lowest is the second, neither the first nor the last;
    // Rp16.000 is above it, so the price check fails against Rp15.000.
    List<OfferedPrice> offers =
        List.of(
            OfferedPrice.of("TOKO-A", KUE, Unit.PIECE, "JATIM", rp(20_000)),
            OfferedPrice.of("TOKO-B", KUE, Unit.PIECE, "JATIM", rp(15_000)),
            OfferedPrice.of("TOKO-C", KUE, Unit.PIECE, "JATIM", rp(18_000)));
    EKatalogFinding price = EKatalogPolicy.standard().check(listing, offers).findings().get(0);
    assertThat(price.passed()).isFalse();
    assertThat(price.comparedPrice()).contains(rp(15_000));
    assertThat(price.comparedSource()).contains("TOKO-B");
    assertThatThrownBy(() -> EKatalogListing.forProduct(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("product"));
  }

  @Test
  void itemRefusalsNameTheKindAndTheMissingArgument() {
    PricingItem goods = item(KUE, "FOOD", 1);
    assertThatThrownBy(() -> PricingItem.builder().from(goods).tariff(rp(1)).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("tariff");
              assertThat(e.details()).containsExactly("GOODS");
            });
    PricingItem job = PricingItem.of(PricingItemTest.WASH, VehicleClass.CAR, 1);
    assertThatThrownBy(() -> PricingItem.builder().from(job).unit(Unit.PIECE).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("unit");
              assertThat(e.details()).containsExactly("SERVICE");
            });
    assertMissing(() -> PricingItem.of(null, 1), "product");
    // Both missing: the cost is checked first.
    assertMissing(() -> PricingItem.of(null, 1, null), "cost");
    assertMissing(() -> PricingItem.of(null, VehicleClass.CAR, 1), "service");
    assertMissing(() -> PricingItem.of(PricingItemTest.WASH, null, 1), "vehicleClass");
    assertMissing(() -> goods.withCost(null), "cost");
  }

  @Test
  void stepParametersAreCountedAndCheckedByKind() {
    // MARKUP takes one parameter (rate): two are refused, not silently cut to one.
    assertRefused(
        () -> PriceStep.of("R", StepCode.MARKUP, rp(100), rp(110), Rate.percent(10), "extra"),
        "pricing.step.params",
        "params");
    assertRefused(
        () -> PriceStep.of("R", StepCode.TEXT, rp(100), rp(100), " "),
        "value.blank",
        "params.text");
    assertRefused(
        () ->
            PriceStep.builder()
                .source("R")
                .kind(StepKind.BASE)
                .code(StepCode.BASE_TARIFF)
                .putParam("sku", "CUCI-KENDARAAN")
                .putParam("vehicleClass", "mobil kecil")
                .putParam("tariff", "Rp35.000")
                .before(rp(35_000))
                .after(rp(35_000))
                .build(),
        "value.malformed",
        "params.vehicleClass");
  }

  @Test
  void aSellerNotRegisteredForPpnQuotesThePayableEvenWhenPricesExcludeIt() {
    // NON_PKP, EXCLUSIVE: quoted must be payable = 1,000 + 100 = 1,100, not the price without
    // PPN (1,000), so quoted 1,000 is refused on "quoted" before the PPN itself is looked at.
    assertRefused(
        () ->
            TaxBreakdown.builder()
                .status(TaxStatus.NON_PKP)
                .inclusion(PriceInclusion.EXCLUSIVE)
                .quoted(rp(1_000))
                .priceExcludingTax(rp(1_000))
                .otherTaxBase(rp(0))
                .ppn(rp(100))
                .build(),
        "pricing.quote.inconsistent",
        "quoted");
  }

  private static void assertMissing(Runnable call, String field) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
