package org.bengkel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.examples.PamekasanMonthRequests;
import org.bengkel.examples.PamekasanMonthRequests.Request;
import org.bengkel.json.jackson3.BengkelJackson3;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Pamekasan month (October 2026) replayed through the HTTP API: every operation of the scenario
 * ({@code PamekasanWorkshop}) sent as a request at its own instant (the service's clock is set to
 * it) by its own officer, then {@code GET /reports/period} compared byte for byte with the
 * scenario's period report as bengkel's JSON writes it.
 *
 * <p>Its own application and PostgreSQL (other properties than {@link HttpTest}'s, so Spring's test
 * context cache keeps them apart): the month needs a ledger no other test has sold from, and a
 * clock of its own.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bengkel.data-dir=target/month-postgres", "bengkel.data-clean=true"})
class PamekasanMonthOverHttpTest extends HttpTest {

  private static final Pattern TRAINEE = Pattern.compile("\\{trainee:([^}]+)}");

  /** The path with each trainee's service id in place of its {@code {trainee:number}}. */
  private static String resolve(String path, Map<String, String> traineeIds) {
    Matcher m = TRAINEE.matcher(path);
    return m.find() ? m.replaceAll(r -> traineeIds.get(r.group(1))) : path;
  }

  @Test
  void theMonthOverHttpYieldsTheScenariosPeriodReport() {
    JsonMapper json = BengkelJackson3.mapper();
    PamekasanMonthRequests month =
        PamekasanMonthRequests.of(Path.of("target/pamekasan-over-http"), json);
    List<String> wrong = new ArrayList<>();
    List<String> splits = new ArrayList<>();
    int sent = 0;
    Map<String, String> traineeIds = new HashMap<>();
    for (Request r : month.requests()) {
      clock.set(r.at());
      String path = resolve(r.path(), traineeIds);
      Answer a = send(r.method(), path, r.body(), Actor.HEADER, r.officer());
      if (path.equals("/trainees") && a.status() == 201) {
        traineeIds.put(
            a.json().get("registrationNumber").asString(),
            a.header("Location").substring("/trainees/".length()));
      }
      sent++;
      boolean ok =
          switch (r.expect()) {
            case ACCEPTED -> a.status() / 100 == 2;
            case REFUSED -> a.status() == 422;
            case EITHER -> a.status() / 100 == 2 || a.status() == 422;
          };
      if (!ok) {
        wrong.add(
            r.method() + " " + r.path() + " at " + r.at() + ": " + a.status() + " " + a.body());
      }
      if (r.path().equals("/proceeds/splits") && a.status() == 201) {
        splits.add(a.body());
      }
    }
    assertEquals(List.of(), wrong, "answers other than the scenario's");
    assertTrue(sent > 200, "the month is a few hundred requests: " + sent);
    // Each stream's split as the scenario made it (premi, PNBP and capital from the service).
    assertEquals(List.copyOf(month.splits().values()), splits);
    assertEquals(month.pnbpLedger(), get("/pnbp/2026").body());

    // Every premi account as the scenario left it: credits, the cooperative's spending, balance.
    for (Map.Entry<RegistrationNumber, PremiAccount> e : month.premiAccounts().entrySet()) {
      String id = traineeIds.get(e.getKey().value());
      PremiAccount served = json.readValue(get("/premi/accounts/" + id).body(), PremiAccount.class);
      PremiAccount expected = e.getValue();
      assertEquals(expected.version(), served.version());
      assertEquals(expected.totalCredited(), served.totalCredited());
      assertEquals(expected.totalSpent(), served.totalSpent());
      assertEquals(expected.balance(), served.balance());
    }

    Answer report = get("/reports/period?from=2026-10-01&to=2026-10-31");
    assertEquals(200, report.status(), report.body());
    assertEquals(month.report(), report.body());
    // The same bytes as the scenario's own Jackson 2 writer gives the report.
    assertEquals(month.reportByJackson2(), report.body());
  }
}
