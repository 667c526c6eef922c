package org.bengkel.examples.service;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
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

  ServiceException(HttpStatus status, ServiceRule rule, String subject, String... details) {
    super(rule.code() + " " + subject, null, false, false);
    this.status = status;
    this.rule = rule;
    this.subject = subject;
    this.details = List.of(details);
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

  String message(Locale locale) {
    Object[] args = new Object[1 + details.size()];
    args[0] = subject;
    for (int i = 0; i < details.size(); i++) {
      args[1 + i] = details.get(i);
    }
    return new MessageFormat(rule.pattern(locale), Locale.ROOT).format(args);
  }
}
