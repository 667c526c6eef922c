package org.bengkel.examples.service;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses for its own reasons (unknown resource, stale version, no acting
 * officer), with the HTTP status and a {@link ServiceRule}. Subjects and details are paths, headers
 * and codes, never a trainee's name or registration number.
 */
final class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final ServiceRule rule;
  private final String subject;
  private final List<String> details;
  private final @Nullable String where;
  private final @Nullable Reason reason;

  ServiceException(HttpStatus status, ServiceRule rule, String subject, String... details) {
    this(status, rule, subject, null, List.of(details), null);
  }

  private ServiceException(
      HttpStatus status,
      ServiceRule rule,
      String subject,
      @Nullable String where,
      List<String> details,
      @Nullable Reason reason) {
    super(rule.code() + " " + subject, null, false, false);
    this.status = status;
    this.rule = rule;
    this.where = where;
    this.subject = subject;
    this.details = details;
    this.reason = reason;
  }

  /**
   * A path, query or header value the service refuses before bengkel sees it (a query parameter
   * given twice): 400 {@code service.request.invalid} with the value's name as the problem's {@code
   * path}.
   *
   * @param where the value's name as the client sees it, such as {@code query.on}; the reason's
   *     {@code {0}}
   * @param reason what is wrong, said in the client's language (no value the client sent)
   * @return the exception
   */
  static ServiceException invalid(String where, Reason reason) {
    return invalid(HttpStatus.BAD_REQUEST, where, where, reason, where);
  }

  /**
   * A request the service refuses as a whole or at one value: {@code service.request.invalid}.
   *
   * @param status the HTTP status (400, 405, 415...)
   * @param subject the request ({@code request}) or the value's name
   * @param where the value's name as the client sees it, or null when the request as a whole is at
   *     fault
   * @param reason what is wrong, said in the client's language
   * @param arguments the reason's arguments ({@code {0}} first), no value the client sent
   * @return the exception
   */
  static ServiceException invalid(
      HttpStatus status,
      String subject,
      @Nullable String where,
      Reason reason,
      Object... arguments) {
    List<String> texts = new ArrayList<>();
    for (Object argument : arguments) {
      texts.add(String.valueOf(argument));
    }
    return new ServiceException(
        status, ServiceRule.REQUEST_INVALID, subject, where, List.copyOf(texts), reason);
  }

  /**
   * Refuses a body that names another resource than its path ({@code PUT /officers/{nip}} with
   * another officer's NIP): 400 {@code service.id-mismatch}.
   *
   * @param field the body's property that names the resource
   * @param inBody the value in the body
   * @param inPath the value in the path
   * @throws ServiceException when the two differ
   */
  static void requireSameId(String field, Object inBody, Object inPath) {
    if (!inBody.equals(inPath)) {
      throw new ServiceException(
          HttpStatus.BAD_REQUEST,
          ServiceRule.ID_MISMATCH,
          field,
          inBody.toString(),
          inPath.toString());
    }
  }

  /**
   * An unknown resource: 404 {@code service.not-found}. The detail names the kind of resource and
   * never the id the client sent: an id in a URL may be anything a client typed (a name, part of a
   * registration number), and is not repeated back.
   *
   * @param kind the kind of resource, such as {@code trainee}; never a value from the request
   * @return the exception
   */
  static ServiceException notFound(String kind) {
    return new ServiceException(HttpStatus.NOT_FOUND, ServiceRule.NOT_FOUND, kind);
  }

  HttpStatus status() {
    return status;
  }

  ServiceRule rule() {
    return rule;
  }

  /** The request value at fault ({@code query.on}), or null when the request as a whole is. */
  @Nullable String where() {
    return where;
  }

  String message(Locale locale) {
    if (reason != null) {
      // The reason, in the client's language, is the rule's only detail.
      Object[] args = {subject, reason.text(locale, details.toArray())};
      return new MessageFormat(rule.pattern(locale), Locale.ROOT).format(args);
    }
    Object[] args = new Object[1 + details.size()];
    args[0] = subject;
    for (int i = 0; i < details.size(); i++) {
      args[1 + i] = details.get(i);
    }
    return new MessageFormat(rule.pattern(locale), Locale.ROOT).format(args);
  }
}
