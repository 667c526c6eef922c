package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bengkel.material.Material;
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
  void severalMissingFieldsAreJoinedWithCommas() {
    assertThat(new MissingValueException("code", "name").field()).isEqualTo("code,name");
  }

  @Test
  void generatedBuilderHandsOverTheMissingAttributesByName() {
    // The style's exception has a String... constructor, so Immutables passes the names of the
    // missing attributes themselves: no message text to parse.
    assertThatThrownBy(() -> Material.builder().code("TEPUNG").build())
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("name,unit"));
  }

  @Test
  void generatedBuilderNamesAnAttributeSetToNull() {
    assertThatThrownBy(() -> Material.builder().code(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
  }
}
