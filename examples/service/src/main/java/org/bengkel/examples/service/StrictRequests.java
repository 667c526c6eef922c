package org.bengkel.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.ReservationId;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The parts of a request outside its body read as strictly as bengkel reads the body (<i>permintaan
 * yang ketat</i>), each fault a problem document through {@link Problems}:
 *
 * <ul>
 *   <li>a code of bengkel's in a path or query (a SKU, lot code, programme code, reservation id,
 *       NIP or order number) is parsed by bengkel's own factory when Spring binds the handler's
 *       parameter of that type: what bengkel refuses is 400 with bengkel's rule code at {@code
 *       path.sku}, {@code query.lot} and so on ({@link Problems}), and a handler cannot forget to
 *       check one it takes;
 *   <li>a date in a path or query ({@code ?on=}, {@code /service-materials/{date}}) is an ISO date
 *       with a year from 0001 to 9999, as bengkel's JSON dates are: Spring's own conversion took
 *       {@code +10000-01-01} and {@code -999999999-01-01} (a day of service materials was stored
 *       under it); other forms are 400 at {@code query.on} or {@code path.date};
 *   <li>a query parameter given twice ({@code ?on=2026-10-15&on=2026-10-16}) is 400 at {@code
 *       query.on}: Spring took the first of two dates and joined two SKUs with a comma, where
 *       bengkel's JSON refuses a duplicate key;
 *   <li>a {@code Content-Type} with a wildcard ({@code application/*}) is 415, like any other type
 *       the service does not read: Spring's {@code HttpHeaders.getContentType()} throws an {@code
 *       IllegalArgumentException} for it, which was a 500.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictRequests implements WebMvcConfigurer, HandlerInterceptor {

  /** RFC 3339's date: four-digit year, month and day, as bengkel's {@code JsonReader} reads one. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addConverter(String.class, LocalDate.class, StrictRequests::date);
    parsed(registry, Sku.class, Sku::of);
    parsed(registry, LotCode.class, LotCode::of);
    parsed(registry, ProgrammeCode.class, ProgrammeCode::of);
    parsed(registry, ReservationId.class, ReservationId::of);
    parsed(registry, Nip.class, Nip::of);
    parsed(registry, OrderNumber.class, OrderNumber::of);
  }

  /**
   * Registers a value of a path or query read by one of bengkel's factories. Its {@link
   * org.bengkel.error.InvalidValueException} reaches {@link Problems} as the cause of Spring's type
   * mismatch. An empty text is no value, as Spring's own converters have it: a required parameter
   * is then missing.
   */
  private static <T> void parsed(
      FormatterRegistry registry, Class<T> type, Function<String, T> factory) {
    registry.addConverter(String.class, type, text -> text.isEmpty() ? null : factory.apply(text));
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  /**
   * A date of a path or query.
   *
   * @param text the text, such as {@code 2026-10-15}
   * @return the date, or null for an empty text (a required parameter is then missing)
   * @throws IllegalArgumentException when the text is not a date from 0001-01-01 to 9999-12-31,
   *     which Spring reports as a type mismatch (400)
   */
  static @Nullable LocalDate date(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (!DATE.matcher(text).matches() || text.startsWith("0000")) {
      // the client reads Reason.DATE, which says the form
      throw new IllegalArgumentException("not a date");
    }
    // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March.
    return LocalDate.parse(text);
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws HttpMediaTypeNotSupportedException {
    String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && !contentType.isBlank()) {
      try {
        MediaType type = MediaType.parseMediaType(contentType);
        if (type.isWildcardType() || type.isWildcardSubtype()) {
          throw new HttpMediaTypeNotSupportedException(
              type, List.of(MediaType.APPLICATION_JSON), HttpMethod.valueOf(request.getMethod()));
        }
      } catch (InvalidMediaTypeException e) {
        // Spring MVC answers an unparseable type itself (415) when it reads the body.
      }
    }
    String query = request.getQueryString();
    if (query != null) {
      Set<String> names = new HashSet<>();
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name;
        try {
          name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          // Tomcat refuses the query string when Spring asks for a parameter (Problems, 400).
          continue;
        }
        if (!name.isEmpty() && !names.add(name)) {
          throw ServiceException.invalid("query." + name, Reason.GIVEN_TWICE);
        }
      }
    }
    return true;
  }
}
