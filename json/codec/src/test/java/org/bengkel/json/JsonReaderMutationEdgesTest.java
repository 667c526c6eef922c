package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.contract.TextJson;
import org.bengkel.json.schema.JsonSchema;
import org.junit.jupiter.api.Test;

/**
 * The reader's rules at their edges, found by mutation testing: limits that are inclusive, frames
 * of objects and arrays reused at the same depth, token sources that match names themselves or hand
 * out tokens in the wrong place, source errors moved to the reader's path, and the building of
 * values.
 */
class JsonReaderMutationEdgesTest {

  private static final JsonReader.PropertyNames AB = JsonReader.PropertyNames.of("a", "b");

  /** An enumeration of this test only, so that no codec has read it before. */
  enum Colour {
    RED,
    GREEN
  }

  /**
   * Tokens given in advance (<i>naskah</i>): from a text, or listed one by one, so that a test can
   * hand the reader tokens a parser would never give. It may measure lengths itself (it claims to,
   * and does not) and may match names as a library's source does, by looking at its next token.
   */
  private static final class Script implements JsonTokenSource {
    private final List<JsonToken> tokens = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    // a source error thrown when the reader reaches the token at this position, with this path
    private int failAt = -1;
    private String failPath = JsonPath.ROOT;
    private boolean checksLengths;
    private boolean matchesNames;
    private int next;
    private String text = "";

    /** The tokens of a text, with the text of each; booleans and nulls keep their literal. */
    static Script of(String json) {
      Script s = new Script();
      TextJson.Tokens in = new TextJson.Tokens(json);
      for (JsonToken t = in.next(); t != JsonToken.END_DOCUMENT; t = in.next()) {
        String literal =
            switch (t) {
              case NAME, STRING, NUMBER -> in.text();
              case BOOLEAN -> Boolean.toString(in.booleanValue());
              case NULL -> "null";
              default -> t.name();
            };
        s.tokens.add(t);
        s.texts.add(literal);
      }
      return s;
    }

    /** Tokens one by one; a token that has a text is followed by it. */
    static Script raw(Object... tokensAndTexts) {
      Script s = new Script();
      for (Object o : tokensAndTexts) {
        if (o instanceof JsonToken t) {
          s.tokens.add(t);
          s.texts.add(t.name());
        } else {
          s.texts.set(s.texts.size() - 1, (String) o);
        }
      }
      return s;
    }

    Script failingAt(int position, String path) {
      this.failAt = position;
      this.failPath = path;
      return this;
    }

    Script checkingLengths() {
      this.checksLengths = true;
      return this;
    }

    Script matchingNames() {
      this.matchesNames = true;
      return this;
    }

    private void failIfThere() {
      if (next == failAt) {
        throw BengkelJsonException.of(JsonRule.MALFORMED, failPath, "scripted failure");
      }
    }

    @Override
    public JsonToken next() {
      failIfThere();
      if (next >= tokens.size()) {
        return JsonToken.END_DOCUMENT;
      }
      text = texts.get(next);
      return tokens.get(next++);
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public boolean isIntegral() {
      return text.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
    }

    @Override
    public boolean booleanValue() {
      return text.equals("true");
    }

    @Override
    public boolean checksLengths(BengkelJsonOptions options) {
      return checksLengths;
    }

    @Override
    public int nextName(JsonReader.PropertyNames names, int expected) {
      if (!matchesNames) {
        return NOT_MATCHED;
      }
      failIfThere();
      JsonToken t = next < tokens.size() ? tokens.get(next) : JsonToken.END_DOCUMENT;
      if (t == JsonToken.NAME) {
        next();
        return names.indexOf(text);
      }
      if (t == JsonToken.END_OBJECT) {
        next();
        return JsonReader.END;
      }
      return NOT_MATCHED;
    }
  }

  private static JsonReader reader(JsonTokenSource source, BengkelJsonOptions options) {
    return JsonReader.of(source, JsonPath.ROOT, options, path -> {});
  }

  private static BengkelJsonException refusal(Runnable read, String code, String path) {
    try {
      read.run();
    } catch (BengkelJsonException e) {
      assertThat(e.ruleCode()).isEqualTo(code);
      assertThat(e.path()).isEqualTo(path);
      return e;
    }
    throw new AssertionError("not refused: expected " + code + " at " + path);
  }

  /** Reads every property of an object with nextName, each value a number, and the object's end. */
  private static List<String> namesOf(JsonReader in) {
    List<String> read = new ArrayList<>();
    in.beginObject();
    while (in.hasNext()) {
      read.add(in.nextName() + "=" + in.nextLong() + "@" + in.path());
    }
    in.endObject();
    return read;
  }

