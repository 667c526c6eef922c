package org.bengkel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.bengkel.error.Messages;
import org.bengkel.error.Rule;

/**
 * The English and Indonesian message bundles of a package of core, for the tests of its rules: one
 * check that every rule has its message in both languages, found by the rule at run time.
 */
public final class RuleBundles {

  private RuleBundles() {}

  /**
   * Asserts that the package of a rule enum has the bundles {@code messages} and {@code
   * messages_id} with the same keys, and that every rule's code starts with the prefix and has a
   * message in each, the Indonesian one not the English one, which the rule finds at run time.
   *
   * @param <R> the rule enum
   * @param rules the rule enum, such as {@code ProceedsRule.class}
   * @param prefix what every code starts with, such as {@code "proceeds."}
   * @return the English bundle, for the package's own checks (its audit sentences, its size)
   */
  public static <R extends Enum<R> & Rule> Properties assertBothLanguages(
      Class<R> rules, String prefix) {
    Properties en = load(rules, "messages.properties");
    Properties id = load(rules, "messages_id.properties");
    assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (R rule : rules.getEnumConstants()) {
      assertThat(rule.code()).startsWith(prefix);
      assertThat(en.getProperty(rule.code())).as(rule.code()).isNotBlank();
      assertThat(id.getProperty(rule.code()))
          .as(rule.code())
          .isNotBlank()
          .isNotEqualTo(en.getProperty(rule.code()));
      assertThat(rule.pattern(Locale.ROOT)).isEqualTo(en.getProperty(rule.code()));
      assertThat(rule.pattern(Messages.INDONESIAN)).isEqualTo(id.getProperty(rule.code()));
    }
    return en;
  }

  private static Properties load(Class<?> owner, String name) {
    Properties p = new Properties();
    try (InputStream in = owner.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
