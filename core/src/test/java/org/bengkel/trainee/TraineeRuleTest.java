package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class TraineeRuleTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = TraineeRule.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() throws IOException {
    Properties en = load("messages.properties");
    Properties id = load("messages_id.properties");
    assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (TraineeRule r : TraineeRule.values()) {
      assertThat(en.getProperty(r.code())).as(r.code()).isNotBlank();
      assertThat(r.pattern(Locale.ROOT)).isEqualTo(en.getProperty(r.code()));
      assertThat(r.pattern(Messages.INDONESIAN)).isEqualTo(id.getProperty(r.code()));
      assertThat(r.code()).startsWith("trainee.").matches("[a-z.-]+");
    }
    // the rules' messages, and one audit-trail sentence per trainee event type (event.<type>)
    assertThat(en.size())
        .isEqualTo(
            TraineeRule.values().length + TraineeEvent.class.getPermittedSubclasses().length);
    assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith("event.")))
        .allMatch(k -> k.startsWith("event.trainee."));
  }
}
