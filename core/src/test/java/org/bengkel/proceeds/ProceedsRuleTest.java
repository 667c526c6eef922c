package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.internal.RuleBundles;
import org.junit.jupiter.api.Test;

class ProceedsRuleTest {

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() {
    Properties en = RuleBundles.assertBothLanguages(ProceedsRule.class, "proceeds.");
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
}
