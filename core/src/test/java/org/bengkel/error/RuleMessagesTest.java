package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of bengkel-core has an English and an Indonesian message that formats.
 *
 * <p>The rules are found by scanning core's compiled classes for enums implementing {@link Rule},
 * so rule enums added to any package are checked without changing this test.
 */
class RuleMessagesTest {

  private static final Pattern CODE =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
  private static final Pattern CHOICE = Pattern.compile("\\{([0-9]),choice,");

  private static final Object[] ARGS = {
    "field", "value", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"
  };

  private static List<Class<? extends Rule>> rules;

  @BeforeAll
  static void scan() throws IOException, URISyntaxException {
    rules = new ArrayList<>();
    for (Class<?> type : CoreClasses.all()) {
      if (type.isEnum() && Rule.class.isAssignableFrom(type)) {
        rules.add(type.asSubclass(Rule.class));
      }
    }
  }

  private static Map<String, String> read(String packageName, String file) throws IOException {
    return CoreClasses.properties(packageName, file);
  }

  @Test
  void theScanFindsTheRulesOfEveryPackage() {
    assertThat(rules).contains(CoreRule.class);
    assertThat(rules.stream().map(Class::getName))
        .contains("org.bengkel.money.MoneyRule", "org.bengkel.facility.FacilityRule");
  }

  @Test
  void codesAreUniqueAndWellFormed() {
    Map<String, Rule> seen = new HashMap<>();
    for (Class<? extends Rule> type : rules) {
      for (Rule rule : type.getEnumConstants()) {
        assertThat(rule.code()).as("code of %s.%s", type.getSimpleName(), rule).matches(CODE);
        Rule before = seen.put(rule.code(), rule);
        assertThat(before).as("code %s used twice", rule.code()).isNull();
      }
    }
  }

  @Test
  void everyCodeHasAnEnglishAndAnIndonesianMessage() throws IOException {
    for (Class<? extends Rule> type : rules) {
      String pkg = type.getPackageName();
      Map<String, String> english = read(pkg, "messages.properties");
      Map<String, String> indonesian = read(pkg, "messages_id.properties");
      for (Rule rule : type.getEnumConstants()) {
        assertThat(english).as("English message of %s", rule.code()).containsKey(rule.code());
        assertThat(indonesian).as("Indonesian message of %s", rule.code()).containsKey(rule.code());
        assertThat(english.get(rule.code())).as(rule.code()).isNotBlank();
        assertThat(indonesian.get(rule.code())).as(rule.code()).isNotBlank();
        // and the rule finds them at run time, in its module
        assertThat(rule.pattern(Locale.ROOT)).isEqualTo(english.get(rule.code()));
        assertThat(rule.pattern(Messages.INDONESIAN)).isEqualTo(indonesian.get(rule.code()));
      }
    }
  }

  @Test
  void englishAndIndonesianFilesHaveTheSameKeys() throws IOException {
    for (String pkg : rules.stream().map(Class::getPackageName).distinct().toList()) {
      // a fixed phrase (Messages.phrase) is keyed by its English, so only its Indonesian is kept
      assertThat(read(pkg, "messages_id.properties").keySet())
          .filteredOn(key -> !key.startsWith("phrase."))
          .as("keys of %s", pkg)
          .containsExactlyInAnyOrderElementsOf(read(pkg, "messages.properties").keySet());
    }
  }

  @Test
  void everyPatternFormatsAndWritesApostrophesDoubled() throws IOException {
    for (String pkg : rules.stream().map(Class::getPackageName).distinct().toList()) {
      for (String file : List.of("messages.properties", "messages_id.properties")) {
        for (Map.Entry<String, String> e : read(pkg, file).entrySet()) {
          String where = pkg + "/" + file + " " + e.getKey();
          // a {i,choice,...} (an audit sentence that names a trainee only if the reader may see
          // registration numbers) takes a number at i
          Object[] args = ARGS.clone();
          Matcher choice = CHOICE.matcher(e.getValue());
          while (choice.find()) {
            args[Integer.parseInt(choice.group(1))] = 1;
          }
          assertThatCode(() -> new MessageFormat(e.getValue(), Locale.ROOT).format(args))
              .as(where)
              .doesNotThrowAnyException();
          // A single ' starts a quoted section in MessageFormat and silently disappears.
          assertThat(e.getValue().replace("''", ""))
              .as(where + ": write '' for an apostrophe")
              .doesNotContain("'");
        }
      }
    }
  }
}
