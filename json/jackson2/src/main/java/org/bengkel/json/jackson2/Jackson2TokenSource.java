package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.DataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;

/** Jackson 2's parser as bengkel's token source, starting at the parser's current token. */
final class Jackson2TokenSource implements JsonTokenSource {

  // Jackson's tokens by ordinal (null for those bengkel's format has no use for), looked up
  // once per token instead of through a switch.
  private static final JsonToken[] TOKENS =
      new JsonToken[com.fasterxml.jackson.core.JsonToken.values().length];

  static {
    TOKENS[com.fasterxml.jackson.core.JsonToken.START_OBJECT.ordinal()] = JsonToken.BEGIN_OBJECT;
    TOKENS[com.fasterxml.jackson.core.JsonToken.END_OBJECT.ordinal()] = JsonToken.END_OBJECT;
    TOKENS[com.fasterxml.jackson.core.JsonToken.START_ARRAY.ordinal()] = JsonToken.BEGIN_ARRAY;
    TOKENS[com.fasterxml.jackson.core.JsonToken.END_ARRAY.ordinal()] = JsonToken.END_ARRAY;
    TOKENS[com.fasterxml.jackson.core.JsonToken.FIELD_NAME.ordinal()] = JsonToken.NAME;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_STRING.ordinal()] = JsonToken.STRING;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT.ordinal()] = JsonToken.NUMBER;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = JsonToken.NUMBER;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_TRUE.ordinal()] = JsonToken.BOOLEAN;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_FALSE.ordinal()] = JsonToken.BOOLEAN;
    TOKENS[com.fasterxml.jackson.core.JsonToken.VALUE_NULL.ordinal()] = JsonToken.NULL;
  }

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
      throw Jackson2Support.translate(e, parser);
    } catch (IOException e) {
      throw failed(e);
    }
    started = true;
    if (t == null) {
      return JsonToken.END_DOCUMENT;
    }
    JsonToken mapped = TOKENS[t.ordinal()];
    if (mapped == null) {
      throw BengkelJsonException.of(
          JsonRule.MALFORMED, Jackson2Support.valuePath(parser), "unsupported token " + t);
    }
    return mapped;
  }

  /**
   * Jackson 2 compares the input with the name the reader expects, as written bytes ({@code
   * nextFieldName(SerializableString)}), without looking it up in its symbol table; any other name
   * is then looked up as usual.
   */
  @Override
  public int nextName(JsonReader.PropertyNames names, int expected) {
    if (!started || expected >= names.size()) {
      return NOT_MATCHED; // the parser's current token, or the end of the object: next() gives it
    }
    com.fasterxml.jackson.core.JsonToken t;
    try {
      if (parser.nextFieldName(names.adapted(SerializableString[].class, QUOTED)[expected])) {
        return expected;
      }
      t = parser.currentToken();
      if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        int i = names.indexOf(parser.currentName());
        return i >= 0 ? i : JsonReader.UNKNOWN;
      }
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e, parser);
    } catch (IOException e) {
      throw failed(e);
    }
    if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
      return JsonReader.END;
    }
    started = false; // another token, now the parser's current one: next() gives it
    return NOT_MATCHED;
  }

  /**
   * The input failing: an I/O error as it is, except the end of a {@code DataInput}, which
   * Jackson's parser of one meets as an {@link EOFException} where a stream would end: the document
   * is cut short there (or is a bare number or literal with nothing after it, which that parser
   * cannot end).
   */
  private RuntimeException failed(IOException e) {
    if (e instanceof EOFException && parser.getInputSource() instanceof DataInput) {
      return BengkelJsonException.of(
          JsonRule.MALFORMED,
          Jackson2Support.path(parser.getParsingContext()),
          "unexpected end of input");
    }
    return new UncheckedIOException(e);
  }

  // also the writer's names (Jackson2Writer): one quoted form of a codec's names for both
  static final Function<JsonReader.PropertyNames, SerializableString[]> QUOTED =
      names -> {
        SerializableString[] quoted = new SerializableString[names.size()];
        for (int i = 0; i < quoted.length; i++) {
          quoted[i] = new SerializedString(names.name(i));
        }
        return quoted;
      };

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e, parser);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * True when the parser's {@code StreamReadConstraints} are at least as strict as the options, as
   * on the mappers of {@code BengkelJackson2}: Jackson then refuses over-long names, strings and
   * numbers as it parses them (reported as {@code json.limit-exceeded}); never over a {@code
   * DataInput}.
   */
  @Override
  public boolean checksLengths(BengkelJsonOptions options) {
    if (parser.getInputSource() instanceof DataInput) {
      return false; // Jackson's parser of a DataInput does not measure property names
    }
    StreamReadConstraints c = parser.streamReadConstraints();
    return c.getMaxNameLength() <= options.maxNameLength()
        && c.getMaxStringLength() <= options.maxStringLength()
        && c.getMaxNumberLength() <= options.maxNumberLength();
  }

  /** The length from Jackson's buffer, without creating the string. */
  @Override
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (JsonProcessingException e) {
      throw Jackson2Support.translate(e, parser);
    } catch (IOException e) {
      throw failed(e);
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
      throw Jackson2Support.translate(e, parser);
    } catch (IOException e) {
      throw failed(e);
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
