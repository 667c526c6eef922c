package org.bengkel.json;

import java.util.Objects;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;

/**
 * How bengkel's JSON readers treat a document (<i>opsi pembacaan JSON</i>): strict or lenient about
 * unknown properties, and the limits that protect against hostile input. Used by both Jackson
 * modules, so the two majors behave the same.
 *
 * <p>{@linkplain #strict() Strict} (the default) refuses unknown properties with {@code
 * json.unknown-property}. {@linkplain #lenient() Lenient} ignores them and reports their paths to
 * the caller; nothing else is relaxed: duplicate keys, trailing tokens, float amounts and nulls for
 * required fields stay errors in both modes.
 *
 * <p>The limits default to {@value #DEFAULT_MAX_NESTING_DEPTH} levels of nesting, {@value
 * #DEFAULT_MAX_STRING_LENGTH} characters per string, {@value #DEFAULT_MAX_NAME_LENGTH} per property
 * name, {@value #DEFAULT_MAX_NUMBER_LENGTH} per number and {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
 * per document and {@value #DEFAULT_MAX_COLLECTION_SIZE} elements per array or properties per
 * object. Every limit is enforced by bengkel's own {@link JsonReader}, whatever JSON library
 * supplies the tokens, and also handed to that library's parser where it has the same limit (so
 * that a huge string is refused before it is held in memory).
 *
 * <p>Immutable and thread-safe.
 */
public final class BengkelJsonOptions {

  /** Default maximum nesting depth of objects and arrays. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default maximum length of a string value, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** Default maximum length of a property name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /** Default maximum length of a number literal, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default maximum length of a document, in bytes or characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10_000_000L;

  /** Default maximum number of elements of one array or properties of one object. */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = 100_000;

  private static final BengkelJsonOptions STRICT =
      new BengkelJsonOptions(
          false,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH,
          DEFAULT_MAX_COLLECTION_SIZE);

  private final boolean lenient;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxCollectionSize;

  private BengkelJsonOptions(
      boolean lenient,
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength,
      long maxDocumentLength,
      int maxCollectionSize) {
    this.lenient = lenient;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
    this.maxDocumentLength = maxDocumentLength;
    this.maxCollectionSize = maxCollectionSize;
  }

  /**
   * The defaults: unknown properties are errors, default limits.
   *
   * @return the strict options, never null
   */
  public static BengkelJsonOptions strict() {
    return STRICT;
  }

  /**
   * Unknown properties are ignored and reported; default limits.
   *
   * @return the lenient options, never null
   */
  public static BengkelJsonOptions lenient() {
    return STRICT.withLenient(true);
  }

  /**
   * A copy that is lenient (ignores and reports unknown properties) or strict.
   *
   * @param lenient true to ignore unknown properties
   * @return the options, never null
   */
  public BengkelJsonOptions withLenient(boolean lenient) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxDocumentLength,
        maxCollectionSize);
  }

  /**
   * A copy with another nesting limit.
   *
   * @param depth the maximum depth, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxNestingDepth(int depth) {
    return new BengkelJsonOptions(
        lenient,
        positive(depth, "maxNestingDepth", Integer.MAX_VALUE),
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxDocumentLength,
        maxCollectionSize);
  }

  /**
   * A copy with another string length limit.
   *
   * @param length the maximum number of characters, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxStringLength(int length) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        positive(length, "maxStringLength", Integer.MAX_VALUE),
        maxNameLength,
        maxNumberLength,
        maxDocumentLength,
        maxCollectionSize);
  }

  /**
   * A copy with another property name length limit.
   *
   * @param length the maximum number of characters, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxNameLength(int length) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        maxStringLength,
        positive(length, "maxNameLength", Integer.MAX_VALUE),
        maxNumberLength,
        maxDocumentLength,
        maxCollectionSize);
  }

  /**
   * A copy with another number length limit.
   *
   * @param length the maximum number of characters of a number literal, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxNumberLength(int length) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        positive(length, "maxNumberLength", Integer.MAX_VALUE),
        maxDocumentLength,
        maxCollectionSize);
  }

  /**
   * A copy with another document length limit.
   *
   * @param length the maximum length in bytes or characters, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxDocumentLength(long length) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        positive(length, "maxDocumentLength", Long.MAX_VALUE),
        maxCollectionSize);
  }

  /**
   * A copy with another collection size limit.
   *
   * @param size the maximum number of elements of one array or properties of one object, at least 1
   * @return the options, never null
   * @throws InvalidValueException rule {@code value.out-of-range} when below 1
   */
  public BengkelJsonOptions withMaxCollectionSize(int size) {
    return new BengkelJsonOptions(
        lenient,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxDocumentLength,
        positive(size, "maxCollectionSize", Integer.MAX_VALUE));
  }

  /**
   * The maximum number of elements of one array or properties of one object.
   *
   * @return the limit, at least 1
   */
  public int maxCollectionSize() {
    return maxCollectionSize;
  }

  // a limit of at least 1, refused with the greatest value of its type as the range's end
  private static <N extends Number> N positive(N value, String field, N max) {
    if (value.longValue() < 1) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, field, value, 1, max);
    }
    return value;
  }

  /**
   * Whether unknown properties are ignored (and reported) rather than refused.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The maximum nesting depth of objects and arrays.
   *
   * @return the limit, at least 1
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The maximum length of a string value.
   *
   * @return the limit in characters, at least 1
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The maximum length of a property name.
   *
   * @return the limit in characters, at least 1
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * The maximum length of a number literal.
   *
   * @return the limit in characters, at least 1
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The maximum length of a document.
   *
   * @return the limit in bytes or characters, at least 1
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BengkelJsonOptions other
        && other.lenient == lenient
        && other.maxNestingDepth == maxNestingDepth
        && other.maxStringLength == maxStringLength
        && other.maxNameLength == maxNameLength
        && other.maxNumberLength == maxNumberLength
        && other.maxDocumentLength == maxDocumentLength
        && other.maxCollectionSize == maxCollectionSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        lenient,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxDocumentLength,
        maxCollectionSize);
  }

  @Override
  public String toString() {
    return "BengkelJsonOptions["
        + (lenient ? "lenient" : "strict")
        + ", depth="
        + maxNestingDepth
        + ", string="
        + maxStringLength
        + ", name="
        + maxNameLength
        + ", number="
        + maxNumberLength
        + ", document="
        + maxDocumentLength
        + ", collection="
        + maxCollectionSize
        + "]";
  }
}
