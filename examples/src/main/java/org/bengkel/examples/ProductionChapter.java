package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.error.Messages;
import org.bengkel.facility.Officer;
import org.bengkel.foodsafety.FoodSafetyDecision;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.LotStock;
import org.bengkel.inventory.SkuStock;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.ProductionRule;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.report.ProductionFigures;
import org.bengkel.trainee.Trainee;

/**
 * Production batches of the month (plan, material cost from the bill of materials and the partners'
 * prices on the day, team hours, quality check, food safety decision, release or rejection) and the
 * stock they put in the gallery's store.
 */
final class ProductionChapter {

  private final FoodSafetyPolicy foodSafety = FoodSafetyPolicy.defaults();

  /** One batch of the month's plan. */
  private record Plan(
      String lot,
      String sku,
      long planned,
      LocalDate day,
      int workDays,
      Officer supervisor,
      List<Trainee> team,
      long produced,
      long good,
      long rejected,
      boolean byPieces) {}

  static final List<Trainee> WOOD_TEAM = List.of(SLAMET, RUDI, HASAN);
  static final List<Trainee> FOOD_TEAM = List.of(HAIRUL, FAISOL);

  static final List<Plan> PLANS =
      List.of(
          new Plan(
              "KK-20261012-01",
              "KUE-KERING-500G",
              40,
              LocalDate.of(2026, 10, 12),
              2,
              FOOD_SUPERVISOR,
              FOOD_TEAM,
              40,
              38,
              2,
              false),
          new Plan(
              "JH-20261014-01",
              "JAHE-INSTAN-30",
              60,
              LocalDate.of(2026, 10, 14),
              2,
              FOOD_SUPERVISOR,
              FOOD_TEAM,
              60,
              60,
              0,
              false),
          new Plan(
              "KS-20261019-01",
              "KERIPIK-SINGKONG-150G",
              100,
              LocalDate.of(2026, 10, 19),
              1,
              FOOD_SUPERVISOR,
              FOOD_TEAM,
              100,
              96,
              4,
              false),
          new Plan(
              "KK-20261021-01",
              "KUE-KERING-500G",
              40,
              LocalDate.of(2026, 10, 21),
              2,
              FOOD_SUPERVISOR,
              FOOD_TEAM,
              40,
              39,
              1,
              false),
          new Plan(
              "PR30-20261012-01",
              "PERAHU-30CM",
              12,
              LocalDate.of(2026, 10, 12),
              2,
              WOOD_SUPERVISOR,
              WOOD_TEAM,
              12,
              12,
              0,
              true),
          new Plan(
              "PR40-20261014-01",
              "PERAHU-40CM",
              8,
              LocalDate.of(2026, 10, 14),
              2,
              WOOD_SUPERVISOR,
              WOOD_TEAM,
              8,
              8,
              0,
              true),
          new Plan(
              "PR70-20261016-01",
              "PERAHU-70CM",
              6,
              LocalDate.of(2026, 10, 16),
              2,
              WOOD_SUPERVISOR,
              WOOD_TEAM,
              6,
              6,
              0,
              true),
          new Plan(
              "AL-20261020-01",
              "AREK-LANCOR-40CM",
              8,
              LocalDate.of(2026, 10, 20),
              3,
              WOOD_SUPERVISOR,
              WOOD_TEAM,
              8,
              7,
              1,
              true),
          new Plan(
              "KT-20261023-01",
              "KURSI-TERAS-SET",
              1,
              LocalDate.of(2026, 10, 23),
              4,
              WOOD_SUPERVISOR,
              WOOD_TEAM,
              1,
              1,
              0,
              true));

