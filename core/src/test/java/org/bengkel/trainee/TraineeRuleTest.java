package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.bengkel.internal.RuleBundles;
import org.junit.jupiter.api.Test;

class TraineeRuleTest {

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() {
    Properties en = RuleBundles.assertBothLanguages(TraineeRule.class, "trainee.");
    // the rules' messages, and one audit-trail sentence per trainee event type (event.<type>)
    assertThat(en.size())
        .isEqualTo(
            TraineeRule.values().length + TraineeEvent.class.getPermittedSubclasses().length);
    assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith("event.")))
        .allMatch(k -> k.startsWith("event.trainee."));
  }
}
