package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.KAPAL;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.TODAY;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.item;
import static org.bengkel.pricing.PricingFixtures.list;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.Empties;
import org.bengkel.catalog.Unit;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** Every refusal of the pricing values and of the pipeline, by rule code. */
class PriceBookRefusalTest {

  private static final TaxPolicy NO_TAX =
      TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.NON_PKP, PriceInclusion.INCLUSIVE);

  @Test
  void chainedListsInACycleAreRefused() {
    PriceList gallery =
        list("GAL", Channel.GALLERY, PriceBasis.CHANNEL).baseChannel(Channel.EXHIBITION).build();
    PriceList exhibition =
        list("EXPO", Channel.EXHIBITION, PriceBasis.CHANNEL)
            .baseChannel(Channel.ONLINE_MARKETPLACE)
            .build();
    PriceList online =
        list("ONLINE", Channel.ONLINE_MARKETPLACE, PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .build();
    assertThatThrownBy(() -> PriceBook.of(gallery, exhibition, online))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              assertThat(ive.ruleCode()).isEqualTo("pricing.list.cycle");
              assertThat(ive.details()).containsExactly("GAL -> EXPO -> ONLINE -> GAL");
            });
    // the same chain is fine when the last list is in force at another time
    PriceList onlineLater =
        list("ONLINE", Channel.ONLINE_MARKETPLACE, PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .effectiveFrom(LocalDate.of(2027, 1, 1))
            .build();
    PriceList galleryThisYear =
        list("GAL", Channel.GALLERY, PriceBasis.CHANNEL)
            .baseChannel(Channel.EXHIBITION)
            .effectiveUntil(LocalDate.of(2026, 12, 31))
            .build();
    assertThat(PriceBook.of(galleryThisYear, exhibition, onlineLater).lists()).hasSize(3);
  }

  @Test
  void listBasedOnItsOwnChannelIsACycle() {
    assertRefused(
        () -> list("GAL", Channel.GALLERY, PriceBasis.CHANNEL).baseChannel(Channel.GALLERY).build(),
        "pricing.list.cycle",
        "baseChannel");
  }

  @Test
  void baseChannelGoesWithTheChannelBasisOnly() {
    assertRefused(
        () -> list("GAL", Channel.GALLERY, PriceBasis.CHANNEL).build(),
        "pricing.list.base-channel",
        "baseChannel");
    assertRefused(
        () -> list("GAL", Channel.GALLERY, PriceBasis.COST).baseChannel(Channel.EXHIBITION).build(),
        "pricing.list.base-channel",
        "baseChannel");
  }

  @Test
  void overlappingListsOfOneChannelAreRefused() {
    PriceList a =
        list("GAL-A", Channel.GALLERY, PriceBasis.COST)
            .effectiveUntil(LocalDate.of(2026, 6, 30))
            .build();
    PriceList b =
        list("GAL-B", Channel.GALLERY, PriceBasis.COST)
            .effectiveFrom(LocalDate.of(2026, 6, 30))
            .build();
    assertRefused(() -> PriceBook.of(a, b), "pricing.list.overlap", "lists[1].from");
    PriceList c =
        list("GAL-C", Channel.GALLERY, PriceBasis.COST)
            .effectiveFrom(LocalDate.of(2026, 7, 1))
            .build();
    assertThat(PriceBook.of(a, c).listFor(Channel.GALLERY, LocalDate.of(2026, 7, 1))).contains(c);
    PriceBook ac = PriceBook.of(a).withList(c);
    assertThat(ac.lists()).containsExactly(a, c);
    assertRefused(
        () -> ac.withList(list("GAL-D", Channel.GALLERY, PriceBasis.COST).build()),
        "pricing.list.overlap",
        "lists[2].from");
    assertRefused(
        () -> PriceBook.of(a, list("GAL-A", Channel.EXHIBITION, PriceBasis.COST).build()),
        "value.duplicate",
        "lists.id");
  }

  @Test
  void listAndRulePeriodsMustNotEndBeforeTheyStart() {
    assertRefused(
        () ->
            list("GAL", Channel.GALLERY, PriceBasis.COST)
                .effectiveUntil(JAN_1.minusDays(1))
                .build(),
        "value.date-order",
        "effectiveUntil");
    assertRefused(
        () -> PriceRule.forAll("R").effectiveFrom(JAN_1).effectiveUntil(JAN_1.minusDays(1)).build(),
        "value.date-order",
        "effectiveUntil");
  }

  @Test
  void ruleScopeMustMatchWhatItNames() {
    assertRefused(
        () -> PriceRule.forAll("R").category(PricingFixtures.cat("COOKIES")).build(),
        "pricing.rule.scope",
        "category");
    assertRefused(() -> PriceRule.forAll("R").sku(KUE).build(), "pricing.rule.scope", "sku");
    assertRefused(
        () -> PriceRule.builder().id("R").scope(RuleScope.CATEGORY).build(),
        "pricing.rule.scope",
        "category");
    assertRefused(
        () -> PriceRule.builder().id("R").scope(RuleScope.PRODUCT).build(),
        "pricing.rule.scope",
        "sku");
  }

  @Test
  void ruleHasEitherMarkupOrDiscountAndOrderedMargins() {
    assertRefused(
        () -> PriceRule.forAll("R").markup(Rate.percent(10)).discount(Rate.percent(5)).build(),
        "pricing.rule.markup-and-discount",
        "discount");
    assertRefused(
        () -> PriceRule.forAll("R").minMargin(Rate.percent(30)).maxMargin(Rate.percent(20)).build(),
        "pricing.rule.margin-order",
        "minMargin");
    assertRefused(
        () -> PriceRule.forAll("R").minQuantity(0).build(), "value.out-of-range", "minQuantity");
    assertRefused(() -> PriceRule.forAll("r 1").build(), "value.malformed", "id");
  }

  @Test
  void ruleIdentifiersAreUniqueWithinAList() {
    PriceList one =
        list("GAL", Channel.GALLERY, PriceBasis.COST)
            .build()
            .withRule(PriceRule.forAll("R").build());
    assertThat(one.rules()).extracting(PriceRule::id).containsExactly("R");
    assertRefused(
        () -> one.withRule(PriceRule.forCategory("R", PricingFixtures.cat("FOOD")).build()),
        "value.duplicate",
        "rules.id");
    assertRefused(
        () ->
            list("GAL", Channel.GALLERY, PriceBasis.COST)
                .addAllRules(
                    List.of(
                        PriceRule.forAll("R").build(),
                        PriceRule.forCategory("R", PricingFixtures.cat("FOOD")).build()))
                .build(),
        "value.duplicate",
        "rules.id");
  }

  @Test
  void channelWithoutAListInForceCannotBePriced() {
    PriceBook book = PriceBook.of(list("GAL", Channel.GALLERY, PriceBasis.COST).build());
    assertRefused(
        () -> book.quote(Channel.E_KATALOG, TODAY, List.of(item(KUE, "FOOD", 1, 1)), NO_TAX),
        "pricing.no-price-list",
        "items[0].channel");
    assertRefused(
        () -> book.price(Channel.GALLERY, JAN_1.minusDays(1), item(KUE, "FOOD", 1, 1)),
        "pricing.no-price-list",
        "channel");
    // a chained list whose base channel has no list that day
    PriceBook chained =
        PriceBook.of(
            list("GOV", Channel.GOVERNMENT_DIRECT, PriceBasis.CHANNEL)
                .baseChannel(Channel.GALLERY)
                .build());
    assertRefused(
        () -> chained.price(Channel.GOVERNMENT_DIRECT, TODAY, item(KUE, "FOOD", 1, 1)),
        "pricing.no-price-list",
        "channel");
  }

  @Test
  void costPlusNeedsAKnownCost() {
    PriceBook book = PriceBook.of(list("GAL", Channel.GALLERY, PriceBasis.COST).build());
    assertRefused(
        () ->
            book.quote(
                Channel.GALLERY,
                TODAY,
                List.of(item(KUE, "FOOD", 1, 5_000), item(KAPAL, "CRAFT", 1)),
                NO_TAX),
        "pricing.no-cost",
        "items[1].cost");
  }

  @Test
  void listPriceListNeedsAPriceForTheSku() {
    PriceBook book =
        PriceBook.of(
            list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KUE, rp(90_000))
                .build());
    assertRefused(
        () -> book.price(Channel.GALLERY, TODAY, item(KAPAL, "CRAFT", 1)),
        "pricing.no-list-price",
        "sku");
  }

  @Test
  void quoteNeedsItems() {
    PriceBook book = PriceBook.of(list("GAL", Channel.GALLERY, PriceBasis.COST).build());
    Empties.refusedAsEmpty(() -> book.quote(Channel.GALLERY, TODAY, List.of(), NO_TAX), "items");
  }

  @Test
  void itemRefusesImpossibleValues() {
    assertRefused(() -> item(KUE, "FOOD", 0), "value.out-of-range", "quantity");
    assertRefused(
        () ->
            PricingItem.builder()
                .sku(KUE)
                .description(" ")
                .category(PricingFixtures.cat("FOOD"))
                .unit(Unit.JAR)
                .quantity(1)
                .build(),
        "value.blank",
        "description");
  }

  @Test
  void handBuiltLinesAndQuotesThatDoNotAddUpAreRefused() {
    PriceStep base = PriceStep.of("GAL", StepCode.BASE_COST, rp(100), rp(100), rp(100));
    PriceStep markup = PriceStep.of("R", StepCode.MARKUP, rp(100), rp(110), Rate.percent(10));
    PriceStep gap = PriceStep.of("R", StepCode.SURCHARGE, rp(120), rp(130), rp(10));
    QuotedLine.Builder line = QuotedLine.builder().item(item(KUE, "FOOD", 2)).listId("GAL");
    assertRefused(
        () -> line.steps(List.of(markup)).unitPrice(rp(110)).build(),
        "pricing.quote.inconsistent",
        "steps");
    assertRefused(
        () ->
            QuotedLine.builder()
                .item(item(KUE, "FOOD", 2))
                .listId("GAL")
                .steps(List.of(base, gap))
                .unitPrice(rp(130))
                .build(),
        "pricing.quote.inconsistent",
        "steps[1].before");
    assertRefused(
        () ->
            QuotedLine.builder()
                .item(item(KUE, "FOOD", 2))
                .listId("GAL")
                .steps(List.of(base, markup))
                .unitPrice(rp(100))
                .build(),
        "pricing.quote.inconsistent",
        "unitPrice");
    assertRefused(
        () -> PriceStep.of("GAL", StepCode.BASE_COST, rp(100), rp(101), rp(100)),
        "pricing.quote.inconsistent",
        "after");
    assertRefused(
        () ->
            QuotedLine.builder().item(item(KUE, "FOOD", 2)).listId("GAL").unitPrice(rp(1)).build(),
        "pricing.quote.inconsistent",
        "steps");

    QuotedLine ok =
        QuotedLine.builder()
            .item(item(KUE, "FOOD", 2))
            .listId("GAL")
            .steps(List.of(base, markup))
            .unitPrice(rp(110))
            .build();
    TaxBreakdown wrong = NO_TAX.apply(rp(219));
    assertRefused(
        () -> Quote.builder().channel(Channel.GALLERY).date(TODAY).addLine(ok).tax(wrong).build(),
        "pricing.quote.inconsistent",
        "tax.quoted");
    assertRefused(
        () -> Quote.builder().channel(Channel.GALLERY).date(TODAY).tax(NO_TAX.apply(rp(0))).build(),
        "pricing.quote.inconsistent",
        "lines");
    assertThat(
            Quote.builder()
                .channel(Channel.GALLERY)
                .date(TODAY)
                .addLine(ok)
                .tax(NO_TAX.apply(rp(220)))
                .build()
                .payable())
        .isEqualTo(rp(220));
  }

  @Test
  void ruleIndexNeverConsultsOtherProductsRules() {
    PriceList.Builder b =
        list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE).putListPrice(KUE, rp(90_000));
    for (int i = 0; i < 1_000; i++) {
      b.addRule(
          PriceRule.forProduct("P" + i, org.bengkel.catalog.Sku.of("SKU-" + i))
              .discount(Rate.percent(50))
              .build());
    }
    PriceList gallery = b.build();
    assertThat(gallery.index().bySku).hasSize(1_000);
    assertThat(gallery.index().bySku.get(KUE)).isNull();
    assertThat(gallery.ruleFor(item(KUE, "FOOD", 1), TODAY)).isEmpty();
    assertThat(
            gallery
                .ruleFor(item(org.bengkel.catalog.Sku.of("SKU-7"), "FOOD", 1), TODAY)
                .map(PriceRule::id))
        .contains("P7");
  }
}
