package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class ProgrammeMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ProgrammeRule.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() throws IOException {
    Set<String> codes =
        Arrays.stream(ProgrammeRule.values()).map(ProgrammeRule::code).collect(Collectors.toSet());
    // the rules' messages, and one audit-trail sentence per training event type (event.<type>)
    for (String file : Set.of("messages.properties", "messages_id.properties")) {
      Set<String> keys = load(file).stringPropertyNames();
      assertThat(keys.stream().filter(k -> !k.startsWith("event.")).collect(Collectors.toSet()))
          .as(file)
          .isEqualTo(codes);
      assertThat(keys.stream().filter(k -> k.startsWith("event.programme.")))
          .as(file)
          .hasSize(TrainingEvent.class.getPermittedSubclasses().length);
    }
    for (ProgrammeRule r : ProgrammeRule.values()) {
      assertThat(r.pattern(Locale.ROOT)).as(r.code()).isNotEqualTo(r.code());
      assertThat(r.pattern(Messages.INDONESIAN))
          .as(r.code())
          .isNotEqualTo(r.code())
          .isNotEqualTo(r.pattern(Locale.ROOT));
    }
  }

  @Test
  void codesAreStableAndDistinct() {
    assertThat(Arrays.stream(ProgrammeRule.values()).map(ProgrammeRule::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("programme(\\.[a-z]+(-[a-z]+)*)+"));
  }
}
