package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.bengkel.outcome.Refusal;
import org.junit.jupiter.api.Test;

/** No exception or refusal keeps more than a bounded text of a value, subject or detail. */
class BoundedTextTest {

  private static final String HUGE = "9".repeat(5_000_000);

  @Test
  void shortTextIsKeptLongTextIsCutWithAnEllipsis() {
    String exact = "x".repeat(Messages.MAX_TEXT_LENGTH);
    assertThat(Messages.bounded(exact)).isSameAs(exact);
    String cut = Messages.bounded(exact + "y");
    assertThat(cut).hasSize(Messages.MAX_TEXT_LENGTH).endsWith("\u2026").startsWith("xxx");
    // A surrogate pair straddling the cut is dropped whole rather than split.
    String pairs = "a".repeat(Messages.MAX_TEXT_LENGTH - 2) + "\uD83D\uDE00" + "tail";
    String cutPair = Messages.bounded(pairs);
    assertThat(cutPair).hasSize(Messages.MAX_TEXT_LENGTH - 1).endsWith("a\u2026");
  }

  @Test
  void whatIsNotPrintableIsEscapedSoThatAValueCannotForgeALogLine() {
    String hostile = "A\nINFO forged\r\u001b[2J\u0000\u202e\u2028\uD800z\uD83D\uDE00";
    assertThat(Messages.bounded(hostile))
        .isEqualTo("A\\u000aINFO forged\\u000d\\u001b[2J\\u0000\\u202e\\u2028\\ud800z\uD83D\uDE00");
    assertThat(Messages.printable("Lapas Kelas IIA Pamekasan"))
        .isSameAs("Lapas Kelas IIA Pamekasan");
    // an escape straddling the cut is dropped whole rather than split
    String cut = Messages.bounded("x".repeat(Messages.MAX_TEXT_LENGTH - 3) + "\n" + "tail");
    assertThat(cut).isEqualTo("x".repeat(Messages.MAX_TEXT_LENGTH - 3) + "\u2026");
    InvalidValueException e =
        InvalidValueException.of(CoreRule.TOO_LONG, "code", "A\nWARN forged", "A\nWARN");
    assertThat(e.getMessage()).doesNotContain("\n").contains("A\\u000aWARN forged");
    Refusal r = Refusal.of(CoreRule.OUT_OF_RANGE, "a\u001bb", "c\rd");
    assertThat(r.message(Locale.ROOT)).doesNotContain("\u001b").doesNotContain("\r");
  }

  @Test
  void anInvalidValueKeepsABoundedValueAndDetails() {
    InvalidValueException e = InvalidValueException.of(CoreRule.TOO_LONG, "name", HUGE, HUGE);
    assertThat(e.rejectedValue().orElseThrow()).hasSize(Messages.MAX_TEXT_LENGTH);
    assertThat(e.details().get(0)).hasSize(Messages.MAX_TEXT_LENGTH);
    assertThat(e.getMessage().length()).isLessThan(3 * Messages.MAX_TEXT_LENGTH);
    assertThat(e.within("outer").getMessage().length()).isLessThan(3 * Messages.MAX_TEXT_LENGTH);
  }

  @Test
  void aRefusalKeepsABoundedSubjectValueAndDetails() {
    Refusal r = Refusal.of(CoreRule.OUT_OF_RANGE, HUGE, HUGE, HUGE, HUGE);
    assertThat(r.subject()).hasSize(Messages.MAX_TEXT_LENGTH);
    assertThat(r.value().orElseThrow()).hasSize(Messages.MAX_TEXT_LENGTH);
    assertThat(r.details()).allSatisfy(d -> assertThat(d).hasSize(Messages.MAX_TEXT_LENGTH));
    assertThat(r.message(Messages.INDONESIAN).length()).isLessThan(5 * Messages.MAX_TEXT_LENGTH);
    assertThat(r.message(Locale.ROOT).length()).isLessThan(5 * Messages.MAX_TEXT_LENGTH);
  }
}
