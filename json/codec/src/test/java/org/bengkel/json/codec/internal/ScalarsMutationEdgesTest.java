package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.refusal;
import static org.bengkel.json.contract.TextJson.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.contract.TextJson;
import org.bengkel.json.schema.JsonSchema;
import org.junit.jupiter.api.Test;

/**
 * The scalar codecs read and written directly, not through a declared field (which makes the
 * reader's and writer's calls itself), at the edges of each bound.
 */
class ScalarsMutationEdgesTest {

  /** A decimal read with at most five digits and a scale within five places. */
  private static BigDecimal decimal(String text) {
    JsonReader in =
        JsonReader.of(
            new TextJson.Tokens("\"" + text + "\""),
            "$",
            BengkelJsonOptions.strict().withMaxNumberLength(5),
            p -> {});
    return Scalars.decimal(in);
  }

  private static void notADecimal(String text) {
    BengkelJsonException e = refusal(() -> decimal(text), "json.wrong-type", "$");
    assertThat(e.details())
        .containsExactly("a decimal number as a string such as \"4.17\"", "another string");
  }

  private static void beyondTheBounds(String text) {
    BengkelJsonException e = refusal(() -> decimal(text), "json.limit-exceeded", "$");
    assertThat(e.details()).containsExactly("decimal digits and scale 5");
  }

  @Test
  void aDecimalIsReadInBigDecimalsFormWithinItsBounds() {
    assertThat(decimal("4.17")).isEqualTo(new BigDecimal("4.17"));
    assertThat(decimal("+1.5")).isEqualTo(new BigDecimal("1.5"));
    assertThat(decimal("-1.5")).isEqualTo(new BigDecimal("-1.5"));
    assertThat(decimal("1.")).isEqualTo(new BigDecimal("1"));
    assertThat(decimal(".5")).isEqualTo(new BigDecimal("0.5"));
    assertThat(decimal("1e5")).isEqualTo(new BigDecimal("1E+5"));
    assertThat(decimal("1E+5")).isEqualTo(new BigDecimal("1E+5"));
    assertThat(decimal("1e-5")).isEqualTo(new BigDecimal("0.00001"));
    assertThat(decimal("1.5e-4")).isEqualTo(new BigDecimal("0.00015"));
    assertThat(decimal("1.2345e4")).isEqualTo(new BigDecimal("12345"));
    assertThat(decimal("12345")).isEqualTo(new BigDecimal("12345"));
    assertThat(decimal("0.1234")).isEqualTo(new BigDecimal("0.1234"));
    assertThat(decimal("9e0")).isEqualTo(new BigDecimal("9"));
  }

  @Test
  void aStringThatIsNotADecimalIsTheWrongType() {
    for (String text :
        List.of(
            "", "+", "-", ".", "..", "1.2.3", "1x", "1/", "1:", "1e", "1e+", "1e-", "1ex", "1e/",
            "1e:", "1e5x", "e5", "x1", "1f5")) {
      notADecimal(text);
    }
  }

  @Test
  void tooManyDigitsOrTooLargeAScaleIsBeyondTheBounds() {
    beyondTheBounds("123456");
    beyondTheBounds("1e6");
    // an exponent of two digits is ten times its first
    beyondTheBounds("1e10");
    beyondTheBounds("1.2345e-10");
    beyondTheBounds("1e-6");
    beyondTheBounds("1.5e-5");
    beyondTheBounds("0.00001");
    beyondTheBounds("1.23456e0");
    // an exponent of any length is counted without overflow
    beyondTheBounds("1e99999999999999999999999");
    beyondTheBounds("1e-99999999999999999999999");
    // a scale within bounds either way once the exponent is counted
    assertThat(decimal("1.2345e-1")).isEqualTo(new BigDecimal("0.12345"));
  }

