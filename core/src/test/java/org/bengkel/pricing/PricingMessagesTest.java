package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class PricingMessagesTest {

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() {
    ResourceBundle en = ResourceBundle.getBundle("org.bengkel.pricing.messages", Locale.ROOT);
    ResourceBundle id =
        ResourceBundle.getBundle("org.bengkel.pricing.messages", Messages.INDONESIAN);
    for (PricingRule rule : PricingRule.values()) {
      assertThat(rule.code()).startsWith("pricing.");
      assertThat(en.containsKey(rule.code())).as(rule.code()).isTrue();
      assertThat(rule.pattern(Locale.ENGLISH)).isNotEqualTo(rule.code());
      assertThat(rule.pattern(Messages.INDONESIAN))
          .as(rule.code())
          .isNotEqualTo(rule.code())
          .isNotEqualTo(rule.pattern(Locale.ENGLISH));
    }
    assertThat(id.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
  }

  @Test
  void messagesNameTheFieldValueAndDetails() {
    InvalidValueException e =
        InvalidValueException.of(PricingRule.NO_LIST_PRICE, "sku", "KUE-KERING-500G", "GAL-2026");
    assertThat(e.getMessage())
        .contains("sku", "KUE-KERING-500G", "GAL-2026", "pricing.no-list-price");
    assertThat(e.message(Messages.INDONESIAN)).contains("tidak memiliki harga daftar", "GAL-2026");
  }
}
