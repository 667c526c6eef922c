/**
 * bengkel-json: bengkel's JSON wire format, defined once and independent of any JSON library.
 *
 * <p>{@link org.bengkel.json.Codec}s write each domain type to a neutral {@link
 * org.bengkel.json.JsonWriter} and read it from a {@link org.bengkel.json.JsonReader}; {@link
 * org.bengkel.json.Codecs} lists them all. The Jackson 2 and Jackson 3 modules adapt their
 * streaming APIs to these two types and delegate to the codecs, so both write identical bytes.
 */
@SuppressWarnings("module") // the qualified export names the Jackson modules, built after this one
module org.bengkel.json {
  requires transitive org.bengkel.core;
  requires static org.jspecify;

  exports org.bengkel.json;
  exports org.bengkel.json.codec.money;
  exports org.bengkel.json.codec.facility;
  exports org.bengkel.json.codec.trainee;
  exports org.bengkel.json.codec.programme;
  exports org.bengkel.json.codec.catalog;
  exports org.bengkel.json.codec.pricing;
  exports org.bengkel.json.codec.proceeds;
  exports org.bengkel.json.codec.inventory;
  exports org.bengkel.json.codec.production;
  exports org.bengkel.json.codec.sales;
  exports org.bengkel.json.document;
  exports org.bengkel.json.schema;
  exports org.bengkel.json.privacy;
  exports org.bengkel.json.codec.report;
  // Shared by the two Jackson modules only; not part of the API.
  exports org.bengkel.json.internal to
      org.bengkel.json.jackson2,
      org.bengkel.json.jackson3;
}
