package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The edges of bengkel's errors that their tests did not reach: a subclass that marks a value
 * personal still keeps none, and a displayable constant of a package without labels is shown by its
 * name, not by its {@code toString()} (issue 18, mutation testing).
 */
class ErrorMutationEdgesTest {

  /** A constant with a body and its own text, in a package that declares no labels bundle. */
  private enum Shade implements Displayable {
    DARK {
      @Override
      public String toString() {
        return "a dark shade";
      }
    }
  }

  @Test
  void aPersonalValueHandedToTheConstructorIsNotKept() {
    // a subclass may pass a value and mark it personal at once: the value must still be dropped
    InvalidValueException e =
        new InvalidValueException(CoreRule.BLANK, "name", "Siti Aminah", true, List.of(), null) {
          private static final long serialVersionUID = 1L;
        };
    assertThat(e.isPersonal()).isTrue();
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.message(Locale.ROOT)).doesNotContain("Siti").contains("value withheld");
  }

  @Test
  void aConstantWithoutALabelIsShownByItsNameInEitherLanguage() {
    // org.bengkel.error has no labels bundle, so the name is the fallback, not toString()
    assertThat(Shade.DARK.displayName(Locale.ENGLISH)).isEqualTo("DARK");
    assertThat(Shade.DARK.displayName(Messages.INDONESIAN)).isEqualTo("DARK");
  }
}
