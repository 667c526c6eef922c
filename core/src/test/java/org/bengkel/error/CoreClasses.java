package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * bengkel-core's compiled classes and resource files, for tests that check every rule or every
 * displayed value without a list to keep up to date.
 */
final class CoreClasses {

  private CoreClasses() {}

  /** The directory of core's compiled main classes. */
  static Path directory() throws URISyntaxException {
    Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(classes).as("core's classes directory").isDirectory();
    return classes;
  }

  /** Every class of core's main code, loaded without initialising it. */
  static List<Class<?>> all() throws IOException, URISyntaxException {
    Path classes = directory();
    List<Class<?>> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (!name.endsWith(".class")
            || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
        try {
          all.add(Class.forName(className, false, Rule.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new AssertionError("cannot load " + className, e);
        }
      }
    }
    return all;
  }

  /** A properties file of a package, checked to be UTF-8 (as ResourceBundle reads it). */
  static Map<String, String> properties(String packageName, String file) throws IOException {
    Path path;
    try {
      path = directory().resolve(packageName.replace('.', '/')).resolve(file);
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    assertThat(path).as("%s of package %s", file, packageName).isRegularFile();
    String text;
    try {
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
}
