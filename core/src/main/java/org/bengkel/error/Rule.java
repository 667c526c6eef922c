package org.bengkel.error;

import java.util.Locale;

/**
 * A named rule of the domain (<i>aturan</i>) that a value or a transition can break.
 *
 * <p>Each package declares its rules as an enum implementing this interface, so that the rules are
 * listed in one place, carry a stable machine-readable {@linkplain #code() code} (for example
 * {@code money.negative}) and have a human message in English and Indonesian. Codes are part of the
 * public contract: other systems match on them, so a code never changes meaning once released.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * The stable machine-readable code, dot-separated lower-case words, for example {@code
   * facility.nip.birth-date}.
   *
   * @return the code, never null
   */
  String code();

  /**
   * The message pattern for this rule in the given language, in {@link java.text.MessageFormat}
   * syntax. Arguments are those documented by the exception that carries the rule.
   *
   * <p>The default reads the resource bundle {@code messages} in the package of the implementing
   * class (for {@code org.bengkel.money.MoneyRule}: {@code org.bengkel.money.messages}, English as
   * the base and Indonesian as {@code messages_id}). That works for rules inside bengkel-core;
   * rules declared in other modules override this to read their own bundle with {@link
   * Messages#lookup}.
   *
   * @param locale the caller's locale, not null; languages other than Indonesian get English
   * @return the pattern, never null; the code itself where no message is defined
   * @throws MissingValueException if {@code locale} is null
   */
  default String pattern(Locale locale) {
    MissingValueException.required(locale, "locale");
    return Messages.pattern(getClass().getPackageName() + ".messages", code(), locale);
  }
}
