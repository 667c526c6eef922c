package org.bengkel.examples.service;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report for a request it refused before any servlet saw it, as a problem document
 * (<i>laporan galat Tomcat</i>): a URL with a character it does not allow ({@code |}, {@code {},
 * a raw space or {@code \}), an encoded {@code /} or NUL, a path that is not UTF-8, a request line
 * or header too large, an unknown HTTP version. Tomcat's own valve answered these with an HTML page
 * naming Tomcat; a client of this service reads {@code application/problem+json} for every error.
 *
 * <p>Installed as the host's error report valve by {@link TomcatProblems} (Tomcat creates it by
 * its class name, so the class and its constructor are public). It writes nothing when the answer
 * already has a body: errors inside Spring MVC have theirs from {@link Problems}.
 */
public class ProblemReportValve extends ErrorReportValve {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Tomcat creates the valve by reflection. */
  public ProblemReportValve() {
    super();
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    // The headers may be unread (the request line was refused): English unless the client asked.
    Locale locale =
        request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    // Tomcat's own message quotes the request target, which may carry what a client should not
    // have put in a URL: the detail says what kind of fault it is instead.
    Problems.StatusProblem p =
        Problems.forStatus(
            status, status == HttpStatus.BAD_REQUEST.value() ? Reason.URL_REFUSED : null, locale);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", p.title());
    problem.put("status", status);
    problem.put("detail", p.detail());
    problem.put("code", p.code());
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Content-Language", Problems.language(locale));
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the answer already started: nothing more can be said.
    }
  }
}
