package org.bengkel.json.codec.production;

/** Helpers for the JSON Schemas of this package's codecs; not instantiable. */
final class ProductionSchemas {

  /** ISO-8601 times as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_TIME} reads them. */
  static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  private ProductionSchemas() {}
}
