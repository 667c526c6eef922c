package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.math.RoundingMode;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** Hand-computed invoices: PPN 12 % on 11/12 of the price (UU 7/2021, PMK 131/2024). */
class TaxPolicyTest {

  private static final FacilityCode FACILITY = FacilityCode.of("LAPAS-PAMEKASAN");

  @Test
  void ppnEffectiveRateIsElevenTwelfthsOfTwelvePercent() {
    TaxPolicy pkp = TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    // 11/12 x 12/100 = 132/1200 = 11/100
    assertThat(pkp.effectiveRate()).isEqualTo(Rate.percent(11));
    assertThat(pkp.taxBaseFraction()).isEqualTo(Rate.of(11, 12));
    assertThat(pkp.ppnRate()).isEqualTo(Rate.percent(12));
    assertThat(pkp.rounding()).isEqualTo(RoundingMode.HALF_UP);
  }

  @Test
  void ppnExclusiveIsAddedToTheTotalRoundedOnce() {
    TaxPolicy pkp = TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    // Rp1.234.567 x 11/12 x 12% = Rp1.234.567 x 11% = Rp135.802,37 -> HALF_UP Rp135.802
    // payable Rp1.234.567 + Rp135.802 = Rp1.370.369
    TaxBreakdown invoice = pkp.apply(rp(1_234_567));
    assertThat(invoice.priceExcludingTax()).isEqualTo(rp(1_234_567));
    assertThat(invoice.ppn()).isEqualTo(rp(135_802));
    assertThat(invoice.payable()).isEqualTo(rp(1_370_369));
    assertThat(invoice.quoted()).isEqualTo(rp(1_234_567));
    assertThat(invoice.status()).isEqualTo(TaxStatus.PKP);
    assertThat(invoice.inclusion()).isEqualTo(PriceInclusion.EXCLUSIVE);
  }

  @Test
  void ppnExclusiveRoundingModeDecidesAHalfRupiah() {
    // Rp150 x 11% = Rp16,5: HALF_UP Rp17, DOWN Rp16, HALF_EVEN Rp16
    TaxPolicy.Builder b =
        TaxPolicy.builder()
            .facilityCode(FACILITY)
            .status(TaxStatus.PKP)
            .inclusion(PriceInclusion.EXCLUSIVE);
    assertThat(b.rounding(RoundingMode.HALF_UP).build().apply(rp(150)).ppn()).isEqualTo(rp(17));
    assertThat(b.rounding(RoundingMode.DOWN).build().apply(rp(150)).ppn()).isEqualTo(rp(16));
    assertThat(b.rounding(RoundingMode.HALF_EVEN).build().apply(rp(150)).ppn()).isEqualTo(rp(16));
  }

