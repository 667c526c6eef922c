package org.bengkel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What docs/testkit.md says of the testkit's API and can be checked on its classes: its table names
 * every public generator and constant, and a generator's {@code sample(seed, n)} is not a property
 * run's samples.
 */
class TestkitDocsTest {

  private static final Path DOC = Path.of("..", "docs", "testkit.md");
  private static final Path SOURCES = Path.of("src", "main", "java", "org", "bengkel", "testkit");

  /** The table's row of a type: the line that starts with {@code | `Type`}. */
  private static String row(String doc, String type) {
    return doc.lines()
        .filter(l -> l.startsWith("| `" + type + "`") || l.startsWith("| `" + type + "<"))
        .findFirst()
        .orElse("");
  }

  /** The testkit's generator classes ({@code *Gen}), the {@code Gen} interface and Property. */
  private static List<Class<?>> documented() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        if (name.endsWith("Gen") || name.equals("Property")) {
          types.add(Class.forName("org.bengkel.testkit." + name));
        }
      }
    }
    return types;
  }

  @Test
  void theApiTableNamesEveryPublicGeneratorAndConstant() throws Exception {
    String doc = Files.readString(DOC);
    List<String> missing = new ArrayList<>();
    List<Class<?>> types = documented();
    assertThat(types).contains(Gen.class, Property.class, MoneyGen.class, ReportGen.class);
    for (Class<?> type : types) {
      String row = row(doc, type.getSimpleName());
      if (row.isEmpty()) {
        missing.add(type.getSimpleName() + " (no row)");
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        boolean listed =
            Modifier.isPublic(m.getModifiers())
                && !m.isSynthetic()
                && (Modifier.isStatic(m.getModifiers()) || type.isInterface());
        // named in code form: `name(...)`, `name` or inside another call, (name(...)
        if (listed && !row.matches("(?s).*[`(]" + m.getName() + "[(`].*")) {
          missing.add(type.getSimpleName() + "." + m.getName() + "()");
        }
      }
      for (Field f : type.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && !row.contains("`" + f.getName())) {
          missing.add(type.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(missing).as("public members missing from docs/testkit.md's API table").isEmpty();
  }

  @Test
  void aGeneratorsSampleListIsNotAPropertyRunsSamples() {
    Gen<Long> gen = Gen.longs(0, Long.MAX_VALUE);
    List<Long> listed = gen.sample(42L, 10);
    List<Long> run = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      run.add(Property.sample(gen, 42L, i));
    }
    List<Long> checked = new ArrayList<>();
    Property.check("collect", 42L, 10, gen, checked::add);
    assertThat(run).isEqualTo(checked);
    for (int i = 0; i < listed.size(); i++) {
      assertThat(listed.get(i)).as("sample %d", i).isNotEqualTo(run.get(i));
    }
  }
}
