package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.util.List;
import java.util.Locale;
import org.bengkel.catalog.Unit;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/**
 * An e-Katalog finding says why in English and in Indonesian, from one declaration of each sentence
 * in the package's bundles; its English explanation, which JSON carries, is the English message.
 */
class EKatalogFindingMessageTest {

  private static final EKatalogListing KUE_AT_95K = kue(Rate.percent(24));

  private static EKatalogListing kue(Rate tkdn) {
    return EKatalogListing.builder()
        .sku(KUE)
        .unit(Unit.JAR)
        .zone("JATIM-1")
        .price(rp(95_000))
        .minimumOrder(10)
        .localContent(tkdn)
        .producerScale(ProducerScale.MICRO)
        .build();
  }

  private static List<EKatalogFinding> findings(
      EKatalogListing listing, List<OfferedPrice> elsewhere) {
    return EKatalogPolicy.standard().check(listing, elsewhere).findings();
  }

  @Test
  void aRefusedListingIsExplainedInBothLanguages() {
    // Rp95.000 > Rp90.000 (GALLERY); TKDN 24% < 25%; one offer per box cannot be compared
    List<EKatalogFinding> findings =
        findings(
            KUE_AT_95K,
            List.of(
                OfferedPrice.of("GALLERY", KUE, Unit.JAR, "JATIM-1", rp(90_000)),
                OfferedPrice.of("Grosir", KUE, Unit.BOX, "JATIM-1", rp(70_000))));
    assertThat(findings)
        .extracting(f -> f.message(Locale.ENGLISH))
        .containsExactly(
            "listed price Rp95.000 exceeds the lowest price elsewhere Rp90.000 (GALLERY) for"
                + " KUE-KERING-500G per toples in zone JATIM-1",
            "local content (TKDN) 24% is below the minimum 25%",
            "offers of KUE-KERING-500G in zone JATIM-1 in another unit than toples cannot be"
                + " compared: Grosir per kotak; restate them per toples or leave them out");
    assertThat(findings)
        .extracting(f -> f.message(Messages.INDONESIAN))
        .containsExactly(
            "harga tayang Rp95.000 melebihi harga terendah di tempat lain Rp90.000 (GALLERY) untuk"
                + " KUE-KERING-500G per toples di zona JATIM-1",
            "nilai TKDN 24% di bawah batas minimum 25%",
            "penawaran KUE-KERING-500G di zona JATIM-1 dalam satuan selain toples tidak dapat"
                + " dibandingkan: Grosir per kotak; nyatakan ulang per toples atau jangan"
                + " disertakan");
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.explanation()).isEqualTo(f.message(Locale.ROOT)));
  }

  @Test
  void anAcceptedListingIsExplainedInBothLanguages() {
    // Rp95.000 = Rp95.000 (GALLERY) does not exceed; TKDN 30% >= 25%
    EKatalogListing listing = kue(Rate.percent(30));
    List<EKatalogFinding> compared =
        findings(
            listing, List.of(OfferedPrice.of("GALLERY", KUE, Unit.JAR, "JATIM-1", rp(95_000))));
    assertThat(compared.get(0).message(Messages.INDONESIAN))
        .isEqualTo(
            "harga tayang Rp95.000 tidak melebihi harga terendah di tempat lain Rp95.000 (GALLERY)"
                + " untuk KUE-KERING-500G per toples di zona JATIM-1");
    assertThat(compared.get(0).explanation())
        .isEqualTo(
            "listed price Rp95.000 does not exceed the lowest price elsewhere Rp95.000 (GALLERY)"
                + " for KUE-KERING-500G per toples in zone JATIM-1");
    assertThat(compared.get(1).message(Messages.INDONESIAN))
        .isEqualTo("nilai TKDN 30% memenuhi batas minimum 25%");
    EKatalogFinding nothingToCompare = findings(listing, List.of()).get(0);
    assertThat(nothingToCompare.message(Messages.INDONESIAN))
        .isEqualTo(
            "tidak ada harga yang ditawarkan di tempat lain untuk KUE-KERING-500G per toples di"
                + " zona JATIM-1 sebagai pembanding");
    assertThat(nothingToCompare.explanation())
        .isEqualTo(
            "no price offered elsewhere for KUE-KERING-500G per toples in zone JATIM-1 to compare"
                + " with");
  }

  @Test
  void aFindingReadFromJsonHasItsEnglishExplanationOnlyAndEqualsTheOriginal() {
    EKatalogFinding original = findings(KUE_AT_95K, List.of()).get(1);
    // what the JSON reader builds: the wire carries the rule, the answer and the English text
    EKatalogFinding read =
        EKatalogFinding.builder()
            .rule(original.rule())
            .passed(original.passed())
            .explanation(original.explanation())
            .build();
    assertThat(read).isEqualTo(original);
    assertThat(read.details()).isEmpty();
    assertThat(read.message(Messages.INDONESIAN)).isEqualTo(original.explanation());
    assertThat(original.message(Messages.INDONESIAN)).isNotEqualTo(original.explanation());
  }

  @Test
  void aFindingWithNeitherExplanationNorDetailsIsRefused() {
    assertThatThrownBy(
            () ->
                EKatalogFinding.builder()
                    .rule(PricingRule.EKATALOG_LOCAL_CONTENT)
                    .passed(true)
                    .build())
        .isInstanceOf(MissingValueException.class)
        .hasMessageContaining("explanation");
  }
}
