package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.BUDI;
import static org.bengkel.production.Fixtures.CANDRA;
import static org.bengkel.production.Fixtures.DEDI;
import static org.bengkel.production.Fixtures.DESK;
import static org.bengkel.production.Fixtures.KASI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.PENGAWAS;
import static org.bengkel.production.Fixtures.at;
import static org.bengkel.production.Fixtures.stamp;
import static org.bengkel.production.Fixtures.work;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.Stamps;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rupiah;
import org.bengkel.programme.TrainingRegister;
import org.junit.jupiter.api.Test;

/** Plan to stock and premi contributions for the two Pamekasan batches, hand-computed. */
class EndToEndTest {

  private static final LocalDate NOV_3 = NOV_2.plusDays(1);

  @Test
  void kueKeringBatchFromPlanToStockWithMaterialCostAndTeamHours() {
    TrainingRegister register = Fixtures.register();
    EnrolmentCheck enrolled = EnrolmentCheck.of(register);
    ProductionBatch planned =
        ProductionBatch.plan(
                LotCode.of("KK-20261102-01"),
                Fixtures.kueKering(),
                40,
                NOV_2,
                stamp(KASI, at(NOV_2.minusDays(5), 9, 0)))
            .orElseThrow()
            .assignSupervisor(PENGAWAS, DESK)
            .orElseThrow();

    // Bill: 20 jars need 5 kg flour, 3 kg butter, 2 kg sugar, 20 jars; 40 jars need twice that.
    // flour 10 kg x Rp12.000 = 120.000; butter 6 kg x Rp80.000 = 480.000;
    // sugar 4 kg x Rp16.000 = 64.000; jars 40 x Rp3.500 = 140.000; total Rp804.000.
    MaterialCost cost = planned.materialCost(Fixtures.boms(), Fixtures.prices());
    assertThat(cost.total()).isEqualTo(Rupiah.of(804_000));
    assertThat(cost.lines())
        .extracting(MaterialCostLine::cost)
        .containsExactly(
            Rupiah.of(120_000), Rupiah.of(480_000), Rupiah.of(64_000), Rupiah.of(140_000));
    assertThat(cost.date()).isEqualTo(NOV_2);

    ProductionBatch released =
        planned
            .startProduction(
                List.of(ANDI, BUDI, CANDRA), register, stamp(PENGAWAS, at(NOV_2, 7, 30)))
            .flatMap(b -> b.consumeMaterials(cost, DESK))
            // Andi 08:00-12:00 and 13:00-16:00: 4 h + 3 h = 7 h
            .flatMap(b -> b.recordWork(work(ANDI, NOV_2, "08:00", "12:00"), enrolled, DESK))
            .flatMap(b -> b.recordWork(work(ANDI, NOV_2, "13:00", "16:00"), enrolled, DESK))
            // Budi 08:00-11:30 and 11:30-15:00, touching: 3.5 h + 3.5 h = 7 h
            .flatMap(b -> b.recordWork(work(BUDI, NOV_2, "08:00", "11:30"), enrolled, DESK))
            .flatMap(b -> b.recordWork(work(BUDI, NOV_2, "11:30", "15:00"), enrolled, DESK))
            // Candra 13:00-16:00 on 2 Nov, then packs 08:00-10:15 on 3 Nov: 3 h + 2.25 h = 5 h 15
            // min
            .flatMap(b -> b.recordWork(work(CANDRA, NOV_2, "13:00", "16:00"), enrolled, DESK))
            .flatMap(b -> b.startPackaging(40, stamp(PENGAWAS, at(NOV_3, 8, 0))))
            .flatMap(b -> b.recordWork(work(CANDRA, NOV_3, "08:00", "10:15"), enrolled, DESK))
            .flatMap(
                b -> b.recordQualityCheck(38, 2, "2 toples retak", stamp(KASI, at(NOV_3, 11, 0))))
            .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), stamp(KASI, at(NOV_3, 12, 0))))
            .orElseThrow();

    assertThat(released.materials()).hasSize(4);
    assertThat(released.materials().get(0).quantity())
        .isEqualTo(Quantity.of(10_000, MeasureUnit.GRAM));
    assertThat(released.teamHours())
        .extracting(TeamHours::worked)
        .containsExactly(Duration.ofHours(7), Duration.ofHours(7), Duration.ofMinutes(315));
    assertThat(released.teamHours())
        .extracting(TeamHours::trainee)
        .containsExactly(ANDI, BUDI, CANDRA);
    assertThat(released.teamHours())
        .extracting(TeamHours::minutes)
        .containsExactly(420L, 420L, 315L);
    assertThat(released.teamHours()).allSatisfy(t -> assertThat(t.pieces()).isEmpty());
    assertThat(released.totalHours()).isEqualTo(Duration.ofMinutes(1155));

    // Stock: 38 good jars, best before 2 Nov 2026 + 60 days = 1 Jan 2027, released 3 Nov 12:00.
    StockLot lot = released.toStockLot(StockLot::of).orElseThrow();
    assertThat(lot)
        .isEqualTo(
            StockLot.of(
                LotCode.of("KK-20261102-01"),
                Fixtures.KUE_KERING,
                NOV_2,
                LocalDate.of(2027, 1, 1),
                38,
                at(NOV_3, 12, 0)));
    StockLedger ledger =
        StockLedger.empty(Stamps.FACILITY).receive(lot, Stamps.at(lot.receivedAt())).orElseThrow();
    assertThat(ledger.lots()).isNotEmpty();
  }

  @Test
  void arekLancorBatchFromPlanToStockWithMaterialCostAndPieces() {
    TrainingRegister register =
        Fixtures.register()
            .apply(Fixtures.KAYU, ANDI, Stamps.on(LocalDate.of(2026, 10, 1)))
            .orElseThrow();
    ProductionBatch planned =
        ProductionBatch.plan(
                LotCode.of("AL-20261102-01"),
                Fixtures.arekLancor(),
                6,
                NOV_2,
                stamp(KASI, at(NOV_2, 6, 0)))
            .orElseThrow()
            .assignSupervisor(KASI, DESK)
            .orElseThrow();

    // Bill: 10 miniatures need 5 blocks, 500 ml gold paint, 750 ml varnish, 20 sheets; 6 need 0.6
    // of it.
    // blocks 3 x Rp40.000 = 120.000; paint 300 ml x Rp120.000/l = 36.000;
    // varnish 450 ml x Rp90.000/l = 40.500; sandpaper 12 x Rp2.000 = 24.000; total Rp220.500.
    MaterialCost cost = planned.materialCost(Fixtures.boms(), Fixtures.prices());
    assertThat(cost.total()).isEqualTo(Rupiah.of(220_500));
    assertThat(cost.perUnit()).isEqualTo(Rupiah.of(36_750)); // 220.500 / 6

    ProductionBatch released =
        planned
            .startProduction(List.of(DEDI, ANDI), register, stamp(KASI, at(NOV_2, 8, 0)))
            .flatMap(b -> b.consumeMaterials(cost, DESK))
            // Dedi 08:00-12:00 on both days: 8 h; Andi 13:00-15:30 on 2 Nov: 2.5 h
            .flatMap(
                b ->
                    b.recordWork(
                        work(DEDI, NOV_2, "08:00", "12:00"), register::isActivelyEnrolled, DESK))
            .flatMap(
                b ->
                    b.recordWork(
                        work(ANDI, NOV_2, "13:00", "15:30"), register::isActivelyEnrolled, DESK))
            .flatMap(
                b ->
                    b.recordWork(
                        work(DEDI, NOV_3, "08:00", "12:00"), register::isActivelyEnrolled, DESK))
            .flatMap(b -> b.recordPieces(DEDI, 4, DESK))
            .flatMap(b -> b.recordPieces(ANDI, 2, DESK))
            .flatMap(b -> b.startPackaging(6, stamp(KASI, at(NOV_3, 13, 0))))
            .flatMap(
                b ->
                    b.recordQualityCheck(
                        5, 1, "satu bilah celurit patah", stamp(PENGAWAS, at(NOV_3, 14, 0))))
            .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), stamp(PENGAWAS, at(NOV_3, 15, 0))))
            .orElseThrow();

    // Premi by hours: Andi 150 min, Dedi 480 min; by pieces: Andi 2, Dedi 4 (registration order).
    assertThat(released.teamHours()).extracting(TeamHours::trainee).containsExactly(ANDI, DEDI);
    assertThat(released.teamHours()).extracting(TeamHours::minutes).containsExactly(150L, 480L);
    assertThat(released.teamHours())
        .extracting(TeamHours::pieces)
        .containsExactly(Optional.of(2L), Optional.of(4L));

    // Wood craft has no shelf life: the lot never expires.
    StockLot lot = released.toStockLot(StockLot::of).orElseThrow();
    assertThat(lot.expiryDate()).isEmpty();
    assertThat(lot.quantity()).isEqualTo(5);
    assertThat(lot.sku()).isEqualTo(Fixtures.AREK_LANCOR);
    assertThat(lot.receivedAt()).isEqualTo(at(NOV_3, 15, 0));
  }
}
