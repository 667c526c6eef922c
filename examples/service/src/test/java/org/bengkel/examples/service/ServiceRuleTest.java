package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service's own rules and the reasons of {@code service.request.invalid} have their sentences
 * in English and in Indonesian, and the two bundles hold nothing else: a rule or reason added
 * without its sentences, or a sentence left after its rule, fails.
 */
class ServiceRuleTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_id.properties"})
  void eachBundleHasASentenceForEveryRuleAndNothingElse(String bundle) throws IOException {
    Properties sentences = new Properties();
    try (InputStream in = ServiceRule.class.getResourceAsStream(bundle)) {
      assertThat(in).as(bundle).isNotNull();
      sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> codes =
        Stream.concat(
                Arrays.stream(ServiceRule.values()).map(ServiceRule::code),
                Arrays.stream(Reason.values()).map(Reason::key))
            .collect(Collectors.toSet());
    assertThat(sentences.stringPropertyNames()).isEqualTo(codes);
    assertThat(sentences.values()).allSatisfy(s -> assertThat(s.toString()).isNotBlank());
  }
}
