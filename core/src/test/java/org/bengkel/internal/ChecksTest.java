package org.bengkel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class ChecksTest {

  private static InvalidValueException refused(ThrowingCallable call, CoreRule rule, String field) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.ruleCode()).isEqualTo(rule.code());
    assertThat(e.field()).isEqualTo(field);
    return e;
  }

  @Test
  void codeIsUpperCaseGroupsJoinedByHyphens() {
    assertThat(Checks.requireCode("KUE-KERING-500G", "sku")).isEqualTo("KUE-KERING-500G");
    assertThat(Checks.requireCode("A".repeat(40), "sku")).hasSize(40);
    refused(() -> Checks.requireCode("kue", "sku"), CoreRule.MALFORMED, "sku");
    refused(() -> Checks.requireCode("A--B", "sku"), CoreRule.MALFORMED, "sku");
    refused(() -> Checks.requireCode("-A", "sku"), CoreRule.MALFORMED, "sku");
    refused(() -> Checks.requireCode("", "sku"), CoreRule.MALFORMED, "sku");
    InvalidValueException tooLong =
        refused(() -> Checks.requireCode("A".repeat(41), "sku"), CoreRule.TOO_LONG, "sku");
    assertThat(tooLong.details()).containsExactly("40");
    assertThatThrownBy(() -> Checks.requireCode(null, "sku"))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("sku");
  }

  @Test
  void codeLoopAcceptsExactlyWhatThePatternMatches() {
    // Every string of length 0..5 over an alphabet with the edge characters of each class
    // (A Z 0 9, the hyphen, and neighbours outside: @ [ / : a and a non-ASCII letter): the
    // loop and the regular expression CODE must agree on all 11^0 + ... + 11^5 of them.
    char[] alphabet = {'A', 'Z', '0', '9', '-', '@', '[', '/', ':', 'a', '\u00c4'};
    int checked = 0;
    for (int len = 0; len <= 5; len++) {
      int total = (int) Math.pow(alphabet.length, len);
      char[] buf = new char[len];
      for (int k = 0; k < total; k++) {
        int x = k;
        for (int j = 0; j < len; j++) {
          buf[j] = alphabet[x % alphabet.length];
          x /= alphabet.length;
        }
        String s = new String(buf);
        assertThat(Checks.isCode(s)).as(s).isEqualTo(Checks.CODE.matcher(s).matches());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(177_156);
  }

  @Test
  void textMustNotBeBlankNorTooLong() {
    Checks.requireText("Budi", "name", 10);
    Checks.requireText("x".repeat(10), "name", 10);
    Checks.requireText("\u00a0", "name", 10); // no-break space is not white space to either rule
    InvalidValueException blank =
        refused(() -> Checks.requireText(" \t", "name", 10), CoreRule.BLANK, "name");
    // kept as an error shows it: the tab as an escape, never raw in a message or a log
    assertThat(blank.rejectedValue()).contains(" \\u0009");
    refused(() -> Checks.requireText("", "name", 10), CoreRule.BLANK, "name");
    // a control character that is not white space is not blank (nor to Bean Validation's @NotBlank)
    Checks.requireText("\u0000", "name", 10);
    // Unicode white space: blank to String.isBlank
    refused(() -> Checks.requireText("\u2003", "name", 10), CoreRule.BLANK, "name");
    InvalidValueException tooLong =
        refused(() -> Checks.requireText("x".repeat(11), "name", 10), CoreRule.TOO_LONG, "name");
    assertThat(tooLong.details()).containsExactly("10");
  }

  @Test
  void textLengthIsCountedInCodePointsAsJsonSchemaCountsIt() {
    // U+1F600 is one character and two chars: ten of them are a text of 10, as maxLength 10 says
    String emoji = "\uD83D\uDE00";
    Checks.requireText(emoji.repeat(10), "name", 10);
    Checks.requirePersonalText(emoji.repeat(10), "name", 10);
    Checks.requireMatch(emoji.repeat(3), "n", Pattern.compile(".+"), 3, "any");
    refused(() -> Checks.requireText(emoji.repeat(11), "name", 10), CoreRule.TOO_LONG, "name");
    refused(
        () -> Checks.requirePersonalText(emoji.repeat(11), "name", 10), CoreRule.TOO_LONG, "name");
    refused(
        () -> Checks.requireMatch(emoji.repeat(4), "n", Pattern.compile(".+"), 3, "any"),
        CoreRule.TOO_LONG,
        "n");
    assertThat(Checks.longerThan("x".repeat(11), 10)).isTrue();
    assertThat(Checks.longerThan("x".repeat(10) + emoji.substring(0, 1), 10)).isTrue();
  }

  @Test
  void personalTextIsNeverShown() {
    Checks.requirePersonalText("Siti", "name", 10);
    InvalidValueException blank =
        refused(() -> Checks.requirePersonalText(" ", "name", 10), CoreRule.BLANK, "name");
    assertThat(blank.isPersonal()).isTrue();
    assertThat(blank.rejectedValue()).isEmpty();
    InvalidValueException tooLong =
        refused(
            () -> Checks.requirePersonalText("Siti Rahmawati", "name", 10),
            CoreRule.TOO_LONG,
            "name");
    assertThat(tooLong.isPersonal()).isTrue();
    assertThat(tooLong.getMessage()).doesNotContain("Siti").contains("10");
  }

  @Test
  void matchChecksLengthBeforeForm() {
    Pattern digits = Pattern.compile("[0-9]+");
    Checks.requireMatch("123", "n", digits, 3, "digits");
    refused(() -> Checks.requireMatch("1234", "n", digits, 3, "digits"), CoreRule.TOO_LONG, "n");
    InvalidValueException malformed =
        refused(
            () -> Checks.requireMatch("12a", "n", digits, 3, "digits"), CoreRule.MALFORMED, "n");
    assertThat(malformed.details()).containsExactly("digits");
    assertThat(malformed.getMessage()).contains("must be digits");
  }

  @Test
  void rangeIsInclusive() {
    Checks.requireRange(1, "n", 1, 3);
    Checks.requireRange(3, "n", 1, 3);
    InvalidValueException low =
        refused(() -> Checks.requireRange(0, "n", 1, 3), CoreRule.OUT_OF_RANGE, "n");
    assertThat(low.details()).containsExactly("1", "3");
    refused(() -> Checks.requireRange(4, "n", 1, 3), CoreRule.OUT_OF_RANGE, "n");
  }

  @Test
  void distinctNamesTheFirstRepeatedElement() {
    Checks.requireDistinct(List.of("a", "b"), "codes");
    InvalidValueException e =
        refused(
            () -> Checks.requireDistinct(List.of("a", "b", "b", "a"), "codes"),
            CoreRule.DUPLICATE,
            "codes");
    assertThat(e.rejectedValue()).contains("b");
  }

  @Test
  void abbreviateCutsAfterSixtyFourCharacters() {
    assertThat(Checks.abbreviate("x".repeat(64))).isEqualTo("x".repeat(64));
    assertThat(Checks.abbreviate("x".repeat(65))).isEqualTo("x".repeat(61) + "...").hasSize(64);
  }

  @Test
  void aNullElementIsNamedByItsPosition() {
    assertThat(Checks.requiredElements(List.of("a", "b"), "names")).containsExactly("a", "b");
    assertThatThrownBy(() -> Checks.requiredElements(java.util.Arrays.asList("a", null), "names"))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("names[1]");
    assertThatThrownBy(() -> Checks.requiredElements(null, "names"))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("names");
    // through a public operation
    assertThatThrownBy(
            () ->
                org.bengkel.outcome.Outcome.accepted(
                    "value", java.util.Arrays.asList((org.bengkel.outcome.Event) null)))
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("events[0]");
    org.bengkel.outcome.Refusal why =
        org.bengkel.outcome.Refusal.of(CoreRule.DUPLICATE, "subject", "value");
    assertThatThrownBy(() -> org.bengkel.outcome.Outcome.refused(why, why, null))
        .isInstanceOf(MissingValueException.class)
        .extracting(e -> ((MissingValueException) e).field())
        .isEqualTo("more[1]");
  }
}
