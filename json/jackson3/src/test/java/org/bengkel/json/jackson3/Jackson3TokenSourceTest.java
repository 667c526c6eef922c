package org.bengkel.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.junit.jupiter.api.Test;

/** The token source's shortcuts: lengths and numbers read from Jackson's buffers. */
class Jackson3TokenSourceTest {

  private static Jackson3TokenSource source(JsonMapper mapper, String json) {
    JsonParser p = mapper.createParser(json);
    p.nextToken();
    return new Jackson3TokenSource(p);
  }

  @Test
  void theHardenedMapperChecksLengthsAsTheOptionsDo() {
    BengkelJsonOptions options = BengkelJsonOptions.strict();
    assertThat(source(BengkelJackson3.mapper(options), "1").checksLengths(options)).isTrue();
    // A mapper with Jackson's own, larger limits leaves the lengths to bengkel's reader.
    assertThat(source(JsonMapper.builder().build(), "1").checksLengths(options)).isFalse();
    BengkelJsonOptions tighter = options.withMaxStringLength(10);
    assertThat(source(BengkelJackson3.mapper(options), "1").checksLengths(tighter)).isFalse();
  }

  @Test
  void lengthsAndNumbersComeWithoutText() {
    Jackson3TokenSource s = source(JsonMapper.builder().build(), "{\"name\":\"abcd\",\"n\":-9223372036854775808}");
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
    assertThat(s.next()).isEqualTo(JsonToken.NAME);
    assertThat(s.textLength()).isEqualTo(4);
    assertThat(s.next()).isEqualTo(JsonToken.STRING);
    assertThat(s.textLength()).isEqualTo(4);
    s.next();
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.longValue()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aNumberBeyondALongIsOutOfRange() {
    Jackson3TokenSource s = source(JsonMapper.builder().build(), "9223372036854775808");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThatThrownBy(s::longValue).isInstanceOf(ArithmeticException.class);
    JsonReader in = JsonReader.of(source(JsonMapper.builder().build(), "[9223372036854775808]"));
    in.beginArray();
    assertThatThrownBy(in::nextLong)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.amount-out-of-range");
              assertThat(e.path()).isEqualTo("$[0]");
            });
  }
}
