package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic concurrency: of writes based on the same version, one wins and the others change
 * nothing.
 */
class ConcurrencyTest extends HttpTest {

  private static final int CLIENTS = 16;

  @Autowired JdbcClient jdbc;

  @Test
  void oneOfSixteenWritesOnTheSameVersionWins() throws Exception {
    String nip = "199202022016041003";
    String officer = "{\"nip\": \"" + nip + "\", \"name\": \"Petugas %d\"}";
    String etag = put("/officers/" + nip, officer.formatted(0)).header("ETag");
    List<Future<Answer>> answers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int i = 1; i <= CLIENTS; i++) {
        String body = officer.formatted(i);
        answers.add(pool.submit(() -> put("/officers/" + nip, body, "If-Match", etag)));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Answer> a : answers) {
        statuses.add(a.get().status());
      }
      assertThat(statuses).containsOnly(200, 409);
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
    } finally {
      pool.shutdown();
    }
    // Two events in all (the first write and the winner), and the state is the winner's.
    long events =
        jdbc.sql(
                "select count(*) from events where aggregate_type = 'officer' and aggregate_id = ?")
            .param(nip)
            .query(Long.class)
            .single();
    assertThat(events).isEqualTo(2);
    assertThat(get("/officers/" + nip).header("ETag")).isEqualTo("\"2\"");
  }
}
