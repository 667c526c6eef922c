package org.bengkel.testkit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Laws of the DPP nilai lain (PMK 131/2024): 11/12 of the price without PPN in whole rupiah, and
 * the PPN the policy computes on the price is 12 % of it, rounded, to within the documented Rp1.
 */
class DppNilaiLainLawsTest {

  private static final FacilityCode FACILITY = FacilityCode.of("LAPAS-PAMEKASAN");

  private record Case(Rupiah quoted, PriceInclusion inclusion) {}

  private static Gen<Case> cases() {
    Gen<Rupiah> prices =
        Gen.oneOf(
            MoneyGen.prices(), MoneyGen.rupiah(0, 10_000), MoneyGen.rupiah(0, 1_000_000_000_000L));
    return Gen.zip(
        prices,
        Gen.booleans(),
        (p, inclusive) ->
            new Case(p, inclusive ? PriceInclusion.INCLUSIVE : PriceInclusion.EXCLUSIVE));
  }

  @Test
  void ppnIsTwelvePercentOfTheDppNilaiLainWithinOneRupiah() {
    Property.check(
        "DPP nilai lain = round(price x 11/12); |PPN - round(12% x DPP nilai lain)| <= Rp1",
        cases(),
        c -> {
          TaxBreakdown tax = TaxPolicy.of(FACILITY, TaxStatus.PKP, c.inclusion()).apply(c.quoted());
          Rupiah price = tax.priceExcludingTax();
          assertThat(tax.otherTaxBase())
              .isEqualTo(price.times(Rate.of(11, 12), RoundingMode.HALF_UP));
          assertThat(tax.otherTaxBase()).isLessThanOrEqualTo(price);
          long fromDpp = tax.otherTaxBase().times(Rate.percent(12), RoundingMode.HALF_UP).amount();
          assertThat(Math.abs(tax.ppn().amount() - fromDpp)).isLessThanOrEqualTo(1);
          if (c.inclusion() == PriceInclusion.EXCLUSIVE && price.amount() % 12 == 0) {
            // DPP nilai lain = 11k exactly for a price of 12k, and 12 % x 11k = 11 % x 12k: no
            // rounding
            assertThat(tax.ppn().amount()).isEqualTo(fromDpp);
          }
        });
  }

  @Test
  void aSellerThatIsNotAPkpHasNoDppNilaiLain() {
    Property.check(
        "NON_PKP: DPP nilai lain zero, PPN zero",
        cases(),
        c -> {
          TaxBreakdown tax =
              TaxPolicy.of(FACILITY, TaxStatus.NON_PKP, c.inclusion()).apply(c.quoted());
          assertThat(tax.otherTaxBase()).isEqualTo(Rupiah.ZERO);
          assertThat(tax.priceExcludingTax()).isEqualTo(c.quoted());
        });
  }
}
