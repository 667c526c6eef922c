package org.bengkel.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds one sample of every bengkel type reachable from a value through its accessors (public,
 * non-static, without parameters), into optionals, collections and maps: the walk behind the
 * reflective contract tests ({@link ExtremesTest}, {@link NullArgumentsTest}), which differ only in
 * which accessors they follow.
 */
final class ValueWalk {

  /** How deep the walk goes below the value it starts from. */
  private static final int MAX_DEPTH = 4;

  private ValueWalk() {}

  /**
   * Adds {@code value} and what its accessors reach to {@code found}, the first sample of each
   * class kept; an accessor that throws on the sample is skipped.
   *
   * @param value where to start; null and non-bengkel values are skipped
   * @param found the samples by class, added to
   * @param follow which accessors to follow
   * @param depth the depth of {@code value}, 0 at the start
   */
  static void collect(
      Object value, Map<Class<?>, Object> found, Predicate<Method> follow, int depth) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, found, follow, depth));
      return;
    }
    if (value instanceof Collection<?> c) {
      c.stream().limit(3).forEach(v -> collect(v, found, follow, depth));
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.values().stream().limit(3).forEach(v -> collect(v, found, follow, depth));
      return;
    }
    if (value == null
        || !value.getClass().getName().startsWith("org.bengkel.")
        || value.getClass().isEnum()
        || found.containsKey(value.getClass())
        || depth > MAX_DEPTH) {
      return;
    }
    found.put(value.getClass(), value);
    for (Method m : publicType(value.getClass()).getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && follow.test(m)) {
        try {
          collect(m.invoke(value), found, follow, depth + 1);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // An accessor that refuses on this sample: nothing more to reach through it.
        }
      }
    }
  }

  /**
   * The public type to call methods through (the implementation classes are not public).
   *
   * @param type a value's class
   * @return its first public class, itself or a superclass; {@code type} when none is public
   */
  static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (t != null && !Modifier.isPublic(t.getModifiers())) {
      t = t.getSuperclass();
    }
    return t == null ? type : t;
  }
}