  @Test
  void ppnInclusiveSplitsThePriceSoBasePlusPpnIsExactlyThePrice() {
    TaxPolicy pkp = TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.INCLUSIVE);
    // Rp100.000 incl.: base = Rp100.000 x 100/111 = Rp90.090,09 -> Rp90.090; PPN = Rp100.000 -
    // Rp90.090 = Rp9.910
    // (check: Rp90.090 x 11% = Rp9.909,9, so the PPN is within one rupiah of the exclusive formula)
    TaxBreakdown a = pkp.apply(rp(100_000));
    assertThat(a.priceExcludingTax()).isEqualTo(rp(90_090));
    assertThat(a.ppn()).isEqualTo(rp(9_910));
    assertThat(a.payable()).isEqualTo(rp(100_000));
    // Rp95.000 incl. (kue kering): base = Rp95.000 x 100/111 = Rp85.585,59 -> Rp85.586; PPN Rp9.414
    TaxBreakdown b = pkp.apply(rp(95_000));
    assertThat(b.priceExcludingTax()).isEqualTo(rp(85_586));
    assertThat(b.ppn()).isEqualTo(rp(9_414));
    // Rp111.000 incl.: exactly Rp100.000 + Rp11.000
    TaxBreakdown c = pkp.apply(rp(111_000));
    assertThat(c.priceExcludingTax()).isEqualTo(rp(100_000));
    assertThat(c.ppn()).isEqualTo(rp(11_000));
  }

  @Test
  void dppNilaiLainOfRp1110000IsRp1017500AndItsPpnRp122100() {
    // PMK 131/2024: DPP nilai lain = 11/12 x Rp1.110.000 = Rp12.210.000 / 12 = Rp1.017.500 (exact);
    // PPN = 12 % x Rp1.017.500 = Rp122.100, = 11 % x Rp1.110.000 = Rp122.100
    TaxBreakdown exclusive =
        TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.EXCLUSIVE).apply(rp(1_110_000));
    assertThat(exclusive.priceExcludingTax()).isEqualTo(rp(1_110_000));
    assertThat(exclusive.otherTaxBase()).isEqualTo(rp(1_017_500));
    assertThat(exclusive.ppn()).isEqualTo(rp(122_100));
    assertThat(exclusive.payable()).isEqualTo(rp(1_232_100));
    // inclusive: Rp1.232.100 x 100/111 = Rp1.110.000 (exact); PPN = Rp1.232.100 - Rp1.110.000 =
    // Rp122.100
    TaxBreakdown inclusive =
        TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.INCLUSIVE).apply(rp(1_232_100));
    assertThat(inclusive.priceExcludingTax()).isEqualTo(rp(1_110_000));
    assertThat(inclusive.otherTaxBase()).isEqualTo(rp(1_017_500));
    assertThat(inclusive.ppn()).isEqualTo(rp(122_100));
    assertThat(inclusive.payable()).isEqualTo(rp(1_232_100));
  }

  @Test
  void dppNilaiLainIsRoundedToWholeRupiahAndItsPpnMayDifferByOneRupiah() {
    TaxPolicy pkp = TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.EXCLUSIVE);
    // Rp32: DPP nilai lain = 32 x 11/12 = 29,33 -> HALF_UP Rp29; PPN = 32 x 11 % = 3,52 -> Rp4,
    // while 12 % x Rp29 = 3,48 -> Rp3: the documented difference of at most Rp1
    TaxBreakdown small = pkp.apply(rp(32));
    assertThat(small.otherTaxBase()).isEqualTo(rp(29));
    assertThat(small.ppn()).isEqualTo(rp(4));
    // Rp100.000: 100.000 x 11/12 = 91.666,67 -> HALF_UP Rp91.667; DOWN Rp91.666
    assertThat(pkp.apply(rp(100_000)).otherTaxBase()).isEqualTo(rp(91_667));
    TaxPolicy down =
        TaxPolicy.builder()
            .facilityCode(FACILITY)
            .status(TaxStatus.PKP)
            .inclusion(PriceInclusion.EXCLUSIVE)
            .rounding(RoundingMode.DOWN)
            .build();
    assertThat(down.apply(rp(100_000)).otherTaxBase()).isEqualTo(rp(91_666));
    // inclusive Rp100.000: price without PPN Rp90.090; DPP nilai lain = 90.090 x 11/12 = 82.582,5
    // -> Rp82.583
    assertThat(
            TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.INCLUSIVE)
                .apply(rp(100_000))
                .otherTaxBase())
        .isEqualTo(rp(82_583));
  }

  @Test
  @SuppressWarnings("removal")
  void taxBaseIsTheOldNameOfThePriceWithoutPpn() {
    TaxBreakdown t =
        TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.INCLUSIVE).apply(rp(111_000));
    // Rp111.000 incl. = Rp100.000 + PPN Rp11.000
    assertThat(t.taxBase()).isEqualTo(rp(100_000)).isEqualTo(t.priceExcludingTax());
  }

  @Test
  void nonPkpChargesNoPpnWhateverTheInclusion() {
    for (PriceInclusion inclusion : PriceInclusion.values()) {
      TaxPolicy none = TaxPolicy.of(FACILITY, TaxStatus.NON_PKP, inclusion);
      TaxBreakdown invoice = none.apply(rp(340_000));
      assertThat(none.effectiveRate()).isEqualTo(Rate.ZERO);
      assertThat(invoice.ppn()).isEqualTo(rp(0));
      assertThat(invoice.priceExcludingTax()).isEqualTo(rp(340_000));
      assertThat(invoice.otherTaxBase()).isEqualTo(rp(0));
      assertThat(invoice.payable()).isEqualTo(rp(340_000));
    }
  }

  @Test
  void ratesAreConfigurableForAnotherRegime() {
    // the 2022-2024 regime: 11 % on the full price gives the same effective 11 %
    TaxPolicy old =
        TaxPolicy.builder()
            .facilityCode(FACILITY)
            .status(TaxStatus.PKP)
            .inclusion(PriceInclusion.EXCLUSIVE)
            .taxBaseFraction(Rate.ONE)
            .ppnRate(Rate.percent(11))
            .build();
    assertThat(old.apply(rp(1_000_000)).ppn()).isEqualTo(rp(110_000));
  }

  @Test
  void policyRefusesRatesAboveWholeAndUnnecessaryRounding() {
    TaxPolicy.Builder b = TaxPolicy.builder().facilityCode(FACILITY).status(TaxStatus.PKP);
    assertRefused(
        () -> b.taxBaseFraction(Rate.of(13, 12)).build(),
        "pricing.rate-above-whole",
        "taxBaseFraction");
    assertRefused(
        () ->
            TaxPolicy.builder()
                .facilityCode(FACILITY)
                .status(TaxStatus.PKP)
                .ppnRate(Rate.percent(120))
                .build(),
        "pricing.rate-above-whole",
        "ppnRate");
    assertRefused(
        () ->
            TaxPolicy.builder()
                .facilityCode(FACILITY)
                .status(TaxStatus.PKP)
                .rounding(RoundingMode.UNNECESSARY)
                .build(),
        "money.invalid-rounding-mode",
        "rounding");
    assertRefused(
        () -> TaxPolicy.of(FacilityCode.of("lapas"), TaxStatus.PKP, PriceInclusion.INCLUSIVE),
        "value.malformed",
        "facilityCode");
  }

  @Test
  void inclusiveFractionTooLargeForALongIsRefusedNotWrapped() {
    long max = Long.MAX_VALUE;
    TaxPolicy absurd =
        TaxPolicy.builder()
            .facilityCode(FACILITY)
            .status(TaxStatus.PKP)
            .taxBaseFraction(Rate.of(max - 1, max))
            .ppnRate(Rate.ONE)
            .build();
    assertRefused(() -> absurd.apply(rp(100)), "money.overflow", "effectiveRate");
  }

  @Test
  void breakdownThatDoesNotAddUpIsRefused() {
    // 90,000 + 9,910 = 99,910, not the 100,000 quoted
    assertRefused(
        () -> inclusive(TaxStatus.PKP, 100_000, 90_000, 82_500, 9_910),
        "pricing.quote.inconsistent",
        "quoted");
    // adds up (90,090 + 9,910 = 100,000), but a seller that is not a PKP charges no PPN
    assertRefused(
        () -> inclusive(TaxStatus.NON_PKP, 100_000, 90_090, 0, 9_910),
        "pricing.quote.inconsistent",
        "ppn");
    // a DPP nilai lain above the price without PPN, or one for a seller that is not a PKP
    assertRefused(
        () -> inclusive(TaxStatus.PKP, 100_000, 90_090, 90_091, 9_910),
        "pricing.quote.inconsistent",
        "otherTaxBase");
    assertRefused(
        () -> inclusive(TaxStatus.NON_PKP, 100_000, 100_000, 91_667, 0),
        "pricing.quote.inconsistent",
        "otherTaxBase");
  }

  /** A breakdown of a price quoted with tax, built as given, so that its checks run. */
  private static TaxBreakdown inclusive(
      TaxStatus status, long quoted, long priceExcludingTax, long otherTaxBase, long ppn) {
    return TaxBreakdown.builder()
        .status(status)
        .inclusion(PriceInclusion.INCLUSIVE)
        .quoted(rp(quoted))
        .priceExcludingTax(rp(priceExcludingTax))
        .otherTaxBase(rp(otherTaxBase))
        .ppn(rp(ppn))
        .build();
  }
}
