package org.bengkel.testkit.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.MoneyRule;

/** Shared oracles of the money laws. */
final class MoneyLaws {

  static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private MoneyLaws() {}

  static void assertRefused(ThrowingCallable call, MoneyRule rule) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) t).ruleCode()).isEqualTo(rule.code());
  }

  static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }
}
