package org.bengkel.examples.service;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's {@code /error}, where the servlet container forwards an error that Spring MVC's
 * handlers never saw (Tomcat refuses {@code TRACE} with 405 itself), as a problem document like
 * every other error (<i>halaman galat</i>). In place of Boot's own {@code BasicErrorController},
 * whose JSON ({@code timestamp}, {@code error}, {@code path}) has no rule code and is not {@code
 * application/problem+json}.
 */
@RestController
class ErrorEndpoint implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
    // A client asking for /error itself is asking for a resource that does not exist.
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
            ? code
            : HttpStatus.NOT_FOUND.value();
    ResponseEntity<ProblemDetail> problem =
        Problems.statusOnly(status < 400 ? HttpStatus.NOT_FOUND.value() : status, locale);
    // The instance is the request that failed, not /error.
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      try {
        problem.getBody().setInstance(new URI(uri));
      } catch (URISyntaxException e) {
        // Tomcat let it through, java.net.URI does not: the document goes without an instance.
      }
    }
    return problem;
  }
}
