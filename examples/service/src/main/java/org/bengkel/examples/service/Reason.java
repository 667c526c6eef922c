package org.bengkel.examples.service;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why the service finds a request invalid ({@code service.request.invalid}), in the client's
 * language (<i>alasan</i>): the texts live beside the rules' messages in {@code
 * org/bengkel/examples/service/messages*.properties} under {@code service.reason.*}; {@code {0}} is
 * the value's name as the client sees it ({@code query.on}). Until 2026-12-08 these were English
 * strings inside an Indonesian frame ("Permintaan tidak sah: Unsupported Media Type").
 */
enum Reason {
  /** A required query parameter is missing or empty. */
  REQUIRED("required"),
  /** A date of a path or query is not an ISO date of the years 0001 to 9999. */
  DATE("date"),
  /** A number of a path or query is not a whole number (or too large for one). */
  WHOLE_NUMBER("whole-number"),
  /** A value of a path or query is not of its parameter's form. */
  OTHER_FORM("other-form"),
  /** A query parameter or header is given more than once. */
  GIVEN_TWICE("given-twice"),
  /** {@code If-Match} is not a version. */
  IF_MATCH("if-match"),
  /** A year of a path outside 1 to 9999. */
  YEAR("year"),
  /** An order's job names no line of its quote, or one another job names: {@code {1}} the line. */
  JOB_LINE("job-line"),
  /** A query string Tomcat cannot decode. */
  QUERY_UNREADABLE("query-unreadable"),
  /** A request line or headers Tomcat refuses before any servlet (400). */
  URL_REFUSED("url-refused"),
  /** A method the URL does not have (405). */
  METHOD("method"),
  /** A body that is not {@code application/json} (415). */
  MEDIA_TYPE("media-type"),
  /** An {@code Accept} the service cannot answer (406). */
  NOT_ACCEPTABLE("not-acceptable"),
  /**
   * A value bengkel reads that the database cannot store (SQLSTATE class 22): bengkel's readers
   * refuse the one such value found, a text holding U+0000, themselves; this is what is left.
   */
  UNSTORABLE("unstorable"),
  /** Any other status: {@code {0}} is the status code. */
  STATUS("status");

  private final String key;

  Reason(String key) {
    this.key = "service.reason." + key;
  }

  /**
   * The reason's key in the message bundles.
   *
   * @return {@code service.reason.} and the reason's name, such as {@code service.reason.required}
   */
  String key() {
    return key;
  }

  /**
   * The reason for a refusal known only by its HTTP status (Spring MVC's or Tomcat's own).
   *
   * @param status the HTTP status
   * @return the reason; {@link #STATUS} (with the status as its argument) for most
   */
  static Reason forStatus(int status) {
    return switch (status) {
      case 405 -> METHOD;
      case 406 -> NOT_ACCEPTABLE;
      case 415 -> MEDIA_TYPE;
      default -> STATUS;
    };
  }

  /**
   * The reason in a language.
   *
   * @param locale the client's language (Indonesian or English)
   * @param arguments the pattern's arguments, {@code {0}} first
   * @return the text
   */
  String text(Locale locale, Object... arguments) {
    return new MessageFormat(ServiceRule.text(locale, key), Locale.ROOT).format(arguments);
  }
}
