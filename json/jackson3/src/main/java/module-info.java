/**
 * bengkel-json-jackson3: bengkel's JSON format for Jackson 3 ({@code tools.jackson}).
 *
 * <p>{@link org.bengkel.json.jackson3.BengkelJackson3#mapper()} returns a ready, hardened {@code
 * JsonMapper}; {@link org.bengkel.json.jackson3.BengkelJackson3Module} is found by {@code
 * JsonMapper.builder().findAndAddModules()} through {@link java.util.ServiceLoader}.
 *
 * <p>The module is named after its artifact and package, {@code org.bengkel.json.jackson3}. javac's
 * lint warns that a module name component should not end in a digit (such names may be read as
 * versions); here the digit is the Jackson major version the module is for, part of the name on
 * purpose, so the warning is suppressed for this declaration only.
 */
@SuppressWarnings("module")
module org.bengkel.json.jackson3 {
  requires transitive org.bengkel.json;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.bengkel.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.bengkel.json.jackson3.BengkelJackson3Module;
}
