package org.bengkel.money;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Rule;

/** Shared assertion for the money tests: a call is refused with a given rule and field. */
final class MoneyAssertions {

  private MoneyAssertions() {}

  static void assertRefused(ThrowingCallable call, Rule rule, String field) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              org.assertj.core.api.Assertions.assertThat(ive.ruleCode()).isEqualTo(rule.code());
              org.assertj.core.api.Assertions.assertThat(ive.rule()).isSameAs(rule);
              org.assertj.core.api.Assertions.assertThat(ive.field()).isEqualTo(field);
            });
  }
}
