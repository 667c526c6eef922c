package org.bengkel.json.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;

/**
 * The hostile-document suite: documents built to exhaust, confuse or subvert a reader, each with
 * the rule code (or the few codes) it must be refused with. Large documents are built lazily.
 */
public final class HostileDocuments {

  private HostileDocuments() {}

  /** What a hostile case is about, one per item of issue 6 point 4. */
  public enum Item {
    NESTING,
    NUMBER,
    STRING,
    DOCUMENT_SIZE,
    COLLECTION_SIZE,
    UTF8,
    TYPE_CONFUSION,
    POLYMORPHIC,
    MALFORMED,
    VERSION
  }

  /** A hostile document: bytes (read as UTF-8) or text, the type read and the expected refusal. */
  public record Case(
      String name,
      Item item,
      Class<?> type,
      BengkelJsonOptions options,
      Supplier<byte[]> bytes,
      Supplier<String> text,
      Set<String> codes,
      String path) {
    @Override
    public String toString() {
      return item + ": " + name;
    }
  }

  private static final String FACILITY =
      "{\"code\":\"LAPAS-PAMEKASAN\",\"name\":\"Lapas Kelas IIA Pamekasan\",\"type\":\"LAPAS\","
          + "\"facilityClass\":\"IIA\",\"regionalOffice\":\"Kanwil Ditjenpas Jawa Timur\"}";
  private static final String OFFICER = "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}";
  private static final String RECORD_HEAD =
      "{\"kind\":\"facility-record\",\"schemaVersion\":2,\"data\":";
  private static final String RECORD =
      RECORD_HEAD + "{\"facility\":" + FACILITY + ",\"officers\":[" + OFFICER + "]}}";

  private static final BengkelJsonOptions STRICT = BengkelJsonOptions.strict();
  private static final BengkelJsonOptions LENIENT = BengkelJsonOptions.lenient();

  private static final List<Case> CASES = new ArrayList<>();

  private static void text(
      Item item,
      String name,
      Class<?> type,
      BengkelJsonOptions options,
      Supplier<String> text,
      String path,
      String... codes) {
    CASES.add(new Case(name, item, type, options, null, text, Set.of(codes), path));
  }

  private static void bytes(
      Item item, String name, Class<?> type, Supplier<byte[]> bytes, String path, String... codes) {
    CASES.add(new Case(name, item, type, STRICT, bytes, null, Set.of(codes), path));
  }

  /** FACILITY with {@code extra} inserted as its first property. */
  private static String facilityWith(String extra) {
    return "{" + extra + "," + FACILITY.substring(1);
  }

  private static String facilityNamed(String nameLiteral) {
    return FACILITY.replace("\"Lapas Kelas IIA Pamekasan\"", nameLiteral);
  }

