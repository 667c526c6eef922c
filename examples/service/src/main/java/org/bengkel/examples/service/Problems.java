package org.bengkel.examples.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.bengkel.sales.SalesRule;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem document ({@code application/problem+json}) a client can act
 * on (<i>dokumen masalah</i>): {@code code} (bengkel's or the service's rule code), {@code path}
 * (bengkel's JSON path into the body, or {@code path.x}, {@code query.x}, {@code header.x}), and
 * {@code detail} in the language of {@code Accept-Language} (Indonesian for {@code id}, English
 * otherwise); several violations are listed under {@code errors}.
 *
 * <ul>
 *   <li>400: the body is not bengkel's JSON (bengkel's {@link BengkelJsonException}, raw or inside
 *       Jackson's exceptions, and Jackson's own), a constraint of {@code @Valid} fails, a path,
 *       query or header value is malformed;
 *   <li>401: no acting officer; 404: unknown resource; 409: stale version, simultaneous write, or
 *       an order step its order's status no longer allows ({@code sales.order.transition});
 *   <li>422: bengkel refused the operation on well-formed input ({@link RefusalException}, or an
 *       {@link InvalidValueException} from a domain operation such as pricing).
 * </ul>
 *
 * <p>Nothing a client sends gives 500. Logs name the exception's class and rule code only, never
 * its message or the body.
 */