  /** The same with nextProperty over {@link #AB}. */
  private static List<String> propertiesOf(JsonReader in) {
    List<String> read = new ArrayList<>();
    in.beginObject();
    for (int p = in.nextProperty(AB); p != JsonReader.END; p = in.nextProperty(AB)) {
      read.add(p + "=" + in.nextLong() + "@" + in.path());
    }
    return read;
  }

  // --- limits: each is inclusive, and each names itself

  @Test
  void nameStringAndNumberLengthsAreInclusiveAndEachNamesItsLimit() {
    BengkelJsonOptions options =
        BengkelJsonOptions.strict()
            .withMaxNameLength(3)
            .withMaxStringLength(4)
            .withMaxNumberLength(2);
    JsonReader in = reader(Script.of("{\"abc\":\"wxyz\",\"n\":12}"), options);
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("abc");
    assertThat(in.nextString()).isEqualTo("wxyz");
    assertThat(in.nextName()).isEqualTo("n");
    assertThat(in.nextLong()).isEqualTo(12);
    in.endObject();

    JsonReader name = reader(Script.of("{\"abcd\":1}"), options);
    name.beginObject();
    assertThat(refusal(name::nextName, "json.limit-exceeded", "$").details())
        .containsExactly("property name length 3");
    JsonReader string = reader(Script.of("[\"vwxyz\"]"), options);
    string.beginArray();
    assertThat(refusal(string::nextString, "json.limit-exceeded", "$[0]").details())
        .containsExactly("string length 4");
    JsonReader number = reader(Script.of("[123]"), options);
    number.beginArray();
    assertThat(refusal(number::nextLong, "json.limit-exceeded", "$[0]").details())
        .containsExactly("number length 2");
  }

  @Test
  void literalsAndBracketsAreNotMeasured() {
    // limits of one character: "true", "false" and "null" are longer, and are no text to measure
    BengkelJsonOptions options =
        BengkelJsonOptions.strict()
            .withMaxNameLength(1)
            .withMaxStringLength(1)
            .withMaxNumberLength(1);
    JsonReader in = reader(Script.of("{\"a\":[true,false,null,\"s\",7]}"), options);
    in.beginObject();
    in.nextName();
    in.beginArray();
    assertThat(in.nextBoolean()).isTrue();
    assertThat(in.nextBoolean()).isFalse();
    assertThat(in.nextIfNull()).isTrue();
    assertThat(in.nextString()).isEqualTo("s");
    assertThat(in.nextLong()).isEqualTo(7);
    in.endArray();
    in.endObject();
    in.endDocument();
  }

  @Test
  void aSkippedValueIsMeasuredEvenFromASourceThatChecksLengths() {
    BengkelJsonOptions options = BengkelJsonOptions.lenient().withMaxNumberLength(2);
    JsonReader skip = reader(Script.of("{\"x\":123}").checkingLengths(), options);
    skip.beginObject();
    skip.nextName();
    assertThat(refusal(skip::unknownProperty, "json.limit-exceeded", "$.x").details())
        .containsExactly("number length 2");
    JsonReader fits = reader(Script.of("{\"x\":12,\"y\":true}").checkingLengths(), options);
    fits.beginObject();
    fits.nextName();
    fits.unknownProperty();
    fits.nextName();
    fits.unknownProperty();
    fits.endObject();
  }

  @Test
  void collectionSizeIsInclusiveForArraysAndBothWaysOfReadingObjects() {
    BengkelJsonOptions two = BengkelJsonOptions.strict().withMaxCollectionSize(2);
    JsonReader array = reader(Script.of("[1,2]"), two);
    array.beginArray();
    array.nextLong();
    array.nextLong();
    array.endArray();
    JsonReader three = reader(Script.of("[1,2,3]"), two);
    three.beginArray();
    three.nextLong();
    three.nextLong();
    assertThat(refusal(three::nextLong, "json.limit-exceeded", "$[2]").details())
        .containsExactly("collection size 2");
    // the same limit when the elements are skipped
    refusal(
        () -> reader(Script.of("[1,2,3]"), two.withLenient(true)).skipValue(),
        "json.limit-exceeded",
        "$[2]");

    assertThat(namesOf(reader(Script.of("{\"a\":1,\"b\":2}"), two)))
        .containsExactly("a=1@$.a", "b=2@$.b");
    JsonReader names = reader(Script.of("{\"a\":1,\"b\":2,\"c\":3}"), two);
    refusal(() -> namesOf(names), "json.limit-exceeded", "$.c");
    assertThat(propertiesOf(reader(Script.of("{\"a\":1,\"b\":2}"), two)))
        .containsExactly("0=1@$.a", "1=2@$.b");
  }