  void run(PrintStream out, Month month) {
    Table.heading(out, "4. Produksi, " + MONTH_START + " s.d. " + MONTH_END);
    // The unit cost is per good unit, as the cost of goods sold (sections 10 and 13) takes it: the
    // units rejected at the quality check are borne by the good ones; a rejected batch has no good
    // unit and its whole cost is written off.
    Table batches =
        new Table(
            "Kode lot",
            "Produk",
            ">Rencana",
            ">Baik",
            ">Tolak",
            ">Biaya bahan",
            ">Tiap unit baik",
            ">Jam tim",
            "Keamanan pangan",
            "Status");
    List<String> foodDecisions = new ArrayList<>();
    for (Plan p : PLANS) {
      ProductionBatch batch = produce(p, month);
      MaterialCost cost = month.batchCosts.get(batch.lotCode());
      if (batch.stage() == BatchStage.REJECTED) {
        month.writeOffs.merge(SalesChapter.streamOf(batch.product()), cost.total(), Rupiah::plus);
      }
      String decisionText;
      if (batch.product().isFood()) {
        FoodSafetyDecision d = foodSafety.decide(batch.product(), p.day());
        decisionText = d.isAllowed() ? "boleh diedarkan" : "DITOLAK";
        if (!d.isAllowed()) {
          foodDecisions.add(p.lot() + ": " + String.join("; ", d.messages(TrainingChapter.ID)));
        }
      } else {
        decisionText = "bukan pangan";
      }
      batches.row(
          p.lot(),
          batch.product().name(),
          p.planned(),
          batch.goodUnits(),
          batch.qualityCheck().map(q -> q.rejectedUnits()).orElse(0L),
          cost.total(),
          batch.stage() == BatchStage.RELEASED && batch.goodUnits() > 0
              ? ProductionFigures.costOfGoodUnits(cost.total(), batch.goodUnits(), 1)
              : "dihapuskan",
          Report.hours(batch.totalHours()),
          decisionText,
          batch.stage().displayName(Messages.INDONESIAN));
    }
    batches.print(out);
    stockReleased(month);
    for (String why : foodDecisions) {
      out.println("Lot tidak dirilis, " + why);
    }
    out.println();

    ProductionBatch first = month.batches.get(LotCode.of(PLANS.get(0).lot()));
    out.println(
        "Rincian biaya bahan "
            + first.lotCode()
            + " ("
            + first.plannedQuantity()
            + " "
            + first.product().unit().indonesian()
            + ", harga pemasok pada "
            + first.productionDate()
            + "):");
    Table lines = new Table("Bahan", ">Jumlah", "Pemasok", ">Harga satuan", "Satuan", ">Biaya");
    MaterialCost cost = month.batchCosts.get(first.lotCode());
    for (MaterialCostLine l : cost.lines()) {
      lines.row(
          l.material().name(),
          l.quantity(),
          l.price().partner().name(),
          l.price().price(),
          l.price().material().unit().symbol(),
          l.cost());
    }
    lines.row("Jumlah", "", "", "", "", cost.total());
    lines.print(out);

    out.println("Jam kerja tim tiap lot (tidak dihitung ganda):");
    Table team = new Table("Kode lot", "Warga binaan", ">Jam kerja", ">Buah");
    for (ProductionBatch b : month.batches.values()) {
      for (TeamHours h : b.teamHours()) {
        team.row(
            b.lotCode(),
            BY_NUMBER.get(h.trainee()).name(),
            Report.hours(h.worked()),
            h.pieces().map(String::valueOf).orElse("-"));
      }
    }
    team.print(out);

    Table.heading(
        out, "5. Stok gudang galeri menurut produk dan lot, " + LocalDate.of(2026, 10, 28));
    Table stock = new Table("Produk", "Kode lot", "Tgl produksi", "Baik s.d.", ">Tersedia");
    for (SkuStock s : month.ledger.stock()) {
      for (LotStock l : month.ledger.lots(s.sku())) {
        stock.row(
            product(s.sku().value()).name(),
            l.lot().lotCode(),
            l.lot().productionDate(),
            l.lot().expiryDate().map(LocalDate::toString).orElse("-"),
            l.available());
      }
      stock.row("  jumlah " + s.sku(), "", "", "", s.available());
    }
    stock.print(out);
  }

