package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.bengkel.money.MoneyRule;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

  @Test
  void messageNamesFieldValueRuleAndCodeInEnglish() {
    InvalidValueException e = InvalidValueException.of(MoneyRule.NEGATIVE, "amount", -5);
    assertThat(e.message(Locale.ROOT))
        .isEqualTo("Invalid value for 'amount' ('-5'): must not be negative [money.negative]");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.message(Locale.ROOT));
    assertThat(e.message(Locale.GERMANY)).isEqualTo(e.message(Locale.ROOT));
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ROOT));
    assertThat(e.field()).isEqualTo("amount");
    assertThat(e.rejectedValue()).contains("-5");
    assertThat(e.isPersonal()).isFalse();
    assertThat(e.rule()).isSameAs(MoneyRule.NEGATIVE);
    assertThat(e.ruleCode()).isEqualTo("money.negative");
    assertThat(e.details()).isEmpty();
  }

  @Test
  void messageIsIndonesianForTheIdLocale() {
    InvalidValueException e = InvalidValueException.of(MoneyRule.NEGATIVE, "amount", -5);
    String expected = "Nilai tidak sah untuk 'amount' ('-5'): tidak boleh negatif [money.negative]";
    assertThat(e.message(Messages.INDONESIAN)).isEqualTo(expected);
    assertThat(e.message(Locale.forLanguageTag("id-ID"))).isEqualTo(expected);
    assertThat(e.message(new Locale("in"))).isEqualTo(expected); // the legacy code of Indonesian
  }

  @Test
  void detailsFillTheRulePattern() {
    InvalidValueException e = InvalidValueException.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 99);
    assertThat(e.details()).containsExactly("1", "99");
    assertThat(e.message(Locale.ROOT))
        .isEqualTo(
            "Invalid value for 'quantity' ('0'): must be between 1 and 99 [value.out-of-range]");
    assertThat(e.message(Messages.INDONESIAN))
        .isEqualTo(
            "Nilai tidak sah untuk 'quantity' ('0'): harus di antara 1 dan 99 [value.out-of-range]");
  }

  @Test
  void personalValuesAreRedacted() {
    InvalidValueException e =
        InvalidValueException.personal(CoreRule.TOO_LONG, "trainee.name", 120);
    assertThat(e.isPersonal()).isTrue();
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.message(Locale.ROOT))
        .isEqualTo(
            "Invalid value for 'trainee.name' (value withheld: personal data): must be at most 120"
                + " characters long [value.too-long]");
    assertThat(e.message(Messages.INDONESIAN))
        .isEqualTo(
            "Nilai tidak sah untuk 'trainee.name' (nilai disembunyikan: data pribadi): paling banyak"
                + " 120 karakter [value.too-long]");
  }

  @Test
  void missingValueIsShownAsNoValue() {
    InvalidValueException e = InvalidValueException.of(CoreRule.REQUIRED, "sku", null);
    assertThat(e.rejectedValue()).isEmpty();
    assertThat(e.isPersonal()).isFalse();
    assertThat(e.message(Locale.ROOT))
        .isEqualTo("Invalid value for 'sku' (no value): a value is required [value.required]");
    assertThat(e.message(Messages.INDONESIAN))
        .isEqualTo(
            "Nilai tidak sah untuk 'sku' (tidak ada nilai): nilai wajib diisi [value.required]");
  }

  @Test
  void valuesAreNeverReadAsMessagePatterns() {
    InvalidValueException e =
        InvalidValueException.of(CoreRule.MALFORMED, "code", "a{0}b'c", "A-Z {1} it's");
    assertThat(e.message(Locale.ROOT))
        .isEqualTo("Invalid value for 'code' ('a{0}b'c'): must be A-Z {1} it's [value.malformed]");
  }

  @Test
  void withinPrefixesTheFieldAndKeepsEverythingElse() {
    InvalidValueException inner = InvalidValueException.of(CoreRule.BLANK, "name", " ");
    InvalidValueException outer = inner.within("officer").within("batch.supervisor");
    assertThat(outer.field()).isEqualTo("batch.supervisor.officer.name");
    assertThat(outer.rule()).isSameAs(CoreRule.BLANK);
    assertThat(outer.rejectedValue()).contains(" ");
    assertThat(outer.getCause().getCause()).isSameAs(inner);
    assertThat(outer.message(Locale.ROOT))
        .startsWith("Invalid value for 'batch.supervisor.officer.name'");

    InvalidValueException personal =
        InvalidValueException.personal(CoreRule.BLANK, "name").within("trainee");
    assertThat(personal.field()).isEqualTo("trainee.name");
    assertThat(personal.isPersonal()).isTrue();
    assertThat(personal.rejectedValue()).isEmpty();

    InvalidValueException detailed =
        InvalidValueException.of(CoreRule.TOO_LONG, "name", "xx", 1).within("a");
    assertThat(detailed.details()).containsExactly("1");
  }

  @Test
  void localizedMessageFollowsTheDefaultLocale() {
    InvalidValueException e = InvalidValueException.of(MoneyRule.NEGATIVE, "amount", -5);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Messages.INDONESIAN);
      assertThat(e.getLocalizedMessage()).isEqualTo(e.message(Messages.INDONESIAN));
      // the English message does not depend on the default locale
      assertThat(e.getMessage()).startsWith("Invalid value");
      Locale.setDefault(Locale.US);
      assertThat(e.getLocalizedMessage()).isEqualTo(e.message(Locale.ROOT));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void serializedExceptionKeepsItsCodeAndFallsBackToItInMessages() throws Exception {
    InvalidValueException e = InvalidValueException.of(MoneyRule.NEGATIVE, "amount", -5);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    InvalidValueException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (InvalidValueException) in.readObject();
    }
    assertThat(read.rule()).isNull();
    assertThat(read.ruleCode()).isEqualTo("money.negative");
    assertThat(read.field()).isEqualTo("amount");
    assertThat(read.message(Locale.ROOT))
        .isEqualTo("Invalid value for 'amount' ('-5'): money.negative [money.negative]");
  }

  @Test
  void reasonIsTheRuleTextAloneInEitherLanguage() {
    InvalidValueException e =
        InvalidValueException.of(CoreRule.TOO_LONG, "name", "x".repeat(300), 200);
    assertThat(e.reason(java.util.Locale.ROOT)).isEqualTo("must be at most 200 characters long");
    assertThat(e.reason(Messages.INDONESIAN)).isEqualTo("paling banyak 200 karakter");
  }
}
