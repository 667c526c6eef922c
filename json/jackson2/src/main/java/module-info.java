/**
 * bengkel-json-jackson2: bengkel's JSON format for Jackson 2 ({@code com.fasterxml.jackson}).
 *
 * <p>{@link org.bengkel.json.jackson2.BengkelJackson2#mapper()} returns a ready, hardened {@code
 * ObjectMapper}; {@link org.bengkel.json.jackson2.BengkelJackson2Module} is found by {@code
 * ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}.
 *
 * <p>The module is named after its artifact and package, {@code org.bengkel.json.jackson2}. javac's
 * lint warns that a module name component should not end in a digit (such names may be read as
 * versions); here the digit is the Jackson major version the module is for, part of the name on
 * purpose, so the warning is suppressed for this declaration only.
 */
@SuppressWarnings("module")
module org.bengkel.json.jackson2 {
  requires transitive org.bengkel.json;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.bengkel.json.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      org.bengkel.json.jackson2.BengkelJackson2Module;
}
