package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonReader;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.MoneyRule;
import org.junit.jupiter.api.Test;

/** How a core field name becomes the JSON path of a refusal. */
class PathsTest {

  @Test
  void coreFieldsBecomePathsWithIndices() {
    assertThat(Paths.path("$", "price")).isEqualTo("$.price");
    assertThat(Paths.path("$.lines[2]", "steps[0][11].before"))
        .isEqualTo("$.lines[2].steps[0][11].before");
    // a part that is not a name with indices is kept whole, quoted
    assertThat(Paths.path("$", "[3]")).isEqualTo("$['[3]']");
    assertThat(Paths.path("$", "a b[1]")).isEqualTo("$['a b'][1]");
  }

  @Test
  void aRefusalIsReportedAtThePathOfItsFieldWithThePrefixDropped() {
    JsonReader in = reader();
    assertThatThrownBy(() -> Paths.build(in, "halal", () -> fail("halal.certificates[1].number")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.certificates[1].number");
              assertThat(e.ruleCode()).isEqualTo("money.negative");
              assertThat(e.valueError()).isPresent();
            });
    // only a whole first segment is a prefix
    assertThatThrownBy(() -> Paths.build(in, "halal", () -> fail("halalan.number")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.path()).isEqualTo("$.halalan.number"));
    assertThatThrownBy(() -> Paths.build(in, "", () -> fail("halal.number")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.path()).isEqualTo("$.halal.number"));
  }

  @Test
  void theBuilderFormReportsTheSameWay() {
    JsonReader in = reader();
    String built = Paths.build(in, "", "x", String::toUpperCase);
    assertThat(built).isEqualTo("X");
    assertThatThrownBy(
            () ->
                Paths.build(
                    in,
                    "step",
                    "x",
                    s -> {
                      throw InvalidValueException.of(MoneyRule.NEGATIVE, "step.lines[0]", null);
                    }))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.path()).isEqualTo("$.lines[0]"));
  }

  @Test
  void aMissingValueIsAMissingProperty() {
    JsonReader in = reader();
    assertThatThrownBy(
            () ->
                Paths.build(
                    in,
                    "",
                    () -> {
                      throw new MissingValueException("code");
                    }))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$.code");
            });
  }

  private static JsonReader reader() {
    JsonReader in = TextJson.reader("{}");
    in.beginObject();
    in.endObject();
    return in;
  }

  private static Object fail(String field) {
    throw InvalidValueException.of(MoneyRule.NEGATIVE, field, null);
  }
}
