/**
 * bengkel-json-jackson3: bengkel's JSON format for Jackson 3 ({@code tools.jackson}).
 *
 * <p>{@link org.bengkel.json.jackson3.BengkelJackson3#mapper()} returns a ready, hardened
 * {@code JsonMapper}; {@link org.bengkel.json.jackson3.BengkelJackson3Module} is found by
 * {@code JsonMapper.builder().findAndAddModules()} through {@link java.util.ServiceLoader}.
 */
module org.bengkel.json.jackson.three {
  requires transitive org.bengkel.json;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports org.bengkel.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.bengkel.json.jackson3.BengkelJackson3Module;
}
