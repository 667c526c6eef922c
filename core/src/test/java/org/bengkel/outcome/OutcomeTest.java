package org.bengkel.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.Empties;
import org.bengkel.error.CoreRule;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  private final Refusal tooLong = Refusal.of(CoreRule.TOO_LONG, "note", "x".repeat(5), 4);

  @Test
  void acceptedCarriesTheNewStateAndNoRefusal() {
    Outcome<String> o = Outcome.accepted("new");
    assertTrue(o.isAccepted());
    assertFalse(o.isRefused());
    assertEquals(Optional.of("new"), o.value());
    assertEquals("new", o.orElseThrow());
    assertEquals("new", o.orElse("old"));
    assertEquals(List.of(), o.refusals());
    assertEquals(Optional.empty(), o.refusal());
  }

  @Test
  void refusedKeepsEveryReasonAndContinuesWithTheOldState() {
    Refusal blank = Refusal.of(CoreRule.BLANK, "name", "").at("lines[2]");
    Outcome<String> o = Outcome.refused(tooLong, blank);
    assertTrue(o.isRefused());
    assertEquals(List.of(tooLong, blank), o.refusals());
    assertEquals(List.of("value.too-long", "value.blank"), o.codes());
    assertEquals("old", o.orElse("old"));
    assertEquals(Optional.empty(), o.value());
  }

  @Test
  void orElseThrowThrowsOneExceptionTypeWithEveryRefusal() {
    Refusal blank = Refusal.of(CoreRule.BLANK, "name", "");
    RefusalException e =
        assertThrows(RefusalException.class, () -> Outcome.refused(tooLong, blank).orElseThrow());
    assertEquals("value.too-long", e.ruleCode());
    assertEquals(List.of(tooLong, blank), e.refusals());
    assertEquals(
        "must be at most 4 characters long [value.too-long]; must not be blank [value.blank]",
        e.getMessage());
    assertEquals(
        "paling banyak 4 karakter [value.too-long]; tidak boleh kosong [value.blank]",
        e.message(ID));
  }

  @Test
  void theExceptionsReasonReadsTheFirstRefusalsDetails() {
    RefusalException e =
        assertThrows(RefusalException.class, () -> Outcome.refused(tooLong).orElseThrow());
    assertEquals("must be at most 4 characters long", e.reason(Locale.ROOT));
    assertEquals("paling banyak 4 karakter", e.reason(ID));
  }

  @Test
  void mapAndFlatMapPassRefusalsThrough() {
    Outcome<String> refused = Outcome.refused(tooLong);
    assertEquals(refused.refusals(), refused.map(String::length).refusals());
    assertEquals(refused.refusals(), refused.flatMap(s -> Outcome.accepted(1)).refusals());
    assertEquals(Outcome.accepted(3), Outcome.accepted("abc").map(String::length));
    assertEquals(
        List.of(tooLong),
        Outcome.accepted("abc").flatMap(s -> Outcome.refused(tooLong)).refusals());
  }

  @Test
  void messagesAreLocalisedAndLocated() {
    Refusal r = Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 10).at("lines[3]");
    assertEquals("lines[3]: must be between 1 and 10 [value.out-of-range]", r.message(Locale.ROOT));
    assertEquals("lines[3]: harus di antara 1 dan 10 [value.out-of-range]", r.message(ID));
    assertEquals(Optional.of("lines[3]"), r.where());
    assertEquals(Optional.of("0"), r.value());
    assertEquals("lines[1].lines[3]", r.at("lines[1]").where().orElseThrow());
  }

  @Test
  void aPersonalValueIsNeverShown() {
    Refusal r = Refusal.personal(CoreRule.MALFORMED, "registrationNumber", "a register number");
    assertTrue(r.isPersonal());
    assertEquals(Optional.empty(), r.value());
    assertFalse(r.toString().contains("a register number"));
    Refusal secret = Refusal.personal(org.bengkel.error.CoreRule.DUPLICATE, "team");
    assertFalse(Outcome.refused(secret).toString().contains("B.I"));
  }

  @Test
  void refusalsAndConstructionErrorsConvertBothWaysWithoutShowingPersonalValues() {
    org.bengkel.error.InvalidValueException shown =
        Refusal.of(CoreRule.TOO_LONG, "note", "xxxxx", 4).toInvalidValue("history[3]");
    assertEquals("history[3]", shown.field());
    assertEquals(Optional.of("xxxxx"), shown.rejectedValue());
    assertEquals(List.of("4"), shown.details());
    org.bengkel.error.InvalidValueException withheld =
        Refusal.personal(CoreRule.MALFORMED, "team", "a number").toInvalidValue("work");
    assertTrue(withheld.isPersonal());
    assertEquals(Optional.empty(), withheld.rejectedValue());
    Refusal back = Refusal.of(shown);
    assertEquals("value.too-long", back.code());
    assertEquals("history[3]", back.subject());
    assertEquals(Optional.of("xxxxx"), back.value());
    assertTrue(Refusal.of(withheld).isPersonal());
  }

  @Test
  void nullsAreRefusedWithTheOneMissingValueException() {
    assertThrows(MissingValueException.class, () -> Outcome.accepted(null));
    assertThrows(MissingValueException.class, () -> Outcome.refused((Refusal) null));
    // an empty list is there, with nothing in it: the same rule, not the missing-value exception
    Empties.refusedAsEmpty(() -> Outcome.refused(List.of()), "reasons");
    assertThrows(MissingValueException.class, () -> Refusal.of(null, "s", "v"));
    assertThrows(MissingValueException.class, () -> Outcome.accepted("a").map(s -> null));
    assertThrows(MissingValueException.class, () -> Outcome.accepted("a").orElse(null));
  }

  @Test
  void equalOutcomesAreEqual() {
    assertEquals(Outcome.refused(tooLong), Outcome.refused(List.of(tooLong)));
    assertEquals(Outcome.refused(tooLong).hashCode(), Outcome.refused(List.of(tooLong)).hashCode());
    Outcome<String> a = Outcome.accepted("a");
    assertSame(a.orElseThrow(), a.value().orElseThrow());
  }
}
