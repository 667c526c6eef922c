package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.pricing.PricingFixtures.JAN_1;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomized books and orders with fixed seeds (replay a failure by its seed): quote totals equal
 * the sum of the lines, no price is below the winning rule's floor, the indexed rule choice equals
 * a brute-force scan in the documented order, and tax always adds up.
 */
class QuotePropertyTest {

  private static final String[] CATEGORIES = {"FOOD", "CRAFT", "FURNITURE", "DRINK"};
  private static final RoundingMode[] MODES = {
    RoundingMode.UP,
    RoundingMode.DOWN,
    RoundingMode.HALF_UP,
    RoundingMode.HALF_EVEN,
    RoundingMode.CEILING
  };

  static long[] seeds() {
    long[] seeds = new long[40];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = 20_261_127L + i;
    }
    return seeds;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quoteTotalsEqualTheSumOfLinesAndNoPriceIsBelowItsFloor(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Sku> skus = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      skus.add(Sku.of("SKU-" + i));
    }
    PriceList.Builder gallery =
        PricingFixtures.list(
            "GAL", Channel.GALLERY, random.nextBoolean() ? PriceBasis.COST : PriceBasis.LIST_PRICE);
    for (Sku sku : skus) {
      gallery.putListPrice(sku, Rupiah.of(random.nextLong(0, 2_000_000)));
    }
    gallery.addAllRules(rules("G", random, skus));
    PriceList government =
        PricingFixtures.list("GOV", Channel.GOVERNMENT_DIRECT, PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .addAllRules(rules("V", random, skus))
            .build();
    PriceBook book = PriceBook.of(gallery.build(), government);

    List<PricingItem> items = new ArrayList<>();
    int lines = random.nextInt(1, 30);
    for (int i = 0; i < lines; i++) {
      items.add(
          PricingFixtures.item(
              skus.get(random.nextInt(skus.size())),
              CATEGORIES[random.nextInt(CATEGORIES.length)],
              random.nextLong(1, 300),
              random.nextLong(0, 1_000_000)));
    }
    Channel channel = random.nextBoolean() ? Channel.GALLERY : Channel.GOVERNMENT_DIRECT;
    LocalDate date = JAN_1.plusDays(random.nextInt(365));
    TaxPolicy tax =
        TaxPolicy.builder()
            .facilityCode(FacilityCode.of("LAPAS-X"))
            .status(random.nextBoolean() ? TaxStatus.PKP : TaxStatus.NON_PKP)
            .inclusion(random.nextBoolean() ? PriceInclusion.INCLUSIVE : PriceInclusion.EXCLUSIVE)
            .rounding(MODES[random.nextInt(MODES.length)])
            .build();

    Quote quote = book.quote(channel, date, items, tax);

    long sum = 0;
    PriceList used = book.listFor(channel, date).orElseThrow();
    for (int i = 0; i < quote.lines().size(); i++) {
      QuotedLine line = quote.lines().get(i);
      int index = i;
      assertThat(line.item()).as("seed %d line %d", seed, i).isEqualTo(items.get(i));
      sum = Math.addExact(sum, Math.multiplyExact(line.unitPrice().amount(), line.quantity()));
      Optional<PriceRule> expected = bruteForce(used, line.item(), date);
      assertThat(line.ruleId())
          .as("seed %d line %d", seed, i)
          .isEqualTo(expected.map(PriceRule::id));
      expected
          .flatMap(PriceRule::floor)
          .ifPresent(
              floor ->
                  assertThat(line.unitPrice())
                      .as("seed %d line %d", seed, index)
                      .isGreaterThanOrEqualTo(floor));
      assertThat(line.steps().get(line.steps().size() - 1).after()).isEqualTo(line.unitPrice());
    }
    assertThat(quote.subtotal().amount()).as("seed %d", seed).isEqualTo(sum);
    TaxBreakdown t = quote.tax();
    assertThat(t.priceExcludingTax().amount() + t.ppn().amount())
        .as("seed %d", seed)
        .isEqualTo(t.payable().amount());
    if (tax.status() == TaxStatus.NON_PKP) {
      assertThat(t.payable().amount()).isEqualTo(sum);
    } else if (tax.inclusion() == PriceInclusion.EXCLUSIVE) {
      // PPN is the exact 11 % of the total rounded once with the policy's mode
      assertThat(t.ppn().amount())
          .as("seed %d", seed)
          .isEqualTo(
              new java.math.BigDecimal(BigInteger.valueOf(sum).multiply(BigInteger.valueOf(11)))
                  .divide(java.math.BigDecimal.valueOf(100), 0, tax.rounding())
                  .longValueExact());
    } else {
      // inclusive: the derived PPN is within one rupiah of 11 % of the derived base
      long exactTimes100 = t.priceExcludingTax().amount() * 11; // PPN x 100
      assertThat(Math.abs(t.ppn().amount() * 100 - exactTimes100))
          .as("seed %d", seed)
          .isLessThanOrEqualTo(111);
      assertThat(t.payable().amount()).isEqualTo(sum);
    }
  }

