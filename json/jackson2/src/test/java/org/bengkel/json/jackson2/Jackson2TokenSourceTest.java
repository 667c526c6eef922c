package org.bengkel.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.junit.jupiter.api.Test;

/** The token source's shortcuts: lengths and numbers read from Jackson's buffers. */
class Jackson2TokenSourceTest {

  private static Jackson2TokenSource source(ObjectMapper mapper, String json) throws Exception {
    JsonParser p = mapper.createParser(json);
    p.nextToken();
    return new Jackson2TokenSource(p);
  }

  @Test
  void theHardenedMapperChecksLengthsAsTheOptionsDo() throws Exception {
    BengkelJsonOptions options = BengkelJsonOptions.strict();
    assertThat(source(BengkelJackson2.mapper(options), "1").checksLengths(options)).isTrue();
    // A mapper with Jackson's own, larger limits leaves the lengths to bengkel's reader.
    assertThat(source(new ObjectMapper(), "1").checksLengths(options)).isFalse();
    BengkelJsonOptions tighter = options.withMaxStringLength(10);
    assertThat(source(BengkelJackson2.mapper(options), "1").checksLengths(tighter)).isFalse();
  }

  @Test
  void lengthsAndNumbersComeWithoutText() throws Exception {
    Jackson2TokenSource s = source(new ObjectMapper(), "{\"name\":\"abcd\",\"n\":-9223372036854775808}");
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
  void aNumberBeyondALongIsOutOfRange() throws Exception {
    Jackson2TokenSource s = source(new ObjectMapper(), "9223372036854775808");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThatThrownBy(s::longValue).isInstanceOf(ArithmeticException.class);
    JsonReader in = JsonReader.of(source(new ObjectMapper(), "[9223372036854775808]"));
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
