package org.bengkel.json.codec.production;

import org.bengkel.json.codec.internal.CodecSupport;

/** Helpers for the JSON Schemas of this package's codecs; not instantiable. */
final class ProductionSchemas extends CodecSupport {

  /** ISO-8601 times as {@link java.time.format.DateTimeFormatter#ISO_LOCAL_TIME} reads them. */
  static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{0,9})?)?";

  /** ISO-8601 durations as {@link java.time.Duration#parse} reads them. */
  static final String DURATION = "[-+]?[Pp](?=[-+]?[0-9]|[Tt])(?:[-+]?0*[0-9]{1,9}[Dd])?(?:[Tt](?=[-+]?[0-9])(?:[-+]?0*[0-9]{1,9}[Hh])?(?:[-+]?0*[0-9]{1,9}[Mm])?(?:[-+]?0*[0-9]{1,9}(?:[.,][0-9]{0,9})?[Ss])?)?";

  private ProductionSchemas() {}

}
