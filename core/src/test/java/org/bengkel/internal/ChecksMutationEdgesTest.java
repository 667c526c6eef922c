package org.bengkel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link Checks} that {@code ChecksTest} and {@code ExactArithmeticTest} did not
 * reach: zero in the exact arithmetic, a product whose high word is all ones but whose low word is
 * not negative, two equal elements, the code pattern's shortcut, surrogate pairs at a cut, and the
 * wrapping of a refusal on deserialization (issue 18, mutation testing).
 */
class ChecksMutationEdgesTest {

  private static void refused(ThrowingCallable call, CoreRule rule, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule.code());
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void zeroIsAnExactSumAndProduct() {
    // 0 + 0: (0 ^ 0) & (0 ^ 0) = 0, not negative, so no overflow
    assertThat(Checks.addExact(0, 0, "n")).isZero();
    // 5 + -5 = 0
    assertThat(Checks.addExact(5, -5, "n")).isZero();
    // 0 x -5: high word 0, low word 0
    assertThat(Checks.multiplyExact(0, -5, "n")).isZero();
    // -1 x 1 = -1: high word -1 (all ones), low word -1
    assertThat(Checks.multiplyExact(-1, 1, "n")).isEqualTo(-1);
  }

  @Test
  void aProductOfMinusTwoToTheSixtyFourIsRefused() {
    // MIN_VALUE x 2 = -2^64: high word -1, low word 0; the low word must be negative to fit
    refused(() -> Checks.multiplyExact(Long.MIN_VALUE, 2, "n"), CoreRule.OVERFLOW, "n");
    // 2^62 x 2 = 2^63: high word 0, low word negative
    refused(() -> Checks.multiplyExact(1L << 62, 2, "n"), CoreRule.OVERFLOW, "n");
  }

  @Test
  void aDateMayGoBackToTheFirstMonthTheCalendarHolds() {
    // LocalDate.MIN is -999999999-01-01; a month after it is February of that year, month index
    // -999,999,999 x 12 + 1 = -11,999,999,987, one above the first, -11,999,999,988: one month
    // back is allowed and lands on MIN itself
    LocalDate february = LocalDate.MIN.plusMonths(1);
    assertThat(Checks.plusMonths(february, -1, "d")).isEqualTo(LocalDate.MIN);
    refused(() -> Checks.plusMonths(february, -2, "d"), CoreRule.DATE_OVERFLOW, "d");
  }

  @Test
  void twoEqualElementsAreADuplicate() {
    refused(() -> Checks.requireDistinct(List.of("a", "a"), "codes"), CoreRule.DUPLICATE, "codes");
    Checks.requireDistinct(List.of("a"), "codes");
    Checks.requireDistinct(List.of(), "codes");
  }

  @Test
  void theCodePatternIsCheckedByItsShortcutAndOtherPatternsByTheirMatcher() {
    Checks.requireMatch("KK-1", "lot", Checks.CODE, 10, "a code");
    refused(
        () -> Checks.requireMatch("kk-1", "lot", Checks.CODE, 10, "a code"),
        CoreRule.MALFORMED,
        "lot");
    // lower case is not a code, but this pattern wants it
    Checks.requireMatch("kk", "name", Pattern.compile("[a-z]+"), 10, "lower case");
    refused(
        () -> Checks.requireMatch("KK", "name", Pattern.compile("[a-z]+"), 10, "lower case"),
        CoreRule.MALFORMED,
        "name");
  }

  @Test
  void personalTextMayBeExactlyAsLongAsItsLimit() {
    Checks.requirePersonalText("x".repeat(10), "name", 10);
    refused(
        () -> Checks.requirePersonalText("x".repeat(11), "name", 10), CoreRule.TOO_LONG, "name");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String smile = "\uD83D\uDE00"; // one code point, two chars
    // "ab" + pair + "c": the third char is the pair's high half, so a cut at 3 keeps 2
    assertThat(Checks.prefix("ab" + smile + "c", 3)).isEqualTo("ab");
    assertThat(Checks.prefix("ab" + smile + "c", 4)).isEqualTo("ab" + smile);
    assertThat(Checks.prefix("abc", 2)).isEqualTo("ab");
    // 60 x's, then the pair at chars 60 and 61, then 10 more: 72 chars, cut at 61 -> 60, plus "..."
    String text = "x".repeat(60) + smile + "y".repeat(10);
    assertThat(Checks.abbreviate(text)).isEqualTo("x".repeat(60) + "...");
  }

  @Test
  void aValueThatMustBePresentIsReturnedOrItsAbsenceIsAnIllegalState() {
    assertThat(Checks.present("x")).isEqualTo("x");
    assertThatThrownBy(() -> Checks.present(null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRefusalOnReadBecomesAnInvalidObjectExceptionWithItsCause() throws Exception {
    assertThat(Checks.validOnRead(() -> "ok")).isEqualTo("ok");
    assertThatThrownBy(() -> Checks.validOnRead(() -> Checks.requireCode("kk", "lot")))
        .isInstanceOf(InvalidObjectException.class)
        .hasCauseInstanceOf(InvalidValueException.class)
        .hasMessageContaining("value.malformed");
  }
}
