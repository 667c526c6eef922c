package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonText;
import org.bengkel.json.jackson2.BengkelJackson2;

/**
 * Reads the tool's input files through bengkel's hardened Jackson 2 helpers, keeping every error's
 * JSON path and rule code. The tool's own formats (an order, a report bundle) are read as a tree
 * first (so malformed JSON, duplicate keys and trailing tokens are refused for the whole file),
 * then each part through bengkel's codec of its type, with the part's path put in front of the
 * codec's path.
 */
final class Inputs {

  static final BengkelJackson2 JSON = BengkelJackson2.create();

  private Inputs() {}

  /**
   * The text of a file, UTF-8; {@link CliFailure} with exit code 3 when it cannot be read. At most
   * one byte past the document-length limit is read: a longer file (or an endless one, {@code
   * /dev/zero}) is refused with bengkel's {@code json.limit-exceeded}, the answer of the helpers to
   * those bytes, without being held in memory.
   *
   * @throws BengkelJsonException {@code json.limit-exceeded} for a file longer than the limit
   */
  static String text(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw CliFailure.io(
            "cannot read " + file + ": it is a directory",
            "tidak dapat membaca " + file + ": itu sebuah folder");
      }
      long limit = JSON.options().maxDocumentLength();
      byte[] data;
      try (InputStream in = Files.newInputStream(file)) {
        data = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 9));
      }
      try {
        return JsonText.decodeUtf8(data, JSON.options());
      } catch (BengkelJsonException e) {
        if (e.rule() != JsonRule.MALFORMED) {
          throw e; // json.limit-exceeded, answered as a document's error
        }
        // bytes that are not UTF-8: the file cannot be read as text (exit 3), not a document
        throw CliFailure.io(
            "cannot read " + file + ": not UTF-8 text",
            "tidak dapat membaca " + file + ": bukan teks UTF-8");
      }
    } catch (NoSuchFileException e) {
      throw CliFailure.io(
          "cannot read " + file + ": no such file",
          "tidak dapat membaca " + file + ": berkas tidak ada");
    } catch (AccessDeniedException e) {
      throw CliFailure.io(
          "cannot read " + file + ": permission denied",
          "tidak dapat membaca " + file + ": izin ditolak");
    } catch (IOException e) {
      throw CliFailure.io(
          "cannot read " + file + ": " + e.getClass().getSimpleName(),
          "tidak dapat membaca " + file + ": " + e.getClass().getSimpleName());
    }
  }

  /** A whole file as a value of a bengkel type, plain or in a document envelope. */
  static <T> T document(Path file, Class<T> type) {
    try {
      return read(text(file), type);
    } catch (BengkelJsonException e) {
      throw new DocumentError(file, e);
    }
  }

  /**
   * A document's text as a value of a type; a document in bengkel's envelope {@code {"kind",
   * "schemaVersion", "data"}} is read by kind and must hold a value of the type.
   */
  static <T> T read(String text, Class<T> type) {
    JsonNode root = JSON.read(text, JsonNode.class);
    if (Envelope.isEnveloped(root)) {
      return Envelope.payload(text, type);
    }
    return part(root, JsonPath.ROOT, type);
  }

  /** A file as a JSON tree; malformed JSON, duplicate keys and trailing tokens are refused. */
  static JsonNode tree(Path file) {
    try {
      return JSON.read(text(file), JsonNode.class);
    } catch (BengkelJsonException e) {
      throw new DocumentError(file, e);
    }
  }

  /** A part of a tree read through bengkel's codec of its type; errors carry the full path. */
  static <T> T part(JsonNode node, String path, Class<T> type) {
    try {
      return JSON.read(node.toString(), type);
    } catch (BengkelJsonException e) {
      throw e.at(path + e.path().substring(JsonPath.ROOT.length()));
    }
  }

  /** A required property read through the codec of its type, errors at its path. */
  static <T> T member(JsonNode object, String path, String name, Class<T> type) {
    return part(required(object, path, name), JsonPath.property(path, name), type);
  }

  /** A required date property ({@code 2026-10-31}), errors at its path. */
  static LocalDate dateMember(JsonNode object, String path, String name) {
    return date(required(object, path, name), JsonPath.property(path, name));
  }

  /**
   * The elements of an optional array property of objects, each with only the {@code allowed}
   * properties and read by {@code read} from the element and its path; empty when absent.
   */
  static <T> List<T> objects(
      JsonNode object,
      String path,
      String name,
      Set<String> allowed,
      BiFunction<JsonNode, String, T> read) {
    Optional<JsonNode> array = optional(object, name);
    if (array.isEmpty()) {
      return List.of();
    }
    String at = JsonPath.property(path, name);
    requireArray(array.get(), at);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode element = array.get().get(i);
      String p = JsonPath.index(at, i);
      onlyProperties(element, p, allowed);
      out.add(read.apply(element, p));
    }
    return out;
  }

  /** The elements of an array part, each read through the codec of its type. */
  static <T> List<T> list(JsonNode array, String path, Class<T> type) {
    requireArray(array, path);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      out.add(part(array.get(i), JsonPath.index(path, i), type));
    }
    return out;
  }

  /** Refuses properties other than the given ones, with {@code json.unknown-property}. */
  static void onlyProperties(JsonNode object, String path, Set<String> allowed) {
    requireObject(object, path);
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw BengkelJsonException.of(
            JsonRule.UNKNOWN_PROPERTY, JsonPath.property(path, name), name);
      }
    }
  }

  /** A required property: {@code json.missing-property} or {@code json.null-value} otherwise. */
  static JsonNode required(JsonNode object, String path, String name) {
    JsonNode value = object.get(name);
    if (value == null) {
      throw BengkelJsonException.of(JsonRule.MISSING_PROPERTY, JsonPath.property(path, name), name);
    }
    if (value.isNull()) {
      throw BengkelJsonException.of(JsonRule.NULL_VALUE, JsonPath.property(path, name));
    }
    return value;
  }

  /** An optional property: empty when absent or {@code null}. */
  static Optional<JsonNode> optional(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  /** An ISO-8601 date ({@code json.wrong-type}, {@code json.malformed-date}). */
  static LocalDate date(JsonNode node, String path) {
    return string(node, path, "an ISO-8601 date string", LocalDate::parse, JsonRule.MALFORMED_DATE);
  }

  /** A year and month {@code yyyy-MM} ({@code json.wrong-type} when it is not one). */
  static YearMonth yearMonth(JsonNode node, String path) {
    return string(node, path, "a year and month yyyy-MM", YearMonth::parse, JsonRule.WRONG_TYPE);
  }

  private static <T> T string(
      JsonNode node, String path, String expected, Function<String, T> parser, JsonRule rule) {
    if (!node.isTextual()) {
      throw BengkelJsonException.of(JsonRule.WRONG_TYPE, path, expected, describe(node));
    }
    try {
      return parser.apply(node.textValue());
    } catch (DateTimeParseException e) {
      throw rule == JsonRule.WRONG_TYPE
          ? BengkelJsonException.of(rule, path, expected, "another string")
          : BengkelJsonException.of(rule, path, JsonReader.DATE_NOTATION);
    }
  }

  static void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw BengkelJsonException.of(JsonRule.WRONG_TYPE, path, "an object", describe(node));
    }
  }

  static void requireArray(JsonNode node, String path) {
    if (!node.isArray()) {
      throw BengkelJsonException.of(JsonRule.WRONG_TYPE, path, "an array", describe(node));
    }
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }
}