  private static byte[] utf8WithBytesInName(int... raw) {
    String[] parts = FACILITY.split("Lapas Kelas IIA Pamekasan");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
    out.writeBytes("Lapas ".getBytes(StandardCharsets.UTF_8));
    for (int b : raw) {
      out.write(b);
    }
    out.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String repeat(String s, int n) {
    return s.repeat(n);
  }

  private static final String LIMIT = "json.limit-exceeded";
  private static final String MALFORMED = "json.malformed";
  private static final String WRONG = "json.wrong-type";

  static {
    // Nesting depth
    text(
        Item.NESTING,
        "100 000 arrays in an ignored property",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":" + repeat("[", 100_000) + repeat("]", 100_000)),
        null,
        LIMIT);
    text(
        Item.NESTING,
        "100 000 objects in an ignored property",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":" + repeat("{\"a\":", 100_000) + "1" + repeat("}", 100_000)),
        null,
        LIMIT);
    text(
        Item.NESTING,
        "65 levels, one past the default",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":" + repeat("[", 65) + repeat("]", 65)),
        null,
        LIMIT);
    text(
        Item.NESTING,
        "4 levels past a limit of 3",
        Facility.class,
        LENIENT.withMaxNestingDepth(3),
        () -> facilityWith("\"x\":[[[1]]]"),
        null,
        LIMIT);
    text(
        Item.NESTING,
        "deep nesting inside a document's officer",
        Document.class,
        LENIENT,
        () ->
            RECORD.replace(
                "\"name\":\"Ahmad Fauzi\"",
                "\"name\":\"Ahmad Fauzi\",\"x\":" + repeat("[", 10_000) + repeat("]", 10_000)),
        null,
        LIMIT);
    text(
        Item.NESTING,
        "100 000 unclosed arrays",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":" + repeat("[", 100_000)),
        null,
        LIMIT,
        MALFORMED);
    text(
        Item.NESTING,
        "deep arrays in strict mode stop at the unknown property",
        Facility.class,
        STRICT,
        () -> facilityWith("\"x\":" + repeat("[", 100_000) + repeat("]", 100_000)),
        "$.x",
        "json.unknown-property");
    text(
        Item.NESTING,
        "100 000 opening braces",
        Facility.class,
        STRICT,
        () -> repeat("{", 100_000),
        null,
        MALFORMED);
    text(
        Item.NESTING,
        "deep arrays for an amount",
        Rupiah.class,
        STRICT,
        () -> repeat("[", 100_000) + "1" + repeat("]", 100_000),
        "$",
        WRONG);

    // Number length
    text(
        Item.NUMBER,
        "a 1 000-digit amount",
        Rupiah.class,
        STRICT,
        () -> repeat("1", 1_000),
        "$",
        LIMIT);
    text(
        Item.NUMBER,
        "a million-digit amount",
        Rupiah.class,
        STRICT,
        () -> repeat("7", 1_000_000),
        "$",
        LIMIT);
    text(
        Item.NUMBER,
        "a 200-digit negative amount",
        Rupiah.class,
        STRICT,
        () -> "-" + repeat("9", 200),
        "$",
        LIMIT);
    text(
        Item.NUMBER,
        "1 000 fraction digits",
        Rupiah.class,
        STRICT,
        () -> "1." + repeat("0", 1_000),
        "$",
        LIMIT);
    text(
        Item.NUMBER,
        "a 1 000-digit exponent",
        Rupiah.class,
        STRICT,
        () -> "1e" + repeat("9", 1_000),
        "$",
        LIMIT);
    text(
        Item.NUMBER,
        "a huge exponent",
        Rupiah.class,
        STRICT,
        () -> "1e999999999",
        "$",
        "json.float-amount");
    text(
        Item.NUMBER,
        "a tiny fraction",
        Rupiah.class,
        STRICT,
        () -> "0." + repeat("0", 50) + "1",
        "$",
        "json.float-amount");
    text(
        Item.NUMBER,
        "30 digits",
        Rupiah.class,
        STRICT,
        () -> "123456789012345678901234567890",
        "$",
        "json.amount-out-of-range");
    text(
        Item.NUMBER,
        "a rounding step of 1e400",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":1e400,\"mode\":\"UP\"}",
        "$.step",
        "json.float-amount");
    text(
        Item.NUMBER,
        "a rounding step of 20 nines",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":99999999999999999999,\"mode\":\"UP\"}",
        "$.step",
        "json.amount-out-of-range");
    text(
        Item.NUMBER,
        "a 5 000-digit step",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":" + repeat("5", 5_000) + ",\"mode\":\"UP\"}",
        null,
        LIMIT);
    text(Item.NUMBER, "NaN", Rupiah.class, STRICT, () -> "NaN", null, MALFORMED);
    text(Item.NUMBER, "-Infinity", Rupiah.class, STRICT, () -> "-Infinity", null, MALFORMED);
    text(
        Item.NUMBER,
        "a leading zero",
        Rupiah.class,
        STRICT,
        () -> "0123",
        null,
        MALFORMED,
        "json.trailing-tokens");
    text(Item.NUMBER, "a plus sign", Rupiah.class, STRICT, () -> "+1", null, MALFORMED);
    text(
        Item.NUMBER,
        "hexadecimal",
        Rupiah.class,
        STRICT,
        () -> "0x10",
        null,
        MALFORMED,
        "json.trailing-tokens");

    // String length
    text(
        Item.STRING,
        "a 200 000-character code",
        Sku.class,
        STRICT,
        () -> "\"" + repeat("A", 200_000) + "\"",
        "$",
        LIMIT);
    text(
        Item.STRING,
        "a 200 000-character name",
        Facility.class,
        STRICT,
        () -> facilityNamed("\"" + repeat("x", 200_000) + "\""),
        "$.name",
        LIMIT);
    text(
        Item.STRING,
        "150 000 escaped characters",
        Officer.class,
        STRICT,
        () -> OFFICER.replace("\"Ahmad Fauzi\"", "\"" + repeat("\\u0041", 150_000) + "\""),
        "$.name",
        LIMIT);
    text(
        Item.STRING,
        "a 5 000-character property name",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"" + repeat("n", 5_000) + "\":1"),
        null,
        LIMIT);
    // What an error shows of a property name is printable: a line feed, an escape or a NUL from
    // the document cannot forge a line of a log or move a terminal's cursor, and a cut never
    // leaves half a surrogate pair
    text(
        Item.STRING,
        "a property name that forges a log line and clears the screen",
        Facility.class,
        STRICT,
        () -> facilityWith("\"x\\n12:00 INFO OK\\r\\u001b[2J\\u0001\\u202e\":1"),
        "$['x\\u000a12:00 INFO OK\\u000d\\u001b[2J\\u0001\\u202e']",
        "json.unknown-property");
    // NUL, escaped, in a name or a value: no text of the domain holds it, and PostgreSQL's text
    // and jsonb cannot keep it (a host stored what bengkel read and failed: 500)
    text(
        Item.STRING,
        "a property name with a NUL",
        Facility.class,
        STRICT,
        () -> facilityWith("\"x\\u0000\":1"),
        "$",
        "json.nul-character");
    text(
        Item.STRING,
        "a name with a NUL",
        Facility.class,
        STRICT,
        () -> facilityNamed("\"Lapas\\u0000Pamekasan\""),
        "$.name",
        "json.nul-character");
    text(
        Item.STRING,
        "a long property name cut at a surrogate pair",
        Facility.class,
        STRICT,
        () -> facilityWith("\"" + repeat("a", 60) + "\uD83D\uDE00tail\":1"),
        "$['" + repeat("a", 60) + "...']",
        "json.unknown-property");
    text(
        Item.STRING,
        "a quote and a backslash in a property name",
        Facility.class,
        STRICT,
        () -> facilityWith("\"a'\\\\b\\t\":1"),
        "$['a\\'\\\\b\\u0009']",
        "json.unknown-property");
    text(
        Item.STRING,
        "a 50 000-character name within the limit, too long for the facility",
        Facility.class,
        STRICT,
        () -> facilityNamed("\"" + repeat("x", 50_000) + "\""),
        "$.name",
        "value.too-long");
    text(
        Item.STRING,
        "11 characters past a limit of 10",
        Facility.class,
        STRICT.withMaxStringLength(10),
        () -> FACILITY,
        null,
        LIMIT);
    text(
        Item.STRING,
        "a 200 000-character document kind",
        Document.class,
        STRICT,
        () -> RECORD.replace("facility-record", repeat("k", 200_000)),
        "$.kind",
        LIMIT);

    // Document size
    text(
        Item.DOCUMENT_SIZE,
        "past a limit of 100",
        Facility.class,
        STRICT.withMaxDocumentLength(100),
        () -> FACILITY,
        "$",
        LIMIT);
    text(
        Item.DOCUMENT_SIZE,
        "10 000 001 characters of padding",
        Facility.class,
        STRICT,
        () -> FACILITY + repeat(" ", 10_000_001),
        "$",
        LIMIT);
    bytes(
        Item.DOCUMENT_SIZE,
        "10 000 001 bytes",
        Document.class,
        () -> (RECORD + repeat(" ", 10_000_001)).getBytes(StandardCharsets.UTF_8),
        "$",
        LIMIT);

    // Collection sizes
    text(
        Item.COLLECTION_SIZE,
        "11 officers past a limit of 10",
        Document.class,
        STRICT.withMaxCollectionSize(10),
        () ->
            RECORD.replace(
                "[" + OFFICER + "]",
                "[" + String.join(",", java.util.Collections.nCopies(11, OFFICER)) + "]"),
        "$.data.officers[10]",
        LIMIT);
    text(
        Item.COLLECTION_SIZE,
        "100 001 elements in an ignored array",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":[" + repeat("0,", 100_000) + "0]"),
        null,
        LIMIT);
    text(
        Item.COLLECTION_SIZE,
        "100 001 properties in an ignored object",
        Facility.class,
        LENIENT,
        () -> {
          StringBuilder sb = new StringBuilder("\"x\":{");
          for (int i = 0; i <= 100_000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":0");
          }
          return facilityWith(sb.append('}').toString());
        },
        null,
        LIMIT);
    text(
        Item.COLLECTION_SIZE,
        "a duplicate key deep in an ignored object",
        Facility.class,
        LENIENT,
        () -> facilityWith("\"x\":{\"a\":{\"b\":1,\"b\":2}}"),
        null,
        "json.duplicate-key");
    text(
        Item.COLLECTION_SIZE,
        "6 properties past a limit of 5",
        Facility.class,
        STRICT.withMaxCollectionSize(5),
        () -> facilityWith("\"name\":\"x\""),
        null,
        "json.duplicate-key",
        LIMIT);

    // Invalid UTF-8 (bytes)
    bytes(Item.UTF8, "0xFF", Facility.class, () -> utf8WithBytesInName(0xFF), "$", MALFORMED);
    bytes(
        Item.UTF8,
        "overlong slash C0 AF",
        Facility.class,
        () -> utf8WithBytesInName(0xC0, 0xAF),
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "lone continuation byte",
        Facility.class,
        () -> utf8WithBytesInName(0x80),
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "encoded surrogate ED A0 80",
        Facility.class,
        () -> utf8WithBytesInName(0xED, 0xA0, 0x80),
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "beyond U+10FFFF",
        Facility.class,
        () -> utf8WithBytesInName(0xF4, 0x90, 0x80, 0x80),
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "truncated sequence at the end",
        Sku.class,
        () -> new byte[] {'"', 'A', (byte) 0xE2, (byte) 0x82},
        "$",
        MALFORMED);
    // UCS-4 in the two unusual byte orders (2143 and 3412): Jackson's detection of the encoding
    // throws its own exception for them as it makes a parser of a stream
    bytes(
        Item.UTF8,
        "UCS-4 mark in byte order 2143",
        Sku.class,
        () -> new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, '"', 0, 0, 0, 'A', 0, 0, 0, '"', 0},
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "UCS-4 mark in byte order 3412",
        Sku.class,
        () -> new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0, 0, '"', 0, 0, 0, 'A', 0, 0, 0, '"', 0, 0},
        "$",
        MALFORMED);
    bytes(
        Item.UTF8,
        "UTF-16 with a byte order mark",
        Sku.class,
        () -> "\uFEFF\"A\"".getBytes(StandardCharsets.UTF_16),
        "$",
        MALFORMED);
    text(
        Item.UTF8,
        "an unescaped control character",
        Facility.class,
        STRICT,
        () -> facilityNamed("\"Lapas\u0001\""),
        null,
        MALFORMED);
    text(Item.UTF8, "an unescaped NUL", Sku.class, STRICT, () -> "\"A\u0000B\"", null, MALFORMED);

    // Type confusion
    text(Item.TYPE_CONFUSION, "array for object", Facility.class, STRICT, () -> "[]", "$", WRONG);
    text(
        Item.TYPE_CONFUSION,
        "string for object",
        Facility.class,
        STRICT,
        () -> "\"LAPAS\"",
        "$",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "object for enum",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("\"LAPAS\"", "{\"a\":1}"),
        "$.type",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "number for enum",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("\"LAPAS\"", "3"),
        "$.type",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "boolean for enum",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("\"LAPAS\"", "true"),
        "$.type",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "array for enum",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("\"LAPAS\"", "[\"LAPAS\"]"),
        "$.type",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "object for string",
        Facility.class,
        STRICT,
        () -> facilityNamed("{}"),
        "$.name",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "string for number",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":\"500\",\"mode\":\"UP\"}",
        "$.step",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "array for number",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":[500],\"mode\":\"UP\"}",
        "$.step",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "object for number",
        RoundingStep.class,
        STRICT,
        () -> "{\"step\":{\"value\":500},\"mode\":\"UP\"}",
        "$.step",
        WRONG);
    text(Item.TYPE_CONFUSION, "boolean for number", Rupiah.class, STRICT, () -> "true", "$", WRONG);
    text(
        Item.TYPE_CONFUSION,
        "object for array",
        Document.class,
        STRICT,
        () -> RECORD.replace("[" + OFFICER + "]", OFFICER),
        "$.data.officers",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "string for array",
        Document.class,
        STRICT,
        () -> RECORD.replace("[" + OFFICER + "]", "\"Ahmad\""),
        "$.data.officers",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "string for version",
        Document.class,
        STRICT,
        () -> RECORD.replace(":2,", ":\"2\","),
        "$.schemaVersion",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "number for kind",
        Document.class,
        STRICT,
        () -> RECORD.replace("\"facility-record\"", "7"),
        "$.kind",
        WRONG);
    text(
        Item.TYPE_CONFUSION,
        "null for a required name",
        Facility.class,
        STRICT,
        () -> facilityNamed("null"),
        "$.name",
        "json.null-value");

    // Polymorphic typing from the document
    text(
        Item.POLYMORPHIC,
        "@class property",
        Facility.class,
        STRICT,
        () -> facilityWith("\"@class\":\"java.lang.ProcessBuilder\""),
        "$['@class']",
        "json.unknown-property");
    text(
        Item.POLYMORPHIC,
        "@type in a document",
        Document.class,
        STRICT,
        () -> "{\"@type\":\"org.bengkel.json.document.Document\"," + RECORD.substring(1),
        "$['@type']",
        "json.unknown-property");
    text(
        Item.POLYMORPHIC,
        "wrapper array with a class name",
        Officer.class,
        STRICT,
        () -> "[\"java.util.HashMap\"," + OFFICER + "]",
        "$",
        WRONG);
    text(
        Item.POLYMORPHIC,
        "wrapper object with a class name",
        Officer.class,
        STRICT,
        () -> "{\"org.bengkel.facility.Officer\":" + OFFICER + "}",
        "$['org.bengkel.facility.Officer']",
        "json.unknown-property");
    text(
        Item.POLYMORPHIC,
        "$ref to another document",
        Officer.class,
        STRICT,
        () -> OFFICER.replace("\"198503152010121002\"", "{\"$ref\":\"file:///etc/passwd\"}"),
        "$.nip",
        WRONG);

    // Malformed text
    text(
        Item.MALFORMED,
        "truncated object",
        Facility.class,
        STRICT,
        () -> "{\"code\":",
        null,
        MALFORMED);
    text(
        Item.MALFORMED,
        "missing colon",
        Facility.class,
        STRICT,
        () -> "{\"code\" \"x\"}",
        null,
        MALFORMED);
    text(
        Item.MALFORMED,
        "trailing comma",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("}", ",}"),
        null,
        MALFORMED);
    text(
        Item.MALFORMED,
        "a comment",
        Facility.class,
        STRICT,
        () -> "/* x */" + FACILITY,
        null,
        MALFORMED);
    text(
        Item.MALFORMED,
        "single quotes",
        Facility.class,
        STRICT,
        () -> FACILITY.replace('"', '\''),
        null,
        MALFORMED);
    text(
        Item.MALFORMED,
        "unquoted names",
        Facility.class,
        STRICT,
        () -> FACILITY.replace("\"code\"", "code"),
        null,
        MALFORMED);
    text(Item.MALFORMED, "a bad escape", Sku.class, STRICT, () -> "\"\\x41\"", null, MALFORMED);
    text(
        Item.MALFORMED,
        "a bad unicode escape",
        Sku.class,
        STRICT,
        () -> "\"\\u12G4\"",
        null,
        MALFORMED);
    text(Item.MALFORMED, "a truncated escape", Sku.class, STRICT, () -> "\"\\", null, MALFORMED);
    text(Item.MALFORMED, "an empty document", Facility.class, STRICT, () -> "", "$", MALFORMED);
    text(Item.MALFORMED, "whitespace only", Facility.class, STRICT, () -> " \n\t ", "$", MALFORMED);
    text(Item.MALFORMED, "nul", Rupiah.class, STRICT, () -> "nul", null, MALFORMED);
    text(
        Item.MALFORMED,
        "two documents",
        Document.class,
        STRICT,
        () -> RECORD + RECORD,
        "$",
        "json.trailing-tokens");

    // Versions and kinds
    text(
        Item.VERSION,
        "a newer version",
        Document.class,
        STRICT,
        () -> RECORD.replace(":2,", ":3,"),
        "$.schemaVersion",
        "json.document.unsupported-version");
    text(
        Item.VERSION,
        "the largest long as version",
        Document.class,
        STRICT,
        () -> RECORD.replace(":2,", ":9223372036854775807,"),
        "$.schemaVersion",
        "json.document.unsupported-version");
    text(
        Item.VERSION,
        "a version beyond a long",
        Document.class,
        STRICT,
        () -> RECORD.replace(":2,", ":99999999999999999999,"),
        "$.schemaVersion",
        "json.amount-out-of-range");
    text(
        Item.VERSION,
        "a negative version that wraps to 1 as an int",
        Document.class,
        STRICT,
        () -> RECORD.replace(":2,", ":-4294967295,"),
        "$.schemaVersion",
        "json.document.unsupported-version");
    text(
        Item.VERSION,
        "an unknown kind",
        Document.class,
        STRICT,
        () -> RECORD.replace("facility-record", "warehouse-stocktake"),
        "$.kind",
        "json.document.unknown-kind");
    text(
        Item.VERSION,
        "a kind with a NUL",
        Document.class,
        STRICT,
        () -> RECORD.replace("facility-record", "facility-record\\u0000"),
        "$.kind",
        "json.nul-character");
    text(
        Item.VERSION,
        "data before the header",
        Document.class,
        STRICT,
        () -> "{\"data\":{}," + RECORD.substring(1, RECORD.indexOf(",\"data\"")) + "}",
        "$.data",
        "json.document.header-order");
    text(
        Item.VERSION,
        "a duplicate kind",
        Document.class,
        STRICT,
        () -> RECORD.substring(0, RECORD.length() - 1) + ",\"kind\":\"facility-record\"}",
        "$.kind",
        "json.duplicate-key");
    text(
        Item.VERSION,
        "a null kind",
        Document.class,
        STRICT,
        () -> RECORD.replace("\"facility-record\"", "null"),
        "$.kind",
        "json.null-value");
  }

  /** Every hostile case. */
  public static List<Case> all() {
    return List.copyOf(CASES);
  }
}