  @Test
  void theScalarConstantsWriteAndReadTheirOwnForms() {
    assertThat(write(Scalars.TEXT, "a\"b")).isEqualTo("\"a\\\"b\"");
    assertThat(read(Scalars.TEXT, "\"a\"")).isEqualTo("a");
    assertThat(write(Scalars.BOOLEAN, true)).isEqualTo("true");
    assertThat(write(Scalars.BOOLEAN, false)).isEqualTo("false");
    assertThat(read(Scalars.BOOLEAN, "false")).isFalse();
    assertThat(read(Scalars.BOOLEAN, "true")).isTrue();
    assertThat(write(Scalars.DATE, LocalDate.of(2026, 10, 17))).isEqualTo("\"2026-10-17\"");
    assertThat(read(Scalars.DATE, "\"2026-10-17\"")).isEqualTo(LocalDate.of(2026, 10, 17));
    assertThat(write(Scalars.DATE_TIME, LocalDateTime.of(2026, 11, 2, 14, 30)))
        .isEqualTo("\"2026-11-02T14:30:00\"");
    assertThat(read(Scalars.DATE_TIME, "\"2026-11-02T14:30\""))
        .isEqualTo(LocalDateTime.of(2026, 11, 2, 14, 30));
    assertThat(write(Scalars.integer(0, 9), 7L)).isEqualTo("7");
    assertThat(read(Scalars.integer(0, 9), "7")).isEqualTo(7L);
    assertThat(write(Scalars.int32(0, 9), 7)).isEqualTo("7");
    assertThat(read(Scalars.int32(-9, 9), "-7")).isEqualTo(-7);
    assertThat(write(Scalars.FACILITY_CODE, FacilityCode.parse("LAPAS-PAMEKASAN")))
        .isEqualTo("\"LAPAS-PAMEKASAN\"");
    assertThat(read(Scalars.FACILITY_CODE, "\"LAPAS-PAMEKASAN\""))
        .isEqualTo(FacilityCode.parse("LAPAS-PAMEKASAN"));
    refusal(() -> read(Scalars.FACILITY_CODE, "\"lapas\""), "value.malformed", "$");
    assertThat(Scalars.TEXT).hasToString("Codec[String]");
    assertThat(Scalars.FACILITY_CODE.type()).isEqualTo(FacilityCode.class);
  }

  @Test
  void aFreeTextIsAtMostItsLengthInCodePoints() {
    String longest = "a".repeat(Scalars.MAX_TEXT_LENGTH);
    assertThat(read(Scalars.TEXT, "\"" + longest + "\"")).isEqualTo(longest);
    refusal(() -> read(Scalars.TEXT, "\"" + longest + "a\""), "value.too-long", "$");
    // 4 001 chars, 4 000 code points
    String surrogates = "\uD83D\uDE00" + "a".repeat(Scalars.MAX_TEXT_LENGTH - 1);
    assertThat(read(Scalars.TEXT, "\"" + surrogates + "\"")).isEqualTo(surrogates);
  }

  @Test
  void aYearIsFromOneTo9999() {
    assertThat(read(Scalars.YEAR, "1")).isEqualTo(Year.of(1));
    assertThat(read(Scalars.YEAR, "9999")).isEqualTo(Year.of(9999));
    BengkelJsonException e =
        refusal(() -> read(Scalars.YEAR, "0"), "json.amount-out-of-range", "$");
    assertThat(e.details()).containsExactly("1", "9999");
    refusal(() -> read(Scalars.YEAR, "10000"), "json.amount-out-of-range", "$");
    assertThat(write(Scalars.YEAR, Year.of(2026))).isEqualTo("2026");
  }

  @Test
  void anIntIsReadUpToItsBoundsBothWays() {
    Codec<Integer> codec = Scalars.int32(Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertThat(read(codec, "2147483647")).isEqualTo(Integer.MAX_VALUE);
    assertThat(read(codec, "-2147483648")).isEqualTo(Integer.MIN_VALUE);
    BengkelJsonException e =
        refusal(() -> read(codec, "2147483648"), "json.amount-out-of-range", "$");
    assertThat(e.details()).containsExactly("-2147483648", "2147483647");
    refusal(() -> read(codec, "-2147483649"), "json.amount-out-of-range", "$");
    // a narrower range is the reader's too, as the schema states it (a domain event's record is
    // not checked by core)
    Codec<Integer> digit = Scalars.int32(0, 9);
    assertThat(read(digit, "0")).isZero();
    assertThat(read(digit, "9")).isEqualTo(9);
    assertThat(refusal(() -> read(digit, "10"), "value.out-of-range", "$").details())
        .containsExactly("0", "9");
    refusal(() -> read(digit, "-1"), "value.out-of-range", "$");
    assertThat(Scalars.kind(digit)).isEqualTo(Scalars.Kind.OTHER);
    assertThat(Scalars.kind(codec)).isEqualTo(Scalars.Kind.INT);
  }

  @Test
  void aLongIsReadWithinItsRange() {
    Codec<Long> codec = Scalars.integer(1, 1_000_000_000L);
    assertThat(read(codec, "1")).isEqualTo(1L);
    assertThat(read(codec, "1000000000")).isEqualTo(1_000_000_000L);
    assertThat(refusal(() -> read(codec, "1000000001"), "value.out-of-range", "$").details())
        .containsExactly("1", "1000000000");
    refusal(() -> read(codec, "0"), "value.out-of-range", "$");
    assertThat(Scalars.kind(codec)).isEqualTo(Scalars.Kind.OTHER);
    assertThat(Scalars.kind(Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE)))
        .isEqualTo(Scalars.Kind.LONG);
  }

