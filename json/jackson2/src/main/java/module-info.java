/**
 * bengkel-json-jackson2: bengkel's JSON format for Jackson 2 ({@code com.fasterxml.jackson}).
 *
 * <p>{@link org.bengkel.json.jackson2.BengkelJackson2#mapper()} returns a ready, hardened
 * {@code ObjectMapper}; {@link org.bengkel.json.jackson2.BengkelJackson2Module} is found by
 * {@code ObjectMapper.findAndRegisterModules()} through {@link java.util.ServiceLoader}.
 */
module org.bengkel.json.jackson.two {
  requires transitive org.bengkel.json;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.bengkel.json.jackson2;

  provides com.fasterxml.jackson.databind.Module with
      org.bengkel.json.jackson2.BengkelJackson2Module;
}
