package org.bengkel.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Production batches, the training register, premi and PNBP over HTTP, beyond the month's happy
 * path (PamekasanMonthOverHttpTest): versions and {@code If-Match}, refusals with bengkel's rule
 * codes, 404s, the audit trail, and a premi allocation that cannot be credited storing nothing.
 */
class ProductionAndProceedsTest extends HttpTest {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  @BeforeEach
  void facilityAndProduct() {
    put("/facility", golden("facility.json"));
    put("/catalogue/products/KUE-KERING-500G", golden("catalog-product.json"));
  }

  @Test
  void aBatchKeepsItsVersionsRefusalsAndTrail() {
    String lot = "UJI-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    // Production starts on the production date in the facility's zone (WIB): today there.
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    String plan =
        ("{\"lotCode\":\"%s\",\"sku\":\"KUE-KERING-500G\",\"plannedQuantity\":40,"
                + "\"productionDate\":\"%s\"}")
            .formatted(lot, today.plusDays(3));
    Answer planned = post("/batches", plan);
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    assertThat(planned.header("ETag")).isEqualTo("\"1\"");
    assertThat(planned.header("Location")).isEqualTo("/batches/" + lot);
    assertThat(planned.json().get("lotCode").asString()).isEqualTo(lot);
    // The same lot code twice: 409, and the first plan stands.
    assertThat(post("/batches", plan).status()).isEqualTo(409);

    String supervisor = "{\"nip\":\"" + ACTOR + "\"}";
    put("/officers/" + ACTOR, sample("officer.json"));
    Answer stale = post("/batches/" + lot + "/supervisor", supervisor, "If-Match", "\"7\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().get("code").asString()).isEqualTo("service.stale-version");
    Answer assigned = post("/batches/" + lot + "/supervisor", supervisor, "If-Match", "\"1\"");
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.header("ETag")).isEqualTo("\"2\"");

    // Released before its quality check: bengkel refuses, nothing is stored.
    Answer early = post("/batches/" + lot + "/release", null);
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.json().get("code").asString()).isEqualTo("production.quality-check.required");
    assertThat(get("/batches/" + lot).header("ETag")).isEqualTo("\"2\"");

    JsonNode trail = get("/audit/production-batch/" + lot).json();
    assertThat(trail.findValuesAsString("type"))
        .containsExactly("production.batch-planned", "production.supervisor-assigned");
    assertThat(trail.findValuesAsString("actor")).containsOnly(ACTOR);

    assertThat(post("/batches/NO-SUCH-LOT/supervisor", supervisor).status()).isEqualTo(404);
    assertThat(get("/batches/bad%20lot").status()).isEqualTo(400);
  }

  @Test
  void theTrainingRegisterTakesProgrammesAndRefusesUnknownOnes() {
    String code = "UJI-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    String programme = golden("programme-skill-programme.json").replace("CUCI-MOTOR-2026", code);
    Answer added = put("/programmes/" + code, programme);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    // The same programme again: the register refuses it.
    assertThat(put("/programmes/" + code, programme).status()).isIn(409, 422);
    // A body for another programme than the path's.
    assertThat(put("/programmes/OTHER-2026", programme).json().get("code").asString())
        .isEqualTo("service.id-mismatch");
    Answer applied = post("/programmes/" + code + "/enrolments", "{\"trainee\":\"B.I-0412/2024\"}");
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    JsonNode trail = get("/audit/programme/" + code).json();
    assertThat(trail.findValuesAsString("type")).containsExactly("programme.enrolment-applied");
    assertThat(get("/audit/skill-programme/" + code).json().findValuesAsString("type"))
        .containsExactly("ProgrammeAdded");
    Answer unknown = post("/programmes/NO-SUCH-2026/enrolments", "{\"trainee\":\"B.I-0412/2024\"}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().get("code").asString())
        .isEqualTo("programme.register.unknown-programme");
  }

  @Test
  void pnbpNeedsATargetAndRefusesAnOverDeposit() {
    int year = 2030 + SERIAL.incrementAndGet() % 60;
    String entry = "{\"reference\":\"PNBP-UJI\",\"amount\":1000000}";
    assertThat(post("/pnbp/" + year + "/records", entry).status()).isEqualTo(404);
    assertThat(put("/pnbp/" + year + "/target", "{\"target\":12000000}").status()).isIn(200, 201);
    // A record is dated today, outside the ledger's year: refused, and nothing is stored.
    Answer recorded = post("/pnbp/" + year + "/records", entry);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(422);
    assertThat(recorded.json().get("code").asString()).isEqualTo("proceeds.pnbp.outside-year");
    assertThat(get("/audit/pnbp-ledger/" + year).status()).isEqualTo(404);
    assertThat(post("/pnbp/0/records", entry).status()).isEqualTo(400);
  }

  @Test
  void anAllocationForAnUnregisteredTraineeStoresNothing() {
    String reference = "PREMI-UJI-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    String allocation =
        ("{\"reference\":\"%s\",\"pool\":90000,\"basis\":\"PIECES\",\"contributions\":"
                + "[{\"registrationNumber\":\"%s\",\"quantity\":3}]}")
            .formatted(reference, freshRegistrationNumber());
    Answer a = post("/premi/allocations", allocation);
    assertThat(a.status()).as(a.body()).isEqualTo(404);
    assertThat(a.body()).doesNotContain("B.I-");
    // The allocation was rolled back with the credit that failed.
    assertThat(get("/audit/premi-allocation/" + reference).status()).isEqualTo(404);
  }
}