  @Test
  void aTextOfAtLeastOneCharacterIsNotBlankAndAtMostItsLength() {
    Codec<String> codec = Scalars.text(1, 3);
    assertThat(read(codec, "\"abc\"")).isEqualTo("abc");
    assertThat(read(codec, "\" a \"")).isEqualTo(" a ");
    // four chars, three code points
    assertThat(read(codec, "\"\uD83D\uDE00bc\"")).isEqualTo("\uD83D\uDE00bc");
    refusal(() -> read(codec, "\" \""), "value.blank", "$");
    refusal(() -> read(codec, "\"\""), "value.blank", "$");
    BengkelJsonException e = refusal(() -> read(codec, "\"abcd\""), "value.too-long", "$");
    assertThat(e.details()).containsExactly("3");
    assertThat(write(codec, "ab")).isEqualTo("\"ab\"");
    assertThat(codec.schema().orElseThrow())
        .hasToString(
            "JsonSchema{type=string, minLength=1, maxLength=3, not={pattern=\\u0000}, pattern="
                + Scalars.NON_BLANK
                + "}");
    // none needed: blank and empty are texts
    Codec<String> any = Scalars.text(0, 3);
    assertThat(read(any, "\" \"")).isEqualTo(" ");
    assertThat(read(any, "\"\"")).isEmpty();
    refusal(() -> read(any, "\"abcd\""), "value.too-long", "$");
    assertThat(any.schema().orElseThrow())
        .hasToString("JsonSchema{type=string, minLength=0, maxLength=3, not={pattern=\\u0000}}");
  }

  @Test
  void aPatternWithoutARuleRefusesLengthThenForm() {
    Codec<String> codec = Scalars.pattern(".[A-Z]*", 3);
    assertThat(read(codec, "\"aBC\"")).isEqualTo("aBC");
    assertThat(read(codec, "\"\uD83D\uDEBCDE\"")).isEqualTo("\uD83D\uDEBCDE");
    BengkelJsonException tooLong = refusal(() -> read(codec, "\"aBCD\""), "value.too-long", "$");
    assertThat(tooLong.details()).containsExactly("3");
    BengkelJsonException malformed = refusal(() -> read(codec, "\"ab\""), "value.malformed", "$");
    assertThat(malformed.details()).containsExactly("a text matching .[A-Z]*");
    assertThat(write(codec, "aB")).isEqualTo("\"aB\"");
    assertThat(codec.schema().orElseThrow())
        .hasToString("JsonSchema{type=string, pattern=^.[A-Z]*$, maxLength=3}");
  }

  @Test
  void aPatternWithARuleRefusesWithItsRuleAlone() {
    Codec<String> codec = Scalars.pattern(".[A-Z]*", 3, JsonRule.MALFORMED);
    assertThat(read(codec, "\"aBC\"")).isEqualTo("aBC");
    assertThat(read(codec, "\"\uD83D\uDEBCDE\"")).isEqualTo("\uD83D\uDEBCDE");
    assertThat(refusal(() -> read(codec, "\"aBCD\""), "json.malformed", "$").details()).isEmpty();
    assertThat(refusal(() -> read(codec, "\"ab\""), "json.malformed", "$").details()).isEmpty();
  }