  @Test
  void nestingDepthIsInclusiveWhetherReadOrSkipped() {
    BengkelJsonOptions two = BengkelJsonOptions.lenient().withMaxNestingDepth(2);
    JsonReader in = reader(Script.of("[[1],[2]]"), two);
    assertThat(in.readList(TestCodecs.listOf(TestCodecs.LONG)))
        .containsExactly(List.of(1L), List.of(2L));
    JsonReader deep = reader(Script.of("[[[1]]]"), two);
    deep.beginArray();
    deep.beginArray();
    assertThat(refusal(deep::beginArray, "json.limit-exceeded", "$[0][0]").details())
        .containsExactly("nesting depth 2");
    reader(Script.of("{\"a\":[1]}"), two).skipValue();
    refusal(
        () -> reader(Script.of("{\"a\":[{}]}"), two).skipValue(), "json.limit-exceeded", "$.a[0]");
  }

  // --- frames reused by the next object or array at the same depth start afresh

  @Test
  void siblingObjectsStartWithNoNamesSeenAndNoPropertiesCounted() {
    BengkelJsonOptions two = BengkelJsonOptions.strict().withMaxCollectionSize(2);
    JsonReader byName = reader(Script.of("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]"), two);
    byName.beginArray();
    assertThat(namesOf(byName)).containsExactly("a=1@$[0].a", "b=2@$[0].b");
    assertThat(namesOf(byName)).containsExactly("a=3@$[1].a", "b=4@$[1].b");
    byName.endArray();
    JsonReader byIndex = reader(Script.of("[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]"), two);
    byIndex.beginArray();
    assertThat(propertiesOf(byIndex)).containsExactly("0=1@$[0].a", "1=2@$[0].b");
    assertThat(propertiesOf(byIndex)).containsExactly("0=3@$[1].a", "1=4@$[1].b");
    byIndex.endArray();
  }

  @Test
  void aSiblingObjectHasNoCurrentNameBeforeItsFirst() {
    JsonReader byName = reader(Script.of("[{\"a\":1},{}]"), BengkelJsonOptions.strict());
    byName.beginArray();
    namesOf(byName);
    byName.beginObject();
    assertThat(byName.path()).isEqualTo("$[1]");
    JsonReader byIndex = reader(Script.of("[{\"b\":1},{}]"), BengkelJsonOptions.strict());
    byIndex.beginArray();
    propertiesOf(byIndex);
    byIndex.beginObject();
    assertThat(byIndex.path()).isEqualTo("$[1]");
    assertThat(byIndex.nextProperty(AB)).isEqualTo(JsonReader.END);
  }

  @Test
  void aSiblingOfAnObjectKeyedByPersonalDataShowsItsNames() {
    JsonReader in = reader(Script.of("[{\"B 1 XY\":1},{\"a\":2}]"), BengkelJsonOptions.strict());
    in.beginArray();
    in.beginObjectKeyedBy("registration number");
    in.nextName();
    assertThat(in.path()).isEqualTo("$[0][<registration number>]");
    in.nextLong();
    in.endObject();
    in.beginObject();
    in.nextName();
    assertThat(in.path()).isEqualTo("$[1].a");
  }

  @Test
  void siblingArraysCountFromZeroAndArraysFollowObjectsAtTheSameDepth() {
    JsonReader in =
        reader(Script.of("[[1,2],[3],{\"a\":4},[5],{\"b\":6}]"), BengkelJsonOptions.strict());
    List<String> paths = new ArrayList<>();
    in.beginArray();
    for (int i = 0; i < 2; i++) {
      in.beginArray();
      while (in.hasNext()) {
        in.nextLong();
        paths.add(in.path());
      }
      in.endArray();
    }
    in.beginObject();
    in.nextName();
    in.nextLong();
    paths.add(in.path());
    in.endObject();
    in.beginArray();
    in.nextLong();
    paths.add(in.path());
    in.endArray();
    in.beginObject();
    in.nextName();
    in.nextLong();
    paths.add(in.path());
    in.endObject();
    in.endArray();
    assertThat(paths)
        .containsExactly("$[0][0]", "$[0][1]", "$[1][0]", "$[2].a", "$[3][0]", "$[4].b");
  }

