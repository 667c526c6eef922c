package org.bengkel.examples.service;

import java.text.MessageFormat;
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

  ServiceException(HttpStatus status, ServiceRule rule, String subject, String... details) {
    this(status, rule, subject, null, List.of(details));
  }

  private ServiceException(
      HttpStatus status,
      ServiceRule rule,
      String subject,
      @Nullable String where,
      List<String> details) {
    super(rule.code() + " " + subject, null, false, false);
    this.status = status;
    this.rule = rule;
    this.where = where;
    this.subject = subject;
    this.details = details;
  }

  /**
   * A path, query or header value the service refuses before bengkel sees it (a query parameter
   * given twice): 400 {@code service.request.invalid} with the value's name as the problem's {@code
   * path}.
   *
   * @param where the value's name as the client sees it, such as {@code query.on}
   * @param reason what is wrong, in English (no value the client sent)
   * @return the exception
   */
  static ServiceException invalid(String where, String reason) {
    return new ServiceException(
        HttpStatus.BAD_REQUEST, ServiceRule.REQUEST_INVALID, where, where, List.of(reason));
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

  static ServiceException notFound(String subject) {
    return new ServiceException(HttpStatus.NOT_FOUND, ServiceRule.NOT_FOUND, subject);
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
    Object[] args = new Object[1 + details.size()];
    args[0] = subject;
    for (int i = 0; i < details.size(); i++) {
      args[1 + i] = details.get(i);
    }
    return new MessageFormat(rule.pattern(locale), Locale.ROOT).format(args);
  }
}
