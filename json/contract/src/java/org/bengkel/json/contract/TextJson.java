package org.bengkel.json.contract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonText;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;
import org.bengkel.json.JsonWriter;

/**
 * A small JSON tokenizer and compact writer with no library behind them: the golden tests use it to
 * compute the compact form of a golden file independently of the Jackson major under test, and
 * bengkel-json's own tests read and write through it.
 */
public final class TextJson {

  private TextJson() {}

  /** The golden file's compact form: no whitespace between tokens, strings escaped minimally. */
  public static String compact(String json) {
    Tokens in = new Tokens(json);
    CompactWriter out = new CompactWriter();
    JsonToken t;
    while ((t = in.next()) != JsonToken.END_DOCUMENT) {
      switch (t) {
        case BEGIN_OBJECT -> out.beginObject();
        case END_OBJECT -> out.endObject();
        case BEGIN_ARRAY -> out.beginArray();
        case END_ARRAY -> out.endArray();
        case NAME -> out.name(in.text());
        case STRING -> out.string(in.text());
        case NUMBER -> out.raw(in.text());
        case BOOLEAN -> out.bool(in.booleanValue());
        case NULL -> out.nullValue();
        default -> throw new IllegalStateException(t.toString());
      }
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  /** Tokens of a text. */
  public static final class Tokens implements JsonTokenSource {
    private final String s;
    private int pos;
    private String text;
    private boolean integral;
    private boolean bool;
    // true for an object, false for an array
    private final Deque<Boolean> open = new ArrayDeque<>();
    private boolean expectName;
    private boolean afterValue;

    public Tokens(String s) {
      this.s = s;
    }

    private BengkelJsonException malformed(String what) {
      return BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, what + " at " + pos);
    }

    private void skipSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    @Override
    public JsonToken next() {
      skipSpace();
      if (pos >= s.length()) {
        if (!open.isEmpty()) {
          throw malformed("unexpected end");
        }
        return JsonToken.END_DOCUMENT;
      }
      char c = s.charAt(pos);
      if (c == '}' || c == ']') {
        boolean object = c == '}';
        if (open.isEmpty() || open.peek() != object) {
          throw malformed("unexpected " + c);
        }
        pos++;
        open.pop();
        afterValue = true;
        expectName = false;
        return object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
      }
      if (afterValue && !open.isEmpty()) {
        if (c != ',') {
          throw malformed("expected ,");
        }
        pos++;
        skipSpace();
        c = pos < s.length() ? s.charAt(pos) : 0;
        expectName = open.peek();
      }
      afterValue = false;
      if (expectName) {
        if (c != '"') {
          throw malformed("expected a name");
        }
        text = string();
        skipSpace();
        if (pos >= s.length() || s.charAt(pos) != ':') {
          throw malformed("expected :");
        }
        pos++;
        expectName = false;
        return JsonToken.NAME;
      }
      switch (c) {
        case '{' -> {
          pos++;
          open.push(true);
          expectName = true;
          skipSpace();
          return JsonToken.BEGIN_OBJECT;
        }
        case '[' -> {
          pos++;
          open.push(false);
          return JsonToken.BEGIN_ARRAY;
        }
        case '"' -> {
          text = string();
          afterValue = true;
          return JsonToken.STRING;
        }
        default -> {
          afterValue = true;
          if (s.startsWith("true", pos) || s.startsWith("false", pos)) {
            bool = s.startsWith("true", pos);
            pos += bool ? 4 : 5;
            return JsonToken.BOOLEAN;
          }
          if (s.startsWith("null", pos)) {
            pos += 4;
            return JsonToken.NULL;
          }
          return number();
        }
      }
    }

    private JsonToken number() {
      int start = pos;
      integral = true;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        if (".eE".indexOf(s.charAt(pos)) >= 0) {
          integral = false;
        }
        pos++;
      }
      text = s.substring(start, pos);
      // a number runs to a separator, as Jackson reads it: "0x1F" is one malformed token
      boolean ends = pos == s.length() || " \t\r\n,]}".indexOf(s.charAt(pos)) >= 0;
      if (!ends || !NUMBER.matcher(text).matches()) {
        throw malformed("not a value");
      }
      return JsonToken.NUMBER;
    }

    private String string() {
      StringBuilder sb = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= s.length()) {
          throw malformed("unterminated string");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          throw malformed("control character in string");
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            throw malformed("unterminated escape");
          }
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case '"', '\\', '/' -> sb.append(e);
            case 'u' -> {
              if (pos + 4 > s.length()
                  || !s.substring(pos, pos + 4)
                      .chars()
                      .allMatch(h -> Character.digit(h, 16) >= 0)) {
                throw malformed("bad unicode escape");
              }
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> throw malformed("bad escape");
          }
        } else {
          sb.append(c);
        }
      }
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public boolean isIntegral() {
      return integral;
    }

    @Override
    public boolean booleanValue() {
      return bool;
    }
  }

  /** A compact writer, escaping like Jackson's defaults. */
  public static final class CompactWriter implements JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    private boolean comma;

    private void sep() {
      if (comma) {
        sb.append(',');
      }
    }

    private JsonWriter open(char c) {
      sep();
      sb.append(c);
      comma = false;
      return this;
    }

    private JsonWriter close(char c) {
      sb.append(c);
      comma = true;
      return this;
    }

    @Override
    public JsonWriter beginObject() {
      return open('{');
    }

    @Override
    public JsonWriter endObject() {
      return close('}');
    }

    @Override
    public JsonWriter beginArray() {
      return open('[');
    }

    @Override
    public JsonWriter endArray() {
      return close(']');
    }

    @Override
    public JsonWriter name(String name) {
      sep();
      quote(name);
      sb.append(':');
      comma = false;
      return this;
    }

    @Override
    public JsonWriter string(String value) {
      sep();
      quote(value);
      comma = true;
      return this;
    }

    JsonWriter raw(String literal) {
      sep();
      sb.append(literal);
      comma = true;
      return this;
    }

    @Override
    public JsonWriter number(long value) {
      return raw(Long.toString(value));
    }

    @Override
    public JsonWriter bool(boolean value) {
      return raw(Boolean.toString(value));
    }

    @Override
    public JsonWriter nullValue() {
      return raw("null");
    }

    private void quote(String v) {
      sb.append('"');
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\t' -> sb.append("\\t");
          case '\r' -> sb.append("\\r");
          case '\b' -> sb.append("\\b");
          case '\f' -> sb.append("\\f");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04X", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }

  /** The codec of a type: a registered one, or the envelope of versioned documents. */
  public static <T> org.bengkel.json.Codec<T> codec(Class<T> type) {
    if (type == org.bengkel.json.document.Document.class) {
      return castCodec(org.bengkel.json.document.DocumentKinds.CODEC);
    }
    for (org.bengkel.json.Codec<?> view : org.bengkel.json.privacy.PrivacyViews.all()) {
      if (view.type() == type) {
        return castCodec(view);
      }
    }
    return org.bengkel.json.Codecs.of(type);
  }

  private static <T> org.bengkel.json.Codec<? super T> codecFor(Class<T> type) {
    for (org.bengkel.json.Codec<?> view : org.bengkel.json.privacy.PrivacyViews.all()) {
      if (view.type() == type) {
        return castCodec(view);
      }
    }
    return org.bengkel.json.Codecs.findFor(type).orElseThrow();
  }

  @SuppressWarnings("unchecked") // only called with the codec of exactly the class
  private static <T> org.bengkel.json.Codec<T> castCodec(org.bengkel.json.Codec<?> codec) {
    return (org.bengkel.json.Codec<T>) codec;
  }

  /** Writes a registered value (or a versioned document) compactly. */
  public static <T> String write(T value) {
    @SuppressWarnings("unchecked") // getClass() of a T is a Class<? extends T>
    Class<T> type = (Class<T>) value.getClass();
    CompactWriter out = new CompactWriter();
    if (value instanceof org.bengkel.json.document.Document d) {
      out.value(org.bengkel.json.document.DocumentKinds.CODEC, d);
    } else {
      out.value(codecFor(type), value);
    }
    return out.toString();
  }

  /** The library-free binding: {@link Tokens} and bengkel's {@link JsonReader}. */
  public static JsonBinding binding(org.bengkel.json.BengkelJsonOptions options) {
    return new JsonBinding() {
      @Override
      public <T> JsonReadResult<T> readReporting(String json, Class<T> type) {
        JsonText.checkLength(json.length(), options);
        List<String> ignored = new ArrayList<>();
        JsonReader in =
            JsonReader.of(new TextJson.Tokens(json), JsonPath.ROOT, options, ignored::add);
        T value = in.read(TextJson.codec(type));
        in.endDocument();
        return JsonReadResult.of(value, ignored);
      }

      @Override
      public <T> T readBytes(byte[] json, Class<T> type) {
        return read(JsonText.decodeUtf8(json, options), type);
      }

      @Override
      public String write(Object value) {
        return TextJson.write(value);
      }
    };
  }

  /** A reader of a whole text. */
  public static JsonReader reader(String json) {
    return JsonReader.of(new Tokens(json));
  }

  /** Writes a value with one codec as compact JSON. */
  public static <T> String write(org.bengkel.json.Codec<T> codec, T value) {
    CompactWriter out = new CompactWriter();
    codec.write(value, out);
    return out.toString();
  }

  /** Reads a whole document with one codec: its value, and nothing after it. */
  public static <T> T read(org.bengkel.json.Codec<T> codec, String json) {
    JsonReader in = reader(json);
    T value = codec.read(in);
    in.endDocument();
    return value;
  }

  /**
   * Runs a read that must be refused with bengkel's error of this rule at this path, and returns
   * the error for further checks.
   */
  public static BengkelJsonException refusal(Runnable read, String code, String path) {
    try {
      read.run();
    } catch (BengkelJsonException e) {
      org.assertj.core.api.Assertions.assertThat(e.ruleCode()).as(e.toString()).isEqualTo(code);
      org.assertj.core.api.Assertions.assertThat(e.path()).as(e.toString()).isEqualTo(path);
      return e;
    }
    throw new AssertionError("expected " + code + " at " + path + ", but it was read");
  }
}
