package org.bengkel.json.codec.report;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;

/**
 * The JSON form of period reports (<i>laporan periode</i>) and their parts. Amounts are JSON
 * integers, counts JSON integers, the team's hours an ISO-8601 duration string ({@code "PT15H30M"}),
 * dates ISO-8601, channels their constant names. Every value is read through bengkel-core's
 * public builders, so a report whose totals differ from the sum of its rows is refused with core's
 * rule ({@code report.total.mismatch}) at the path of the total.
 *
 * <p>Registration numbers in {@code premiByTrainee} are personal data: error messages never
 * repeat them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportCodecs {

  /** {@link ReportPeriod}: {@code {"firstDay","lastDay"}}, both inclusive. */
  public static final Codec<ReportPeriod> REPORT_PERIOD = new ReportPeriodCodec();

  /**
   * {@link ProductionFigures}: {@code {"batchesReleased","batchesRejected","goodUnits",
   * "rejectedUnits","teamHours","materialCost"}}.
   */
  public static final Codec<ProductionFigures> PRODUCTION_FIGURES = new ProductionFiguresCodec();

  /** {@link ProductionRow}: {@code {"programme","product","figures"}}, {@code product} optional. */
  public static final Codec<ProductionRow> PRODUCTION_ROW = new ProductionRowCodec();

  /** {@link ChannelSales}: {@code {"channel","orders","goodsUnits","serviceJobs","revenue"}}. */
  public static final Codec<ChannelSales> CHANNEL_SALES = new ChannelSalesCodec();

  /** {@link ProductSales}: {@code {"sku","units","revenue"}}. */
  public static final Codec<ProductSales> PRODUCT_SALES = new ProductSalesCodec();

  /** {@link VehicleClassSales}: {@code {"vehicleClass","jobs","revenue"}}. */
  public static final Codec<VehicleClassSales> VEHICLE_CLASS_SALES = new VehicleClassSalesCodec();

  /** {@link TraineePremi}: {@code {"registrationNumber","amount"}}. */
  public static final Codec<TraineePremi> TRAINEE_PREMI = new TraineePremiCodec();

  /**
   * {@link PnbpStatus}: {@code {"year","target","recordedInPeriod","depositedInPeriod",
   * "recordedToDate","depositedToDate","achievement","achievementPercent"}}; the year a JSON
   * integer, {@code achievement} the exact rate as a string ({@code "1/24"}) and
   * {@code achievementPercent} the two-decimal display as a string ({@code "4.17"}). The last two
   * are derived: written always, optional on reading, and refused
   * ({@code report.pnbp.inconsistent}) when they differ from what the other figures give.
   */
  public static final Codec<PnbpStatus> PNBP_STATUS = new PnbpStatusCodec();

  /**
   * {@link PeriodReport}: {@code {"period","facilityCode","productionByProgramme",
   * "productionByProduct","productionTotal","salesByChannel","salesByProduct",
   * "salesByVehicleClass","salesRevenue","proceeds","premiByTrainee","premiTotal","pnbp"}}, all
   * required, lists possibly empty.
   */
  public static final Codec<PeriodReport> PERIOD_REPORT = new PeriodReportCodec();

  private ReportCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        REPORT_PERIOD,
        PRODUCTION_FIGURES,
        PRODUCTION_ROW,
        CHANNEL_SALES,
        PRODUCT_SALES,
        VEHICLE_CLASS_SALES,
        TRAINEE_PREMI,
        PNBP_STATUS,
        PERIOD_REPORT);
  }
}