@RestControllerAdvice
class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
    return json(translate(e), locale);
  }

  @ExceptionHandler(BengkelJsonException.class)
  ResponseEntity<ProblemDetail> bengkelJson(BengkelJsonException e, Locale locale) {
    return json(e, locale);
  }

  @ExceptionHandler(JacksonException.class)
  ResponseEntity<ProblemDetail> jackson(JacksonException e, Locale locale) {
    return json(translate(e), locale);
  }

  @ExceptionHandler(BadInput.class)
  ResponseEntity<ProblemDetail> badInput(BadInput e, Locale locale) {
    return badInput(e.where(), e.error(), locale);
  }

  /**
   * A path, query or header value bengkel refused: 400 with bengkel's rule at the value. The detail
   * withholds the value, as bengkel does for personal data: what a client typed into a URL or a
   * header may be a name or a registration number in the wrong place ({@code ?sku=B.I-45/2025},
   * {@code X-Officer-NIP: B.I-45/2025}), and the problem document does not repeat it.
   */
  private static ResponseEntity<ProblemDetail> badInput(
      String where, InvalidValueException error, Locale locale) {
    String detail =
        InvalidValueException.personal(error.rule(), error.field(), error.details().toArray())
            .message(locale);
    return problem(HttpStatus.BAD_REQUEST, error.ruleCode(), where, detail, locale);
  }

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, Locale locale) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT, e.ruleCode(), e.field(), e.message(locale), locale);
  }

  /**
   * Refusals that say the resource is no longer in the state the request assumed (an order
   * confirmed by another officer a moment before): 409, like a stale version.
   */
  private static final Set<String> CONFLICTS = Set.of(SalesRule.ORDER_TRANSITION.code());

  @ExceptionHandler(RefusalException.class)
  ResponseEntity<ProblemDetail> refused(RefusalException e, Locale locale) {
    List<Refusal> refusals = e.refusals();
    Refusal first = refusals.get(0);
    ResponseEntity<ProblemDetail> response =
        problem(
            CONFLICTS.contains(first.code())
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT,
            first.code(),
            first.where().orElse(null),
            first.message(locale),
            locale);
    if (refusals.size() > 1) {
      List<Map<String, String>> errors = new ArrayList<>();
      for (Refusal r : refusals) {
        errors.add(error(r.code(), r.where().orElse(null), r.message(locale)));
      }
      response.getBody().setProperty("errors", errors);
    }
    return response;
  }

  @ExceptionHandler(ServiceException.class)
  ResponseEntity<ProblemDetail> service(ServiceException e, Locale locale) {
    return problem(e.status(), e.rule().code(), e.where(), e.message(locale), locale);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e, Locale locale) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError f : e.getBindingResult().getFieldErrors()) {
      String path = bodyPath(f.getField());
      errors.add(
          error(
              ServiceRule.CONSTRAINT.code(),
              path,
              constraintMessage(path, f.getDefaultMessage(), locale)));
    }
    return violations(errors, locale);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> methodNotValid(HandlerMethodValidationException e, Locale locale) {
    List<Map<String, String>> errors = new ArrayList<>();
    e.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err -> {
                          String path = "param." + r.getMethodParameter().getParameterName();
                          errors.add(
                              error(
                                  ServiceRule.CONSTRAINT.code(),
                                  path,
                                  constraintMessage(path, err.getDefaultMessage(), locale)));
                        }));
    return violations(errors, locale);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraints(ConstraintViolationException e, Locale locale) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      String path = bodyPath(v.getPropertyPath().toString());
      errors.add(
          error(
              ServiceRule.CONSTRAINT.code(),
              path,
              constraintMessage(path, v.getMessage(), locale)));
    }
    return violations(errors, locale);
  }

  /**
   * A path or query value that is not of its parameter's type: bengkel's refusal when one of its
   * factories parsed it ({@link StrictRequests}), with its rule code and message; otherwise the
   * form it must have.
   */
  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, Locale locale) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    // A path segment (/pnbp/abc, /service-materials/2026-02-30) is named as one, not as a query.
    String where =
        (e instanceof MethodArgumentTypeMismatchException m
                    && m.getParameter().hasParameterAnnotation(PathVariable.class)
                ? "path."
                : "query.")
            + name;
    // Spring wraps a converter's exception in a ConversionFailedException.
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException refused) {
        return badInput(where, refused, locale);
      }
    }
    return service(
        ServiceException.invalid(
            HttpStatus.BAD_REQUEST, where, where, expectedForm(e.getRequiredType()), name),
        locale);
  }

  /** What a path or query value must look like, in a client's words, not a Java type's name. */
  static Reason expectedForm(@Nullable Class<?> type) {
    if (type == LocalDate.class) {
      return Reason.DATE;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return Reason.WHOLE_NUMBER;
    }
    return Reason.OTHER_FORM;
  }

  /**
   * A query string Tomcat cannot decode ({@code ?sku=%zz}, {@code ?sku=%C0%AF}, {@code ?=}): Tomcat
   * throws this from the first {@code getParameter}, which is Spring's binding of a parameter, so
   * without this handler it was a 500.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> undecodableQuery(InvalidParameterException e, Locale locale) {
    return service(
        ServiceException.invalid(HttpStatus.BAD_REQUEST, "query", "query", Reason.QUERY_UNREADABLE),
        locale);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(
      MissingServletRequestParameterException e, Locale locale) {
    return service(
        ServiceException.invalid("query." + e.getParameterName(), Reason.REQUIRED), locale);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, Locale locale) {
    return service(ServiceException.notFound("resource"), locale);
  }

  /**
   * The problem document of an error that reached no handler of this class: the servlet container's
   * own (a {@code TRACE}, refused by Tomcat before Spring MVC, forwarded to {@code /error} by
   * {@link ErrorEndpoint}), or a request Tomcat refused before any servlet (a URL with {@code |} or
   * {@code %2F}, a header too large, written by {@link ProblemReportValve}). Only the status is
   * known: the code says what kind of error it is, the detail names the status.
   *
   * @param status the HTTP status Tomcat set
   * @param why what the client did wrong, or null for what the status says ({@link
   *     Reason#forStatus})
   * @param locale the client's language
   * @return the problem's code, detail and title
   */
  static StatusProblem forStatus(int status, @Nullable Reason why, Locale locale) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "error " + status : known.getReasonPhrase();
    Reason reason = why == null ? Reason.forStatus(status) : why;
    if (status == HttpStatus.NOT_FOUND.value()) {
      return new StatusProblem(
          ServiceRule.NOT_FOUND.code(),
          ServiceException.notFound("resource").message(locale),
          title);
    }
    // 501 and 505 are Tomcat's answers to what a client asked for (a method such as CONNECT, a
    // transfer coding such as gzip, an HTTP version), not faults of the server.
    if (status >= 500
        && status != HttpStatus.HTTP_VERSION_NOT_SUPPORTED.value()
        && status != HttpStatus.NOT_IMPLEMENTED.value()) {
      return new StatusProblem("service.internal", "internal error", title);
    }
    String detail =
        ServiceException.invalid(
                known == null ? HttpStatus.BAD_REQUEST : known, "request", null, reason, status)
            .message(locale);
    return new StatusProblem(ServiceRule.REQUEST_INVALID.code(), detail, title);
  }

  /**
   * A problem known only by its status ({@link #forStatus}).
   *
   * @param code the rule code
   * @param detail the detail in the client's language
   * @param title the status's reason phrase
   */
  record StatusProblem(String code, String detail, String title) {}

  /**
   * {@link #forStatus} as Spring MVC answers it, for {@link ErrorEndpoint}.
   *
   * @param status the HTTP status
   * @param locale the client's language
   * @return the problem document
   */
  static ResponseEntity<ProblemDetail> statusOnly(int status, Locale locale) {
    StatusProblem p = forStatus(status, null, locale);
    return problem(HttpStatusCode.valueOf(status), p.code(), null, p.detail(), locale);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
    if (e instanceof ErrorResponse r) {
      // Spring MVC's other refusals (method not allowed, media type...), with their own status.
      int status = r.getStatusCode().value();
      return service(
          ServiceException.invalid(
              HttpStatus.valueOf(status), "request", null, Reason.forStatus(status), status),
          locale);
    }
    if (unstorable(e)) {
      // bengkel read the value, the database cannot hold it (SQLSTATE class 22, data exception):
      // the request's value, not the server's fault. Nothing was stored. A text with U+0000 was
      // one, until bengkel's readers refused it (json.nul-character).
      return service(
          ServiceException.invalid(HttpStatus.BAD_REQUEST, "body", "body", Reason.UNSTORABLE),
          locale);
    }
    // The class and where it was thrown, not the message: a message may quote what the client sent.
    StackTraceElement[] at = e.getStackTrace();
    LOG.error("Unexpected {} at {}", e.getClass().getName(), at.length == 0 ? "unknown" : at[0]);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR, "service.internal", null, "internal error", locale);
  }

  /** Whether the database refused a value of the request as data (SQLSTATE class 22). */
  private static boolean unstorable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return true;
      }
    }
    return false;
  }

  /** bengkel's JSON error for whatever Spring or Jackson threw while reading a body. */
  static BengkelJsonException translate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BengkelJsonException b) {
        return b;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        return fromJackson(j);
      }
    }
    // No body at all: Spring answers an empty body and a JSON null alike (Jackson reads null as
    // null).
    return BengkelJsonException.of(
        JsonRule.MALFORMED, JsonPath.ROOT, "no request body (empty, or a JSON null)");
  }

  /**
   * Jackson's own errors (outside bengkel's types: the service's request records, the syntax) in
   * bengkel's rule codes. Until the Jackson module reports every error in Jackson's types with
   * bengkel's exception as the cause (issue 16), the service does this translation itself.
   */
  private static BengkelJsonException fromJackson(JacksonException e) {
    String path = path(e.getPath());
    if (e instanceof StreamConstraintsException) {
      return BengkelJsonException.of(JsonRule.LIMIT_EXCEEDED, path, "size or depth");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return BengkelJsonException.of(JsonRule.UNKNOWN_PROPERTY, path, u.getPropertyName());
    }
    if (e instanceof StreamReadException) {
      String where =
          e.getLocation() == null
              ? "unknown position"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      return BengkelJsonException.of(JsonRule.MALFORMED, path, where);
    }
    if (e instanceof MismatchedInputException m
        && m.getOriginalMessage() != null
        && m.getOriginalMessage().startsWith("Trailing token")) {
      return BengkelJsonException.of(JsonRule.TRAILING_TOKENS, JsonPath.ROOT);
    }
    if (e instanceof MismatchedInputException m) {
      String expected =
          m.getTargetType() == null ? "another value" : m.getTargetType().getSimpleName();
      return BengkelJsonException.of(JsonRule.WRONG_TYPE, path, expected, "another type");
    }
    return BengkelJsonException.of(JsonRule.MALFORMED, path, "unreadable");
  }

  private static String path(List<JacksonException.Reference> references) {
    String path = JsonPath.ROOT;
    for (JacksonException.Reference r : references) {
      if (r.getPropertyName() != null) {
        path = JsonPath.property(path, r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path = JsonPath.index(path, r.getIndex());
      }
    }
    return path;
  }

  /** {@code lines[0].quantity} → {@code $.lines[0].quantity}. */
  private static String bodyPath(String field) {
    return field.isEmpty()
        ? JsonPath.ROOT
        : JsonPath.ROOT + (field.startsWith("[") ? "" : ".") + field;
  }

  private static String constraintMessage(String path, String message, Locale locale) {
    return new ServiceException(
            HttpStatus.BAD_REQUEST,
            ServiceRule.CONSTRAINT,
            path,
            message == null ? "invalid" : message)
        .message(locale);
  }

  private ResponseEntity<ProblemDetail> json(BengkelJsonException e, Locale locale) {
    return problem(HttpStatus.BAD_REQUEST, e.ruleCode(), e.path(), e.message(locale), locale);
  }

  private ResponseEntity<ProblemDetail> violations(
      List<Map<String, String>> errors, Locale locale) {
    Map<String, String> first =
        errors.isEmpty()
            ? error(ServiceRule.CONSTRAINT.code(), JsonPath.ROOT, "invalid")
            : errors.get(0);
    ResponseEntity<ProblemDetail> response =
        problem(
            HttpStatus.BAD_REQUEST,
            first.get("code"),
            first.get("path"),
            first.get("detail"),
            locale);
    response.getBody().setProperty("errors", errors);
    return response;
  }

  private static Map<String, String> error(String code, String path, String detail) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("code", code);
    if (path != null) {
      m.put("path", path);
    }
    m.put("detail", detail);
    return m;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status, String code, String path, String detail, Locale locale) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setProperty("code", code);
    if (path != null) {
      p.setProperty("path", path);
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, language(locale))
        .body(p);
  }

  /**
   * The {@code Content-Language} of a problem in a client's language: bengkel's messages are in
   * Indonesian or English.
   *
   * @param locale the client's language
   * @return {@code id} or {@code en}
   */
  static String language(Locale locale) {
    return Messages.isIndonesian(locale) ? "id" : "en";
  }
}
