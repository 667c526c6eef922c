package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialPrices;
import org.bengkel.outcome.Outcome;
import org.bengkel.proceeds.Contribution;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The calls of the example in this package's Javadoc ({@code package-info.java}), line for line, so
 * that the example keeps compiling and its batch goes from plan to stock and premi. Change both
 * together.
 */
class PackageExampleTest {

  private final Facility lapas = Fixtures.PAMEKASAN;
  private final LotCode code = LotCode.of("KK-20261102-01");
  private final Product product = Fixtures.kueKering();
  private final LocalDate day = Fixtures.NOV_2;
  private final Officer kasi = Fixtures.KASI;
  private final Officer pengawas = Fixtures.PENGAWAS;
  private final BomRegistry boms = Fixtures.boms();
  private final MaterialPrices prices = Fixtures.prices();
  private final RegistrationNumber rn = Fixtures.ANDI;
  private final List<RegistrationNumber> team = List.of(rn);
  private final TrainingRegister register = Fixtures.register();

  private Stamp stamp(Officer officer, LocalDateTime time) {
    return Stamp.ofLocal(Actor.officer(officer.nip()), time, lapas.zone());
  }

  @Test
  void thePackageExampleTakesABatchFromPlanToStockAndPremi() {
    Stamp planning = stamp(kasi, day.minusDays(5).atTime(9, 0));
    ProductionBatch planned =
        ProductionBatch.plan(code, product, 40, day, planning)
            .flatMap(b -> b.assignSupervisor(pengawas, planning))
            .orElseThrow();
    MaterialCost cost = planned.materialCost(boms, prices);
    Stamp desk = stamp(kasi, day.atTime(17, 30));
    Outcome<ProductionBatch> released =
        planned
            .startProduction(team, register, stamp(pengawas, day.atTime(7, 30)))
            .flatMap(b -> b.consumeMaterials(cost, desk))
            .flatMap(
                b ->
                    b.recordWork(
                        WorkInterval.of(rn, day, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        register::isActivelyEnrolled,
                        desk))
            .flatMap(b -> b.startPackaging(38, stamp(pengawas, day.atTime(15, 0))))
            .flatMap(b -> b.recordQualityCheck(36, 2, stamp(kasi, day.atTime(16, 0))))
            .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), stamp(kasi, day.atTime(17, 0))));
    assertThat(released.refusals()).isEmpty();

    ProductionBatch batch = released.orElseThrow();
    StockLot lot = batch.toStockLot(StockLot::of).orElseThrow();
    List<Contribution> byTime =
        batch.teamHours().stream().map(h -> Contribution.ofTime(h.trainee(), h.worked())).toList();

    assertThat(batch.stage()).isEqualTo(BatchStage.RELEASED);
    assertThat(lot.quantity()).isEqualTo(36);
    assertThat(lot.lotCode()).isEqualTo(code);
    assertThat(byTime).containsExactly(Contribution.ofTime(rn, Duration.ofHours(4)));
  }
}