  @Test
  void deepPathsNameEveryLevel() {
    JsonReader in = reader(Script.of("{\"a\":{\"b\":[0,{\"c\":1}]}}"), BengkelJsonOptions.strict());
    in.beginObject();
    in.nextName();
    in.beginObject();
    in.nextName();
    in.beginArray();
    in.nextLong();
    in.beginObject();
    in.nextName();
    assertThat(in.path()).isEqualTo("$.a.b[1].c");
    in.nextLong();
    in.endObject();
    in.endArray();
    assertThat(in.path()).isEqualTo("$.a.b");
    in.endObject();
    assertThat(in.path()).isEqualTo("$.a");
    in.endObject();
    assertThat(in.path()).isEqualTo("$");
  }

  // --- tokens in the wrong place, from a source that does not check nesting

  @Test
  void endsAndNamesOutsideTheirKindOfValueAreWrongType() {
    JsonReader objectEnd =
        reader(
            Script.raw(JsonToken.BEGIN_ARRAY, JsonToken.END_OBJECT), BengkelJsonOptions.strict());
    objectEnd.beginArray();
    assertThat(refusal(objectEnd::endObject, "json.wrong-type", "$").details())
        .containsExactly("the end of an object", "the end of an object");
    JsonReader arrayEnd =
        reader(
            Script.raw(JsonToken.BEGIN_OBJECT, JsonToken.END_ARRAY), BengkelJsonOptions.strict());
    arrayEnd.beginObject();
    assertThat(refusal(arrayEnd::endArray, "json.wrong-type", "$").details())
        .containsExactly("the end of an array", "the end of an array");
    for (boolean matching : new boolean[] {false, true}) {
      Function<Script, Script> how = s -> matching ? s.matchingNames().checkingLengths() : s;
      JsonReader topName =
          reader(how.apply(Script.raw(JsonToken.NAME, "a")), BengkelJsonOptions.strict());
      assertThat(refusal(topName::nextName, "json.wrong-type", "$").details())
          .containsExactly("a property name", "a property name");
      JsonReader topProperty =
          reader(how.apply(Script.raw(JsonToken.NAME, "a")), BengkelJsonOptions.strict());
      refusal(() -> topProperty.nextProperty(AB), "json.wrong-type", "$");
      JsonReader arrayName =
          reader(
              how.apply(Script.raw(JsonToken.BEGIN_ARRAY, JsonToken.NAME, "a")),
              BengkelJsonOptions.strict());
      arrayName.beginArray();
      refusal(arrayName::nextName, "json.wrong-type", "$");
      refusal(() -> arrayName.nextProperty(AB), "json.wrong-type", "$");
      JsonReader arrayObjectEnd =
          reader(
              how.apply(Script.raw(JsonToken.BEGIN_ARRAY, JsonToken.END_OBJECT)),
              BengkelJsonOptions.strict());
      arrayObjectEnd.beginArray();
      assertThat(refusal(() -> arrayObjectEnd.nextProperty(AB), "json.wrong-type", "$").details())
          .containsExactly("a property name", "the end of an object");
    }
  }

  @Test
  void theEndOfTheDocumentIsNoFurtherElement() {
    assertThat(reader(Script.raw(), BengkelJsonOptions.strict()).hasNext()).isFalse();
    assertThat(reader(Script.raw(JsonToken.NULL), BengkelJsonOptions.strict()).hasNext()).isTrue();
  }

  @Test
  void aWrongTokenSaysWhatWasWantedAndFound() {
    assertThat(refusal(() -> TextJson.reader("1").nextString(), "json.wrong-type", "$").details())
        .containsExactly("a string", "a number");
    assertThat(
            refusal(() -> TextJson.reader("null").nextString(), "json.null-value", "$").details())
        .isEmpty();
    assertThat(refusal(() -> TextJson.reader("").nextLong(), "json.malformed", "$").details())
        .containsExactly("unexpected end of input");
    JsonReader in = TextJson.reader("[true,null]");
    in.beginArray();
    assertThat(refusal(in::nextLong, "json.wrong-type", "$[0]").details())
        .containsExactly("a whole number", "a boolean");
  }

  // --- sources that match names themselves

