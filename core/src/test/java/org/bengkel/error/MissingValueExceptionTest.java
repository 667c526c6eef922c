package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MissingValueExceptionTest {

  @Test
  void requiredValueNamesItsField() {
    MissingValueException e = MissingValueException.of("nip");
    assertThat(e.field()).isEqualTo("nip");
    assertThat(e.rule()).isSameAs(CoreRule.REQUIRED);
    assertThat(e.ruleCode()).isEqualTo("value.required");
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.message(Locale.ROOT))
        .isEqualTo("Invalid value for 'nip' (no value): a value is required [value.required]");
    assertThat(e).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void generatedBuilderMessageIsReducedToTheFieldList() {
    MissingValueException e =
        new MissingValueException(
            "Cannot build Facility, some of required attributes are not set [code, name]");
    assertThat(e.field()).isEqualTo("code,name");
  }

  @Test
  void nullDescriptionStillGivesAnException() {
    assertThat(new MissingValueException(null).field()).isEqualTo("?");
  }
}
