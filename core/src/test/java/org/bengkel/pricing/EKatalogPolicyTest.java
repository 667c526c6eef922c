package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** The e-Katalog listing rules: price not above elsewhere, TKDN at least 25 % (Perpres 46/2025). */
class EKatalogPolicyTest {

  private static EKatalogListing.Builder kue(long price, Rate tkdn) {
    return EKatalogListing.builder()
        .sku(KUE)
        .unit(Unit.JAR)
        .zone("JATIM-1")
        .price(rp(price))
        .minimumOrder(10)
        .localContent(tkdn)
        .producerScale(ProducerScale.MICRO);
  }

  private static final List<OfferedPrice> ELSEWHERE =
      List.of(
          OfferedPrice.of("Galeri WBP Pamekasan", KUE, Unit.JAR, "JATIM-1", rp(92_000)),
          OfferedPrice.of("GALLERY", KUE, Unit.JAR, "JATIM-1", rp(90_000)),
          // not compared: another zone, another product
          OfferedPrice.of("Pameran Jakarta", KUE, Unit.JAR, "DKI-1", rp(80_000)),
          OfferedPrice.of("Toko", Sku.of("KERIPIK-150G"), Unit.BOX, "JATIM-1", rp(10_000)));

  @Test
  void eKatalogPriceAboveTheLowestPriceElsewhereIsRefused() {
    // Rp95.000 listed > Rp90.000 at the gallery (the lowest for the same item, unit and zone)
    EKatalogCheck check =
        EKatalogPolicy.standard().check(kue(95_000, Rate.percent(40)).build(), ELSEWHERE);
    assertThat(check.accepted()).isFalse();
    assertThat(check.refusals())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PricingRule.EKATALOG_OVER_PRICE);
              assertThat(f.rule().code()).isEqualTo("pricing.e-katalog.over-price");
              assertThat(f.comparedPrice()).contains(rp(90_000));
              assertThat(f.comparedSource()).contains("GALLERY");
              assertThat(f.explanation()).contains("Rp95.000", "exceeds", "Rp90.000");
            });
    assertThat(check.listing().producerScale().isMicroOrSmall()).isTrue();
  }

  @Test
  void eKatalogPriceEqualToTheLowestElsewhereIsAccepted() {
    EKatalogCheck check =
        EKatalogPolicy.standard().check(kue(90_000, Rate.percent(25)).build(), ELSEWHERE);
    assertThat(check.accepted()).isTrue();
    assertThat(check.refusals()).isEmpty();
    assertThat(check.findings())
        .extracting(EKatalogFinding::rule)
        .containsExactly(PricingRule.EKATALOG_OVER_PRICE, PricingRule.EKATALOG_LOCAL_CONTENT);
    assertThat(check.findings().get(0).explanation()).contains("does not exceed");
  }

  @Test
  void eKatalogWithNothingToCompareSaysSo() {
    EKatalogCheck check =
        EKatalogPolicy.standard().check(kue(150_000, Rate.percent(30)).build(), List.of());
    assertThat(check.accepted()).isTrue();
    assertThat(check.findings().get(0).explanation()).contains("no price offered elsewhere");
    assertThat(check.findings().get(0).comparedPrice()).isEmpty();
  }

  @Test
  void localContentBelowTwentyFivePercentIsRefused() {
    // TKDN 24 % < 25 %
    EKatalogCheck check =
        EKatalogPolicy.standard().check(kue(90_000, Rate.percent(24)).build(), ELSEWHERE);
    assertThat(check.accepted()).isFalse();
    assertThat(check.refusals())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PricingRule.EKATALOG_LOCAL_CONTENT);
              assertThat(f.explanation()).contains("24%", "is below", "25%");
            });
    // exactly 25 % passes
    assertThat(
            EKatalogPolicy.standard()
                .check(kue(90_000, Rate.percent(25)).build(), ELSEWHERE)
                .accepted())
        .isTrue();
  }

  @Test
  void minimumLocalContentIsConfigurable() {
    EKatalogPolicy strict = EKatalogPolicy.builder().minimumLocalContent(Rate.percent(40)).build();
    assertThat(strict.check(kue(90_000, Rate.percent(30)).build(), ELSEWHERE).accepted()).isFalse();
    assertThat(EKatalogPolicy.standard().minimumLocalContent()).isEqualTo(Rate.percent(25));
    assertRefused(
        () -> EKatalogPolicy.builder().minimumLocalContent(Rate.percent(101)).build(),
        "pricing.rate-above-whole",
        "minimumLocalContent");
  }

  @Test
  void listingRefusesImpossibleValues() {
    assertRefused(
        () -> kue(90_000, Rate.percent(101)).build(), "pricing.rate-above-whole", "localContent");
    assertRefused(
        () -> kue(90_000, Rate.percent(30)).minimumOrder(0).build(),
        "value.out-of-range",
        "minimumOrder");
    assertRefused(
        () -> kue(90_000, Rate.percent(30)).zone("jatim").build(), "value.malformed", "zone");
    assertRefused(
        () -> OfferedPrice.of(" ", KUE, Unit.JAR, "JATIM-1", rp(1)), "value.blank", "source");
  }

  @Test
  void anOfferInAnotherUnitIsNeverSilentlyLeftOut() {
    // Rp70.000 per box of the same product in the same zone cannot be compared with a price per
    // jar:
    // the check says so and refuses, even though the price finding alone would pass.
    List<OfferedPrice> withBox = new java.util.ArrayList<>(ELSEWHERE);
    withBox.add(OfferedPrice.of("Grosir", KUE, Unit.BOX, "JATIM-1", rp(70_000)));
    EKatalogCheck check =
        EKatalogPolicy.standard().check(kue(90_000, Rate.percent(40)).build(), withBox);
    assertThat(check.accepted()).isFalse();
    assertThat(check.findings())
        .extracting(EKatalogFinding::rule)
        .containsExactly(
            PricingRule.EKATALOG_OVER_PRICE,
            PricingRule.EKATALOG_LOCAL_CONTENT,
            PricingRule.EKATALOG_UNIT);
    assertThat(check.refusals())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().code()).isEqualTo("pricing.e-katalog.unit");
              assertThat(f.explanation())
                  .contains("Grosir per kotak", "per toples")
                  .doesNotContain("JAR", "BOX");
            });
    // and with only that offer, the price rule has nothing to compare, yet the check is refused
    EKatalogCheck alone =
        EKatalogPolicy.standard()
            .check(
                kue(95_000, Rate.percent(40)).build(),
                List.of(OfferedPrice.of("Grosir", KUE, Unit.BOX, "JATIM-1", rp(70_000))));
    assertThat(alone.findings().get(0).passed()).isTrue();
    assertThat(alone.accepted()).isFalse();
  }

  @Test
  void anOfferInPiecesIsComparedWithAListingInPiecesWhateverTheSellerWrote() {
    // Once "Piece" and "piece" were two strings and an offer in "Piece" was skipped while the check
    // passed; a unit is now the catalogue's Unit (JSON "Piece" is refused, see the JSON contract),
    // so the offer is compared and its lower price refuses the listing.
    Sku perahu = Sku.of("PERAHU-30CM");
    EKatalogListing listing =
        EKatalogListing.builder()
            .sku(perahu)
            .unit(Unit.PIECE)
            .zone("JATIM")
            .price(rp(120_000))
            .minimumOrder(1)
            .localContent(Rate.percent(60))
            .producerScale(ProducerScale.SMALL)
            .build();
    EKatalogCheck check =
        EKatalogPolicy.standard()
            .check(
                listing,
                List.of(OfferedPrice.of("Toko daring", perahu, Unit.PIECE, "JATIM", rp(100_000))));
    assertThat(check.accepted()).isFalse();
    assertThat(check.refusals())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(PricingRule.EKATALOG_OVER_PRICE);
              assertThat(f.comparedPrice()).contains(rp(100_000));
            });
  }

  @Test
  void aListingOfAProductTakesTheProductsUnit() {
    org.bengkel.catalog.Product kursi =
        org.bengkel.catalog.Product.of(
            Sku.of("KURSI-TERAS"),
            "Kursi teras",
            org.bengkel.catalog.ProductCategory.FURNITURE,
            Unit.SET,
            org.bengkel.programme.ProgrammeCode.of("MEUBEL"));
    EKatalogListing listing =
        EKatalogListing.forProduct(kursi)
            .zone("JATIM")
            .price(rp(1_250_000))
            .minimumOrder(1)
            .localContent(Rate.percent(80))
            .producerScale(ProducerScale.SMALL)
            .build();
    assertThat(listing.sku()).isEqualTo(kursi.sku());
    assertThat(listing.unit()).isEqualTo(Unit.SET);
  }

  @Test
  void producerScaleLabelsMicroAndSmall() {
    assertThat(ProducerScale.SMALL.isMicroOrSmall()).isTrue();
    assertThat(ProducerScale.MEDIUM.isMicroOrSmall()).isFalse();
    assertThat(ProducerScale.LARGE.isMicroOrSmall()).isFalse();
  }
}