  @Test
  void namesMatchedByTheSourceAreIndexedCheckedAndEnded() {
    List<String> ignored = new ArrayList<>();
    JsonReader lenient =
        JsonReader.of(
            Script.of("{\"a\":1,\"zz\":9,\"b\":2}").matchingNames().checkingLengths(),
            JsonPath.ROOT,
            BengkelJsonOptions.lenient(),
            ignored::add);
    lenient.beginObject();
    assertThat(lenient.nextProperty(AB)).isZero();
    assertThat(lenient.path()).isEqualTo("$.a");
    assertThat(lenient.nextLong()).isEqualTo(1);
    assertThat(lenient.nextProperty(AB)).isEqualTo(JsonReader.UNKNOWN);
    assertThat(lenient.path()).isEqualTo("$.zz");
    lenient.unknownProperty();
    assertThat(lenient.nextProperty(AB)).isEqualTo(1);
    assertThat(lenient.path()).isEqualTo("$.b");
    assertThat(lenient.nextLong()).isEqualTo(2);
    assertThat(lenient.nextProperty(AB)).isEqualTo(JsonReader.END);
    assertThat(lenient.path()).isEqualTo("$");
    lenient.endDocument();
    assertThat(ignored).containsExactly("$.zz");
  }

  @Test
  void namesMatchedByTheSourceAreStillRefusedTwice() {
    for (String json : List.of("{\"a\":1,\"a\":2}", "{\"b\":1,\"b\":2}")) {
      JsonReader in =
          reader(Script.of(json).matchingNames().checkingLengths(), BengkelJsonOptions.strict());
      String name = json.substring(2, 3);
      refusal(() -> propertiesOf(in), "json.duplicate-key", "$." + name);
    }
    JsonReader unknown =
        reader(
            Script.of("{\"x\":1,\"x\":2}").matchingNames().checkingLengths(),
            BengkelJsonOptions.lenient());
    unknown.beginObject();
    assertThat(unknown.nextProperty(AB)).isEqualTo(JsonReader.UNKNOWN);
    unknown.unknownProperty();
    assertThat(refusal(() -> unknown.nextProperty(AB), "json.duplicate-key", "$.x").details())
        .containsExactly("x");
    JsonReader surrogate =
        reader(
            Script.raw(JsonToken.BEGIN_OBJECT, JsonToken.NAME, "x\uD800")
                .matchingNames()
                .checkingLengths(),
            BengkelJsonOptions.strict());
    surrogate.beginObject();
    refusal(() -> surrogate.nextProperty(AB), "json.unpaired-surrogate", "$");
  }

  @Test
  void aTokenPeekedAlreadyIsTakenBeforeTheSourceIsAskedForAName() {
    // the inner object's end is peeked: the source, asked to match, would consume the name after it
    JsonReader in =
        reader(
            Script.of("{\"a\":{},\"b\":1}").matchingNames().checkingLengths(),
            BengkelJsonOptions.strict());
    in.beginObject();
    assertThat(in.nextProperty(AB)).isZero();
    in.beginObject();
    assertThat(in.hasNext()).isFalse();
    assertThat(in.nextProperty(AB)).isEqualTo(JsonReader.END);
    assertThat(in.path()).isEqualTo("$.a");
    assertThat(in.hasNext()).isTrue();
    assertThat(in.nextProperty(AB)).isEqualTo(1);
    assertThat(in.nextLong()).isEqualTo(1);
    assertThat(in.nextProperty(AB)).isEqualTo(JsonReader.END);
    in.endDocument();
  }

  @Test
  void aSourceThatDoesNotMeasureNamesIsNotAskedToMatchThem() {
    // it could match "ab" unmeasured: the reader reads the name itself and measures it
    JsonReader in =
        reader(
            Script.of("{\"ab\":1}").matchingNames(),
            BengkelJsonOptions.strict().withMaxNameLength(1));
    in.beginObject();
    assertThat(
            refusal(
                    () -> in.nextProperty(JsonReader.PropertyNames.of("ab")),
                    "json.limit-exceeded",
                    "$")
                .details())
        .containsExactly("property name length 1");
  }

  // --- source errors: placed at the reader's path, never showing personal keys

  @Test
  void aSourceErrorWithoutAPathIsPlacedAtTheReadersPath() {
    JsonReader in =
        reader(Script.of("{\"x\":[1]}").failingAt(3, JsonPath.ROOT), BengkelJsonOptions.strict());
    in.beginObject();
    in.nextName();
    in.beginArray();
    assertThat(refusal(in::nextLong, "json.malformed", "$.x[0]").details())
        .containsExactly("scripted failure");
    JsonReader matching =
        reader(
            Script.of("{\"x\":{\"a\":1}}")
                .failingAt(3, JsonPath.ROOT)
                .matchingNames()
                .checkingLengths(),
            BengkelJsonOptions.strict());
    matching.beginObject();
    matching.nextName();
    matching.beginObject();
    refusal(() -> matching.nextProperty(AB), "json.malformed", "$.x");
    // a source error with a path of its own keeps it
    JsonReader own =
        reader(Script.of("{\"x\":[1]}").failingAt(3, "$.source"), BengkelJsonOptions.strict());
    own.beginObject();
    own.nextName();
    own.beginArray();
    refusal(own::nextLong, "json.malformed", "$.source");
  }

