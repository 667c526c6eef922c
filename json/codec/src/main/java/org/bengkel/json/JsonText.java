package org.bengkel.json;

import org.bengkel.error.MissingValueException;
import org.bengkel.json.internal.ModuleSupport;

/**
 * Turns the bytes of a document into text before any parser sees them (<i>teks dokumen</i>):
 * refuses a document longer than the options allow and bytes that are not valid UTF-8, instead of
 * silently replacing them. Both Jackson helpers read bytes through it.
 *
 * <p>Immutable and thread-safe (static helpers only).
 */
public final class JsonText {

  private JsonText() {}

  /**
   * Decodes a UTF-8 document.
   *
   * @param json the document's bytes, not null
   * @param options the limits, not null
   * @return the text, never null
   * @throws BengkelJsonException rule {@code json.limit-exceeded} when longer than {@link
   *     BengkelJsonOptions#maxDocumentLength()} bytes, {@code json.malformed} for bytes that are
   *     not UTF-8
   */
  public static String decodeUtf8(byte[] json, BengkelJsonOptions options) {
    MissingValueException.required(json, "json");
    MissingValueException.required(options, "options");
    checkLength(json.length, options);
    return ModuleSupport.decodeUtf8(json, 0, json.length).toString();
  }

  /**
   * Checks a document's length against the limit.
   *
   * @param length the length in bytes or characters
   * @param options the limits, not null
   * @throws BengkelJsonException rule {@code json.limit-exceeded} when longer than {@link
   *     BengkelJsonOptions#maxDocumentLength()}
   */
  public static void checkLength(long length, BengkelJsonOptions options) {
    if (length > options.maxDocumentLength()) {
      throw ModuleSupport.tooLong(options.maxDocumentLength());
    }
  }
}
