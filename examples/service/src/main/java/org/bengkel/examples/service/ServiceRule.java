package org.bengkel.examples.service;

import java.util.Locale;
import java.util.ResourceBundle;
import org.bengkel.error.Messages;
import org.bengkel.error.Rule;

/**
 * The service's own rules (<i>aturan layanan</i>): what HTTP adds to bengkel's rules. Messages in
 * English and Indonesian live in {@code org/bengkel/examples/service/messages*.properties}; the
 * message pattern's {@code {0}} is the subject, {@code {1}} and on the details.
 */
enum ServiceRule implements Rule {
  /** No {@code X-Officer-NIP} header on a write. */
  ACTOR_MISSING("service.actor.missing"),
  /** The resource named by the path does not exist. */
  NOT_FOUND("service.not-found"),
  /** {@code If-Match} names a version that is no longer the current one. */
  STALE_VERSION("service.stale-version"),
  /** Two writes of the same resource at the same moment, or a duplicate registration. */
  CONFLICT("service.conflict"),
  /** The body names another resource than the path. */
  ID_MISMATCH("service.id-mismatch"),
  /** A request that Spring MVC refused before bengkel saw it (bad parameter, media type...). */
  REQUEST_INVALID("service.request.invalid"),
  /** A Bean Validation constraint of a request body; details: the constraint's message. */
  CONSTRAINT("service.constraint"),
  /**
   * A document dated after today in the facility's zone: an invoice or receipt is dated on or
   * before the day it is issued, and a later date would also open the sequence of a later year.
   * Details: the date asked, today.
   */
  FUTURE_DATE("service.date.future");

  private static final String BUNDLE = "org.bengkel.examples.service.messages";

  private final String code;

  ServiceRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String pattern(Locale locale) {
    return text(locale, code);
  }

  /**
   * A text of the service's message bundle, the rules' and the reasons' ({@link Reason}), in the
   * client's language: Indonesian or English.
   *
   * @param locale the client's language
   * @param key the text's key
   * @return the text
   */
  static String text(Locale locale, String key) {
    return Messages.lookup(
        ResourceBundle.getBundle(
            BUNDLE, Messages.isIndonesian(locale) ? Messages.INDONESIAN : Locale.ROOT),
        key);
  }
}
