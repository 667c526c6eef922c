package org.bengkel.testkit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogFinding;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.PricingRule;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.RuleScope;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.PricingGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/** Laws of the pricing pipeline: quote totals, floors, the winning rule, tax and e-Katalog. */
class PricingLawsTest {

  @Test
  void quoteTotalsEqualTheSumOfLinesAndNoPriceIsBelowItsFloor() {
    Property.check(
        "a quote's subtotal is the exact sum of its lines, and no unit price is below its rule's floor",
        PricingGen.quoteCases(),
        c -> {
          Quote quote = c.book().quote(c.channel(), c.date(), c.items(), c.tax());
          assertThat(quote.lines()).hasSize(c.items().size());
          BigInteger sum = BigInteger.ZERO;
          for (int i = 0; i < quote.lines().size(); i++) {
            QuotedLine line = quote.lines().get(i);
            assertThat(line.item()).isEqualTo(c.items().get(i));
            BigInteger total =
                BigInteger.valueOf(line.unitPrice().amount())
                    .multiply(BigInteger.valueOf(line.quantity()));
            assertThat(BigInteger.valueOf(line.lineTotal().amount())).isEqualTo(total);
            sum = sum.add(total);
            assertThat(line.unitPrice().amount()).isNotNegative();
            PriceList list =
                c.book().lists().stream()
                    .filter(l -> l.id().equals(line.listId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(list.channel()).isEqualTo(c.channel());
            assertThat(list.isInForceOn(c.date())).isTrue();
            Optional<PriceRule> rule =
                line.ruleId()
                    .map(
                        id ->
                            list.rules().stream()
                                .filter(r -> r.id().equals(id))
                                .findFirst()
                                .orElseThrow());
            rule.flatMap(PriceRule::floor)
                .ifPresent(floor -> assertThat(line.unitPrice()).isGreaterThanOrEqualTo(floor));
            assertThat(rule).isEqualTo(expectedRule(list, line.item(), c.date()));
            List<PriceStep> steps = line.steps();
            assertThat(steps.get(steps.size() - 1).after()).isEqualTo(line.unitPrice());
            if (list.basis() == PriceBasis.COST) {
              assertThat(steps.get(0).before()).isEqualTo(line.item().cost().orElseThrow());
            }
            if (list.basis() == PriceBasis.LIST_PRICE) {
              assertThat(steps.get(0).before()).isEqualTo(list.listPrices().get(line.item().sku()));
            }
          }
          assertThat(BigInteger.valueOf(quote.subtotal().amount())).isEqualTo(sum);
          TaxBreakdown tax = quote.tax();
          assertThat(tax.quoted()).isEqualTo(quote.subtotal());
          boolean charged = tax.status() == TaxStatus.PKP;
          if (!charged) {
            assertThat(tax.ppn()).isEqualTo(Rupiah.ZERO);
          }
          if (tax.inclusion() == PriceInclusion.EXCLUSIVE) {
            assertThat(tax.priceExcludingTax()).isEqualTo(quote.subtotal());
          } else {
            assertThat(quote.payable()).isEqualTo(quote.subtotal());
          }
          assertThat(quote.payable()).isEqualTo(tax.priceExcludingTax().plus(tax.ppn()));
        });
  }

  /**
   * The documented precedence: product over category over all, higher tier, later start, smaller
   * id.
   */
  private static Optional<PriceRule> expectedRule(
      PriceList list, PricingItem item, LocalDate date) {
    return list.rules().stream()
        .filter(
            r ->
                switch (r.scope()) {
                  case ALL -> true;
                  case CATEGORY ->
                      item.category()
                          .map(c -> c.code().equals(r.category().orElseThrow().code()))
                          .orElse(false);
                  case PRODUCT -> r.sku().orElseThrow().equals(item.sku());
                })
        .filter(r -> item.quantity() >= r.minQuantity())
        .filter(r -> r.effectiveFrom().map(f -> !date.isBefore(f)).orElse(true))
        .filter(r -> r.effectiveUntil().map(u -> !date.isAfter(u)).orElse(true))
        .min(
            Comparator.comparing((PriceRule r) -> specificity(r.scope()))
                .reversed()
                .thenComparing(Comparator.comparing(PriceRule::minQuantity).reversed())
                .thenComparing(
                    Comparator.comparing((PriceRule r) -> r.effectiveFrom().orElse(LocalDate.MIN))
                        .reversed())
                .thenComparing(PriceRule::id));
  }

  private static int specificity(RuleScope scope) {
    return switch (scope) {
      case ALL -> 0;
      case CATEGORY -> 1;
      case PRODUCT -> 2;
    };
  }

  @Test
  void everyRuleStepIsRecordedInTheDocumentedOrder() {
    List<StepKind> order =
        List.of(
            StepKind.BASE,
            StepKind.MARKUP,
            StepKind.DISCOUNT,
            StepKind.ROUNDING,
            StepKind.SURCHARGE,
            StepKind.MIN_MARGIN,
            StepKind.MAX_MARGIN,
            StepKind.FLOOR);
    Property.check(
        "each list's steps follow base, markup or discount, rounding, surcharge, margins, floor",
        PricingGen.quoteCases(),
        c -> {
          for (PricingItem item : c.items()) {
            QuotedLine line = c.book().price(c.channel(), c.date(), item);
            int last = -1;
            for (PriceStep step : line.steps()) {
              int at = order.indexOf(step.kind());
              if (step.kind() == StepKind.BASE) {
                last = 0;
              } else {
                assertThat(at).as("%s after %s", step.kind(), order.get(last)).isGreaterThan(last);
                last = at;
              }
            }
          }
        });
  }

  @Test
  void eKatalogCheckExplainsPriceAndLocalContent() {
    Property.check(
        "the e-Katalog check refuses exactly a price above the lowest matching offer, too little local content or an offer in another unit",
        PricingGen.eKatalogListings()
            .flatMap(
                l ->
                    Gen.zip(
                        PricingGen.offeredPrices(l),
                        PricingGen.eKatalogPolicies(),
                        (o, p) -> Map.entry(l, Map.entry(o, p)))),
        e -> {
          EKatalogListing listing = e.getKey();
          List<OfferedPrice> offers = e.getValue().getKey();
          EKatalogCheck check = e.getValue().getValue().check(listing, offers);
          Optional<Rupiah> lowest =
              offers.stream()
                  .filter(
                      o ->
                          o.sku().equals(listing.sku())
                              && o.unit().equals(listing.unit())
                              && o.zone().equals(listing.zone()))
                  .map(OfferedPrice::price)
                  .min(Comparator.naturalOrder());
          boolean priceOk = lowest.map(l -> !listing.price().isGreaterThan(l)).orElse(true);
          boolean tkdnOk =
              listing.localContent().compareTo(e.getValue().getValue().minimumLocalContent()) >= 0;
          boolean unitsOk =
              offers.stream()
                  .filter(o -> o.sku().equals(listing.sku()) && o.zone().equals(listing.zone()))
                  .allMatch(o -> o.unit() == listing.unit());
          List<PricingRule> rules =
              unitsOk
                  ? List.of(PricingRule.EKATALOG_OVER_PRICE, PricingRule.EKATALOG_LOCAL_CONTENT)
                  : List.of(
                      PricingRule.EKATALOG_OVER_PRICE,
                      PricingRule.EKATALOG_LOCAL_CONTENT,
                      PricingRule.EKATALOG_UNIT);
          assertThat(check.findings())
              .extracting(EKatalogFinding::rule)
              .containsExactlyElementsOf(rules);
          assertThat(check.findings().get(0).passed()).isEqualTo(priceOk);
          assertThat(check.findings().get(0).comparedPrice()).isEqualTo(lowest);
          assertThat(check.findings().get(1).passed()).isEqualTo(tkdnOk);
          assertThat(check.findings().stream().skip(2)).noneMatch(EKatalogFinding::passed);
          assertThat(check.accepted()).isEqualTo(priceOk && tkdnOk && unitsOk);
          assertThat(check.findings()).allMatch(f -> !f.explanation().isBlank());
        });
  }

  @Test
  void generatorsReachTheEdges() {
    List<PriceRule> rules = PricingGen.priceRules().sample(5L, 2_000);
    assertThat(rules.stream().map(PriceRule::scope).distinct()).hasSize(3);
    assertThat(rules)
        .anyMatch(r -> r.discount().filter(d -> d.equals(org.bengkel.money.Rate.ONE)).isPresent());
    assertThat(rules)
        .anyMatch(r -> r.markup().isPresent())
        .anyMatch(r -> r.rounding().isPresent())
        .anyMatch(r -> r.surcharge().isPresent());
    assertThat(rules)
        .anyMatch(r -> r.minMargin().isPresent() && r.minMargin().equals(r.maxMargin()));
    assertThat(rules)
        .anyMatch(
            r -> r.effectiveFrom().isPresent() && r.effectiveFrom().equals(r.effectiveUntil()));
    assertThat(rules).anyMatch(r -> r.minQuantity() > 1).anyMatch(r -> r.floor().isPresent());
    List<PriceList> lists = PricingGen.priceLists().sample(5L, 300);
    assertThat(lists.stream().map(PriceList::basis).distinct()).hasSize(3);
    assertThat(PricingGen.priceBooks().sample(5L, 300))
        .anyMatch(b -> b.lists().stream().anyMatch(l -> l.basis() == PriceBasis.CHANNEL))
        .anyMatch(b -> b.lists().size() >= 7);
    assertThat(PricingGen.pricingItems().sample(5L, 300))
        .anyMatch(i -> i.cost().isEmpty())
        .anyMatch(i -> i.quantity() > 100)
        .anyMatch(PricingItem::isService)
        .anyMatch(i -> !i.isService());
    assertThat(PricingGen.taxPolicies().sample(5L, 300))
        .anyMatch(t -> t.status() == TaxStatus.PKP && t.inclusion() == PriceInclusion.INCLUSIVE);
    assertThat(PricingGen.channels().sample(5L, 10)).isNotEmpty();
    assertThat(PricingGen.markups().sample(5L, 100)).isNotEmpty();
    Map<Sku, org.bengkel.catalog.ProductCategory> universe =
        PricingGen.universes().sample(5L, 1).get(0);
    assertThat(
            PricingGen.priceRules(
                    "R-1", List.copyOf(universe.keySet()), List.copyOf(universe.values()))
                .sample(5L, 10))
        .allMatch(r -> r.id().equals("R-1"));
    assertThat(PricingGen.quoteCases().sample(3L, 5))
        .isEqualTo(PricingGen.quoteCases().sample(3L, 5));
    List<QuotedLine> lines =
        PricingGen.quoteCases().sample(4L, 300).stream()
            .flatMap(
                c -> c.book().quote(c.channel(), c.date(), c.items(), c.tax()).lines().stream())
            .toList();
    assertThat(lines).anyMatch(l -> l.ruleId().isPresent()).anyMatch(l -> l.ruleId().isEmpty());
    assertThat(lines)
        .anyMatch(l -> l.steps().stream().filter(s -> s.kind() == StepKind.BASE).count() >= 3);
    for (StepKind kind : StepKind.values()) {
      assertThat(lines)
          .as("a line whose %s step changes the price", kind)
          .anyMatch(
              l ->
                  l.steps().stream()
                      .anyMatch(
                          s ->
                              s.kind() == kind
                                  && (kind == StepKind.BASE || !s.before().equals(s.after()))));
    }
  }
}
