package org.bengkel.json.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.production.LotCode;
import org.junit.jupiter.params.provider.Arguments;

/** The golden samples and invalid documents of inventory ({@code org.bengkel.inventory}). */
final class InventorySamples {

  private InventorySamples() {}

  static final Sku KUE_KERING = CatalogSamples.KUE_KERING;
  static final LotCode LOT = LotCode.parse("KK-20261102-01");
  static final ReservationId ORDER = ReservationId.forLine("SO-2026-0042", 1);

  static final StockLot COOKIES =
      StockLot.of(
          LOT,
          KUE_KERING,
          LocalDate.of(2026, 11, 2),
          LocalDate.of(2027, 1, 1),
          40,
          LocalDateTime.of(2026, 11, 3, 8, 0));

  static final StockLot CHAIRS =
      StockLot.of(
          LotCode.parse("KJ-20261020-03"),
          Sku.parse("KURSI-JATI"),
          LocalDate.of(2026, 10, 20),
          null,
          4,
          LocalDateTime.of(2026, 10, 21, 13, 45, 30));

  /** Released, reserved for an order, and a damaged jar written off: real movements. */
  static final List<Movement> MOVEMENTS = movements();

  private static List<Movement> movements() {
    StockLedger ledger =
        StockLedger.empty(ContractStamps.LEDGER)
            .receive(COOKIES, ContractStamps.at(COOKIES.receivedAt()))
            .orElseThrow();
    ledger =
        ledger
            .reserve(ORDER, KUE_KERING, 10, ContractStamps.at(LocalDateTime.of(2026, 11, 4, 9, 15)))
            .orElseThrow();
    ledger =
        ledger
            .writeOff(
                LOT,
                1,
                WriteOffReason.DAMAGED,
                ContractStamps.at(LocalDateTime.of(2026, 11, 5, 16, 0)))
            .orElseThrow();
    return ledger.movements();
  }

  /**
   * A ledger of two lots: chairs and cookies released, ten packs reserved for an order, one chair
   * sold at the gallery counter, a damaged pack written off.
   */
  static final StockLedger LEDGER = ledger();

  private static StockLedger ledger() {
    StockLedger ledger =
        StockLedger.empty(ContractStamps.LEDGER)
            .receive(CHAIRS, ContractStamps.at(CHAIRS.receivedAt()))
            .orElseThrow();
    ledger = ledger.receive(COOKIES, ContractStamps.at(COOKIES.receivedAt())).orElseThrow();
    ledger =
        ledger
            .reserve(ORDER, KUE_KERING, 10, ContractStamps.at(LocalDateTime.of(2026, 11, 4, 9, 15)))
            .orElseThrow();
    ledger =
        ledger
            .sell(CHAIRS.sku(), 1, ContractStamps.at(LocalDateTime.of(2026, 11, 4, 11, 0)))
            .orElseThrow();
    return ledger
        .writeOff(
            LOT, 1, WriteOffReason.DAMAGED, ContractStamps.at(LocalDateTime.of(2026, 11, 5, 16, 0)))
        .orElseThrow();
  }

  static List<Sample> samples() {
    return List.of(
        new Sample("inventory-reservation-id", ReservationId.class, ORDER),
        new Sample("inventory-stock-lot", StockLot.class, COOKIES),
        new Sample("inventory-stock-lot-no-expiry", StockLot.class, CHAIRS),
        new Sample("inventory-movement", Movement.class, MOVEMENTS.get(0)),
        new Sample("inventory-movement-reserved", Movement.class, MOVEMENTS.get(1)),
        new Sample("inventory-movement-written-off", Movement.class, MOVEMENTS.get(2)),
        new Sample("inventory-stock-ledger", StockLedger.class, LEDGER));
  }

  static Stream<Arguments> invalidDocuments() {
    String lot =
        "{\"lotCode\":\"KK-20261102-01\",\"sku\":\"KUE-KERING-500G\",\"productionDate\":\"2026-11-02\","
            + "\"quantity\":40,\"receivedAt\":\"2026-11-03T08:00:00\"}";
    String movement =
        "{\"sequence\":1,\"version\":1,\"type\":\"RECEIVED\",\"at\":\"2026-11-03T08:00:00\","
            + "\"sku\":\"KUE-KERING-500G\",\"lotCode\":\"KK-20261102-01\",\"quantity\":40}";
    // the lot holds 40 packs: a direct sale of 41 does not replay
    String ledger =
        "{\"facility\":\"LAPAS-PAMEKASAN\",\"lots\":["
            + lot
            + "],\"movements\":["
            + movement
            + ",{\"sequence\":2,\"version\":2,\"type\":\"SOLD\",\"at\":\"2026-11-04T10:00:00\","
            + "\"sku\":\"KUE-KERING-500G\",\"lotCode\":\"KK-20261102-01\",\"quantity\":41}]}";
    return Stream.of(
        Arguments.of(
            StockLedger.class, ledger, "$.movements[1]", "inventory.available.insufficient"),
        Arguments.of(
            StockLedger.class,
            ledger.replace(
                "\"KK-20261102-01\",\"quantity\":41", "\"KK-20261102-09\",\"quantity\":4"),
            "$.movements[1].lotCode",
            "inventory.lot.unknown"),
        Arguments.of(ReservationId.class, "\"so 42\"", "$", "value.malformed"),
        Arguments.of(StockLot.class, lot.replace("40", "0"), "$.quantity", "value.out-of-range"),
        Arguments.of(
            StockLot.class,
            lot.replace("\"quantity\"", "\"expiryDate\":\"2026-01-01\",\"quantity\""),
            "$.expiryDate",
            "value.date-order"),
        Arguments.of(
            StockLot.class,
            lot.replace("2026-11-03T08:00:00", "2026-11-01T08:00:00"),
            "$.receivedAt",
            "value.date-order"),
        Arguments.of(
            StockLot.class,
            lot.replace("2026-11-03T08:00:00", "2026-11-03 08:00"),
            "$.receivedAt",
            "json.malformed-date"),
        Arguments.of(
            Movement.class,
            movement.replace("\"RECEIVED\"", "\"RESERVED\""),
            "$.reservation",
            "inventory.movement.inconsistent"),
        Arguments.of(
            Movement.class,
            movement.replace("}", ",\"reservation\":\"SO-1\"}"),
            "$.reservation",
            "inventory.movement.inconsistent"),
        Arguments.of(
            Movement.class,
            movement.replace("\"RECEIVED\"", "\"WRITTEN_OFF\""),
            "$.writeOffReason",
            "inventory.movement.inconsistent"),
        Arguments.of(
            Movement.class,
            movement.replace("\"sequence\":1", "\"sequence\":0"),
            "$.sequence",
            "value.out-of-range"),
        Arguments.of(
            Movement.class,
            movement.replace("\"RECEIVED\"", "\"STOLEN\""),
            "$.type",
            "json.unknown-constant"));
  }
}
