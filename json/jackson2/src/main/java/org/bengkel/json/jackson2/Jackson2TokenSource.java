package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;

/** Jackson 2's parser as bengkel's token source, starting at the parser's current token. */
final class Jackson2TokenSource implements JsonTokenSource {

  private final JsonParser parser;
  private boolean started;

  Jackson2TokenSource(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public JsonToken next() {
    com.fasterxml.jackson.core.JsonToken t;
    try {
      t = started ? parser.nextToken() : parser.currentToken();
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    started = true;
    if (t == null) {
      return JsonToken.END_DOCUMENT;
    }
    return switch (t) {
      case START_OBJECT -> JsonToken.BEGIN_OBJECT;
      case END_OBJECT -> JsonToken.END_OBJECT;
      case START_ARRAY -> JsonToken.BEGIN_ARRAY;
      case END_ARRAY -> JsonToken.END_ARRAY;
      case FIELD_NAME -> JsonToken.NAME;
      case VALUE_STRING -> JsonToken.STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonToken.NUMBER;
      case VALUE_TRUE, VALUE_FALSE -> JsonToken.BOOLEAN;
      case VALUE_NULL -> JsonToken.NULL;
      default -> throw BengkelJsonException.of(
          JsonRule.MALFORMED, Jackson2Support.valuePath(parser), "unsupported token " + t);
    };
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The length from Jackson's buffer, without creating the string. */
  @Override
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number as Jackson parsed it, without creating a string. */
  @Override
  public long longValue() {
    try {
      return parser.getLongValue();
    } catch (InputCoercionException e) {
      ArithmeticException out = new ArithmeticException("out of the range of a long");
      out.initCause(e);
      throw out;
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean isIntegral() {
    return parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
  }

  @Override
  public boolean booleanValue() {
    return parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
  }
}
