package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.BengkelException;
import org.bengkel.error.Rule;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.RegistrationNumber;

/** Hand-built test data for the proceeds tests (core tests cannot use the testkit). */
final class Fixtures {

  static final FacilityCode PAMEKASAN = FacilityCode.of("LAPAS-PAMEKASAN");
  static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

  /** Three registration numbers in their natural (string) order. */
  static final RegistrationNumber ADI = RegistrationNumber.of("B.I-101/2024");

  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2024");
  static final RegistrationNumber CAHYO = RegistrationNumber.of("B.IIa-103/2024");

  private Fixtures() {}

  static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  static Rate pct(long percent) {
    return Rate.percent(percent);
  }

  static SplitPolicy policy(long premi, long pnbp, long capital, SplitBase base) {
    return SplitPolicy.of(PAMEKASAN, JAN_2024, base, pct(premi), pct(pnbp), pct(capital));
  }

  /** Asserts that the outcome is refused by the given rule and returns the first refusal. */
  static Refusal refusedBy(Outcome<?> outcome, Rule rule) {
    assertThat(outcome.isRefused()).as("refused: %s", outcome).isTrue();
    assertThat(outcome.codes()).containsExactly(rule.code());
    return outcome.refusals().get(0);
  }

  /** Asserts that the call throws the given exception type with the given rule code. */
  static AbstractObjectAssert<?, ?> assertRefused(
      ThrowingCallable call, Class<? extends BengkelException> type, String ruleCode) {
    return assertThatThrownBy(call)
        .isInstanceOf(type)
        .extracting(e -> ((BengkelException) e).ruleCode())
        .isEqualTo(ruleCode);
  }
}