  /** The documented order, checked by scanning every rule. */
  private static Optional<PriceRule> bruteForce(PriceList list, PricingItem item, LocalDate date) {
    return list.rules().stream()
        .filter(
            r ->
                switch (r.scope()) {
                  case ALL -> true;
                  case CATEGORY ->
                      r.category()
                          .orElseThrow()
                          .code()
                          .equals(item.category().orElseThrow().code());
                  case PRODUCT -> r.sku().orElseThrow().equals(item.sku());
                })
        .filter(r -> r.appliesTo(date, item.quantity()))
        .sorted(PriceList.PRECEDENCE)
        .findFirst();
  }

  private static List<PriceRule> rules(String prefix, SplittableRandom random, List<Sku> skus) {
    List<PriceRule> rules = new ArrayList<>();
    int n = random.nextInt(0, 25);
    for (int i = 0; i < n; i++) {
      PriceRule.Builder b =
          switch (random.nextInt(3)) {
            case 0 -> PriceRule.forAll(prefix + i);
            case 1 ->
                PriceRule.forCategory(
                    prefix + i, PricingFixtures.cat(CATEGORIES[random.nextInt(CATEGORIES.length)]));
            default -> PriceRule.forProduct(prefix + i, skus.get(random.nextInt(skus.size())));
          };
      b.minQuantity(random.nextBoolean() ? 1 : random.nextLong(1, 200));
      if (random.nextInt(3) == 0) {
        LocalDate from = JAN_1.plusDays(random.nextInt(365));
        b.effectiveFrom(from);
        if (random.nextBoolean()) {
          b.effectiveUntil(from.plusDays(random.nextInt(120)));
        }
      }
      switch (random.nextInt(3)) {
        case 0 -> b.markup(Rate.of(random.nextLong(0, 300), 100));
        case 1 -> b.discount(Rate.of(random.nextLong(0, 101), 100));
        default -> {}
      }
      if (random.nextBoolean()) {
        b.rounding(
            RoundingStep.of(
                new long[] {100, 500, 1_000}[random.nextInt(3)],
                MODES[random.nextInt(MODES.length)]));
      }
      if (random.nextBoolean()) {
        b.surcharge(Rupiah.of(random.nextLong(0, 10_000)));
      }
      long min = random.nextLong(0, 50);
      if (random.nextBoolean()) {
        b.minMargin(Rate.percent(min));
      }
      if (random.nextBoolean()) {
        b.maxMargin(Rate.percent(min + random.nextLong(0, 200)));
      }
      if (random.nextBoolean()) {
        b.floor(Rupiah.of(random.nextLong(0, 500_000)));
      }
      rules.add(b.build());
    }
    return rules;
  }
}
