package org.bengkel.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;
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

  private static Jackson2TokenSource source(ObjectMapper mapper, String json, boolean bytes) throws Exception {
    JsonParser p =
        bytes
            ? mapper.createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            : mapper.createParser(json);
    p.nextToken();
    return new Jackson2TokenSource(p);
  }

  private static final JsonReader.PropertyNames ABC = JsonReader.PropertyNames.of("a", "b", "c");

  // Both parsers Jackson makes: over bytes (UTF-8) and over characters.
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void namesAreMatchedInTheInput(boolean bytes) throws Exception {
    Jackson2TokenSource s = source(new ObjectMapper(), "{\"a\":1,\"c\":3,\"zz\":0,\"b\":2}", bytes);
    // the first token is the parser's current one: only next() gives it
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonTokenSource.NOT_MATCHED);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
    assertThat(s.nextName(ABC, 0)).isEqualTo(0);
    assertThat(s.text()).isEqualTo("a");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.nextName(ABC, 1)).isEqualTo(2); // not the expected one
    assertThat(s.text()).isEqualTo("c");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.nextName(ABC, 3)).isEqualTo(JsonTokenSource.NOT_MATCHED);
      assertThat(s.next()).isEqualTo(JsonToken.NAME); // not consumed by nextName
    assertThat(s.text()).isEqualTo("zz");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.nextName(ABC, 0)).isEqualTo(1);
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.longValue()).isEqualTo(2);
    assertThat(s.nextName(ABC, 2)).isEqualTo(JsonReader.END);
    assertThat(s.next()).isEqualTo(JsonToken.END_DOCUMENT);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void anotherTokenIsHandedOutByNext(boolean bytes) throws Exception {
    Jackson2TokenSource s = source(new ObjectMapper(), "[7,{}]", bytes);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_ARRAY);
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonTokenSource.NOT_MATCHED);
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.longValue()).isEqualTo(7);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonReader.END);
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonTokenSource.NOT_MATCHED);
    assertThat(s.next()).isEqualTo(JsonToken.END_ARRAY);
    assertThat(s.next()).isEqualTo(JsonToken.END_DOCUMENT);
  }

  @Test
  void matchedNamesKeepTheReadersRules() throws Exception {
    // the hardened mapper checks lengths, so the reader lets the parser match names
    JsonReader in = JsonReader.of(source(BengkelJackson2.mapper(BengkelJsonOptions.strict()), "{\"a\":1,\"b\":2,\"a\":3}", true));
    in.beginObject();
    assertThat(in.nextProperty(ABC)).isZero();
    assertThat(in.nextLong()).isEqualTo(1);
    assertThat(in.nextProperty(ABC)).isEqualTo(1);
    assertThat(in.path()).isEqualTo("$.b");
    assertThat(in.nextLong()).isEqualTo(2);
    assertThatThrownBy(() -> in.nextProperty(ABC))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.duplicate-key");
              assertThat(e.path()).isEqualTo("$.a");
            });
    // an unknown name twice, in lenient mode, is still a duplicate
    JsonReader twice =
        JsonReader.of(
            source(BengkelJackson2.mapper(BengkelJsonOptions.lenient()), "{\"x\":1,\"x\":2}", true),
            "$",
            BengkelJsonOptions.lenient(),
            path -> { });
    twice.beginObject();
    assertThat(twice.nextProperty(ABC)).isEqualTo(JsonReader.UNKNOWN);
    assertThat(twice.path()).isEqualTo("$.x");
    twice.unknownProperty();
    assertThatThrownBy(() -> twice.nextProperty(ABC))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.duplicate-key");
              assertThat(e.path()).isEqualTo("$.x");
            });
    java.util.List<String> ignored = new java.util.ArrayList<>();
    JsonReader lenient =
        JsonReader.of(
            source(BengkelJackson2.mapper(BengkelJsonOptions.lenient()), "{\"x\":[1],\"c\":3}", true),
            "$",
            BengkelJsonOptions.lenient(),
            ignored::add);
    lenient.beginObject();
    assertThat(lenient.nextProperty(ABC)).isEqualTo(JsonReader.UNKNOWN);
    lenient.unknownProperty();
    assertThat(lenient.nextProperty(ABC)).isEqualTo(2);
    assertThat(lenient.nextLong()).isEqualTo(3);
    assertThat(lenient.nextProperty(ABC)).isEqualTo(JsonReader.END);
    lenient.endDocument();
    assertThat(ignored).containsExactly("$.x");
  }
}
