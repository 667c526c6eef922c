package org.bengkel.json.jackson3;

import java.io.DataInput;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.io.SerializedString;

/** Jackson 3's parser as bengkel's token source, starting at the parser's current token. */
final class Jackson3TokenSource implements JsonTokenSource {

  // Jackson's tokens by ordinal (null for those bengkel's format has no use for), looked up
  // once per token instead of through a switch.
  private static final JsonToken[] TOKENS =
      new JsonToken[tools.jackson.core.JsonToken.values().length];

  static {
    TOKENS[tools.jackson.core.JsonToken.START_OBJECT.ordinal()] = JsonToken.BEGIN_OBJECT;
    TOKENS[tools.jackson.core.JsonToken.END_OBJECT.ordinal()] = JsonToken.END_OBJECT;
    TOKENS[tools.jackson.core.JsonToken.START_ARRAY.ordinal()] = JsonToken.BEGIN_ARRAY;
    TOKENS[tools.jackson.core.JsonToken.END_ARRAY.ordinal()] = JsonToken.END_ARRAY;
    TOKENS[tools.jackson.core.JsonToken.PROPERTY_NAME.ordinal()] = JsonToken.NAME;
    TOKENS[tools.jackson.core.JsonToken.VALUE_STRING.ordinal()] = JsonToken.STRING;
    TOKENS[tools.jackson.core.JsonToken.VALUE_NUMBER_INT.ordinal()] = JsonToken.NUMBER;
    TOKENS[tools.jackson.core.JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = JsonToken.NUMBER;
    TOKENS[tools.jackson.core.JsonToken.VALUE_TRUE.ordinal()] = JsonToken.BOOLEAN;
    TOKENS[tools.jackson.core.JsonToken.VALUE_FALSE.ordinal()] = JsonToken.BOOLEAN;
    TOKENS[tools.jackson.core.JsonToken.VALUE_NULL.ordinal()] = JsonToken.NULL;
  }

  private final JsonParser parser;
  private boolean started;

  Jackson3TokenSource(JsonParser parser) {
    this.parser = parser;
  }

  @Override
  public JsonToken next() {
    tools.jackson.core.JsonToken t;
    try {
      t = started ? parser.nextToken() : parser.currentToken();
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e, parser);
    }
    started = true;
    if (t == null) {
      return JsonToken.END_DOCUMENT;
    }
    JsonToken mapped = TOKENS[t.ordinal()];
    if (mapped == null) {
      throw BengkelJsonException.of(
          JsonRule.MALFORMED, Jackson3Support.valuePath(parser), "unsupported token " + t);
    }
    return mapped;
  }

  /**
   * Jackson 3 compares the input with the name the reader expects, as written bytes ({@code
   * nextName(SerializableString)}), without looking it up in its symbol table; any other name is
   * then looked up as usual. (Jackson's own name matchers differ between 3.1 and 3.3.)
   */
  @Override
  public int nextName(JsonReader.PropertyNames names, int expected) {
    if (!started || expected >= names.size()) {
      return NOT_MATCHED; // the parser's current token, or the end of the object: next() gives it
    }
    tools.jackson.core.JsonToken t;
    try {
      if (parser.nextName(names.adapted(SerializableString[].class, QUOTED)[expected])) {
        return expected;
      }
      t = parser.currentToken();
      if (t == tools.jackson.core.JsonToken.PROPERTY_NAME) {
        int i = names.indexOf(parser.currentName());
        return i >= 0 ? i : JsonReader.UNKNOWN;
      }
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e, parser);
    }
    if (t == tools.jackson.core.JsonToken.END_OBJECT) {
      return JsonReader.END;
    }
    started = false; // another token, now the parser's current one: next() gives it
    return NOT_MATCHED;
  }

  // also the writer's names (Jackson3Writer): one quoted form of a codec's names for both
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
      return parser.getString();
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e, parser);
    }
  }

  /**
   * True when the parser's {@code StreamReadConstraints} are at least as strict as the options, as
   * on the mappers of {@code BengkelJackson3}: Jackson then refuses over-long names, strings and
   * numbers as it parses them (reported as {@code json.limit-exceeded}); never over a {@code
   * DataInput}.
   */
  @Override
  public boolean checksLengths(BengkelJsonOptions options) {
    if (parser.streamReadInputSource() instanceof DataInput) {
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
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e, parser);
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
    } catch (JacksonException e) {
      throw Jackson3Support.translate(e, parser);
    }
  }

  @Override
  public boolean isIntegral() {
    return parser.currentToken() == tools.jackson.core.JsonToken.VALUE_NUMBER_INT;
  }

  @Override
  public boolean booleanValue() {
    return parser.currentToken() == tools.jackson.core.JsonToken.VALUE_TRUE;
  }
}
