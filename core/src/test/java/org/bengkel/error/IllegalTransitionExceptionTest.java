package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IllegalTransitionExceptionTest {

  /** A rule declared outside bengkel-core's bundles supplies its own patterns, as the Javadoc of Rule says. */
  private enum BatchRule implements Rule {
    RELEASED_IS_FINAL;

    @Override
    public String code() {
      return "production.batch.released-final";
    }

    @Override
    public String pattern(Locale locale) {
      return Messages.isIndonesian(locale)
          ? "batch {2} sudah dirilis dan tidak dapat menjadi {1}"
          : "batch {2} was released and cannot become {1}";
    }
  }

  private enum State {
    RELEASED,
    REJECTED
  }

  @Test
  void messageNamesFromToAndWhy() {
    IllegalTransitionException e =
        IllegalTransitionException.of(BatchRule.RELEASED_IS_FINAL, State.RELEASED, State.REJECTED, "KUE-2026-001");
    assertThat(e.from()).isEqualTo("RELEASED");
    assertThat(e.to()).isEqualTo("REJECTED");
    assertThat(e.details()).containsExactly("KUE-2026-001");
    assertThat(e.ruleCode()).isEqualTo("production.batch.released-final");
    assertThat(e.rule()).isSameAs(BatchRule.RELEASED_IS_FINAL);
    assertThat(e.message(Locale.ROOT))
        .isEqualTo(
            "Cannot move from RELEASED to REJECTED: batch KUE-2026-001 was released and cannot become"
                + " REJECTED [production.batch.released-final]");
    assertThat(e.message(Messages.INDONESIAN))
        .isEqualTo(
            "Tidak dapat berpindah dari RELEASED ke REJECTED: batch KUE-2026-001 sudah dirilis dan tidak"
                + " dapat menjadi REJECTED [production.batch.released-final]");
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ROOT));
  }

  @Test
  void ruleWithoutAMessageShowsItsCode() {
    Rule unknown = () -> "test.no-message";
    IllegalTransitionException e = IllegalTransitionException.of(unknown, "A", "B");
    assertThat(e.message(Locale.ROOT)).isEqualTo("Cannot move from A to B: test.no-message [test.no-message]");
  }

  @Test
  void fromAndToAreRequired() {
    assertThatThrownBy(() -> IllegalTransitionException.of(BatchRule.RELEASED_IS_FINAL, null, "B"))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertThatThrownBy(() -> IllegalTransitionException.of(BatchRule.RELEASED_IS_FINAL, "A", null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
    assertThatThrownBy(() -> IllegalTransitionException.of(null, "A", "B"))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("rule"));
  }
}
