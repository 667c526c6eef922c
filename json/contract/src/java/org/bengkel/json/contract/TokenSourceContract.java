package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;
import org.junit.jupiter.api.Test;

/**
 * What a Jackson module's token source must do besides {@linkplain NameMatchingContract matching
 * names}: the shortcuts that read lengths and numbers from Jackson's buffers, and leaving the
 * length checks to bengkel's reader unless the parser's own limits are at least as strict.
 */
public abstract class TokenSourceContract extends NameMatchingContract {

  /**
   * A source over a document from a mapper with Jackson's own defaults (larger limits than
   * bengkel's), the first token current.
   *
   * @param json the document
   * @return the source
   */
  protected abstract JsonTokenSource plainSource(String json);

  @Override
  protected boolean matchesNames() {
    return true;
  }

  @Test
  void theHardenedMapperChecksLengthsAsTheOptionsDo() {
    BengkelJsonOptions options = BengkelJsonOptions.strict();
    assertThat(source("1", false, options).checksLengths(options)).isTrue();
    // A mapper with Jackson's own, larger limits leaves the lengths to bengkel's reader.
    assertThat(plainSource("1").checksLengths(options)).isFalse();
    BengkelJsonOptions tighter = options.withMaxStringLength(10);
    assertThat(source("1", false, options).checksLengths(tighter)).isFalse();
  }

  @Test
  void lengthsAndNumbersComeWithoutText() {
    JsonTokenSource s = plainSource("{\"name\":\"abcd\",\"n\":-9223372036854775808}");
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
    JsonTokenSource s = plainSource("9223372036854775808");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThatThrownBy(s::longValue).isInstanceOf(ArithmeticException.class);
    JsonReader in = JsonReader.of(plainSource("[9223372036854775808]"));
    in.beginArray();
    assertThatThrownBy(in::nextLong)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.amount-out-of-range");
              assertThat(e.path()).isEqualTo("$[0]");
            });
  }

  @Test
  void everyKindOfTokenMaps() {
    JsonTokenSource s = plainSource("[true,false,null,\"x\",1.5]");
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_ARRAY);
    assertThat(s.next()).isEqualTo(JsonToken.BOOLEAN);
    assertThat(s.booleanValue()).isTrue();
    assertThat(s.next()).isEqualTo(JsonToken.BOOLEAN);
    assertThat(s.booleanValue()).isFalse();
    assertThat(s.next()).isEqualTo(JsonToken.NULL);
    assertThat(s.next()).isEqualTo(JsonToken.STRING);
    assertThat(s.text()).isEqualTo("x");
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.isIntegral()).isFalse();
    assertThat(s.next()).isEqualTo(JsonToken.END_ARRAY);
    assertThat(s.next()).isEqualTo(JsonToken.END_DOCUMENT);
  }
}
