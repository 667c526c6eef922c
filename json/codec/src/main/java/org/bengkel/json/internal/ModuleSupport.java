package org.bengkel.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.privacy.PrivacyViews;
import org.jspecify.annotations.Nullable;

/**
 * The logic the Jackson 2 and Jackson 3 modules share, written once: which codecs they register,
 * bengkel's version, JSON paths from Jackson's contexts, and where a lenient read reports what it
 * skipped. What is left in each module is only what the two Jackson APIs force apart.
 *
 * <p>Internal (exported only to the two modules). Immutable and thread-safe.
 */
public final class ModuleSupport {

  /**
   * The attribute of Jackson's {@code DeserializationContext} under which a reading call of the
   * helpers collects the paths of the properties that lenient options ignored.
   */
  public static final String IGNORED = "org.bengkel.json.ignoredProperties";

  private static final List<Codec<?>> CODECS = codecs();
  private static final String VERSION = readVersion();

  private ModuleSupport() {}

  /**
   * The refusal of a document whose first bytes are not UTF-8 without a byte-order mark (see {@link
   * #notUtf8}), at its root.
   */
  public static final BengkelJsonException NOT_UTF8 =
      BengkelJsonException.of(
          JsonRule.MALFORMED, JsonPath.ROOT, "not UTF-8 without a byte-order mark");

  /**
   * The refusal of a document whose bytes are not well-formed UTF-8 (an overlong form, an encoded
   * surrogate, a code point beyond U+10FFFF, a stray or missing continuation byte), at its root.
   */
  public static final BengkelJsonException INVALID_UTF8 =
      BengkelJsonException.of(JsonRule.MALFORMED, JsonPath.ROOT, "invalid UTF-8");

