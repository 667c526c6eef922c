package org.bengkel.json.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.facility.FacilityCodecs;

/**
 * The registry of document kinds (<i>daftar jenis dokumen</i>): which {@code kind} names bengkel
 * reads and writes in the versioned envelope, and at which versions. The Jackson modules register
 * {@link #CODEC}, so {@code read(text, Document.class)} reads any registered kind on both majors,
 * and {@link org.bengkel.json.schema.JsonSchemas} renders a schema per kind.
 *
 * <p>Adding a kind is one line in {@link #all()}'s list, for example
 * {@code DocumentKind.of("trainee-record", 1, TraineeCodecs.TRAINEE)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentKinds {

  /**
   * {@code facility-record}: a facility and its officers. Version 2 (current) is
   * {@code {"facility":{..},"officers":[..]}}; version 1 was the facility object alone, read with
   * no officers.
   */
  public static final DocumentKind<FacilityRecord> FACILITY_RECORD =
      DocumentKind.of("facility-record", 2, new FacilityRecordCodec())
          .withOlderVersion(1, FacilityCodecs.FACILITY, f -> FacilityRecord.of(f, List.of()));

  private static final List<DocumentKind<?>> ALL =
      List.of(
          // One line per kind, in story order.
          FACILITY_RECORD);

  private static final Map<String, DocumentKind<?>> BY_NAME = index();

  /** The envelope's codec, for every registered kind. */
  public static final Codec<Document> CODEC = new DocumentCodec();

  private DocumentKinds() {}

  private static Map<String, DocumentKind<?>> index() {
    Map<String, DocumentKind<?>> map = new LinkedHashMap<>();
    for (DocumentKind<?> kind : ALL) {
      if (map.put(kind.name(), kind) != null) {
        throw new IllegalStateException("two document kinds named " + kind.name());
      }
    }
    return map;
  }

  /**
   * Every registered kind.
   *
   * @return an unmodifiable list, never null
   */
  public static List<DocumentKind<?>> all() {
    return ALL;
  }

  /**
   * The kind of a name.
   *
   * @param name the envelope's {@code kind}, not null
   * @return the kind, empty when none is registered under the name
   */
  public static Optional<DocumentKind<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