  @Test
  void aSourceErrorInsideAnObjectKeyedByPersonalDataShowsNoKey() {
    // the source's own path names the key; the reader's shows what the keys are
    JsonReader in =
        reader(
            Script.of("{\"B 1 XY\":[1]}").failingAt(3, "$['B 1 XY'][0]"),
            BengkelJsonOptions.strict());
    in.beginObjectKeyedBy("registration number");
    in.nextName();
    in.beginArray();
    BengkelJsonException e = refusal(in::nextLong, "json.malformed", "$[<registration number>][0]");
    assertThat(e.getMessage()).doesNotContain("B 1 XY");
    // such an object inside another, and the same source error outside such objects: kept
    JsonReader inner =
        reader(
            Script.of("{\"k\":{\"B 1 XY\":1}}").failingAt(4, "$.k['B 1 XY']"),
            BengkelJsonOptions.strict());
    inner.beginObject();
    inner.nextName();
    inner.beginObjectKeyedBy("registration number");
    inner.nextName();
    refusal(inner::nextLong, "json.malformed", "$.k[<registration number>]");
    JsonReader plain =
        reader(
            Script.of("{\"k\":{\"a\":1}}").failingAt(4, "$.k['B 1 XY']"),
            BengkelJsonOptions.strict());
    plain.beginObject();
    plain.nextName();
    plain.beginObject();
    plain.nextName();
    refusal(plain::nextLong, "json.malformed", "$.k['B 1 XY']");
  }

  @Test
  void aDuplicatePersonalKeyIsShownAsWhatItIs() {
    JsonReader in = reader(Script.of("{\"B 1 XY\":1,\"B 1 XY\":2}"), BengkelJsonOptions.strict());
    in.beginObjectKeyedBy("registration number");
    in.nextName();
    in.nextLong();
    BengkelJsonException e =
        refusal(in::nextName, "json.duplicate-key", "$[<registration number>]");
    assertThat(e.details()).containsExactly("<registration number>");
  }

  // --- values: numbers, constants, dates, lists, nulls, skipping

