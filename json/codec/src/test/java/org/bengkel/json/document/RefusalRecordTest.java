package org.bengkel.json.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

/** A refusal as a document keeps it: its limits at their edges, and equality field by field. */
class RefusalRecordTest {

  private static final RefusalRecord RECORD =
      RefusalRecord.of(
          "inventory.available.insufficient",
          "lines[0]",
          "order",
          "10",
          List.of("0"),
          "not enough",
          "tidak cukup");

  @Test
  void aCodeOfTheLongestLengthIsKeptAndOneLongerRefused() {
    // "a." and 98 letters: 100 characters, the limit
    String longest = "a." + "b".repeat(98);
    assertThat(RefusalRecord.of(longest, null, "s", null, List.of(), "m", "m").code())
        .isEqualTo(longest);
    assertThatThrownBy(() -> RefusalRecord.of(longest + "c", null, "s", null, List.of(), "m", "m"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.too-long");
              assertThat(e.field()).isEqualTo("code");
            });
  }

  @Test
  void textsAreCountedInCodePointsUpToTheLimitOfTheFormat() {
    // 4,000 code points written as 8,000 chars (surrogate pairs): inside the limit
    String longest = "\uD83D\uDE00".repeat(4000);
    RefusalRecord kept =
        RefusalRecord.of("a.b", longest, longest, longest, List.of(longest), "m", longest);
    assertThat(kept.where()).contains(longest);
    assertThat(kept.indonesianMessage()).isEqualTo(longest);
    String tooLong = "x".repeat(4001);
    assertTooLong(() -> RefusalRecord.of("a.b", tooLong, "s", null, List.of(), "m", "m"), "where");
    assertTooLong(
        () -> RefusalRecord.of("a.b", null, tooLong, null, List.of(), "m", "m"), "subject");
    assertTooLong(() -> RefusalRecord.of("a.b", null, "s", tooLong, List.of(), "m", "m"), "value");
    assertTooLong(
        () -> RefusalRecord.of("a.b", null, "s", null, List.of("d", tooLong), "m", "m"),
        "details[1]");
    assertTooLong(
        () -> RefusalRecord.of("a.b", null, "s", null, List.of(), tooLong, "m"), "message");
    assertTooLong(
        () -> RefusalRecord.of("a.b", null, "s", null, List.of(), "m", tooLong),
        "indonesianMessage");
    assertThatThrownBy(() -> RefusalRecord.of("a.b", null, "s", null, List.of(), "m", null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void equalityTakesEveryField() {
    assertThat(RECORD)
        .isEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "10",
                "0",
                "not enough",
                "tidak cukup"))
        .hasSameHashCodeAs(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "10",
                "0",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.other",
                "lines[0]",
                "order",
                "10",
                "0",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[1]",
                "order",
                "10",
                "0",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "orders",
                "10",
                "0",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "11",
                "0",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "10",
                "1",
                "not enough",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "10",
                "0",
                "not enough!",
                "tidak cukup"))
        .isNotEqualTo(
            copy(
                "inventory.available.insufficient",
                "lines[0]",
                "order",
                "10",
                "0",
                "not enough",
                "tidak cukup!"))
        .isNotEqualTo("inventory.available.insufficient");
    assertThat(RECORD.hashCode())
        .isNotEqualTo(
            copy(
                    "inventory.available.insufficient",
                    "lines[1]",
                    "order",
                    "10",
                    "0",
                    "not enough",
                    "tidak cukup")
                .hashCode());
  }

  @Test
  void toStringNamesTheCodePlaceAndSubjectButNotTheValue() {
    assertThat(RECORD.toString())
        .isEqualTo("RefusalRecord[inventory.available.insufficient at lines[0] order]");
    assertThat(RefusalRecord.of("a.b", null, "s", "secret", List.of(), "m", "m").toString())
        .isEqualTo("RefusalRecord[a.b s]");
    assertThat(RefusalRecord.of("a.b", null, "s", null, List.of(), "m", "m").where()).isEmpty();
    assertThat(RefusalRecord.of("a.b", null, "s", null, List.of(), "m", "m").value()).isEmpty();
  }

  private static RefusalRecord copy(
      String code,
      String where,
      String subject,
      String value,
      String detail,
      String en,
      String id) {
    return RefusalRecord.of(code, where, subject, value, List.of(detail), en, id);
  }

  private static void assertTooLong(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.too-long");
              assertThat(e.field()).isEqualTo(field);
            });
  }
}
