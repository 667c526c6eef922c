package org.bengkel.json.contract;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bengkel.json.Codecs;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.schema.JsonSchemas;

/**
 * Validates documents with com.networknt:json-schema-validator against the schemas bengkel ships: a
 * type's schema for a registered type, and for {@link Document} the schemas of every kind (a
 * document is accepted when one of them accepts it).
 */
public final class SchemaValidation {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> BY_FILE = new ConcurrentHashMap<>();

  private SchemaValidation() {}

  /** The loaded schema of a shipped file. */
  public static Schema schema(String fileName) {
    return BY_FILE.computeIfAbsent(
        fileName,
        f ->
            REGISTRY.getSchema(
                JsonSchemas.shipped(f)
                    .orElseThrow(() -> new AssertionError("no shipped schema " + f))));
  }

  /** The errors of a document against one schema file; not JSON at all gives one error. */
  public static List<String> errors(String fileName, String json) {
    try {
      List<Error> errors = schema(fileName).validate(json, InputFormat.JSON);
      return errors.stream().map(Error::toString).toList();
    } catch (RuntimeException e) {
      return List.of("not JSON: " + e.getClass().getSimpleName());
    }
  }

  /** The schema files a document read as {@code type} is checked against. */
  public static List<String> filesFor(Class<?> type) {
    if (type == Document.class) {
      return DocumentKinds.all().stream().map(JsonSchemas::fileName).toList();
    }
    return List.of(JsonSchemas.fileName(Codecs.of(type).type()));
  }

  /** Whether the schemas for {@code type} accept a document. */
  public static boolean accepts(Class<?> type, String json) {
    return filesFor(type).stream().anyMatch(f -> errors(f, json).isEmpty());
  }

  /** The file of a kind, for messages. */
  static String file(DocumentKind<?> kind) {
    return JsonSchemas.fileName(kind);
  }
}