  private ProductionBatch produce(Plan p, Month month) {
    Product product = product(p.sku());
    ProductionBatch batch =
        ProductionBatch.plan(
                LotCode.of(p.lot()),
                product,
                p.planned(),
                p.day(),
                stamp(KASI_GIATJA, p.day().minusDays(3).atTime(9, 0)))
            .orElseThrow()
            .assignSupervisor(p.supervisor(), stamp(KASI_GIATJA, p.day().minusDays(3).atTime(9, 5)))
            .orElseThrow();
    MaterialCost cost = batch.materialCost(BOMS, MATERIAL_PRICES);
    batch =
        batch
            .startProduction(
                p.team().stream().map(Trainee::registrationNumber).toList(),
                month.register,
                stamp(p.supervisor(), p.day().atTime(7, 30)))
            .flatMap(b -> b.consumeMaterials(cost, stamp(p.supervisor(), p.day().atTime(7, 45))))
            .orElseThrow();
    LocalDate day = p.day();
    LocalDate last = day;
    for (int i = 0; i < p.workDays(); i++) {
      // the supervisor records the day's work at the end of it
      Stamp recorded = stamp(p.supervisor(), day.atTime(15, 5));
      for (Trainee t : p.team()) {
        WorkInterval morning =
            WorkInterval.of(t.registrationNumber(), day, LocalTime.of(8, 0), LocalTime.of(12, 0));
        WorkInterval afternoon =
            WorkInterval.of(t.registrationNumber(), day, LocalTime.of(13, 0), LocalTime.of(15, 0));
        batch =
            batch
                .recordWork(morning, month.register::isActivelyEnrolled, recorded)
                .flatMap(b -> b.recordWork(afternoon, month.register::isActivelyEnrolled, recorded))
                .orElseThrow();
      }
      last = day;
      day = nextWorkDay(day);
    }
    if (p.byPieces()) {
      long[] share = split(p.produced(), p.team().size());
      for (int i = 0; i < p.team().size(); i++) {
        batch =
            batch
                .recordPieces(
                    p.team().get(i).registrationNumber(),
                    share[i],
                    stamp(p.supervisor(), last.atTime(15, 10)))
                .orElseThrow();
      }
    }
    LocalDate packed = last;
    batch =
        batch
            .startPackaging(p.produced(), stamp(p.supervisor(), last.atTime(15, 15)))
            .flatMap(
                b ->
                    b.recordQualityCheck(
                        p.good(), p.rejected(), stamp(KASI_GIATJA, packed.atTime(15, 45))))
            .orElseThrow();
    // Release is refused (rule production.release.food-safety) when the decision refuses: the
    // batch is then rejected with the decision's reasons.
    FoodSafetyDecision decision = foodSafety.decide(product, p.day());
    Outcome<ProductionBatch> released =
        batch.release(decision, stamp(KASI_GIATJA, last.atTime(16, 0)));
    batch =
        released.codes().equals(List.of(ProductionRule.FOOD_SAFETY.code()))
            ? batch
                .reject(
                    "keputusan keamanan pangan: "
                        + String.join("; ", decision.messages(TrainingChapter.ID)),
                    stamp(KASI_GIATJA, last.atTime(16, 0)))
                .orElseThrow()
            : released.orElseThrow();
    month.batches.put(batch.lotCode(), batch);
    month.batchCosts.put(batch.lotCode(), cost);
    return batch;
  }

  /** Puts the released batches into the ledger in the order they were released. */
  static void stockReleased(Month month) {
    month.batches.values().stream()
        .filter(b -> b.releasedAt().isPresent())
        .sorted(Comparator.comparing(b -> b.releasedAt().orElseThrow()))
        .forEach(
            b -> {
              StockLot lot = b.toStockLot(StockLot::of).orElseThrow();
              // received by the head of the work section when the batch is released
              month.ledger =
                  month.accept(
                      month.ledger.receive(
                          lot, PamekasanData.stamp(PamekasanData.KASI_GIATJA, lot.receivedAt())));
            });
  }

  private static LocalDate nextWorkDay(LocalDate d) {
    LocalDate n = d.plusDays(1);
    while (n.getDayOfWeek() == DayOfWeek.SATURDAY || n.getDayOfWeek() == DayOfWeek.SUNDAY) {
      n = n.plusDays(1);
    }
    return n;
  }

  /** Pieces per team member: as even as possible, the first ones one more. */
  private static long[] split(long total, int members) {
    long[] r = new long[members];
    for (int i = 0; i < members; i++) {
      r[i] = total / members + (i < total % members ? 1 : 0);
    }
    return r;
  }
}