  /**
   * JSON strings of byte sequences that are not UTF-8 although they follow its bit patterns (an
   * overlong {@code /} in two and in three bytes, an encoded surrogate, a code point beyond
   * U+10FFFF): a parser that decodes any of them as text needs its input decoded for it ({@link
   * #decodeUtf8}).
   */
  public static final List<byte[]> MALFORMED_UTF8_STRINGS =
      List.of(
          new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},
          new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},
          new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
          new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'});

  /**
   * Decodes UTF-8 with the JDK's decoder, which refuses every malformed sequence instead of
   * replacing it (as {@code new String(bytes, UTF_8)} would) or decoding it (as Jackson before 2.23
   * and 3.3 decodes an overlong sequence).
   *
   * @param data the bytes
   * @param offset where the document starts
   * @param len the document's length
   * @return the text, in a buffer backed by an array from its position to its limit
   * @throws BengkelJsonException {@link #INVALID_UTF8} for bytes that are not UTF-8
   */
  public static CharBuffer decodeUtf8(byte[] data, int offset, int len) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, offset, len));
    } catch (CharacterCodingException e) {
      throw INVALID_UTF8;
    }
  }

  /**
   * A whole document from a stream, for {@link #decodeUtf8}: at most {@code maxLength} bytes.
   *
   * @param in the stream
   * @param maxLength the longest document allowed, in bytes; 0 or less for none but what an array
   *     can hold
   * @return the bytes
   * @throws IOException when the stream fails
   * @throws BengkelJsonException {@code json.limit-exceeded} when the stream is longer
   */
  public static byte[] readDocument(InputStream in, long maxLength) throws IOException {
    // No array holds more than this, limit or not: a longer stream is refused, not run out of
    // memory.
    long cap = Math.min(maxLength > 0 ? maxLength : Long.MAX_VALUE, Integer.MAX_VALUE - 9);
    byte[] data = in.readNBytes((int) cap + 1);
    if (data.length > cap) {
      throw tooLong(cap);
    }
    return data;
  }

  /**
   * Closes a stream the caller no longer reads, if any, ignoring a failure to close it: a document
   * read whole or refused needs nothing more from it.
   *
   * @param source the stream, or null
   */
  public static void closeQuietly(@Nullable Closeable source) {
    if (source != null) {
      try {
        source.close();
      } catch (IOException e) {
        // nothing is lost: the document was read or refused
      }
    }
  }

  /**
   * The refusal of a document longer than the limit, at its root.
   *
   * @param maxLength the limit
   * @return the refusal, never null
   */
  public static BengkelJsonException tooLong(long maxLength) {
    return BengkelJsonException.of(
        JsonRule.LIMIT_EXCEEDED, JsonPath.ROOT, "document length " + maxLength);
  }

  /**
   * The refusal of a document read from a {@code DataInput}: its length cannot be bounded, so the
   * hostile-input limits could not hold.
   */
  public static final BengkelJsonException DATA_INPUT =
      BengkelJsonException.of(
          JsonRule.LIMIT_EXCEEDED,
          JsonPath.ROOT,
          "document length, which a DataInput cannot bound");

  /**
   * Whether bytes start with a byte-order mark or a NUL among the first four: JSON text starts with
   * an ASCII character, which UTF-16 and UTF-32 write with zero bytes, and a NUL is never JSON.
   *
   * @param data the bytes
   * @param offset where the document starts
   * @param len the document's length
   * @return true when the document is not UTF-8 without a byte-order mark
   */
  public static boolean notUtf8(byte[] data, int offset, int len) {
    int n = Math.min(len, 4);
    for (int i = 0; i < n; i++) {
      if (data[offset + i] == 0) {
        return true;
      }
    }
    int b0 = n > 0 ? data[offset] & 0xFF : -1;
    int b1 = n > 1 ? data[offset + 1] & 0xFF : -1;
    int b2 = n > 2 ? data[offset + 2] & 0xFF : -1;
    return (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF)
        || (b0 == 0xFE && b1 == 0xFF)
        || (b0 == 0xFF && b1 == 0xFE);
  }

  /**
   * Why a document in memory, as bytes, is refused before a parser reads it: longer than the limit
   * (Jackson 2.19 and 2.20 check a document's length only as they load more input, so never for
   * bytes given whole, and later versions refuse it with their own exception as the parser is
   * made), or not UTF-8 without a byte-order mark ({@link #notUtf8}).
   *
   * @param data the bytes
   * @param offset where the document starts
   * @param len the document's length
   * @param maxLength the longest document allowed; 0 or less for no limit
   * @return the refusal, or null when a parser may read the document
   */
  public static @Nullable BengkelJsonException refusal(
      byte[] data, int offset, int len, long maxLength) {
    if (maxLength > 0 && len > maxLength) {
      return tooLong(maxLength);
    }
    return notUtf8(data, offset, len) ? NOT_UTF8 : null;
  }

  /**
   * Why a document in memory, as characters, is refused before a parser reads it: longer than the
   * limit (see {@link #refusal(byte[], int, int, long)}), or starting with a byte-order mark.
   *
   * @param data the characters
   * @param offset where the document starts
   * @param len the document's length
   * @param maxLength the longest document allowed; 0 or less for no limit
   * @return the refusal, or null when a parser may read the document
   */
  public static @Nullable BengkelJsonException refusal(
      char[] data, int offset, int len, long maxLength) {
    if (maxLength > 0 && len > maxLength) {
      return tooLong(maxLength);
    }
    return len > 0 && data[offset] == '\uFEFF' ? NOT_UTF8 : null;
  }

  /**
   * Every codec a module registers: the domain types of {@link Codecs}, the versioned envelope of
   * every document kind, and the privacy views of what leaves the facility.
   *
   * @return the codecs, never null
   */
  public static List<Codec<?>> registeredCodecs() {
    return CODECS;
  }

  private static List<Codec<?>> codecs() {
    List<Codec<?>> all = new ArrayList<>(Codecs.all());
    all.add(DocumentKinds.CODEC);
    all.addAll(PrivacyViews.all());
    return Collections.unmodifiableList(all);
  }

  /**
   * bengkel's version, the Maven project version of its artifacts (all of them share one), such as
   * {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}; the modules report it as Jackson's {@code Version}.
   *
   * @return the version, never null
   */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = ModuleSupport.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from bengkel-json");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "0.0.0");
  }

  /**
   * The place of a value in a caller's {@code Map}, whose key is shown as what it is, {@code
   * [<key>]}, never as itself: a caller may key a map by registration number or name, which no
   * error may repeat.
   */
  public static final Object MAP_KEY = new Object();

  /** How a path shows a key of a caller's {@code Map}. */
  public static final String MAP_KEY_SHOWN = "<key>";

  /**
   * Whether a place of Jackson's (the object its parser is filling, or the {@code from} of a
   * reference of its exceptions' paths) is a caller's {@code Map}, whose keys are data.
   *
   * @param from the object or its class, or null
   * @return true for a map or a map's class
   */
  public static boolean isMap(@Nullable Object from) {
    return from instanceof Map<?, ?>
        || (from instanceof Class<?> c && Map.class.isAssignableFrom(c));
  }

  /**
   * The JSON path of a chain of places, outermost first: a property name is a {@code String}, an
   * array index an {@code Integer}, a key of a caller's map {@link #MAP_KEY} (shown {@code
   * [<key>]}); other entries (the root, a place not yet known) add nothing.
   *
   * @param places the places, not null
   * @return the path, {@code $} for none
   */
  public static String path(Iterable<?> places) {
    String path = JsonPath.ROOT;
    for (Object place : places) {
      if (place == MAP_KEY) {
        path = path + "[" + MAP_KEY_SHOWN + "]";
      } else if (place instanceof String name) {
        path = JsonPath.property(path, name);
      } else if (place instanceof Integer index && index >= 0) {
        path = JsonPath.index(path, index);
      }
    }
    return path;
  }

  /**
   * The path to report for a property of a caller's class that a lenient read skipped. Jackson's
   * parser is usually at the property's value, inside the object that holds it; values it buffered
   * (for constructors and records) are replayed from a buffer that has lost their position, and
   * then only the name is known, reported as {@code $..name}.
   *
   * @param valuePath the path of the parser's current value, not null
   * @param name the property's name, not null
   * @return the path, never null
   */
  public static String ignoredPath(String valuePath, String name) {
    String property = JsonPath.property("", name);
    return valuePath.endsWith(property) ? valuePath : JsonPath.ROOT + "." + property;
  }

  /**
   * Where a read collects the paths of ignored properties: the list the helpers put under {@link
   * #IGNORED}, or nowhere for a mapper used directly.
   *
   * @param attribute the attribute's value, null when not set
   * @return the sink, never null
   */
  public static Consumer<String> ignoredSink(@Nullable Object attribute) {
    if (attribute instanceof List<?> list) {
      @SuppressWarnings("unchecked") // only the helpers set this attribute, to a List<String>
      List<String> sink = (List<String>) list;
      return sink::add;
    }
    return path -> {};
  }
}
