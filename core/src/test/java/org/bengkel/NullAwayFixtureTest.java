package org.bengkel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build fails on a nullness mistake: a fixture with one (src/test/resources/nullaway-fixtures,
 * never main code) is compiled by javac with the very Error Prone and NullAway arguments of the
 * parent pom and the JVM options of .mvn/jvm.config, and fails with a NullAway error; the corrected
 * fixture compiles.
 */
class NullAwayFixtureTest {

  private static final Path FIXTURES = Path.of("src", "test", "resources", "nullaway-fixtures");

  @TempDir Path work;

  @Test
  void aNullnessMistakeFailsTheCompilation() throws IOException {
    Result result = compile("broken");

    assertThat(result.success).as("compiled although NullAway should refuse it").isFalse();
    assertThat(result.errors)
        .singleElement()
        .asString()
        .contains("[NullAway]")
        .contains("returning @Nullable expression from method with @NonNull return type");
  }

  @Test
  void theCorrectedFixtureCompiles() throws IOException {
    Result result = compile("fixed");

    assertThat(result.errors).isEmpty();
    assertThat(result.success).isTrue();
  }

  /** The parent pom's Error Prone argument: the test checks the configuration the build uses. */
  static String errorProneArgument() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"));
    Matcher m = Pattern.compile("<arg>(-Xplugin:ErrorProne [^<]*)</arg>").matcher(pom);
    assertThat(m.find()).as("the parent pom configures Error Prone").isTrue();
    assertThat(m.group(1)).contains("-Xep:NullAway:ERROR");
    return m.group(1);
  }

  private record Result(boolean success, List<String> errors) {}

  private Result compile(String fixture) throws IOException {
    // Copied out of src/test, which the build's -XepExcludedPaths leaves unchecked.
    Path sources = work.resolve("src");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES.resolve(fixture))) {
      files = walk.filter(f -> f.toString().endsWith(".java")).toList();
    }
    List<File> copies = new ArrayList<>();
    for (Path f : files) {
      Path copy = sources.resolve(FIXTURES.resolve(fixture).relativize(f));
      Files.createDirectories(copy.getParent());
      copies.add(Files.copy(f, copy).toFile());
    }
    Path classes = Files.createDirectories(work.resolve("classes"));

    // The test's own class and module path hold Error Prone, NullAway and JSpecify (test and
    // provided scope): javac loads the plugin from the processor path.
    String path =
        Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
            .filter(p -> p != null && !p.isEmpty())
            .collect(Collectors.joining(File.pathSeparator));
    List<String> options =
        List.of(
            "-d",
            classes.toString(),
            "-proc:none",
            "-classpath",
            path,
            "-processorpath",
            path,
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            errorProneArgument());

    // javac in its own process, opened to Error Prone by the build's own .mvn/jvm.config.
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    for (String line : Files.readAllLines(Path.of("..", ".mvn", "jvm.config"))) {
      if (!line.isBlank()) {
        command.add("-J" + line.trim());
      }
    }
    command.addAll(options);
    copies.forEach(f -> command.add(f.getPath()));
    Process javac =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("javac.log").toFile())
            .start();
    boolean success;
    try {
      assertThat(javac.waitFor(5, TimeUnit.MINUTES)).as("javac finished").isTrue();
      success = javac.exitValue() == 0;
    } catch (InterruptedException e) {
      javac.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    List<String> errors =
        Files.readAllLines(work.resolve("javac.log")).stream()
            .filter(l -> l.contains(": error: "))
            .toList();
    return new Result(success, errors);
  }
}
