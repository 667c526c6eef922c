package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
  private static final Object[] ARGS = {"field", "value", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"};

  private static Path classes;
  private static List<Class<? extends Rule>> rules;

  @BeforeAll
  static void scan() throws IOException, URISyntaxException {
    classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).as("core's classes directory").isDirectory();
    rules = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        Class<?> type;
        try {
          type = Class.forName(className, false, Rule.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError("cannot load " + className, e);
        }
        if (type.isEnum() && Rule.class.isAssignableFrom(type)) {
          rules.add(type.asSubclass(Rule.class));
        }
      }
    }
  }

  private static Map<String, String> read(String packageName, String file) throws IOException {
    Path path = classes.resolve(packageName.replace('.', '/')).resolve(file);
    assertThat(path).as("%s of package %s", file, packageName).isRegularFile();
    String text;
    try {
      // ResourceBundle reads properties as UTF-8; make sure they are.
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(path + " is not UTF-8", e);
    }
    Properties p = new Properties();
    p.load(new StringReader(text));
    Map<String, String> map = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return map;
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
      assertThat(read(pkg, "messages_id.properties").keySet())
          .as("keys of %s", pkg)
          .isEqualTo(read(pkg, "messages.properties").keySet());
    }
  }

  @Test
  void everyPatternFormatsAndWritesApostrophesDoubled() throws IOException {
    for (String pkg : rules.stream().map(Class::getPackageName).distinct().toList()) {
      for (String file : List.of("messages.properties", "messages_id.properties")) {
        for (Map.Entry<String, String> e : read(pkg, file).entrySet()) {
          String where = pkg + "/" + file + " " + e.getKey();
          assertThatCode(() -> new MessageFormat(e.getValue(), Locale.ROOT).format(ARGS))
              .as(where)
              .doesNotThrowAnyException();
          // A single ' starts a quoted section in MessageFormat and silently disappears.
          assertThat(e.getValue().replace("''", "")).as(where + ": write '' for an apostrophe").doesNotContain("'");
        }
      }
    }
  }
}
