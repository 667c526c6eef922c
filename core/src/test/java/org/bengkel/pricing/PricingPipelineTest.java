package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bengkel.pricing.PricingFixtures.JAHE;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.KAPAL;
import static org.bengkel.pricing.PricingFixtures.KERIPIK;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.KURSI;
import static org.bengkel.pricing.PricingFixtures.TODAY;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.item;
import static org.bengkel.pricing.PricingFixtures.list;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.junit.jupiter.api.Test;

/** Hand-computed prices through the whole pipeline; each comment shows the arithmetic. */
class PricingPipelineTest {

  @Test
  void costPlusMarksUpTheMaterialCost() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.COST)
                .addRule(PriceRule.forAll("COST-PLUS-40").markup(Rate.percent(40)).build())
                .build());
    // Rp35.000 material cost x (1 + 40%) = Rp49.000
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KUE, "FOOD", 2, 35_000));
    assertThat(line.unitPrice()).isEqualTo(rp(49_000));
    assertThat(line.lineTotal()).isEqualTo(rp(98_000)); // 2 x Rp49.000
    assertThat(line.listId()).isEqualTo("GAL-2026");
    assertThat(line.ruleId()).contains("COST-PLUS-40");
    assertThat(line.steps())
        .extracting(PriceStep::kind)
        .containsExactly(StepKind.BASE, StepKind.MARKUP);
    PriceStep markup = line.steps().get(1);
    assertThat(markup.source()).isEqualTo("COST-PLUS-40");
    assertThat(markup.before()).isEqualTo(rp(35_000));
    assertThat(markup.after()).isEqualTo(rp(49_000));
    assertThat(markup.change().amount()).isEqualTo(14_000);
    assertThat(markup.code()).isEqualTo(StepCode.MARKUP);
    assertThat(markup.params()).containsExactly(entry("rate", "40%"));
    assertThat(markup.message(Locale.ROOT))
        .isEqualTo("Rp35.000 x (1 + 40%) = Rp49.000, rounded half up to whole rupiah");
    assertThat(markup.message(Messages.INDONESIAN))
        .isEqualTo("Rp35.000 x (1 + 40 %) = Rp49.000, dibulatkan setengah ke atas ke rupiah penuh");
  }

  @Test
  void listPriceIsTheBaseOfAListPriceList() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KAPAL, rp(100_000))
                .build());
    // no rule: the unit price is the list price, Rp100.000; 3 boats make Rp300.000
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KAPAL, "CRAFT", 3));
    assertThat(line.unitPrice()).isEqualTo(rp(100_000));
    assertThat(line.lineTotal()).isEqualTo(rp(300_000));
    assertThat(line.quantity()).isEqualTo(3);
    assertThat(line.ruleId()).isEmpty();
    assertThat(line.steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(StepKind.BASE);
              assertThat(s.source()).isEqualTo("GAL-2026");
              assertThat(s.before()).isEqualTo(s.after()).isEqualTo(rp(100_000));
            });
  }

  @Test
  void chainedChannelListStartsFromTheOtherChannelsComputedPrice() {
    PriceList gallery =
        list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
            .putListPrice(KUE, rp(90_000))
            .addRule(PriceRule.forAll("GAL-MARKUP").markup(Rate.percent(5)).build())
            .build();
    PriceList government =
        list("GOV-2026", Channel.GOVERNMENT_DIRECT, PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .addRule(
                PriceRule.forAll("GOV-DISC")
                    .discount(Rate.percent(10))
                    .rounding(RoundingStep.of(500, RoundingMode.DOWN))
                    .build())
            .build();
    PriceBook book = PriceBook.of(gallery, government);
    // gallery: Rp90.000 x 1.05 = Rp94.500
    // government: Rp94.500 x (1 - 10%) = Rp85.050, down to a multiple of Rp500 = Rp85.000
    QuotedLine line = book.price(Channel.GOVERNMENT_DIRECT, TODAY, item(KUE, "FOOD", 10));
    assertThat(line.unitPrice()).isEqualTo(rp(85_000));
    assertThat(line.listId()).isEqualTo("GOV-2026");
    assertThat(line.ruleId()).contains("GOV-DISC");
    assertThat(line.steps())
        .extracting(PriceStep::source, PriceStep::kind, s -> s.after().amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GAL-2026", StepKind.BASE, 90_000L),
            org.assertj.core.groups.Tuple.tuple("GAL-MARKUP", StepKind.MARKUP, 94_500L),
            org.assertj.core.groups.Tuple.tuple("GOV-2026", StepKind.BASE, 94_500L),
            org.assertj.core.groups.Tuple.tuple("GOV-DISC", StepKind.DISCOUNT, 85_050L),
            org.assertj.core.groups.Tuple.tuple("GOV-DISC", StepKind.ROUNDING, 85_000L));
    assertThat(line.steps().get(2).params())
        .containsExactly(
            entry("channel", "GALLERY"),
            entry("price", "Rp94.500"),
            entry("list", "GAL-2026"),
            entry("rule", "GAL-MARKUP"));
    assertThat(line.steps().get(2).message(Messages.INDONESIAN))
        .isEqualTo(
            "harga dasar: harga saluran galeri, Rp94.500 (daftar GAL-2026, aturan GAL-MARKUP)");
    assertThat(line.steps().get(4).message(Locale.ROOT))
        .isEqualTo("rounded down to a multiple of Rp500: Rp85.050 -> Rp85.000");
  }

  @Test
  void quantityTierUsesTheHighestMinimumTheQuantityReaches() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KERIPIK, rp(10_000))
                .addRule(PriceRule.forProduct("KERIPIK-1", KERIPIK).build())
                .addRule(
                    PriceRule.forProduct("KERIPIK-10", KERIPIK)
                        .minQuantity(10)
                        .discount(Rate.percent(10))
                        .build())
                .addRule(
                    PriceRule.forProduct("KERIPIK-50", KERIPIK)
                        .minQuantity(50)
                        .discount(Rate.percent(20))
                        .build())
                .build());
    // 9 packs: below the first tier, Rp10.000 each
    QuotedLine nine = book.price(Channel.GALLERY, TODAY, item(KERIPIK, "FOOD", 9));
    assertThat(nine.ruleId()).contains("KERIPIK-1");
    assertThat(nine.unitPrice()).isEqualTo(rp(10_000));
    // 30 packs: tier 10, Rp10.000 x 90% = Rp9.000; total 30 x Rp9.000 = Rp270.000
    QuotedLine thirty = book.price(Channel.GALLERY, TODAY, item(KERIPIK, "FOOD", 30));
    assertThat(thirty.ruleId()).contains("KERIPIK-10");
    assertThat(thirty.lineTotal()).isEqualTo(rp(270_000));
    // 50 packs: tier 50, Rp10.000 x 80% = Rp8.000
    QuotedLine fifty = book.price(Channel.GALLERY, TODAY, item(KERIPIK, "FOOD", 50));
    assertThat(fifty.ruleId()).contains("KERIPIK-50");
    assertThat(fifty.unitPrice()).isEqualTo(rp(8_000));
  }

  @Test
  void productRuleBeatsCategoryRuleWhichBeatsTheRuleForAll() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.COST)
                .addRule(PriceRule.forAll("ALL-50").markup(Rate.percent(50)).build())
                .addRule(
                    PriceRule.forCategory("FOOD-20", PricingFixtures.cat("FOOD"))
                        .markup(Rate.percent(20))
                        .build())
                // a higher tier on the category does not beat the product rule
                .addRule(
                    PriceRule.forCategory("FOOD-BULK", PricingFixtures.cat("FOOD"))
                        .minQuantity(5)
                        .markup(Rate.percent(15))
                        .build())
                .addRule(PriceRule.forProduct("KUE-10", KUE).markup(Rate.percent(10)).build())
                .build());
    // product rule: Rp50.000 x 1.10 = Rp55.000
    QuotedLine kue = book.price(Channel.GALLERY, TODAY, item(KUE, "FOOD", 5, 50_000));
    assertThat(kue.ruleId()).contains("KUE-10");
    assertThat(kue.unitPrice()).isEqualTo(rp(55_000));
    // category rule for another food: Rp50.000 x 1.20 = Rp60.000
    QuotedLine jahe = book.price(Channel.GALLERY, TODAY, item(JAHE, "FOOD", 1, 50_000));
    assertThat(jahe.ruleId()).contains("FOOD-20");
    assertThat(jahe.unitPrice()).isEqualTo(rp(60_000));
    // rule for all, furniture: Rp50.000 x 1.50 = Rp75.000
    QuotedLine kursi = book.price(Channel.GALLERY, TODAY, item(KURSI, "FURNITURE", 1, 50_000));
    assertThat(kursi.ruleId()).contains("ALL-50");
    assertThat(kursi.unitPrice()).isEqualTo(rp(75_000));
  }

  @Test
  void dateRangeLimitsARuleToItsDaysInclusive() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KAPAL, rp(100_000))
                .addRule(
                    PriceRule.forCategory("DESEMBER", PricingFixtures.cat("CRAFT"))
                        .effectiveFrom(LocalDate.of(2026, 12, 1))
                        .effectiveUntil(LocalDate.of(2026, 12, 31))
                        .discount(Rate.percent(20))
                        .build())
                .build());
    // outside December: Rp100.000; inside: Rp100.000 x 80% = Rp80.000
    assertThat(
            book.price(Channel.GALLERY, LocalDate.of(2026, 11, 30), item(KAPAL, "CRAFT", 1))
                .unitPrice())
        .isEqualTo(rp(100_000));
    assertThat(
            book.price(Channel.GALLERY, LocalDate.of(2026, 12, 1), item(KAPAL, "CRAFT", 1))
                .unitPrice())
        .isEqualTo(rp(80_000));
    assertThat(
            book.price(Channel.GALLERY, LocalDate.of(2026, 12, 31), item(KAPAL, "CRAFT", 1))
                .unitPrice())
        .isEqualTo(rp(80_000));
    assertThat(
            book.price(Channel.GALLERY, LocalDate.of(2027, 1, 1), item(KAPAL, "CRAFT", 1))
                .unitPrice())
        .isEqualTo(rp(100_000));
  }

  @Test
  void latestEffectiveStartThenRuleIdBreakTies() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KAPAL, rp(100_000))
                .addRule(PriceRule.forAll("B-OPEN").discount(Rate.percent(1)).build())
                .addRule(PriceRule.forAll("A-OPEN").discount(Rate.percent(2)).build())
                .addRule(
                    PriceRule.forAll("JUNE")
                        .effectiveFrom(LocalDate.of(2026, 6, 1))
                        .discount(Rate.percent(5))
                        .build())
                .build());
    // before June two open-ended rules tie: the smaller id A-OPEN wins, Rp100.000 x 98% = Rp98.000
    QuotedLine may =
        book.price(Channel.GALLERY, LocalDate.of(2026, 5, 31), item(KAPAL, "CRAFT", 1));
    assertThat(may.ruleId()).contains("A-OPEN");
    assertThat(may.unitPrice()).isEqualTo(rp(98_000));
    // from June the rule with the latest start wins: Rp100.000 x 95% = Rp95.000
    QuotedLine june =
        book.price(Channel.GALLERY, LocalDate.of(2026, 6, 1), item(KAPAL, "CRAFT", 1));
    assertThat(june.ruleId()).contains("JUNE");
    assertThat(june.unitPrice()).isEqualTo(rp(95_000));
  }

  @Test
  void roundingRunsBeforeTheSurcharge() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.COST)
                .addRule(
                    PriceRule.forAll("R")
                        .markup(Rate.percent(10))
                        .rounding(RoundingStep.of(500, RoundingMode.UP))
                        .surcharge(rp(2_250))
                        .build())
                .build());
    // Rp12.345 x 1.10 = Rp13.579,5 -> HALF_UP Rp13.580; up to Rp500 -> Rp14.000; + Rp2.250 =
    // Rp16.250
    // (surcharge before rounding would have given Rp13.580 + Rp2.250 = Rp15.830 -> Rp16.000)
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KUE, "FOOD", 1, 12_345));
    assertThat(line.steps())
        .extracting(PriceStep::kind, s -> s.after().amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepKind.BASE, 12_345L),
            org.assertj.core.groups.Tuple.tuple(StepKind.MARKUP, 13_580L),
            org.assertj.core.groups.Tuple.tuple(StepKind.ROUNDING, 14_000L),
            org.assertj.core.groups.Tuple.tuple(StepKind.SURCHARGE, 16_250L));
    assertThat(line.unitPrice()).isEqualTo(rp(16_250));
  }

  @Test
  void minimumMarginClampRaisesThePriceToCostPlusMargin() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KUE, rp(10_500))
                .addRule(
                    PriceRule.forAll("CLEARANCE")
                        .discount(Rate.percent(10))
                        .minMargin(Rate.percent(20))
                        .build())
                .build());
    // Rp10.500 x 90% = Rp9.450; cost Rp10.000 x 1.20 = Rp12.000 minimum: raised to Rp12.000
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KUE, "FOOD", 1, 10_000));
    assertThat(line.unitPrice()).isEqualTo(rp(12_000));
    PriceStep clamp = line.steps().get(line.steps().size() - 1);
    assertThat(clamp.kind()).isEqualTo(StepKind.MIN_MARGIN);
    assertThat(clamp.before()).isEqualTo(rp(9_450));
    assertThat(clamp.code()).isEqualTo(StepCode.MIN_MARGIN);
    assertThat(clamp.message(Locale.ROOT))
        .isEqualTo(
            "minimum margin 20% over cost Rp10.000: at least Rp12.000 (rounded up), Rp9.450 -> Rp12.000");
    // cost Rp3.333: minimum Rp3.333 x 1.20 = Rp3.999,6, rounded up to Rp4.000; Rp9.450 is above it
    QuotedLine cheap = book.price(Channel.GALLERY, TODAY, item(KUE, "FOOD", 1, 3_333));
    assertThat(cheap.unitPrice()).isEqualTo(rp(9_450));
    assertThat(cheap.steps().get(2).params()).containsEntry("bound", "Rp4.000");
    assertThat(cheap.steps().get(2).message(Messages.INDONESIAN))
        .isEqualTo(
            "margin minimum 20 % di atas biaya Rp3.333: paling sedikit Rp4.000 (dibulatkan ke atas),"
                + " Rp9.450 -> Rp9.450");
  }

  @Test
  void maximumMarginClampLowersThePriceRoundingDown() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(JAHE, rp(10_000))
                .addRule(PriceRule.forAll("FAIR").maxMargin(Rate.percent(50)).build())
                .build());
    // cost Rp3.333 x 1.50 = Rp4.999,5 -> at most Rp4.999 (rounded down); Rp10.000 lowered to
    // Rp4.999
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(JAHE, "FOOD", 1, 3_333));
    assertThat(line.unitPrice()).isEqualTo(rp(4_999));
    assertThat(line.steps().get(1).kind()).isEqualTo(StepKind.MAX_MARGIN);
    assertThat(line.steps().get(1).message(Locale.ROOT))
        .isEqualTo(
            "maximum margin 50% over cost Rp3.333: at most Rp4.999 (rounded down), Rp10.000 -> Rp4.999");
    // cost Rp8.000 x 1.50 = Rp12.000: Rp10.000 stays
    assertThat(book.price(Channel.GALLERY, TODAY, item(JAHE, "FOOD", 1, 8_000)).unitPrice())
        .isEqualTo(rp(10_000));
  }

  @Test
  void marginClampsAreSkippedAndSaySoWhenCostIsUnknown() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(JAHE, rp(10_000))
                .addRule(
                    PriceRule.forAll("FAIR")
                        .minMargin(Rate.percent(10))
                        .maxMargin(Rate.percent(50))
                        .build())
                .build());
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(JAHE, "FOOD", 1));
    assertThat(line.unitPrice()).isEqualTo(rp(10_000));
    assertThat(line.steps())
        .extracting(PriceStep::kind)
        .containsExactly(StepKind.BASE, StepKind.MIN_MARGIN, StepKind.MAX_MARGIN);
    assertThat(line.steps())
        .extracting(PriceStep::code)
        .containsExactly(
            StepCode.BASE_LIST_PRICE, StepCode.MIN_MARGIN_SKIPPED, StepCode.MAX_MARGIN_SKIPPED);
    assertThat(line.steps().get(1).message(Locale.ROOT))
        .isEqualTo("minimum margin 10% skipped: cost unknown");
    assertThat(line.steps().get(2).message(Messages.INDONESIAN))
        .isEqualTo("margin maksimum 50 % dilewati: biaya tidak diketahui");
  }

  @Test
  void floorPriceRunsLastAndWinsOverTheMaximumMargin() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KURSI, rp(20_000))
                .addRule(
                    PriceRule.forAll("SALE")
                        .discount(Rate.percent(60))
                        .maxMargin(Rate.percent(50))
                        .floor(rp(9_000))
                        .build())
                .build());
    // Rp20.000 x 40% = Rp8.000; cost Rp5.000 x 1.5 = Rp7.500 maximum -> Rp7.500; floor Rp9.000 ->
    // Rp9.000
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KURSI, "FURNITURE", 1, 5_000));
    assertThat(line.steps())
        .extracting(s -> s.after().amount())
        .containsExactly(20_000L, 8_000L, 7_500L, 9_000L);
    assertThat(line.unitPrice()).isEqualTo(rp(9_000));
    // cost Rp20.000: maximum Rp30.000 leaves Rp8.000; the floor still raises it to Rp9.000
    assertThat(book.price(Channel.GALLERY, TODAY, item(KURSI, "FURNITURE", 1, 20_000)).unitPrice())
        .isEqualTo(rp(9_000));
  }

  @Test
  void floorLeavesAHigherPriceUnchanged() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KURSI, rp(1_200_000))
                .addRule(PriceRule.forAll("FLOOR").floor(rp(1_000_000)).build())
                .build());
    QuotedLine line = book.price(Channel.GALLERY, TODAY, item(KURSI, "FURNITURE", 1));
    assertThat(line.unitPrice()).isEqualTo(rp(1_200_000));
    assertThat(line.steps().get(1).message(Locale.ROOT))
        .isEqualTo("floor price Rp1.000.000: Rp1.200.000 -> Rp1.200.000");
  }

  @Test
  void discountNeverMakesAPriceNegative() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KERIPIK, rp(10_000))
                .addRule(PriceRule.forAll("GIFT").discount(Rate.ONE).build())
                .build());
    // Rp10.000 x (1 - 100%) = Rp0: the lowest a discount can reach
    assertThat(book.price(Channel.GALLERY, TODAY, item(KERIPIK, "FOOD", 4)).unitPrice())
        .isEqualTo(rp(0));
    // a discount above 100% cannot even be written
    assertRefused(
        () -> PriceRule.forAll("X").discount(Rate.percent(101)).build(),
        "pricing.rate-above-whole",
        "discount");
  }

  @Test
  void quoteTotalsAreTheSumOfLinesAndTaxIsComputedOnThem() {
    PriceBook book =
        PriceBook.of(
            list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KUE, rp(90_000))
                .putListPrice(KERIPIK, rp(10_000))
                .build());
    TaxPolicy pkpExclusive =
        TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    Quote quote =
        book.quote(
            Channel.GALLERY,
            TODAY,
            List.of(item(KUE, "FOOD", 3), item(KERIPIK, "FOOD", 7)),
            pkpExclusive);
    // 3 x Rp90.000 + 7 x Rp10.000 = Rp270.000 + Rp70.000 = Rp340.000
    // PPN = Rp340.000 x 11/12 x 12% = Rp37.400; payable Rp377.400
    assertThat(quote.lines())
        .extracting(QuotedLine::lineTotal)
        .containsExactly(rp(270_000), rp(70_000));
    assertThat(quote.subtotal()).isEqualTo(rp(340_000));
    assertThat(quote.tax().ppn()).isEqualTo(rp(37_400));
    assertThat(quote.payable()).isEqualTo(rp(377_400));
    assertThat(quote.channel()).isEqualTo(Channel.GALLERY);
    assertThat(quote.date()).isEqualTo(TODAY);
  }

  @Test
  void listsAreChosenByTheirPeriod() {
    PriceList old =
        list("GAL-2025", Channel.GALLERY, PriceBasis.LIST_PRICE)
            .effectiveFrom(LocalDate.of(2025, 1, 1))
            .effectiveUntil(LocalDate.of(2025, 12, 31))
            .putListPrice(KAPAL, rp(90_000))
            .build();
    PriceList current =
        list("GAL-2026", Channel.GALLERY, PriceBasis.LIST_PRICE)
            .putListPrice(KAPAL, rp(100_000))
            .build();
    PriceBook book = PriceBook.of(old, current);
    assertThat(
            book.price(Channel.GALLERY, LocalDate.of(2025, 12, 31), item(KAPAL, "CRAFT", 1))
                .listId())
        .isEqualTo("GAL-2025");
    assertThat(book.price(Channel.GALLERY, JAN_1, item(KAPAL, "CRAFT", 1)).unitPrice())
        .isEqualTo(rp(100_000));
    assertThat(book.listFor(Channel.GALLERY, LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(book.listFor(Channel.EXHIBITION, TODAY)).isEmpty();
  }
}
