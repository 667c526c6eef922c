package org.bengkel.json;

import java.util.Locale;
import java.util.ResourceBundle;
import org.bengkel.error.Messages;
import org.bengkel.error.Rule;

/**
 * The rules of bengkel's JSON format (<i>aturan format JSON</i>): what a document must look like
 * before any domain rule is even asked.
 *
 * <p>Errors with these rules are {@link BengkelJsonException}s carrying the JSON path. Domain rules
 * broken by a well-formed document (a bad NIP, a negative amount) keep their own core rule code.
 * The message pattern may refer to {@code {0}} (the JSON path) and {@code {2}}... (the details);
 * {@code {1}} is always empty (these rules' messages never repeat values from the document; a core
 * rule's message, for a refused well-formed value, names the value as core's messages do unless it
 * is personal data).
 *
 * <p>Immutable and thread-safe.
 */
public enum JsonRule implements Rule {
  /** The text is not well-formed JSON (or not valid UTF-8); detail {2} says what was found. */
  MALFORMED("json.malformed", true),
  /** A property that the type does not define, in strict mode; detail {2} is its name. */
  UNKNOWN_PROPERTY("json.unknown-property"),
  /** The same property twice in one object; detail {2} is its name. */
  DUPLICATE_KEY("json.duplicate-key"),
  /** Content after the end of the top-level value. */
  TRAILING_TOKENS("json.trailing-tokens"),
  /**
   * A number with a fraction or exponent ({@code 1.0}, {@code 1e3}) where a whole number is needed.
   */
  FLOAT_AMOUNT("json.float-amount"),
  /** A whole number outside what the field holds; details {2} and {3} are the bounds. */
  AMOUNT_OUT_OF_RANGE("json.amount-out-of-range"),
  /** A value of the wrong JSON type; detail {2} is the expected type, {3} the found one. */
  WRONG_TYPE("json.wrong-type", true),
  /** A required property is absent; detail {2} names the missing properties. */
  MISSING_PROPERTY("json.missing-property"),
  /** {@code null} where a value is required. */
  NULL_VALUE("json.null-value"),
  /** A string that is not one of an enumeration's constant names; detail {2} lists them. */
  UNKNOWN_CONSTANT("json.unknown-constant"),
  /**
   * A string that is not the ISO-8601 date, date-time, instant or time of day the property holds,
   * or a year outside 0001 to 9999; detail {2} is the form expected, such as {@code yyyy-MM-dd} or
   * {@code yyyy-MM-ddTHH:mm:ss[.SSSSSSSSS]Z}.
   */
  MALFORMED_DATE("json.malformed-date"),
  /** The document exceeds a reading limit (nesting, string, number, name or document length). */
  LIMIT_EXCEEDED("json.limit-exceeded", true),
  /**
   * A string or property name holding a UTF-16 surrogate without its pair ({@code "\uD800"}): no
   * Unicode text, and not written back as the same JSON, so refused where it is read.
   */
  UNPAIRED_SURROGATE("json.unpaired-surrogate"),
  /**
   * A string or property name holding the NUL character ({@code "\u0000"}): never part of a name, a
   * code or a note, and text stores such as PostgreSQL's {@code text} and {@code jsonb} cannot keep
   * it, so a host that stored what bengkel read failed there; refused where it is read.
   */
  NUL_CHARACTER("json.nul-character"),
  /**
   * A versioned document whose {@code kind} is not registered; detail {2} lists the known kinds.
   */
  DOCUMENT_UNKNOWN_KIND("json.document.unknown-kind"),
  /**
   * A versioned document whose {@code schemaVersion} this version of bengkel cannot read; details
   * {2} the version found, {3} the kind, {4} the supported versions.
   */
  DOCUMENT_UNSUPPORTED_VERSION("json.document.unsupported-version"),
  /**
   * A versioned document whose {@code data} comes before its {@code kind} and {@code
   * schemaVersion}, or without them; detail {2} names those not read before {@code data}.
   */
  DOCUMENT_HEADER_ORDER("json.document.header-order"),
  /**
   * A document's value that does not follow from what comes before it, such as a stock movement's
   * sequence number in a {@code stock-movements} document, or that document's {@code after} applied
   * to a ledger with another number of movements; details {2} the value expected.
   */
  DOCUMENT_MISMATCH("json.document.mismatch"),
  /** An {@code order-outcome} document holding both the accepted order and refusals. */
  DOCUMENT_OUTCOME("json.document.outcome"),
  /**
   * A well-formed value that bengkel-core or the JDK could not build although no domain rule names
   * it (a date or a count beyond what the type computes with: the JDK's {@code DateTimeException},
   * {@code ArithmeticException}...); detail {2} is the kind of failure, never the value.
   */
  VALUE_REFUSED("json.value-refused");

  static final String BUNDLE = "org.bengkel.json.messages";

  private final String code;

  // whether every detail is a fixed phrase of bengkel's code, said in the reader's language
  private final boolean phrased;

  JsonRule(String code) {
    this(code, false);
  }

  JsonRule(String code, boolean phrased) {
    this.code = code;
    this.phrased = phrased;
  }

  /**
   * Whether the rule's details are all fixed phrases of bengkel's own code ("a string", "nesting
   * depth 1000"), never the document's text, so that a message says them in the reader's language
   * ({@link BengkelJsonException#message(Locale)}); other rules' details may be what the document
   * holds (a property's name), shown as given.
   */
  boolean phrasedDetails() {
    return phrased;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Reads the pattern from bengkel-json's own bundle {@code org.bengkel.json.messages}.
   *
   * @param locale the caller's locale, not null; languages other than Indonesian get English
   * @return the pattern, never null
   */
  @Override
  public String pattern(Locale locale) {
    return Messages.lookup(bundle(locale), code);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, Messages.isIndonesian(locale) ? Messages.INDONESIAN : Locale.ROOT);
  }
}
