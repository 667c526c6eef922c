package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.Rule;
import org.bengkel.foodsafety.FoodSafetyRule;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialRule;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.junit.jupiter.api.Test;

class ValuesTest {

  private static String rule(Throwable e) {
    return ((InvalidValueException) e).ruleCode();
  }

  @Test
  void quantityParseReversesToString() {
    for (String s :
        new String[] {
          "250 g", "5 kg", "0 ml", "2 l", "3 pcs", "20 lembar", "15 cm", "2 m", "40 mm"
        }) {
      assertThat(Quantity.parse(s)).as(s).hasToString(s);
    }
    Quantity q = Quantity.of(2, MeasureUnit.KILOGRAM);
    assertThat(q.baseAmount()).isEqualTo(2000);
    assertThat(q.amount()).isEqualTo(2);
    assertThat(q.unit()).isEqualTo(MeasureUnit.KILOGRAM);
    assertThat(q)
        .isEqualTo(Quantity.parse("2 kg"))
        .hasSameHashCodeAs(Quantity.parse("2 kg"))
        .isNotEqualTo(Quantity.of(2000, MeasureUnit.GRAM));
    assertThat(Quantity.of(0, MeasureUnit.GRAM).isZero()).isTrue();
  }

  @Test
  void quantityParseReadsNineteenDigitsUpToTheLargestLongAndRefusesMore() {
    // Regression: parse accepted only 18 digits while of(..) allows Long.MAX_VALUE grams.
    assertThat(Quantity.parse("9223372036854775807 g").amount()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Quantity.parse("9223372036854775808 g"))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
  }

  @Test
  void quantityIsWholeAndNonNegative() {
    for (String bad : new String[] {"2.5 kg", "-1 g", "1g", "01 g", "1 ton", "g", ""}) {
      assertThatThrownBy(() -> Quantity.parse(bad))
          .as(bad)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
    }
    assertThatThrownBy(() -> Quantity.of(-1, MeasureUnit.GRAM))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThatThrownBy(() -> Quantity.of(Long.MAX_VALUE, MeasureUnit.KILOGRAM))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.out-of-range"));
    assertThatThrownBy(() -> Quantity.of(1, null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }

  @Test
  void measureUnitsConvertExactlyWithinTheirBase() {
    assertThat(MeasureUnit.KILOGRAM.base()).isEqualTo(MeasureUnit.GRAM);
    assertThat(MeasureUnit.LITRE.factor()).isEqualTo(1000);
    assertThat(MeasureUnit.CENTIMETRE.isCompatibleWith(MeasureUnit.METRE)).isTrue();
    assertThat(MeasureUnit.SHEET.isCompatibleWith(MeasureUnit.PIECE)).isFalse();
    assertThat(MeasureUnit.SHEET.indonesian()).isEqualTo("lembar");
    assertThat(MeasureUnit.KILOGRAM.symbol()).isEqualTo("kg");
  }

  @Test
  void halalNumberStartsWithIdAndIsValidFromItsIssueDate() {
    HalalCertificate h = HalalCertificate.of("ID35110000123450821", LocalDate.of(2026, 3, 1));
    assertThat(h.isValidOn(LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(h.isValidOn(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(h.isValidOn(LocalDate.of(2040, 1, 1))).isTrue();
    for (String bad : new String[] {"35110000123450821", "ID", "id3511", "ID 3511", "XID3511"}) {
      assertThatThrownBy(() -> HalalCertificate.of(bad, LocalDate.of(2026, 3, 1)))
          .as(bad)
          .satisfies(e -> assertThat(rule(e)).isEqualTo("catalog.halal.format"));
    }
  }

  @Test
  void materialNeedsCodeNameAndUnit() {
    assertThatThrownBy(() -> Material.of("tepung", "Tepung", MeasureUnit.KILOGRAM))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.malformed"));
    assertThatThrownBy(() -> Material.of("TEPUNG", "", MeasureUnit.KILOGRAM))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.blank"));
    assertThatThrownBy(() -> Material.of("TEPUNG", "Tepung", null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo("value.required"));
  }

  @Test
  void everyRuleHasAnEnglishAndIndonesianMessage() {
    assertEveryRuleHasBothMessages("org.bengkel.catalog.messages", CatalogRule.values());
    assertEveryRuleHasBothMessages("org.bengkel.material.messages", MaterialRule.values());
    assertEveryRuleHasBothMessages("org.bengkel.foodsafety.messages", FoodSafetyRule.values());
  }

  private static void assertEveryRuleHasBothMessages(String bundle, Rule[] rules) {
    ResourceBundle en = ResourceBundle.getBundle(bundle, Locale.ROOT);
    ResourceBundle id = ResourceBundle.getBundle(bundle, Messages.INDONESIAN);
    Set<String> codes = new HashSet<>();
    for (Rule r : rules) {
      codes.add(r.code());
      assertThat(r.pattern(Locale.ROOT)).as(r.code()).isNotEqualTo(r.code());
      assertThat(r.pattern(Messages.INDONESIAN)).as(r.code()).isNotEqualTo(r.pattern(Locale.ROOT));
      new java.text.MessageFormat(r.pattern(Messages.INDONESIAN))
          .format(new Object[] {"a", "b", "c", "d"});
    }
    assertThat(en.keySet()).as(bundle).isEqualTo(codes);
    assertThat(id.keySet()).as(bundle).isEqualTo(codes);
  }

  /** Codes are public contract: splitting the catalogue into three packages kept every one. */
  @Test
  void theSplitKeepsEveryRuleCode() {
    Set<String> codes = new HashSet<>();
    for (Rule[] rules :
        List.of(CatalogRule.values(), MaterialRule.values(), FoodSafetyRule.values())) {
      for (Rule r : rules) {
        assertThat(codes.add(r.code())).as(r.code()).isTrue();
      }
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "catalog.pirt.format",
            "catalog.pirt.packaging",
            "catalog.pirt.issue-year",
            "catalog.pirt.issued-without-number",
            "catalog.halal.format",
            "catalog.halal.conflict",
            "catalog.halal.review",
            "catalog.food-safety.halal-review",
            "catalog.food.data-required",
            "catalog.food.not-food",
            "catalog.category.unknown",
            "catalog.quantity.unit-mismatch",
            "catalog.price.partner-not-supplier",
            "catalog.price.overlap",
            "catalog.price.missing",
            "catalog.bom.cycle",
            "catalog.bom.missing",
            "catalog.cost.quantity-unit",
            "catalog.cost.price-material",
            "catalog.cost.line",
            "catalog.cost.price-not-effective",
            "catalog.food-safety.pirt-missing",
            "catalog.food-safety.pirt-expired",
            "catalog.food-safety.pirt-not-yet-valid",
            "catalog.food-safety.high-risk",
            "catalog.food-safety.halal-missing",
            "catalog.food-safety.halal-not-yet-issued");
  }

  @Test
  void refusalMessagesNameFieldValueAndRule() {
    assertThatThrownBy(() -> PirtNumber.of("9123456780126-26"))
        .hasMessageContaining("pirt")
        .hasMessageContaining("9123456780126-26")
        .hasMessageContaining("catalog.pirt.packaging");
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class, () -> PirtNumber.of("9123456780126-26"));
    assertThat(e.message(Messages.INDONESIAN)).contains("kode jenis kemasan");
  }
}
