package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Paths, shortened details and the document length at the edges of their limits. */
class JsonPathAndLimitsEdgesTest {

  @Test
  void plainNamesUpTo64CharactersAreDottedAndLongerOnesQuotedAndShortened() {
    String longest = "a".repeat(64);
    assertThat(JsonPath.property("$", longest)).isEqualTo("$." + longest);
    // 65 characters: quoted, and shortened to 61 of them and "..."
    assertThat(JsonPath.property("$", longest + "b")).isEqualTo("$['" + "a".repeat(61) + "...']");
    assertThat(JsonPath.property("$", "_under_9")).isEqualTo("$._under_9");
    assertThat(JsonPath.property("$", "Z")).isEqualTo("$.Z");
    assertThat(JsonPath.property("$", "9lives")).isEqualTo("$['9lives']");
    assertThat(JsonPath.property("$", "a\\b")).isEqualTo("$['a\\\\b']");
    assertThat(JsonPath.index("$.x", 0)).isEqualTo("$.x[0]");
  }

  @Test
  void detailsOf64CharactersAreKeptWhole() {
    String longest = "d".repeat(64);
    assertThat(BengkelJsonException.shorten(longest)).isEqualTo(longest);
    assertThat(BengkelJsonException.shorten(longest + "e")).isEqualTo("d".repeat(61) + "...");
  }

  @Test
  void aDocumentAsLongAsTheLimitIsReadAndOneByteMoreRefused() {
    BengkelJsonOptions options = BengkelJsonOptions.strict().withMaxDocumentLength(10);
    byte[] ten = "\"abcdefgh\"".getBytes(StandardCharsets.UTF_8);
    assertThat(JsonText.decodeUtf8(ten, options)).isEqualTo("\"abcdefgh\"");
    JsonText.checkLength(10, options);
    assertThatThrownBy(() -> JsonText.checkLength(11, options))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded");
              assertThat(e.path()).isEqualTo("$");
            });
    assertThatThrownBy(
            () -> JsonText.decodeUtf8("\"abcdefghi\"".getBytes(StandardCharsets.UTF_8), options))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded"));
  }
}
