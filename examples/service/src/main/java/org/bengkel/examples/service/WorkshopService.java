package org.bengkel.examples.service;

import java.time.Clock;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.validation.hibernate.BengkelAccessors;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference workshop service (<i>layanan bengkel kerja</i>): a Spring Boot application that
 * embeds bengkel the way a facility's own system would, on PostgreSQL (embedded unless {@code
 * spring.datasource.url} names a server). See docs/service.md.
 */
@SpringBootApplication
public class WorkshopService {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's command-line arguments, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(WorkshopService.class, args);
  }

  /**
   * The one line a host adds so that its Bean Validation sees bengkel's constraints: {@code @Valid}
   * on a bengkel body, and any injected {@code Validator}, then read the constraints on bengkel's
   * record-style accessors (Hibernate Validator alone reads only {@code getX()} getters).
   *
   * @return the customizer that registers bengkel's getter strategy
   */
  @Bean
  ValidationConfigurationCustomizer bengkelAccessors() {
    return c ->
        ((HibernateValidatorConfiguration) c)
            .getterPropertySelectionStrategy(new BengkelAccessors());
  }

  /**
   * bengkel's hardened mapper for every request and response body (strict: unknown properties,
   * duplicate keys, trailing tokens and floats for amounts are refused), with Spring's mix-in that
   * writes a problem document's extra properties at its top level.
   *
   * @return the mapper Spring MVC uses
   */
  @Bean
  JsonMapper jsonMapper() {
    return BengkelJackson3.mapper()
        .rebuild()
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
        .build();
  }

  /**
   * The clock that stamps events; a test may replace it.
   *
   * @return the system clock in UTC
   */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
