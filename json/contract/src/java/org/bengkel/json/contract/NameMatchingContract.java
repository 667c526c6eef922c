package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonToken;
import org.bengkel.json.JsonTokenSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link JsonTokenSource#nextName} must do on every token source (<i>cocokkan nama</i>):
 * whatever it answers (a known name, another name, the end of an object, or nothing consumed)
 * agrees with what {@link JsonTokenSource#next()} alone would have given, whichever name the reader
 * expected; and {@link JsonReader} keeps its rules (duplicates, unknown names, paths) on names a
 * source matched. Each binding's test gives its sources, over bytes and over characters.
 */
public abstract class NameMatchingContract {

  private static final JsonReader.PropertyNames ABC = JsonReader.PropertyNames.of("a", "b", "c");

  /**
   * A source over a document, as the binding's mapper with these options makes it for a codec: the
   * document's first token is the parser's current one and is given by the first {@code next()}.
   *
   * @param json the document
   * @param bytes read from UTF-8 bytes rather than from characters
   * @param options the options of the binding's mapper
   * @return the source
   */
  protected abstract JsonTokenSource source(String json, boolean bytes, BengkelJsonOptions options);

  /**
   * Whether the binding's sources match names themselves (the speed {@code nextName} is there for).
   *
   * @return true if known names, in order, are matched rather than left to {@code next()}
   */
  protected abstract boolean matchesNames();

  private JsonTokenSource source(String json, boolean bytes) {
    return source(json, bytes, BengkelJsonOptions.strict());
  }

  // Objects in and out of order, unknown names, nested values, an empty object, objects in arrays.
  private static final List<String> DOCUMENTS =
      List.of(
          "{\"a\":1,\"b\":2,\"c\":3}",
          "{\"c\":3,\"a\":1,\"zz\":0,\"b\":2}",
          "{}",
          "{\"x\":{\"a\":[1,{\"b\":2}]},\"a\":{},\"b\":[]}",
          "[{\"a\":1},{},[{\"c\":\"a\"}],7]",
          "{\"a\":{\"a\":{\"a\":{}}},\"bb\":{\"b\":1}}");

  /**
   * Walks a document with {@code nextName} wherever an object may have a name next, falling back to
   * {@code next()} when nothing was matched, and writes what it met; {@code expected} cycles so
   * that the hint is sometimes right and sometimes not.
   */
  private static List<String> walkMatching(JsonTokenSource s) {
    List<String> met = new ArrayList<>();
    List<Boolean> inObject = new ArrayList<>();
    int hint = 0;
    boolean afterName = false; // a name was the last token: a value comes next, not a name
    while (true) {
      boolean object = !inObject.isEmpty() && inObject.get(inObject.size() - 1);
      if (object && !afterName) {
        int m = s.nextName(ABC, hint++ % (ABC.size() + 1));
        if (m >= 0) {
          met.add("name " + ABC.name(m) + " (text " + s.text() + ")");
          afterName = true;
          continue;
        }
        if (m == JsonReader.UNKNOWN) {
          met.add("name " + s.text());
          afterName = true;
          continue;
        }
        if (m == JsonReader.END) {
          met.add("end object");
          inObject.remove(inObject.size() - 1);
          continue;
        }
        assertThat(m).isEqualTo(JsonTokenSource.NOT_MATCHED);
      }
      JsonToken t = s.next();
      afterName = t == JsonToken.NAME;
      if (!record(s, t, met, inObject)) {
        return met;
      }
    }
  }

  /** The same walk with {@code next()} only. */
  private static List<String> walkPlain(JsonTokenSource s) {
    List<String> met = new ArrayList<>();
    List<Boolean> inObject = new ArrayList<>();
    while (record(s, s.next(), met, inObject)) {
      // every token recorded
    }
    return met;
  }

  private static boolean record(
      JsonTokenSource s, JsonToken t, List<String> met, List<Boolean> inObject) {
    switch (t) {
      case NAME -> {
        int i = ABC.indexOf(s.text());
        met.add(i >= 0 ? "name " + ABC.name(i) + " (text " + s.text() + ")" : "name " + s.text());
      }
      case BEGIN_OBJECT, BEGIN_ARRAY -> {
        met.add(t.name());
        inObject.add(t == JsonToken.BEGIN_OBJECT);
      }
      case END_OBJECT -> {
        met.add("end object");
        inObject.remove(inObject.size() - 1);
      }
      case END_ARRAY -> {
        met.add(t.name());
        inObject.remove(inObject.size() - 1);
      }
      case STRING -> met.add("string " + s.text());
      case NUMBER -> met.add("number " + s.longValue());
      case END_DOCUMENT -> {
        return false;
      }
      default -> met.add(t.name());
    }
    return true;
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyAnswerAgreesWithNext(boolean bytes) {
    for (String json : DOCUMENTS) {
      assertThat(walkMatching(source(json, bytes)))
          .as(json)
          .isEqualTo(walkPlain(source(json, bytes)));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void beforeTheFirstTokenNothingIsMatched(boolean bytes) {
    JsonTokenSource s = source("{\"a\":1}", bytes);
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonTokenSource.NOT_MATCHED);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
  }

  // The reader asks only where a name or the end of an object comes; a source that must read
  // another token to know still hands it out.
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aTokenThatIsNoNameIsHandedOutByNext(boolean bytes) {
    JsonTokenSource s = source("[7,{}]", bytes);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_ARRAY);
    assertThat(s.nextName(ABC, 0)).isEqualTo(JsonTokenSource.NOT_MATCHED);
    assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
    assertThat(s.longValue()).isEqualTo(7);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
    int end = s.nextName(ABC, 0);
    if (end == JsonTokenSource.NOT_MATCHED) {
      assertThat(s.next()).isEqualTo(JsonToken.END_OBJECT);
    } else {
      assertThat(end).isEqualTo(JsonReader.END);
    }
    assertThat(s.next()).isEqualTo(JsonToken.END_ARRAY);
    assertThat(s.next()).isEqualTo(JsonToken.END_DOCUMENT);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void knownNamesInOrderAreMatched(boolean bytes) {
    JsonTokenSource s = source("{\"a\":1,\"b\":2,\"c\":3}", bytes);
    assertThat(s.next()).isEqualTo(JsonToken.BEGIN_OBJECT);
    for (int i = 0; i < ABC.size(); i++) {
      int m = s.nextName(ABC, i);
      if (matchesNames()) {
        assertThat(m).isEqualTo(i);
      } else {
        assertThat(m).isEqualTo(JsonTokenSource.NOT_MATCHED);
        assertThat(s.next()).isEqualTo(JsonToken.NAME);
      }
      assertThat(s.text()).isEqualTo(ABC.name(i));
      assertThat(s.next()).isEqualTo(JsonToken.NUMBER);
      assertThat(s.longValue()).isEqualTo(i + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theReaderKeepsItsRulesOnMatchedNames(boolean bytes) {
    JsonReader in = JsonReader.of(source("{\"a\":1,\"b\":2,\"a\":3}", bytes));
    in.beginObject();
    assertThat(in.nextProperty(ABC)).isZero();
    assertThat(in.nextLong()).isEqualTo(1);
    assertThat(in.nextProperty(ABC)).isEqualTo(1);
    assertThat(in.path()).isEqualTo("$.b");
    assertThat(in.nextLong()).isEqualTo(2);
    assertRefused(() -> in.nextProperty(ABC), "json.duplicate-key", "$.a");

    JsonReader strict = JsonReader.of(source("{\"x\":1}", bytes));
    strict.beginObject();
    assertThat(strict.nextProperty(ABC)).isEqualTo(JsonReader.UNKNOWN);
    assertThat(strict.path()).isEqualTo("$.x");
    assertRefused(strict::unknownProperty, "json.unknown-property", "$.x");

    // lenient: an unknown name is skipped and reported, and still a duplicate the second time
    BengkelJsonOptions lenient = BengkelJsonOptions.lenient();
    List<String> ignored = new ArrayList<>();
    JsonReader twice =
        JsonReader.of(
            source("{\"x\":[1],\"c\":3,\"x\":2}", bytes, lenient),
            JsonPath.ROOT,
            lenient,
            ignored::add);
    twice.beginObject();
    assertThat(twice.nextProperty(ABC)).isEqualTo(JsonReader.UNKNOWN);
    twice.unknownProperty();
    assertThat(twice.nextProperty(ABC)).isEqualTo(2);
    assertThat(twice.nextLong()).isEqualTo(3);
    assertRefused(() -> twice.nextProperty(ABC), "json.duplicate-key", "$.x");
    assertThat(ignored).containsExactly("$.x");
  }

  private static void assertRefused(Runnable read, String rule, String path) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule);
              assertThat(e.path()).isEqualTo(path);
            });
  }
}
