package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class ProceedsRuleTest {

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() throws IOException {
    Properties en = load("messages.properties");
    Properties id = load("messages_id.properties");
    assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (ProceedsRule rule : ProceedsRule.values()) {
      assertThat(rule.code()).startsWith("proceeds.");
      assertThat(en.getProperty(rule.code())).as(rule.code()).isNotBlank();
      assertThat(id.getProperty(rule.code()))
          .as(rule.code())
          .isNotBlank()
          .isNotEqualTo(en.getProperty(rule.code()));
      assertThat(rule.pattern(Locale.ROOT)).isEqualTo(en.getProperty(rule.code()));
      assertThat(rule.pattern(Messages.INDONESIAN)).isEqualTo(id.getProperty(rule.code()));
    }
    // besides the rules, the bundle declares the audit sentences of the package's events
    assertThat(en.keySet().stream().filter(k -> !k.toString().startsWith("event.")).count())
        .isEqualTo(ProceedsRule.values().length);
  }

  @Test
  void messagesAreFormattedInBothLanguages() {
    InvalidValueException e =
        InvalidValueException.of(ProceedsRule.OVER_DEPOSIT, "amount", "Rp400.001", "Rp400.000");
    assertThat(e.getMessage())
        .contains("must not exceed the PNBP recorded but not yet deposited (Rp400.000)")
        .contains("proceeds.pnbp.over-deposit");
    assertThat(e.message(Messages.INDONESIAN)).contains("setoran tidak boleh melebihi");
    assertThat(InvalidValueException.personal(ProceedsRule.ACCOUNT_OWNER, "share").getMessage())
        .contains("trainee's account");
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProceedsRule.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(in);
    }
    return p;
  }
}
