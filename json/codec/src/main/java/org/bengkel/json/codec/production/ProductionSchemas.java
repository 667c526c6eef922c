package org.bengkel.json.codec.production;

import org.bengkel.json.codec.internal.CodecSupport;

/** Helpers for the JSON Schemas of this package's codecs; not instantiable. */
final class ProductionSchemas extends CodecSupport {

  /** ISO-8601 times as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_TIME} reads them. */
  static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  private ProductionSchemas() {}
}
