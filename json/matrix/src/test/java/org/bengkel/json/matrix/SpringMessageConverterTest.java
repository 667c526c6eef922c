package org.bengkel.json.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.contract.JacksonModuleContract.Wrapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * What a Spring host sees of an invalid request body (the converters of Spring Framework 7.0, which
 * Spring Boot 4.0.7 uses, over a mapper that found the module by discovery as Boot's does): every
 * body bengkel refuses is an {@code HttpMessageNotReadableException}, which Spring answers with 400
 * ({@code DefaultHandlerExceptionResolver}), at the top level and inside the request's own record,
 * with bengkel's error reachable through the causes. A raw {@code BengkelJsonException} escaping
 * the converter was answered with 500.
 */
class SpringMessageConverterTest {

  private static final String GOOD = "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}";

  private static List<HttpMessageConverter<Object>> converters() {
    @SuppressWarnings(
        "removal") // Spring 7 still ships the Jackson 2 converter for Boot 4's jackson2 support
    MappingJackson2HttpMessageConverter jackson2 =
        new MappingJackson2HttpMessageConverter(
            com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules().build());
    JacksonJsonHttpMessageConverter jackson3 =
        new JacksonJsonHttpMessageConverter(
            tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build());
    return List.of(jackson2, jackson3);
  }

  private static HttpInputMessage body(String json) {
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"nip\":\"198513152010121002\",\"name\":\"Budi\"}", // a NIP that breaks its rule
        "{}",
        "{\"nip\":",
        "{\"nip\":\"198503152010121002\",\"name\":\"Budi\",\"rank\":1}",
        "{\"nip\":198503152010121002,\"name\":\"Budi\"}",
      })
  void everyRefusedOfficerIsUnreadableForSpringWithBengkelsErrorAsACause(String json)
      throws Exception {
    for (HttpMessageConverter<Object> converter : converters()) {
      assertThatThrownBy(() -> converter.read(Officer.class, body(json)))
          .as(converter.getClass().getSimpleName())
          .isInstanceOf(HttpMessageNotReadableException.class)
          .satisfies(e -> assertThat(bengkelCause(e).path()).startsWith("$"));
      if (!json.endsWith(":")) {
        assertThatThrownBy(() -> converter.read(Wrapper.class, body("{\"officer\":" + json + "}")))
            .isInstanceOf(HttpMessageNotReadableException.class)
            .satisfies(e -> assertThat(bengkelCause(e).path()).startsWith("$.officer"));
      }
      assertThat(converter.read(Officer.class, body(GOOD))).isInstanceOf(Officer.class);
    }
  }

  private static BengkelJsonException bengkelCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BengkelJsonException b) {
        return b;
      }
    }
    throw new AssertionError("no BengkelJsonException among the causes of " + e);
  }
}
