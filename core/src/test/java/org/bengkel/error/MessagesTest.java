package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void indonesianIsIdOrTheLegacyIn() {
    assertThat(Messages.isIndonesian(Messages.INDONESIAN)).isTrue();
    assertThat(Messages.isIndonesian(Locale.forLanguageTag("id-ID"))).isTrue();
    assertThat(Messages.isIndonesian(new Locale("in", "ID"))).isTrue();
    assertThat(Messages.isIndonesian(Locale.ENGLISH)).isFalse();
    assertThat(Messages.isIndonesian(Locale.ROOT)).isFalse();
    assertThat(Messages.isIndonesian(Locale.forLanguageTag("ms-MY"))).isFalse();
  }

  @Test
  void lookupFallsBackToTheKey() {
    ResourceBundle bundle = Messages.bundle(Messages.CORE_BUNDLE, Locale.ROOT);
    assertThat(Messages.lookup(bundle, "value.blank")).isEqualTo("must not be blank");
    assertThat(Messages.lookup(bundle, "no.such.key")).isEqualTo("no.such.key");
    assertThat(
            Messages.lookup(
                Messages.bundle(Messages.CORE_BUNDLE, Messages.INDONESIAN), "value.blank"))
        .isEqualTo("tidak boleh kosong");
    assertThatThrownBy(() -> Messages.lookup(null, "x"))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("bundle"));
    assertThatThrownBy(() -> Messages.lookup(bundle, null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
  }

  @Test
  void englishIsServedWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Messages.INDONESIAN);
      assertThat(CoreRule.BLANK.pattern(Locale.ENGLISH)).isEqualTo("must not be blank");
      assertThat(CoreRule.BLANK.pattern(Locale.FRANCE)).isEqualTo("must not be blank");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void rulePatternReadsThePackageBundle() {
    assertThat(CoreRule.DATE_ORDER.pattern(Locale.ROOT)).isEqualTo("must not be before {2}");
    assertThat(CoreRule.DATE_ORDER.pattern(Messages.INDONESIAN))
        .isEqualTo("tidak boleh sebelum {2}");
    assertThat(CoreRule.DUPLICATE.code()).isEqualTo("value.duplicate");
  }

  @Test
  void namesAreJoinedWithTheGrammarOfTheReadersLanguage() {
    assertThat(Messages.quotedList(List.of("nip"), Locale.ROOT)).isEqualTo("'nip'");
    assertThat(Messages.quotedList(List.of("nip", "name"), Locale.ROOT))
        .isEqualTo("'nip' and 'name'");
    assertThat(Messages.quotedList(List.of("a", "b", "c"), Locale.ROOT))
        .isEqualTo("'a', 'b' and 'c'");
    assertThat(Messages.quotedList(List.of("a", "b", "c"), Messages.INDONESIAN))
        .isEqualTo("'a', 'b' dan 'c'");
    assertThatThrownBy(() -> Messages.quotedList(List.of(), Messages.INDONESIAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
