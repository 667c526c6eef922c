package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bengkel.Stamps;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.trainee.RegistrationNumber;

/** Hand-built test data: kue kering lots with expiry, boat miniatures without, the car wash. */
final class Fixture {

  static final Sku KUE = Sku.of("KUE-KERING-500G");
  static final Sku PERAHU = Sku.of("MINIATUR-PERAHU-30");
  static final Sku CUCI = Sku.of("CUCI-KENDARAAN");

  /** Kue kering lots: KK-A 10 jars expiring 1 Dec 2026 (picked first), KK-B 20 expiring 15 Dec. */
  static final StockLot KK_A =
      food("KK-A", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1), 10);

  static final StockLot KK_B =
      food("KK-B", LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 15), 20);

  /** Boat miniatures, no expiry: P-2 (made 1 Jul, 3) is picked before P-1 (made 1 Aug, 4). */
  static final StockLot P_1 = craft("P-1", LocalDate.of(2026, 8, 1), 4);

  static final StockLot P_2 = craft("P-2", LocalDate.of(2026, 7, 1), 3);

  static final Service WASH =
      Service.builder()
          .sku(CUCI)
          .name("Cuci kendaraan")
          .programme(ProgrammeCode.of("CUCI-SAE"))
          .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
          .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
          .build();

  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");
  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2025");

  /** 10 November 2026, 08:00: after every lot was received. */
  static final Stamp T0 = Stamps.at(2026, 11, 10, 8, 0);

  static final LocalDate DAY = T0.localDate();

  private Fixture() {}

  static StockLot food(String code, LocalDate produced, LocalDate expiry, long qty) {
    return StockLot.of(LotCode.of(code), KUE, produced, expiry, qty, produced.atTime(16, 0));
  }

  static StockLot craft(String code, LocalDate produced, long qty) {
    return StockLot.of(LotCode.of(code), PERAHU, produced, null, qty, produced.atTime(16, 0));
  }

  static Stamp at(int minutes) {
    return T0.plusMinutes(minutes);
  }

  static Rupiah rp(long amount) {
    return Rupiah.of(amount);
  }

  /** A ledger holding P-2, P-1, KK-A and KK-B (30 jars of kue, 7 boats). */
  static StockLedger stocked() {
    StockLedger l = StockLedger.empty(Stamps.FACILITY);
    for (StockLot lot : new StockLot[] {P_2, P_1, KK_A, KK_B}) {
      l = accept(l.receive(lot, Stamps.at(lot.receivedAt())));
    }
    return l;
  }

  static StockLedger accept(Outcome<StockLedger> r) {
    assertThat(r.isAccepted()).as("%s", r).isTrue();
    return r.orElseThrow();
  }

  /** The change of an accepted transition. */
  static OrderChange accepted(Outcome<OrderChange> r) {
    assertThat(r.refusals()).as("refusals").isEmpty();
    return r.orElseThrow();
  }

  static GoodsLine kue(long qty) {
    return GoodsLine.of(KUE, "Kue kering 500 g", qty, rp(90_000));
  }

  static GoodsLine perahu(long qty) {
    return GoodsLine.of(PERAHU, "Miniatur perahu 30 cm", qty, rp(100_000));
  }

  static ServiceJob carWash() {
    return ServiceJob.of(WASH, VehicleClass.CAR, DAY, Set.of(ANDI, BUDI));
  }

  /** SO-2026-0001 at the gallery for a walk-in buyer: 12 kue, 5 boats, one car wash. */
  static SalesOrder order() {
    return order("SO-2026-0001", kue(12), perahu(5), carWash());
  }

  static SalesOrder order(String number, OrderLine... lines) {
    return SalesOrder.quoted(number, Channel.GALLERY, Customer.walkIn(), DAY, List.of(lines), T0);
  }
}
