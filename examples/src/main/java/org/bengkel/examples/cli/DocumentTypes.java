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
 * premi-account}; the material prices are {@code material-prices}, the sales prices {@code
 * price-book}). Should two types ever share a simple name in different packages, both are reachable
 * by the package-qualified name ({@code pricing-price-book}); the plain name goes to the one the
 * tool's commands use ({@code price-book} is pricing's).
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

  /**
   * The known name nearest to a mistyped one by edit distance (Levenshtein: insertions, deletions
   * and substitutions of one character), if it is near enough to be a typo: at most a third of the
   * longer name's length, and at least 1, away; ties go to the first in {@code known}.
   */
  static Optional<String> closest(String typed, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known) {
      int d = distance(typed.toLowerCase(java.util.Locale.ROOT), name);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    if (best == null || bestDistance > Math.max(1, Math.max(typed.length(), best.length()) / 3)) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** The Levenshtein distance of two texts. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Every known name, sorted. */
  static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }
}
