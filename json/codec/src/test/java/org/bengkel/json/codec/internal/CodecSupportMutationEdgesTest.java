package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.refusal;
import static org.bengkel.json.contract.TextJson.write;

import java.time.Duration;
import java.util.List;
import org.bengkel.error.Rule;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.junit.jupiter.api.Test;

/** The shared helpers on test-only types, and durations at the edges of their bound. */
class CodecSupportMutationEdgesTest {

  /** A test-only rule family. */
  enum Shade implements Rule {
    DARK("test.dark"),
    LIGHT("test.light");

    private final String code;

    Shade(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** A test-only value that is one list, as a book of prices. */
  record Shelf(List<String> books) {}

  @Test
  void aRuleIsWrittenAndReadAsItsCode() {
    Codec<Shade> codec = CodecSupport.ofRule(Shade.class);
    assertThat(codec.type()).isEqualTo(Shade.class);
    assertThat(write(codec, Shade.LIGHT)).isEqualTo("\"test.light\"");
    assertThat(read(codec, "\"test.light\"")).isEqualTo(Shade.LIGHT);
    assertThat(read(codec, "\"test.dark\"")).isEqualTo(Shade.DARK);
    BengkelJsonException e = refusal(() -> read(codec, "\"DARK\""), "json.unknown-constant", "$");
    assertThat(e.details()).containsExactly("the rule codes of Shade");
    assertThat(codec.schema().orElseThrow())
        .hasToString("JsonSchema{type=string, enum=[test.dark, test.light]}");
    assertThat(CodecSupport.ruleCodes(Shade.class))
        .hasToString("JsonSchema{type=string, enum=[test.dark, test.light]}");
  }

  @Test
  void oneListIsAnObjectOfThatListAlone() {
    Codec<Shelf> codec =
        CodecSupport.oneList(
            Shelf.class, "books", Scalars.TEXT, Shelf::books, Shelf::new, "A shelf");
    Shelf shelf = new Shelf(List.of("a", "b"));
    assertThat(write(codec, shelf)).isEqualTo("{\"books\":[\"a\",\"b\"]}");
    assertThat(read(codec, "{\"books\":[\"a\",\"b\"]}")).isEqualTo(shelf);
    // an absent list is refused, as the schema's "required" says; an empty one is a list
    BengkelJsonException missing =
        refusal(() -> read(codec, "{}"), "json.missing-property", "$.books");
    assertThat(missing.details()).containsExactly("books");
    assertThat(read(codec, "{\"books\":[]}")).isEqualTo(new Shelf(List.of()));
    assertThat(codec.schema().orElseThrow())
        .hasToString(
            "JsonSchema{description=A shelf, type=object, properties={books=JsonSchema{type=array,"
                + " items=JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000}}}, required=[books],"
                + " additionalProperties=false}");
  }

  private static Duration duration(String text) {
    return read(CodecSupport.DURATION, "\"" + text + "\"");
  }

  private static void notADuration(String text) {
    BengkelJsonException e = refusal(() -> duration(text), "json.wrong-type", "$");
    // the expectation is shortened in the details
    assertThat(e.details()).hasSize(2).endsWith("another string");
    assertThat(e.details().get(0)).startsWith("an ISO-8601 duration such as PT6H30M, shorter than");
  }

  @Test
  void aDurationIsReadInAnyFormDurationParseReadsWithinTheBound() {
    assertThat(write(CodecSupport.DURATION, Duration.ofMinutes(390))).isEqualTo("\"PT6H30M\"");
    assertThat(duration("PT6H30M")).isEqualTo(Duration.ofMinutes(390));
    assertThat(duration("pt6h30m")).isEqualTo(Duration.ofMinutes(390));
    assertThat(duration("P1D")).isEqualTo(Duration.ofHours(24));
    assertThat(duration("-PT1H")).isEqualTo(Duration.ofHours(-1));
    assertThat(duration("PT1,5S")).isEqualTo(Duration.ofMillis(1500));
    // 10^13 hours less one, either way
    assertThat(duration("P416666666666DT15H")).isEqualTo(Duration.ofHours(9_999_999_999_999L));
    assertThat(duration("-P416666666666DT15H")).isEqualTo(Duration.ofHours(-9_999_999_999_999L));
    assertThat(CodecSupport.DURATION.type()).isEqualTo(Duration.class);
    assertThat(CodecSupport.DURATION.schema().orElseThrow().toString())
        .contains("maxLength=78")
        .startsWith("JsonSchema{description=An ISO-8601 duration as Duration.toString() writes it");
  }

  @Test
  void aDurationOfTheBoundOrBeyondOrNotAFormIsTheWrongType() {
    notADuration("P416666666666DT16H");
    notADuration("-P416666666666DT16H");
    notADuration("P");
    notADuration("PT");
    notADuration("6H");
    notADuration("PT10000000000000H");
    // Duration.parse reads more digits, but the form allows 13 of hours, whatever their value
    notADuration("PT00000000000001H");
  }
}
