package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.Messages;
import org.bengkel.money.Rate;
import org.junit.jupiter.api.Test;

/** A price step is a code with parameters, put into words only when shown. */
class PriceStepTest {

  @Test
  void aStepIsACodeWithCanonicalParametersInTheirDeclaredOrder() {
    // Rp92.500 x (1 + 10%) = Rp101.750 exactly
    PriceStep step =
        PriceStep.of("KUE-GROSIR", StepCode.MARKUP, rp(92_500), rp(101_750), Rate.percent(10));
    assertThat(step.kind()).isEqualTo(StepKind.MARKUP);
    assertThat(step.code().code()).isEqualTo("pricing.step.markup");
    assertThat(step.params()).containsExactly(entry("rate", "10%"));
    assertThat(step.message(Locale.ENGLISH))
        .isEqualTo("Rp92.500 x (1 + 10%) = Rp101.750, rounded half up to whole rupiah");
    assertThat(step.message(Messages.INDONESIAN))
        .isEqualTo(
            "Rp92.500 x (1 + 10 %) = Rp101.750, dibulatkan setengah ke atas ke rupiah penuh");
  }

  @Test
  void decimalRatesAndRoundingModesAreWrittenForTheReader() {
    // Rp10.000 x (1 - 12,5%) = Rp8.750
    PriceStep discount =
        PriceStep.of(
            "R",
            StepCode.DISCOUNT,
            rp(10_000),
            rp(8_750),
            Rate.percent(new java.math.BigDecimal("12.5")));
    assertThat(discount.message(Messages.INDONESIAN))
        .startsWith("Rp10.000 x (1 - 12,5 %) = Rp8.750");
    assertThat(discount.message(Locale.ROOT)).startsWith("Rp10.000 x (1 - 12.5%) = Rp8.750");
    PriceStep rounding =
        PriceStep.of("R", StepCode.ROUNDING, rp(85_050), rp(85_500), rp(500), RoundingMode.UP);
    assertThat(rounding.params()).containsExactly(entry("step", "Rp500"), entry("mode", "UP"));
    assertThat(rounding.message(Messages.INDONESIAN))
        .isEqualTo("dibulatkan ke atas ke kelipatan Rp500: Rp85.050 -> Rp85.500");
  }

  @Test
  void everyCodeHasAPatternInBothLanguagesThatUsesAllItsParameters() {
    for (StepCode code : StepCode.values()) {
      for (Locale locale : new Locale[] {Locale.ROOT, Messages.INDONESIAN}) {
        String pattern = Messages.pattern(PriceStep.class, code.code(), locale);
        assertThat(pattern).as("%s in %s", code, locale).isNotEqualTo(code.code());
        for (int i = 0; i < code.parameterNames().size(); i++) {
          assertThat(pattern)
              .as("%s in %s mentions parameter %d", code, locale, i)
              .contains("{" + (2 + i) + "}");
        }
      }
      assertThat(StepCode.of(code.code())).isEqualTo(code);
    }
  }

  @Test
  void parametersOtherThanTheCodesAreRefused() {
    assertRefused(
        () -> PriceStep.of("R", StepCode.MARKUP, rp(1), rp(2)), "pricing.step.params", "params");
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("percent", "10%");
    assertRefused(
        () ->
            PriceStep.builder()
                .source("R")
                .kind(StepKind.MARKUP)
                .code(StepCode.MARKUP)
                .params(wrong)
                .before(rp(100))
                .after(rp(110))
                .build(),
        "pricing.step.params",
        "params");
    Map<String, String> swapped = new LinkedHashMap<>();
    swapped.put("sku", "CUCI");
    swapped.put("tariff", "Rp35.000");
    swapped.put("vehicleClass", "CAR");
    assertRefused(
        () ->
            PriceStep.builder()
                .source("L")
                .kind(StepKind.BASE)
                .code(StepCode.BASE_TARIFF)
                .params(swapped)
                .before(rp(35_000))
                .after(rp(35_000))
                .build(),
        "pricing.step.params",
        "params");
  }

  @Test
  void malformedParameterTextsAreRefusedNamingTheParameter() {
    assertRefused(
        () -> PriceStep.of("R", StepCode.MARKUP, rp(100), rp(110), "ten percent"),
        "value.malformed",
        "params.rate");
    assertRefused(
        () -> PriceStep.of("R", StepCode.SURCHARGE, rp(100), rp(110), "10"),
        "value.malformed",
        "params.amount");
    assertRefused(
        () -> PriceStep.of("R", StepCode.ROUNDING, rp(100), rp(100), rp(500), "NEAREST"),
        "value.malformed",
        "params.mode");
    assertRefused(
        () -> PriceStep.of("L", StepCode.BASE_CHANNEL, rp(100), rp(100), "SHOP", rp(100), "L"),
        "value.malformed",
        "params.channel");
    assertRefused(() -> StepCode.of("pricing.step.nope"), "value.malformed", "code");
  }

  @Test
  void aCodeOfAnotherKindIsRefused() {
    Map<String, String> rate = Map.of("rate", "10%");
    assertRefused(
        () ->
            PriceStep.builder()
                .source("R")
                .kind(StepKind.DISCOUNT)
                .code(StepCode.MARKUP)
                .params(rate)
                .before(rp(100))
                .after(rp(110))
                .build(),
        "pricing.quote.inconsistent",
        "code");
  }

  @Test
  void aStepReadFromProseIsShownAsWrittenInEveryLanguage() {
    PriceStep old =
        PriceStep.builder()
            .source("R")
            .kind(StepKind.MARKUP)
            .code(StepCode.TEXT)
            .putParam("text", "Rp100 x (1 + 10%) = Rp110, rounded HALF_UP to whole rupiah")
            .before(rp(100))
            .after(rp(110))
            .build();
    assertThat(old.message(Messages.INDONESIAN))
        .isEqualTo(old.message(Locale.ROOT))
        .isEqualTo("Rp100 x (1 + 10%) = Rp110, rounded HALF_UP to whole rupiah");
  }

  @Test
  void anUnnamedVehicleClassIsShownByItsCode() {
    PriceStep base =
        PriceStep.of(
            "L",
            StepCode.BASE_TARIFF,
            rp(50_000),
            rp(50_000),
            "CUCI",
            VehicleClass.of("PICKUP"),
            rp(50_000));
    assertThat(base.message(Messages.INDONESIAN))
        .isEqualTo("harga dasar: tarif CUCI untuk PICKUP, Rp50.000");
  }
}
