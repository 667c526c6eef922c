package org.bengkel.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.programme.ProgrammeCode;
import org.immutables.value.Value;

/**
 * A facility's report for a period (<i>laporan periode</i>): production by programme and by
 * product, sales by channel, by product and (service jobs) by vehicle class, the split of the
 * period's proceeds, premi per trainee and PNBP against the annual target (issue 5, item 10).
 *
 * <p>Plain values, compiled from the period's facts by {@link PeriodReportCompiler}; every section
 * can be printed from its accessors and carried in JSON.
 *
 * <p><b>Rules</b> (checked when built, so a report read from storage is consistent too):
 *
 * <ul>
 *   <li>Rows are sorted by their key without repeats ({@link ReportRule#ROW_ORDER}): programmes and
 *       products by code, channels in {@link org.bengkel.pricing.Channel}'s order, vehicle classes
 *       by code, trainees by registration number. Programme rows have no product and product rows
 *       have one ({@link ReportRule#ROW_KIND}).
 *   <li>Totals equal the sum of their rows exactly ({@link ReportRule#TOTAL_MISMATCH}): each
 *       programme's figures are the sum of its products' rows, {@link #productionTotal()} the sum
 *       of the programmes' rows; {@link #salesRevenue()} is the sum of the channels' revenue and
 *       also of the products' and vehicle classes' revenue; the channels' goods units are the
 *       products' units and their service jobs the vehicle classes' jobs; {@link #premiTotal()} is
 *       the sum of the trainees' premi.
 *   <li>The proceeds split was made from {@link #salesRevenue()} (without PPN) and the cost of the
 *       period, {@link #costOfGoodsSold()} plus {@link #writeOffs()} ({@link
 *       ReportRule#PROCEEDS_MISMATCH}), by a policy of {@link #facilityCode()} ({@link
 *       ReportRule#FACILITY_MISMATCH}).
 * </ul>
 *
 * <p><b>One definition of cost.</b> What is split is the period's revenue without PPN less the cost
 * of goods sold in the period and the write-offs of the period; material cost of goods made but not
 * yet sold stays in stock. The per-unit cost is per good unit everywhere ({@link
 * ProductionFigures#costPerGoodUnit()}, {@link ProductionFigures#costOfGoodUnits}); the source and
 * a worked example are in {@code docs/proceeds.md}.
 *
 * <p><b>Personal data.</b> {@link #premiByTrainee()} holds registration numbers for the internal
 * report; they never appear in {@link #toString()} (UU 27/2022 PDP). Hand the report to anyone
 * outside the workshop's administration without that section.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodReport {

  PeriodReport() {}

  /**
   * The period.
   *
   * @return the period, never null
   */
  @NotNull
  @Valid
  public abstract ReportPeriod period();

  /**
   * The facility reported on (see {@link Facility#code()}).
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * Production per skill programme (<i>produksi per program</i>), sorted by programme.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull @Valid ProductionRow> productionByProgramme();

  /**
   * Production per product (<i>produksi per produk</i>), sorted by SKU.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull @Valid ProductionRow> productionByProduct();

  /**
   * The production of the period: the sum of {@link #productionByProgramme()}.
   *
   * @return the figures, never null
   */
  @NotNull
  @Valid
  public abstract ProductionFigures productionTotal();

  /**
   * Sales per channel (<i>penjualan per saluran</i>), in the channels' declared order.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull @Valid ChannelSales> salesByChannel();

  /**
   * Goods sales per product (<i>penjualan per produk</i>), sorted by SKU.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull @Valid ProductSales> salesByProduct();

  /**
   * Service jobs per vehicle class (<i>jasa per jenis kendaraan</i>), sorted by class.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  public abstract List<@NotNull @Valid VehicleClassSales> salesByVehicleClass();

  /**
   * The revenue of the period (<i>pendapatan</i>), without PPN: the sum of every row of each sales
   * list, that is of the prices without PPN ({@link
   * org.bengkel.pricing.TaxBreakdown#priceExcludingTax()}) of the orders fulfilled in the period.
   * PPN is the state's tax, collected for it: it is never revenue and never split ({@link
   * #salesPpn()}).
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah salesRevenue();

  /**
   * The PPN collected on the orders fulfilled in the period (<i>PPN dipungut</i>): what the buyers
   * paid on top of {@link #salesRevenue()}, owed to the state.
   *
   * @return the amount, never null; zero unless set (a seller that is not a PKP)
   */
  @NotNull
  @Value.Default
  public Rupiah salesPpn() {
    return Rupiah.ZERO;
  }

  /**
   * The materials the service jobs of the period used up (<i>bahan habis pakai jasa</i>, such as a
   * car wash's shampoo): the service jobs' cost of sales.
   *
   * @return the cost, never null; zero unless set
   */
  @NotNull
  @Value.Default
  public Rupiah serviceMaterialCost() {
    return Rupiah.ZERO;
  }

  /**
   * The cost of goods sold in the period (<i>harga pokok penjualan</i>, HPP): the cost of goods
   * sold of every product row plus {@link #serviceMaterialCost()}. Goods produced in the period and
   * not sold stay in stock at their cost; goods sold from an earlier period's lots carry that lot's
   * cost (PSAK 14 <i>Persediaan</i>, paragraph 34: the cost of inventories sold is an expense of
   * the period in which their revenue is recognised).
   *
   * @return the cost, never null
   * @throws InvalidValueException rule {@code money.overflow} if the sum overflows
   */
  public final Rupiah costOfGoodsSold() {
    Rupiah cost = serviceMaterialCost();
    for (ProductSales p : salesByProduct()) {
      cost = cost.plus(p.costOfGoodsSold());
    }
    return cost;
  }

  /**
   * The material cost written off in the period (<i>biaya dihapuskan</i>): the production total's
   * {@link ProductionFigures#writtenOff()}, the batches rejected in the period, shown as a line of
   * its own beside the cost of goods sold.
   *
   * @return the cost, never null
   */
  public final Rupiah writeOffs() {
    return productionTotal().writtenOff();
  }

  /**
   * The split of the period's proceeds (<i>pembagian hasil</i>): premi pool, PNBP and production
   * capital of {@link #salesRevenue()} (without PPN) less the cost of the period: the {@link
   * #costOfGoodsSold()} plus the {@link #writeOffs()}. Its {@link ProceedsSplit#materialCost()} is
   * that sum.
   *
   * @return the split, never null
   */
  @NotNull
  public abstract ProceedsSplit proceeds();

  /**
   * Premi allocated per trainee (<i>premi per warga binaan</i>), sorted by registration number.
   * Personal data.
   *
   * @return an unmodifiable list, never null
   */
  @NotNull
  @Value.Redacted
  public abstract List<@NotNull @Valid TraineePremi> premiByTrainee();

  /**
   * The premi allocated in the period: the sum of {@link #premiByTrainee()}.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah premiTotal();

  /**
   * PNBP against the annual target (<i>realisasi PNBP</i>).
   *
   * @return the status, never null
   */
  @NotNull
  @Valid
  public abstract PnbpStatus pnbp();

  @Value.Check
  void check() {
    checkProduction();
    checkSales();
    if (!proceeds().policy().facilityCode().equals(facilityCode())) {
      throw InvalidValueException.of(
          ReportRule.FACILITY_MISMATCH,
          "proceeds.policy.facilityCode",
          proceeds().policy().facilityCode(),
          facilityCode());
    }
    requireEqual(
        ReportRule.PROCEEDS_MISMATCH, "proceeds.revenue", proceeds().revenue(), salesRevenue());
    requireEqual(
        ReportRule.PROCEEDS_MISMATCH,
        "proceeds.materialCost",
        proceeds().materialCost(),
        costOfGoodsSold().plus(writeOffs()));
    requireSorted(premiByTrainee(), TraineePremi::registrationNumber, "premiByTrainee", true);
    Rupiah premi = Rupiah.ZERO;
    for (TraineePremi p : premiByTrainee()) {
      premi = premi.plus(p.amount());
    }
    requireEqual(ReportRule.TOTAL_MISMATCH, "premiTotal", premiTotal(), premi);
  }

  private void checkProduction() {
    requireSorted(
        productionByProgramme(), ProductionRow::programme, "productionByProgramme", false);
    requireSorted(
        productionByProduct(), r -> r.product().orElse(null), "productionByProduct", false);
    Map<ProgrammeCode, ProductionFigures> products = new HashMap<>();
    for (int i = 0; i < productionByProduct().size(); i++) {
      ProductionRow row = productionByProduct().get(i);
      if (row.product().isEmpty()) {
        throw InvalidValueException.of(
            ReportRule.ROW_KIND, "productionByProduct[" + i + "].product", null);
      }
      try {
        products.merge(row.programme(), row.figures(), ProductionFigures::plus);
      } catch (InvalidValueException e) {
        throw e.within("productionByProduct[" + i + "].figures");
      }
    }
    ProductionFigures total = ProductionFigures.none();
    for (int i = 0; i < productionByProgramme().size(); i++) {
      ProductionRow row = productionByProgramme().get(i);
      String field = "productionByProgramme[" + i + "]";
      if (row.product().isPresent()) {
        throw InvalidValueException.of(
            ReportRule.ROW_KIND, field + ".product", row.product().get());
      }
      ProductionFigures sum = products.remove(row.programme());
      requireEqual(
          ReportRule.TOTAL_MISMATCH,
          field + ".figures",
          row.figures(),
          sum == null ? ProductionFigures.none() : sum);
      try {
        total = total.plus(row.figures());
      } catch (InvalidValueException e) {
        throw e.within(field + ".figures");
      }
    }
    if (!products.isEmpty()) {
      ProgrammeCode missing =
          products.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
      throw InvalidValueException.of(
          ReportRule.TOTAL_MISMATCH,
          "productionByProgramme",
          missing,
          Checks.present(products.get(missing)));
    }
    requireEqual(ReportRule.TOTAL_MISMATCH, "productionTotal", productionTotal(), total);
  }

  private void checkSales() {
    requireSorted(salesByChannel(), ChannelSales::channel, "salesByChannel", false);
    requireSorted(salesByProduct(), ProductSales::sku, "salesByProduct", false);
    requireSorted(
        salesByVehicleClass(), VehicleClassSales::vehicleClass, "salesByVehicleClass", false);
    Rupiah channels = Rupiah.ZERO;
    long goodsUnits = 0;
    long jobs = 0;
    for (ChannelSales c : salesByChannel()) {
      channels = channels.plus(c.revenue());
      goodsUnits = Checks.addExact(goodsUnits, c.goodsUnits(), "salesByChannel.goodsUnits");
      jobs = Checks.addExact(jobs, c.serviceJobs(), "salesByChannel.serviceJobs");
    }
    requireEqual(ReportRule.TOTAL_MISMATCH, "salesRevenue", salesRevenue(), channels);
    Rupiah items = Rupiah.ZERO;
    long units = 0;
    for (ProductSales p : salesByProduct()) {
      items = items.plus(p.revenue());
      units = Checks.addExact(units, p.units(), "salesByProduct.units");
    }
    long vehicleJobs = 0;
    for (VehicleClassSales v : salesByVehicleClass()) {
      items = items.plus(v.revenue());
      vehicleJobs = Checks.addExact(vehicleJobs, v.jobs(), "salesByVehicleClass.jobs");
    }
    requireEqual(ReportRule.TOTAL_MISMATCH, "salesByProduct", items, salesRevenue());
    requireEqual(ReportRule.TOTAL_MISMATCH, "salesByProduct.units", units, goodsUnits);
    requireEqual(ReportRule.TOTAL_MISMATCH, "salesByVehicleClass.jobs", vehicleJobs, jobs);
  }

  private static void requireEqual(ReportRule rule, String field, Object stated, Object computed) {
    if (!stated.equals(computed)) {
      throw InvalidValueException.of(rule, field, stated, computed);
    }
  }

  private static <R, K extends Comparable<? super K>> void requireSorted(
      List<R> rows, Function<R, K> key, String field, boolean personal) {
    for (int i = 1; i < rows.size(); i++) {
      K before = key.apply(rows.get(i - 1));
      K after = key.apply(rows.get(i));
      if (before != null && after != null && before.compareTo(after) >= 0) {
        if (personal) {
          throw InvalidValueException.personal(ReportRule.ROW_ORDER, field + "[" + i + "]", "-");
        }
        throw InvalidValueException.of(ReportRule.ROW_ORDER, field + "[" + i + "]", after, before);
      }
    }
  }

  /**
   * A new builder that assembles a report from figures already computed, for reading a stored
   * report; to compute a report from the period's facts, use {@link PeriodReportCompiler}.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assembles a {@link PeriodReport} from its figures, checking every rule; not thread-safe. It
   * computes nothing: {@link PeriodReportCompiler} does.
   */
  public static final class Builder extends ImmutablePeriodReport.Builder {
    Builder() {}
  }
}
