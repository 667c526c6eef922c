package org.bengkel.examples.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;

/**
 * The names by which {@code validate --type} knows bengkel's document types: every type of {@link
 * Codecs#all()}, named by its simple class name in kebab case ({@code PremiAccount} is {@code
 * premi-account}; the material prices are {@code material-prices}, the sales prices
 * {@code price-book}). Should two types ever share a simple name in different packages, both are
 * reachable by the package-qualified name ({@code pricing-price-book}); the plain name goes to the
 * one the tool's commands use ({@code price-book} is pricing's).
 */
final class DocumentTypes {

  /** For names that two packages share: which package the plain name means. */
  private static final Map<String, String> PREFERRED = Map.of("price-book", "pricing");

  private static final Map<String, Class<?>> BY_NAME = index();

  private DocumentTypes() {}

  private static Map<String, Class<?>> index() {
    Map<String, List<Class<?>>> byKebab = new LinkedHashMap<>();
    for (Codec<?> codec : Codecs.all()) {
      byKebab
          .computeIfAbsent(kebab(codec.type().getSimpleName()), k -> new java.util.ArrayList<>())
          .add(codec.type());
    }
    Map<String, Class<?>> names = new TreeMap<>();
    byKebab.forEach(
        (name, types) -> {
          if (types.size() == 1) {
            names.put(name, types.get(0));
            return;
          }
          for (Class<?> type : types) {
            String pkg = lastSegment(type.getPackageName());
            names.put(pkg + "-" + name, type);
            if (pkg.equals(PREFERRED.get(name))) {
              names.put(name, type);
            }
          }
        });
    return Collections.unmodifiableMap(names);
  }

  static String kebab(String simpleName) {
    return simpleName
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static String lastSegment(String packageName) {
    return packageName.substring(packageName.lastIndexOf('.') + 1);
  }

  /** The type of a name, if any. */
  static Optional<Class<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The name of a type ({@code trainee} for {@code Trainee}), if it has one. */
  static Optional<String> nameOf(Class<?> type) {
    String plain = null;
    for (Map.Entry<String, Class<?>> e : BY_NAME.entrySet()) {
      if (e.getValue().equals(type) && (plain == null || e.getKey().length() < plain.length())) {
        plain = e.getKey();
      }
    }
    return Optional.ofNullable(plain);
  }

  /** Every known name, sorted. */
  static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }
}
