package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Names and registration numbers never reach the logs: a sequence of requests about a trainee
 * (registration, a duplicate, eligibility, a broken body) with Spring's web and JDBC logging and
 * the service's at DEBUG, and not one line carries them.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends HttpTest {

  private static final String[] CHATTY = {
    "org.springframework.web",
    "org.springframework.jdbc",
    "org.bengkel",
    "io.zonky",
    "org.apache.catalina"
  };

  @Test
  void noTraineeDataInTheLogs(CapturedOutput output) {
    LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    for (String logger : CHATTY) {
      logging.setLogLevel(logger, LogLevel.DEBUG);
    }
    String number = freshRegistrationNumber();
    String name = "Budi Santoso Wibowo";
    String body =
        sample("trainee.json").replace("B.I-45/2025", number).replace("Slamet Riyadi", name);
    try {
      Answer registered = post("/trainees", body);
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
      String at = registered.header("Location");
      assertThat(post("/trainees", body).status()).isEqualTo(409);
      assertThat(get(at + "/eligibility?on=2026-10-15").status()).isEqualTo(200);
      assertThat(get(at).status()).isEqualTo(200);
      assertThat(post("/trainees", body.replace("\"status\"", "\"statue\"")).status())
          .isEqualTo(400);
      assertThat(post("/trainees", body.replace("\"CONVICT\"", "7")).status()).isEqualTo(400);
      // Premi credited to the trainee's account (stored and logged under the service's id), an
      // enrolment refused, a premi allocation for a number no trainee has.
      put("/facility", golden("facility.json"));
      String premi =
          "{\"reference\":\"PREMI-LOG-%s\",\"pool\":1000,\"basis\":\"PIECES\",\"contributions\":"
              + "[{\"registrationNumber\":\"%s\",\"quantity\":1}]}";
      String reference = String.valueOf(System.nanoTime());
      Answer credited = post("/premi/allocations", premi.formatted(reference, number));
      assertThat(credited.status()).as(credited.body()).isEqualTo(201);
      assertThat(get("/premi/accounts/" + at.substring("/trainees/".length())).status())
          .isEqualTo(200);
      // 422 when the register exists, 404 before any programme is added (this class alone).
      assertThat(
              post("/programmes/NO-SUCH-2026/enrolments", "{\"trainee\":\"" + number + "\"}")
                  .status())
          .isIn(404, 422);
      String stranger = freshRegistrationNumber();
      assertThat(post("/premi/allocations", premi.formatted(reference + "-2", stranger)).status())
          .isEqualTo(404);
    } finally {
      for (String logger : CHATTY) {
        logging.setLogLevel(logger, null);
      }
    }
    // The logs were written (the check can fail) ...
    assertThat(output.getAll())
        .contains("trainee")
        .contains("TraineeRegistered")
        .contains("proceeds.premi-credited");
    // ... and carry neither the name nor the number, nor a part of either.
    assertThat(output.getAll())
        .doesNotContain(number)
        .doesNotContain("Budi")
        .doesNotContain("Wibowo");
  }

  /**
   * A request Tomcat refuses before any servlet (a {@code |} in the URL, a control character in a
   * header) at the service's own log levels: Tomcat's connector logged it at INFO ("Error parsing
   * HTTP request header") with the request target or the header line quoted, the registration
   * number and the name in them. Tomcat logs the first such request of each connection processor at
   * INFO and later ones at DEBUG, so the requests go out together, on connections of their own.
   */
  @Test
  void noRequestTomcatRefusesIsLogged(CapturedOutput output) throws Exception {
    String number = freshRegistrationNumber();
    String pipe = number.replace("/", "|");
    List<String> requests = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      requests.add("GET /premi/accounts/" + pipe + " HTTP/1.1\r\nHost: x\r\n\r\n");
      requests.add(
          "GET /facility HTTP/1.1\r\nHost: x\r\n"
              + Actor.HEADER
              + ": "
              + number
              + " Budi\u0001Wibowo\r\nConnection: close\r\n\r\n");
    }
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch ready = new CountDownLatch(requests.size());
      List<Future<Integer>> answers = new ArrayList<>();
      for (String request : requests) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return raw(request).status();
                }));
      }
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(400);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(get("/eligibility-policy").status()).isEqualTo(200);
    assertThat(output.getAll())
        .doesNotContain(number)
        .doesNotContain(pipe)
        .doesNotContain("Budi")
        .doesNotContain("Wibowo");
  }
}