  /**
   * The code form is checked by a loop over the characters, not by its regular expression: both
   * must take exactly the same texts. Every text of up to five characters from capitals and digits
   * at the ends of their ranges, the hyphen, and characters just outside the form.
   */
  @Test
  void theCodeFormsLoopAcceptsExactlyWhatItsPatternAccepts() {
    Pattern form = Pattern.compile(Facility.CODE_PATTERN);
    char[] alphabet = {'A', 'Z', '0', '9', '-', 'a', '@', '/', ':', '[', '_', ' '};
    List<String> texts = new ArrayList<>(List.of(""));
    for (int length = 1, from = 0; length <= 5; length++) {
      int to = texts.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet) {
          texts.add(texts.get(i) + c);
        }
      }
      from = to;
    }
    int accepted = 0;
    for (String text : texts) {
      boolean matches = form.matcher(text).matches();
      assertThat(Scalars.wholeMatch(Facility.CODE_PATTERN).test(text)).as(text).isEqualTo(matches);
      accepted += matches ? 1 : 0;
    }
    assertThat(accepted).isGreaterThan(1000);
    Codec<String> code = Scalars.pattern(Facility.CODE_PATTERN, 5);
    assertThat(read(code, "\"SO-26\"")).isEqualTo("SO-26");
    refusal(() -> read(code, "\"SO--2\""), "value.malformed", "$");
    refusal(() -> read(code, "\"SO-2-\""), "value.malformed", "$");
    refusal(() -> read(code, "\"-SO2\""), "value.malformed", "$");
    refusal(() -> read(code, "\"\""), "value.malformed", "$");
    refusal(() -> read(code, "\"SO-2026\""), "value.too-long", "$");
  }

  @Test
  void aDistinctListRefusesAValueListedTwice() {
    Codec<List<String>> codec = Scalars.distinctList(Scalars.TEXT, 1);
    assertThat(read(codec, "[\"a\",\"b\"]")).containsExactly("a", "b");
    BengkelJsonException e =
        refusal(() -> read(codec, "[\"a\",\"b\",\"a\"]"), "value.duplicate", "$");
    assertThat(e.details()).isEmpty();
    assertThat(write(codec, List.of("a", "b"))).isEqualTo("[\"a\",\"b\"]");
    assertThat(write(codec, List.of())).isEqualTo("[]");
    assertThat(codec.schema().orElseThrow())
        .hasToString(
            "JsonSchema{type=array, items=JsonSchema[$ref java.lang.String], minItems=1,"
                + " uniqueItems=true}");
    assertThat(Scalars.isScalar(codec)).isTrue();
  }

  @Test
  void aNarrowerSchemaKeepsTheCodecsKindAndCalls() {
    JsonSchema positive = JsonSchema.integer(1, 9);
    Codec<Long> codec =
        Scalars.withSchema(Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE), positive);
    assertThat(Scalars.kind(codec)).isEqualTo(Scalars.Kind.LONG);
    assertThat(Scalars.kind(Scalars.withSchema(Scalars.TEXT, positive)))
        .isEqualTo(Scalars.Kind.STRING);
    assertThat(Scalars.kind(Scalars.YEAR)).isEqualTo(Scalars.Kind.OTHER);
    assertThat(Scalars.kind(Codec.ofEnum(Scalars.Kind.class))).isEqualTo(Scalars.Kind.OTHER);
    assertThat(Scalars.isScalar(Codec.ofEnum(Scalars.Kind.class))).isFalse();
    assertThat(read(codec, "4")).isEqualTo(4L);
    assertThat(write(codec, 4L)).isEqualTo("4");
    assertThat(codec.schema()).containsSame(positive);
    assertThat(codec.type()).isEqualTo(Long.class);
  }

  private static Integer key(String name) {
    if (!name.startsWith("k")) {
      throw InvalidValueException.of(CoreRule.MALFORMED, "key", name, "k<digits>");
    }
    return Integer.valueOf(name.substring(1));
  }

  @Test
  void aMapReadsKeysAtTheirEntriesAndWritesInTheGivenOrder() {
    Function<Integer, String> name = k -> "k" + k;
    JsonSchema schema = JsonSchema.of(JsonSchema.map("type", "object"));
    Codec<Map<Integer, Long>> ordered =
        Scalars.map(
            schema,
            ScalarsMutationEdgesTest::key,
            name,
            Scalars.integer(0, 9),
            Comparator.naturalOrder());
    Codec<Map<Integer, Long>> asGiven =
        Scalars.map(schema, ScalarsMutationEdgesTest::key, name, Scalars.integer(0, 9), null);
    Map<Integer, Long> read = read(ordered, "{\"k2\":1,\"k1\":2}");
    assertThat(read).containsExactly(Map.entry(2, 1L), Map.entry(1, 2L));
    assertThat(write(ordered, read)).isEqualTo("{\"k1\":2,\"k2\":1}");
    assertThat(write(asGiven, read)).isEqualTo("{\"k2\":1,\"k1\":2}");
    assertThat(write(asGiven, new LinkedHashMap<>())).isEqualTo("{}");
    refusal(() -> read(asGiven, "{\"k2\":1,\"x\":2}"), "value.malformed", "$.x");
    assertThat(asGiven.schema()).containsSame(schema);
    assertThat(asGiven.type()).isEqualTo(Map.class);
  }

  @Test
  void aPersonalMapShowsWhatItsKeysAreInsteadOfAKey() {
    Codec<Map<Integer, Long>> codec =
        Scalars.personalMap(
            "numbers",
            JsonSchema.of(JsonSchema.map("type", "object")),
            ScalarsMutationEdgesTest::key,
            k -> "k" + k,
            Scalars.integer(0, 9),
            null);
    assertThat(read(codec, "{\"k2\":1}")).containsExactly(Map.entry(2, 1L));
    refusal(() -> read(codec, "{\"k2\":1,\"x\":2}"), "value.malformed", "$[<numbers>]");
    assertThatThrownBy(
            () ->
                Scalars.personalMap(
                    null,
                    JsonSchema.any(),
                    ScalarsMutationEdgesTest::key,
                    k -> "",
                    Scalars.TEXT,
                    null))
        .hasMessageContaining("keys");
  }

  @Test
  void theNonBlankPatternRefusesWhatTheReaderRefusesAsBlankInEveryRegexDialect() {
    // Validators read "\\S" as Java does (ASCII white space), or as ECMA-262 and Python do
    // (Unicode's, U+00A0 included; UNICODE_CHARACTER_CLASS here): the schema's pattern must agree
    // with the reader under both. With "\\S", a text of one U+00A0 was accepted by the reader and
    // refused by a Unicode dialect (found by Python's jsonschema).
    Pattern javaDialect = Pattern.compile(Scalars.NON_BLANK);
    Pattern unicodeDialect = Pattern.compile(Scalars.NON_BLANK, Pattern.UNICODE_CHARACTER_CLASS);
    Codec<String> text = Scalars.text(1, 10);
    int blanks = 0;
    // NUL is refused by a rule of its own, before any text is judged blank
    assertThatThrownBy(() -> read(text, "\"\\u0000\""))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.nul-character"));
    for (char c = 1; c < Character.MIN_SURROGATE; c++) {
      String json = "\"" + String.format("\\u%04X", (int) c) + "\"";
      boolean readerAccepts;
      try {
        read(text, json);
        readerAccepts = true;
      } catch (BengkelJsonException e) {
        assertThat(e.ruleCode()).isEqualTo("value.blank");
        readerAccepts = false;
        blanks++;
      }
      String one = String.valueOf(c);
      assertThat(javaDialect.matcher(one).find()).as("U+%04X", (int) c).isEqualTo(readerAccepts);
      assertThat(unicodeDialect.matcher(one).find()).as("U+%04X", (int) c).isEqualTo(readerAccepts);
    }
    // Java's white space below the surrogates: U+0009..U+000D, U+001C..U+0020, U+1680,
    // U+2000..U+2006, U+2008..U+200A, U+2028, U+2029, U+205F, U+3000 (not U+00A0, U+2007, U+202F)
    assertThat(blanks).isEqualTo(5 + 5 + 1 + 7 + 3 + 2 + 1 + 1);
    assertThat(read(text, "\"\\u00A0\"")).isEqualTo("\u00a0");
    assertThat(Scalars.NON_BLANK).doesNotContain("\\s", "\\S");
  }
}
