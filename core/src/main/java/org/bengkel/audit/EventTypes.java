package org.bengkel.audit;

import java.util.Locale;

/**
 * The type codes of event classes, computed once per class ({@link DomainEvent#typeOf}): an
 * interface cannot hold a private cache.
 */
final class EventTypes {

  /** Each event class's code, computed on first use and kept with the class. */
  static final ClassValue<String> CODES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> event) {
          return code(event);
        }
      };

  private EventTypes() {}

  private static String code(Class<?> event) {
    String pkg = event.getPackageName();
    StringBuilder code = new StringBuilder(pkg.substring(pkg.lastIndexOf('.') + 1)).append('.');
    String simple = event.getSimpleName();
    for (int i = 0; i < simple.length(); i++) {
      char ch = simple.charAt(i);
      if (Character.isUpperCase(ch) && i > 0) {
        code.append('-');
      }
      code.append(ch);
    }
    return code.toString().toLowerCase(Locale.ROOT);
  }
}
