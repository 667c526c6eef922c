package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/** The neutral reader's rules, independent of any codec. */
class JsonReaderTest {

  private static JsonReader reader(String json) {
    return TextJson.reader(json);
  }

  private static void assertRule(Runnable read, String code, String path) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.path()).isEqualTo(path);
            });
  }

  @Test
  void arrayElementsHaveIndexedPaths() {
    JsonReader in = reader("{\"amounts\":[1,2,-3]}");
    in.beginObject();
    in.nextName();
    assertRule(() -> in.readList(MoneyCodecs.RUPIAH), "money.negative", "$.amounts[2]");
  }

  @Test
  void loneSurrogatesAreRefusedInEveryStringAndPairsKept() {
    // a high surrogate alone, a low one alone, a high one followed by a letter, reversed pairs
    for (String text : List.of("\\uD800", "\\uDFFF", "a\\uD83Dx", "\\uDE00\\uD83D", "x\\uD83D")) {
      JsonReader in = reader("{\"name\":\"" + text + "\"}");
      in.beginObject();
      in.nextName();
      assertRule(in::nextString, "json.unpaired-surrogate", "$.name");
      JsonReader named = reader("{\"" + text + "\":1}");
      named.beginObject();
      assertRule(named::nextName, "json.unpaired-surrogate", "$");
    }
    // U+1F600 as its escaped pair: kept, two chars
    assertThat(reader("\"\\uD83D\\uDE00\"").nextString()).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void readListReadsEveryElement() {
    JsonReader in = reader("[1, 2 ,3]");
    assertThat(in.readList(MoneyCodecs.RUPIAH))
        .containsExactly(Rupiah.of(1), Rupiah.of(2), Rupiah.of(3));
    in.endDocument();
  }

  @Test
  void datesAreIsoStrings() {
    assertThat(reader("\"2026-10-17\"").nextDate()).isEqualTo(LocalDate.of(2026, 10, 17));
    assertRule(() -> reader("\"17-10-2026\"").nextDate(), "json.malformed-date", "$");
    assertRule(() -> reader("\"2026-02-30\"").nextDate(), "json.malformed-date", "$");
  }

  // RFC 3339 and "format": "date" allow four-digit years from 0001 to 9999 only: both extremes are
  // read, the years around them are refused (the ISO formatters would read them all).
  @Test
  void datesAndDateTimesHaveTheYearsOfRfc3339() {
    assertThat(reader("\"0001-01-01\"").nextDate()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(reader("\"9999-12-31\"").nextDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(reader("\"0001-01-01T00:00\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(1, 1, 1, 0, 0));
    assertThat(reader("\"9999-12-31T23:59:59.5\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 500_000_000));
    for (String year : new String[] {"0000", "+10000", "-0001", "+2026", "10000"}) {
      assertRule(() -> reader("\"" + year + "-01-01\"").nextDate(), "json.malformed-date", "$");
      assertRule(
          () -> reader("\"" + year + "-01-01T08:00\"").nextDateTime(), "json.malformed-date", "$");
      assertRule(
          () -> reader("\"" + year + "-01-01T08:00:00.5\"").nextDateTime(),
          "json.malformed-date",
          "$");
    }
    JsonReader in = reader("{\"on\":\"0000-01-01\"}");
    in.beginObject();
    in.nextName();
    assertRule(in::nextDate, "json.malformed-date", "$.on");
  }

  @Test
  void dateTimesAreIsoStringsWithAnUpperCaseT() {
    assertThat(reader("\"2026-11-02T14:30:00\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 30));
    assertThat(reader("\"2026-11-02T14:30\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 30));
    assertThat(reader("\"2026-11-02T14:30:05.25\"").nextDateTime())
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 30, 5, 250_000_000));
    assertRule(() -> reader("\"2026-11-02t14:30:00\"").nextDateTime(), "json.malformed-date", "$");
    assertRule(() -> reader("\"2026-02-29T08:00\"").nextDateTime(), "json.malformed-date", "$");
    assertRule(() -> reader("\"2026-11-02T24:00\"").nextDateTime(), "json.malformed-date", "$");
    assertRule(() -> reader("\"2026-11-02 14:30\"").nextDateTime(), "json.malformed-date", "$");
    assertRule(() -> reader("\"2026-11-02T14:30:00.\"").nextDateTime(), "json.malformed-date", "$");
    assertRule(() -> reader("[1]").nextDateTime(), "json.wrong-type", "$");
    JsonReader in = reader("{\"at\":\"2026-13-01T00:00\"}");
    in.beginObject();
    in.nextName();
    assertRule(in::nextDateTime, "json.malformed-date", "$.at");
  }

  // The reader reads yyyy-mm-dd and yyyy-mm-ddThh:mm[:ss] without the ISO formatters: it must
  // accept and refuse exactly what they do, for every digit in every position of those shapes.
  @Test
  void plainDatesAndDateTimesAgreeWithTheIsoFormatters() {
    java.util.Random random = new java.util.Random(20261128L);
    String[] shapes = {"0000-00-00", "0000-00-00T00:00", "0000-00-00T00:00:00"};
    int checked = 0;
    for (String shape : shapes) {
      String valid = "2024-02-29T23:59:59".substring(0, shape.length());
      for (int i = 0; i < shape.length(); i++) {
        for (char c : "0123456789-:Tt ".toCharArray()) {
          char[] text = valid.toCharArray();
          text[i] = c;
          assertAgrees(new String(text));
          checked++;
        }
      }
      for (int n = 0; n < 3_000; n++) {
        StringBuilder text = new StringBuilder();
        for (char want : shape.toCharArray()) {
          text.append(want == '0' ? (char) ('0' + random.nextInt(10)) : want);
        }
        assertAgrees(text.toString());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(9_000);
  }

  private static void assertAgrees(String text) {
    java.time.format.DateTimeFormatter iso =
        text.length() == 10
            ? java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
            : java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    Object expected;
    try {
      expected = iso.parseBest(text, LocalDateTime::from, LocalDate::from);
    } catch (java.time.DateTimeException e) {
      expected = null;
    }
    if (text.indexOf('t') >= 0 || text.startsWith("0000")) {
      // the format says upper-case T and RFC 3339's years, 0001 to 9999; the formatter would read
      // t and the year 0 too
      expected = null;
    }
    JsonReader in = reader("\"" + text + "\"");
    try {
      Object read = text.length() == 10 ? in.nextDate() : in.nextDateTime();
      assertThat(read).as(text).isEqualTo(expected);
    } catch (BengkelJsonException e) {
      assertThat(expected).as(text).isNull();
      assertThat(e.ruleCode()).as(text).isEqualTo("json.malformed-date");
    }
  }

  @Test
  void booleansAreReadAndTypeChecked() {
    assertThat(reader("true").nextBoolean()).isTrue();
    assertThat(reader("false").nextBoolean()).isFalse();
    assertRule(() -> reader("\"true\"").nextBoolean(), "json.wrong-type", "$");
  }

  @Test
  void nullIsConsumedOnlyWhenPresent() {
    JsonReader in = reader("[null,1]");
    in.beginArray();
    assertThat(in.nextIfNull()).isTrue();
    assertThat(in.nextIfNull()).isFalse();
    assertThat(in.path()).isEqualTo("$[0]");
    assertThat(in.nextLong()).isEqualTo(1);
    assertThat(in.path()).isEqualTo("$[1]");
    in.endArray();
    assertThat(in.hasNext()).isFalse();
  }

  @Test
  void structureMismatchesAreWrongType() {
    JsonReader in = reader("{\"a\":1}");
    in.beginObject();
    assertRule(in::endObject, "json.wrong-type", "$");
    assertRule(in::endArray, "json.wrong-type", "$");
    assertRule(() -> reader("[]").nextName(), "json.wrong-type", "$");
    assertRule(() -> reader("{}").beginArray(), "json.wrong-type", "$");
  }

  @Test
  void skipValueSkipsNestedValuesAndStopsAtTheEnd() {
    List<String> ignored = new ArrayList<>();
    JsonReader in =
        JsonReader.of(
            new TextJson.Tokens("{\"x\":{\"a\":[1,{\"b\":[]}],\"c\":\"d\"},\"y\":2}"),
            "$.doc",
            BengkelJsonOptions.lenient(),
            ignored::add);
    in.beginObject();
    in.nextName();
    in.unknownProperty();
    assertThat(in.nextName()).isEqualTo("y");
    assertThat(in.nextLong()).isEqualTo(2);
    in.endObject();
    assertThat(ignored).containsExactly("$.doc.x");
    assertRule(() -> reader("").skipValue(), "json.malformed", "$");
  }

  @Test
  void oddPropertyNamesAreQuotedInPaths() {
    JsonReader in = reader("{\"a b\":1,\"it's\":2}");
    in.beginObject();
    in.nextName();
    assertThat(in.path()).isEqualTo("$['a b']");
    in.nextLong();
    in.nextName();
    assertThat(in.path()).isEqualTo("$['it\\'s']");
    assertThat(JsonPath.property("$", "x".repeat(100))).hasSizeLessThan(80).endsWith("...']");
  }

  @Test
  void readerErrorsCanCarryRulesOfTheirOwn() {
    JsonReader in = reader("{\"a\":1}");
    in.beginObject();
    in.nextName();
    assertThat(in.error(JsonRule.WRONG_TYPE, "x", "y").path()).isEqualTo("$.a");
    assertThat(in.options()).isEqualTo(BengkelJsonOptions.strict());
  }

  @Test
  void requiredRefusesAbsentValues() {
    assertThat(JsonReader.required("x", "name")).isEqualTo("x");
    assertThatThrownBy(() -> JsonReader.required(null, "name"))
        .isInstanceOf(org.bengkel.error.MissingValueException.class);
  }

  /**
   * Text tokens that say their library measures lengths, while it does not: only the reader can.
   */
  private static JsonTokenSource claimingLengths(String json) {
    TextJson.Tokens tokens = new TextJson.Tokens(json);
    return new JsonTokenSource() {
      @Override
      public JsonToken next() {
        return tokens.next();
      }

      @Override
      public String text() {
        return tokens.text();
      }

      @Override
      public boolean isIntegral() {
        return tokens.isIntegral();
      }

      @Override
      public boolean booleanValue() {
        return tokens.booleanValue();
      }

      @Override
      public boolean checksLengths(BengkelJsonOptions options) {
        return true;
      }
    };
  }

  @Test
  void aSourceThatChecksLengthsIsTrustedExceptForSkippedValues() {
    BengkelJsonOptions options = BengkelJsonOptions.lenient().withMaxStringLength(3);
    // read values: left to the source's library
    JsonReader read = JsonReader.of(claimingLengths("[\"abcdef\"]"), "$", options, path -> {});
    read.beginArray();
    assertThat(read.nextString()).isEqualTo("abcdef");
    // skipped values: measured by the reader, as a library may skip their text unmeasured
    JsonReader skip =
        JsonReader.of(claimingLengths("{\"extra\":\"abcdef\"}"), "$", options, path -> {});
    skip.beginObject();
    skip.nextName();
    assertRule(skip::unknownProperty, "json.limit-exceeded", "$.extra");
    // a source that does not claim it is held to the limit for every token
    JsonReader plain = JsonReader.of(new TextJson.Tokens("[\"abcdef\"]"), "$", options, path -> {});
    plain.beginArray();
    assertRule(plain::nextString, "json.limit-exceeded", "$[0]");
  }

  @Test
  void theDefaultTokenSourceMethodsWorkFromTheText() {
    // the text tokens implement only the four required methods: these are the interface's defaults
    JsonTokenSource plain = new TextJson.Tokens("[12345678901234567890, -42]");
    assertThat(plain.checksLengths(BengkelJsonOptions.strict())).isFalse();
    plain.next();
    plain.next();
    assertThat(plain.textLength()).isEqualTo(20);
    assertThatThrownBy(plain::longValue).isInstanceOf(ArithmeticException.class);
    plain.next();
    assertThat(plain.longValue()).isEqualTo(-42);
  }

  @Test
  void duplicateKeysAreFoundPastTheFilterAndPastTwelveNames() {
    // names whose hash codes share the filter's bit, and an object beyond the linear array
    assertRule(() -> skipAll("{\"Aa\":1,\"BB\":2,\"Aa\":3}"), "json.duplicate-key", "$.Aa");
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 20; i++) {
      many.append("\"p").append(i).append("\":").append(i).append(',');
    }
    many.append("\"p3\":0}");
    assertRule(() -> skipAll(many.toString()), "json.duplicate-key", "$.p3");
    skipAll(many.toString().replace("\"p3\":0}", "\"p20\":0}"));
  }

  private static void skipAll(String json) {
    JsonReader in =
        JsonReader.of(new TextJson.Tokens(json), "$", BengkelJsonOptions.lenient(), path -> {});
    in.skipValue();
    in.endDocument();
  }

  private static final JsonReader.PropertyNames AB = JsonReader.PropertyNames.of("a", "b");

  @Test
  void propertyNamesAreDistinctAndAtMostSixtyFour() {
    assertThatThrownBy(JsonReader.PropertyNames::of).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonReader.PropertyNames.of("a", "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonReader.PropertyNames.of("a", null))
        .isInstanceOf(MissingValueException.class);
    String[] many = new String[65];
    for (int i = 0; i < many.length; i++) {
      many[i] = "p" + i;
    }
    assertThatThrownBy(() -> JsonReader.PropertyNames.of(many))
        .isInstanceOf(IllegalArgumentException.class);
    JsonReader.PropertyNames sixtyFour =
        JsonReader.PropertyNames.of(java.util.Arrays.copyOf(many, 64));
    assertThat(sixtyFour.size()).isEqualTo(64);
    // by identity, by equality (a name built at run time) and by hash collisions ("Aa", "BB")
    assertThat(sixtyFour.indexOf(new StringBuilder("p").append(63).toString())).isEqualTo(63);
    assertThat(sixtyFour.indexOf("p64")).isEqualTo(JsonReader.UNKNOWN);
    JsonReader.PropertyNames colliding = JsonReader.PropertyNames.of("Aa", "BB", "C#");
    assertThat(colliding.indexOf(new String("BB"))).isEqualTo(1);
    assertThat(colliding.indexOf(new String("C#"))).isEqualTo(2);
    assertThat(colliding.indexOf("Ab")).isEqualTo(JsonReader.UNKNOWN);
    assertThat(colliding.name(0)).isEqualTo("Aa");
  }

  @Test
  void aSourceKeepsItsFormOfTheNamesWithThem() {
    JsonReader.PropertyNames names = JsonReader.PropertyNames.of("a", "b");
    List<String> made = new ArrayList<>();
    StringBuilder first =
        names.adapted(
            StringBuilder.class,
            n -> {
              made.add("builder");
              return new StringBuilder(n.name(0));
            });
    assertThat(names.adapted(StringBuilder.class, n -> new StringBuilder())).isSameAs(first);
    Integer size =
        names.adapted(
            Integer.class,
            n -> {
              made.add("size");
              return n.size();
            });
    assertThat(size).isEqualTo(2);
    assertThat(names.adapted(StringBuilder.class, n -> null)).isSameAs(first);
    assertThat(made).containsExactly("builder", "size");
    assertThatThrownBy(() -> names.adapted(Long.class, n -> null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void theExpectedNameIsOnlyAGuess() {
    JsonReader.PropertyNames abc = JsonReader.PropertyNames.of("a", "b", "c");
    assertThat(abc.indexOf("b", 1)).isEqualTo(1);
    assertThat(abc.indexOf("c", 1)).isEqualTo(2); // out of order
    assertThat(abc.indexOf("a", 3)).isEqualTo(0); // after the last
    assertThat(abc.indexOf(new String("b"), 1)).isEqualTo(1); // equal, not the same object
    assertThat(abc.indexOf("d", 0)).isEqualTo(JsonReader.UNKNOWN);
    // in a document: in order, out of order, after an unknown name (lenient)
    List<String> ignored = new ArrayList<>();
    JsonReader in =
        JsonReader.of(
            new TextJson.Tokens("{\"a\":1,\"c\":3,\"x\":0,\"b\":2}"),
            JsonPath.ROOT,
            BengkelJsonOptions.lenient(),
            ignored::add);
    in.beginObject();
    List<Integer> read = new ArrayList<>();
    for (int p = in.nextProperty(abc); p != JsonReader.END; p = in.nextProperty(abc)) {
      if (p == JsonReader.UNKNOWN) {
        in.unknownProperty();
      } else {
        read.add(p * 10 + (int) in.nextLong());
      }
    }
    assertThat(read).containsExactly(1, 23, 12);
    assertThat(ignored).containsExactly("$.x");
  }

  @Test
  void nextPropertyIndexesKnownNamesAndConsumesTheEnd() {
    JsonReader in = reader("{\"b\":2,\"a\":1}");
    in.beginObject();
    assertThat(in.nextProperty(AB)).isEqualTo(1);
    assertThat(in.path()).isEqualTo("$.b");
    assertThat(in.nextLong()).isEqualTo(2);
    assertThat(in.nextProperty(AB)).isEqualTo(0);
    assertThat(in.nextLong()).isEqualTo(1);
    assertThat(in.nextProperty(AB)).isEqualTo(JsonReader.END);
    assertThat(in.path()).isEqualTo("$");
    in.endDocument();
  }

  @Test
  void nextPropertyRefusesDuplicatesUnknownNamesAndOtherTokens() {
    JsonReader dup = reader("{\"a\":1,\"a\":2}");
    dup.beginObject();
    dup.nextProperty(AB);
    dup.nextLong();
    assertRule(() -> dup.nextProperty(AB), "json.duplicate-key", "$.a");

    JsonReader strict = reader("{\"x\":1}");
    strict.beginObject();
    assertThat(strict.nextProperty(AB)).isEqualTo(JsonReader.UNKNOWN);
    assertRule(strict::unknownProperty, "json.unknown-property", "$.x");

    List<String> ignored = new ArrayList<>();
    JsonReader lenient =
        JsonReader.of(
            new TextJson.Tokens("{\"x\":[1],\"a\":1,\"x\":2}"),
            "$",
            BengkelJsonOptions.lenient(),
            ignored::add);
    lenient.beginObject();
    assertThat(lenient.nextProperty(AB)).isEqualTo(JsonReader.UNKNOWN);
    lenient.unknownProperty();
    assertThat(lenient.nextProperty(AB)).isEqualTo(0);
    lenient.nextLong();
    assertRule(() -> lenient.nextProperty(AB), "json.duplicate-key", "$.x");
    assertThat(ignored).containsExactly("$.x");

    JsonReader limited =
        JsonReader.of(
            new TextJson.Tokens("{\"a\":1,\"b\":2}"),
            "$",
            BengkelJsonOptions.strict().withMaxCollectionSize(1),
            path -> {});
    limited.beginObject();
    limited.nextProperty(AB);
    limited.nextLong();
    assertRule(() -> limited.nextProperty(AB), "json.limit-exceeded", "$.b");

    JsonReader array = reader("[1]");
    array.beginArray();
    assertRule(() -> array.nextProperty(AB), "json.wrong-type", "$");
  }

  /** A codec that reads an object with one property and then fails as the JDK or core might. */
  private static Codec<String> failing(RuntimeException failure) {
    return new Codec<>() {
      @Override
      public Class<String> type() {
        return String.class;
      }

      @Override
      public void write(String value, JsonWriter out) {
        out.string(value);
      }

      @Override
      public String read(JsonReader in) {
        in.beginObject();
        in.nextName();
        in.nextString();
        throw failure;
      }
    };
  }

  @Test
  void noForeignExceptionEscapesTheBuildingOfAValue() {
    // issue 18 point 1: whatever the JDK or core throws while a value is built from JSON arrives
    // as bengkel's error at the reader's path, without the foreign message (it may quote the text)
    List<RuntimeException> failures =
        List.of(
            new java.time.DateTimeException("Invalid value for Year: +999999999 Slamet"),
            new ArithmeticException("long overflow Slamet"),
            new IllegalArgumentException("Slamet"),
            new NegativeArraySizeException("-2147483647 Slamet"),
            new IllegalStateException("Slamet"));
    for (RuntimeException failure : failures) {
      JsonReader in = TextJson.reader("{\"outer\":{\"name\":\"Slamet\"}}");
      assertThatThrownBy(
              () -> {
                in.beginObject();
                in.nextName();
                in.read(failing(failure));
              })
          .isInstanceOfSatisfying(
              BengkelJsonException.class,
              e -> {
                assertThat(e.ruleCode()).isEqualTo("json.value-refused");
                assertThat(e.path()).isEqualTo("$.outer.name");
                assertThat(e.details()).containsExactly(failure.getClass().getSimpleName());
                assertThat(e.getMessage()).doesNotContain("Slamet");
                assertThat(e.getCause()).isNull();
              });
    }
    // core's own refusals keep their rule, bengkel's errors pass unchanged
    JsonReader in = TextJson.reader("{\"name\":\"x\"}");
    BengkelJsonException own = BengkelJsonException.of(JsonRule.NULL_VALUE, "$.somewhere");
    assertThatThrownBy(() -> in.read(failing(own))).isSameAs(own);
    JsonReader core = TextJson.reader("{\"name\":\"x\"}");
    assertThatThrownBy(() -> core.read(failing(MissingValueException.of("nip"))))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$.name.nip");
            });
  }

  @Test
  void aMalformedTokenAfterTheValueIsATrailingToken() {
    JsonReader in = TextJson.reader("\"a\" x");
    assertThat(in.nextString()).isEqualTo("a");
    assertThatThrownBy(in::endDocument)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.trailing-tokens"));
  }
}
