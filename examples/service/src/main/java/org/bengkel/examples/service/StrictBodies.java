package org.bengkel.examples.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonText;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Request bodies go through bengkel's own byte check before Jackson sees them (<i>badan permintaan
 * yang ketat</i>): longer than bengkel's document limit is {@code json.limit-exceeded}, bytes that
 * are not UTF-8 are {@code json.malformed}, both 400.
 *
 * <p>Why: Spring MVC hands Jackson the request's byte stream, and Jackson's byte parser decodes
 * some invalid UTF-8 (an overlong {@code C0 AF} becomes {@code /}) that bengkel's readers refuse
 * ({@link JsonText#decodeUtf8}); the hostile-document suite found a facility name accepted that
 * way. A body is read into memory up to the limit (10 MB), which the limit bounds.
 */
@ControllerAdvice
class StrictBodies extends RequestBodyAdviceAdapter {

  private static final BengkelJsonOptions OPTIONS = BengkelJsonOptions.strict();

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public HttpInputMessage beforeBodyRead(
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType)
      throws IOException {
    byte[] body;
    try (InputStream in = input.getBody()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, OPTIONS.maxDocumentLength() + 1));
    }
    JsonText.decodeUtf8(body, OPTIONS);
    HttpHeaders headers = input.getHeaders();
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(body);
      }

      @Override
      public HttpHeaders getHeaders() {
        return headers;
      }
    };
  }
}