  @Test
  void wholeNumbersOnly() {
    assertThat(refusal(() -> TextJson.reader("1.5").nextLong(), "json.float-amount", "$").details())
        .isEmpty();
    refusal(() -> TextJson.reader("1e3").nextLong(), "json.float-amount", "$");
    assertThat(
            refusal(
                    () -> TextJson.reader("[9223372036854775808]").readList(TestCodecs.LONG),
                    "json.amount-out-of-range",
                    "$[0]")
                .details())
        .containsExactly("-9223372036854775808", "9223372036854775807");
    assertThat(TextJson.reader("-9223372036854775808").nextLong()).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void constantsAreFoundByNameAndTheKnownOnesListed() {
    assertThat(TextJson.reader("\"GREEN\"").nextEnum(Colour.class)).isEqualTo(Colour.GREEN);
    assertThat(TextJson.reader("\"RED\"").nextEnum(Colour.class)).isEqualTo(Colour.RED);
    assertThat(
            refusal(
                    () -> TextJson.reader("\"red\"").nextEnum(Colour.class),
                    "json.unknown-constant",
                    "$")
                .details())
        .containsExactly("[RED, GREEN]");
  }

  @Test
  void aDateNeedsMoreThanAYear() {
    refusal(() -> TextJson.reader("\"2026\"").nextDate(), "json.malformed-date", "$");
    refusal(() -> TextJson.reader("\"2026\"").nextDateTime(), "json.malformed-date", "$");
    assertThat(TextJson.reader("\"2026-01-02\"").nextDate()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(TextJson.reader("\"2026-01-02T03:04:05.123456789\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789));
  }

  @Test
  void anEmptyListIsEmptyAndElementsAreKeptInOrder() {
    JsonReader in = TextJson.reader("[[],[3,1,2]]");
    assertThat(in.readList(TestCodecs.listOf(TestCodecs.LONG)))
        .containsExactly(List.of(), List.of(3L, 1L, 2L));
    in.endDocument();
  }

  @Test
  void skippedElementsCountAsElements() {
    JsonReader in = TextJson.reader("[1,{\"a\":[2]},[3,[]],\"s\",true,null,7]");
    in.beginArray();
    for (int i = 0; i < 6; i++) {
      in.skipValue();
    }
    assertThat(in.nextLong()).isEqualTo(7);
    assertThat(in.path()).isEqualTo("$[6]");
    in.endArray();
    in.endDocument();
  }

  @Test
  void anUnknownPropertyOutsideAnObjectHasNoName() {
    JsonReader in = TextJson.reader("[1]");
    in.beginArray();
    assertThat(refusal(in::unknownProperty, "json.unknown-property", "$").details())
        .containsExactly("");
    List<String> ignored = new ArrayList<>();
    JsonReader lenient =
        JsonReader.of(
            new TextJson.Tokens("{\"a\":{\"b\":1},\"c\":2}"),
            "$.doc",
            BengkelJsonOptions.lenient(),
            ignored::add);
    lenient.beginObject();
    lenient.nextName();
    lenient.unknownProperty();
    assertThat(lenient.path()).isEqualTo("$.doc.a");
    assertThat(lenient.nextName()).isEqualTo("c");
    assertThat(ignored).containsExactly("$.doc.a");
  }

  @Test
  void trailingContentIsReportedAtTheValuesOwnPath() {
    JsonReader in =
        JsonReader.of(new TextJson.Tokens("1 2"), "$.doc", BengkelJsonOptions.strict(), path -> {});
    assertThat(in.nextLong()).isEqualTo(1);
    refusal(in::endDocument, "json.trailing-tokens", "$.doc");
  }

  // --- building values: core's refusals at the path of the refused field

  private static JsonReader atX() {
    JsonReader in = TextJson.reader("{\"x\":{}}");
    in.beginObject();
    in.nextName();
    in.beginObject();
    in.endObject();
    return in;
  }

  @Test
  void missingFieldsArePropertiesOfTheValueBeingBuilt() {
    BengkelJsonException two =
        refusal(
            () ->
                atX()
                    .build(
                        () -> {
                          throw new MissingValueException("nip", "name");
                        }),
            "json.missing-property",
            "$.x.nip");
    assertThat(two.details()).containsExactly("nip, name");
    BengkelJsonException unnamed =
        refusal(
            () ->
                atX()
                    .build(
                        () -> {
                          throw new MissingValueException("");
                        }),
            "json.missing-property",
            "$.x");
    assertThat(unnamed.details()).containsExactly("");
    // two empty names join to "," and split to none: still the value's own path
    BengkelJsonException none =
        refusal(
            () ->
                atX()
                    .build(
                        () -> {
                          throw new MissingValueException("", "");
                        }),
            "json.missing-property",
            "$.x");
    assertThat(none.details()).containsExactly("");
    assertThat(atX().build(() -> "built")).isEqualTo("built");
  }

  @Test
  void aRefusedFieldIsFoundByItsDottedName() {
    InvalidValueException refused =
        InvalidValueException.of(CoreRule.OUT_OF_RANGE, "period.end", 5, 1, 4);
    BengkelJsonException e =
        refusal(
            () ->
                atX()
                    .build(
                        () -> {
                          throw refused;
                        }),
            "value.out-of-range",
            "$.x.period.end");
    assertThat(e.valueError()).containsSame(refused);
    BengkelJsonException scalar =
        refusal(
            () ->
                atX()
                    .value(
                        () -> {
                          throw refused;
                        }),
            "value.out-of-range",
            "$.x");
    assertThat(scalar.getCause()).isSameAs(refused);
    assertThat(atX().value(() -> 42)).isEqualTo(42);
  }

  @Test
  void aCodecsOwnRefusalsKeepTheirRuleAndInputFailuresPass() {
    InvalidValueException refused =
        InvalidValueException.of(CoreRule.OUT_OF_RANGE, "count", 5, 1, 4);
    JsonReader in = TextJson.reader("{\"x\":1}");
    in.beginObject();
    in.nextName();
    BengkelJsonException e =
        refusal(() -> in.read(TestCodecs.failing(refused)), "value.out-of-range", "$.x");
    assertThat(e.getCause()).isSameAs(refused);
    UncheckedIOException io = new UncheckedIOException(new IOException("disk"));
    assertThatThrownBy(() -> TextJson.reader("1").read(TestCodecs.failing(io))).isSameAs(io);
  }

  // --- more tokens where they do not belong, and paths before a first name

  @Test
  void aValueWhereAnEndOrANameBelongsIsWrongType() {
    JsonReader array = TextJson.reader("[1]");
    array.beginArray();
    assertThat(refusal(array::endArray, "json.wrong-type", "$").details())
        .containsExactly("the end of an array", "a number");
    JsonReader top = reader(Script.raw(JsonToken.END_ARRAY), BengkelJsonOptions.strict());
    refusal(top::endArray, "json.wrong-type", "$");
    JsonReader empty = TextJson.reader("{}");
    empty.beginObject();
    assertThat(refusal(empty::nextName, "json.wrong-type", "$").details())
        .containsExactly("a property name", "the end of an object");
    for (boolean matching : new boolean[] {false, true}) {
      Script script = Script.raw(JsonToken.BEGIN_OBJECT, JsonToken.NUMBER, "1");
      JsonReader in =
          reader(
              matching ? script.matchingNames().checkingLengths() : script,
              BengkelJsonOptions.strict());
      in.beginObject();
      assertThat(refusal(() -> in.nextProperty(AB), "json.wrong-type", "$").details())
          .containsExactly("a property name", "a number");
    }
  }

  @Test
  void booleansInAnArrayAreElements() {
    JsonReader in = TextJson.reader("[true,false]");
    in.beginArray();
    assertThat(in.nextBoolean()).isTrue();
    assertThat(in.nextBoolean()).isFalse();
    assertThat(in.path()).isEqualTo("$[1]");
  }

  @Test
  void twoLowSurrogatesAreNoPair() {
    JsonReader in = TextJson.reader("[\"\\uDC00\\uDC00\"]");
    in.beginArray();
    refusal(in::nextString, "json.unpaired-surrogate", "$[0]");
  }

  @Test
  void anObjectKeyedByPersonalDataHasItsOwnPathBeforeItsFirstKey() {
    JsonReader in = TextJson.reader("{\"p\":{}}");
    in.beginObject();
    in.nextName();
    in.beginObjectKeyedBy("registration number");
    assertThat(in.path()).isEqualTo("$.p");
  }

  @Test
  void aClosedObjectKeyedByPersonalDataNoLongerHidesPaths() {
    // the keyed object's frame stays for reuse after it closes: it must not count
    JsonReader in =
        reader(
            Script.of("{\"p\":{\"B 1\":1},\"q\":1}").failingAt(7, "$.q.source"),
            BengkelJsonOptions.strict());
    in.beginObject();
    in.nextName();
    in.beginObjectKeyedBy("registration number");
    in.nextName();
    in.nextLong();
    in.endObject();
    in.nextName();
    refusal(in::nextLong, "json.malformed", "$.q.source");
  }

  @Test
  void anUnknownPropertyIsNamedAndOnlyInsideAnObject() {
    JsonReader in = TextJson.reader("{\"x\":1}");
    in.beginObject();
    in.nextName();
    assertThat(refusal(in::unknownProperty, "json.unknown-property", "$.x").details())
        .containsExactly("x");
    assertThat(
            refusal(() -> TextJson.reader("1").unknownProperty(), "json.unknown-property", "$")
                .details())
        .containsExactly("");
    // an array at the depth where an object was: the object's last name is not the array's
    JsonReader reused = TextJson.reader("[{\"a\":1},[2]]");
    reused.beginArray();
    reused.beginObject();
    reused.nextName();
    reused.nextLong();
    reused.endObject();
    reused.beginArray();
    assertThat(refusal(reused::unknownProperty, "json.unknown-property", "$[1]").details())
        .containsExactly("");
  }

  /** Codecs of this test only, made with the format's own factories. */
  private static final class TestCodecs {
    static final Codec<Long> LONG = Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE);

    @SuppressWarnings("unchecked") // a list of any element type has the class List
    static <T> Codec<List<T>> listOf(Codec<T> element) {
      return Scalars.of(
          (Class<List<T>>) (Class<?>) List.class,
          JsonSchema.of(JsonSchema.map("type", "array")),
          in -> in.readList(element),
          (out, value) -> {
            out.beginArray();
            value.forEach(v -> element.write(v, out));
            out.endArray();
          });
    }

    static Codec<Long> failing(RuntimeException failure) {
      return Scalars.of(
          Long.class,
          JsonSchema.integer(Long.MIN_VALUE, Long.MAX_VALUE),
          in -> {
            in.nextLong();
            throw failure;
          },
          (out, value) -> out.number(value));
    }
  }
}
