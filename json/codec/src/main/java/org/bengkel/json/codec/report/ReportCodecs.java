package org.bengkel.json.codec.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rate;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.ReportRule;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of period reports (<i>laporan periode</i>) and their parts. Amounts are JSON
 * integers, counts JSON integers, the team's hours an ISO-8601 duration string ({@code
 * "PT15H30M"}), dates ISO-8601, channels their constant names. Every value is read through
 * bengkel-core's public builders, so a report whose totals differ from the sum of its rows is
 * refused with core's rule ({@code report.total.mismatch}) at the path of the total.
 *
 * <p>Registration numbers in {@code premiByTrainee} are personal data: error messages never repeat
 * them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportCodecs {

  // a date as every other: its pattern states RFC 3339's years and the calendar, as the reader
  // reads it (a pattern of its own let "+10000-01-01" and "0000-01-01" through)
  private static final Codec<LocalDate> DAY = Scalars.DATE;

  /** What {@code new BigDecimal(String)} reads, in ASCII digits. */
  private static final String DECIMAL =
      "[+-]?(?:[0-9]+(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?";

  // A decimal written as a string, "4.17", so that no reader turns it into a binary fraction.
  private static final Codec<BigDecimal> PERCENT =
      Scalars.of(
          BigDecimal.class,
          JsonSchema.pattern(DECIMAL, BengkelJsonOptions.DEFAULT_MAX_STRING_LENGTH),
          Scalars::decimal,
          (o, v) -> o.string(v.toPlainString()));

  /** {@link ReportPeriod}: {@code {"firstDay","lastDay"}}, both inclusive. */
  public static final Codec<ReportPeriod> REPORT_PERIOD =
      ObjectCodec.builder(ReportPeriod.class, ReportPeriod::builder, ReportPeriod.Builder::build)
          .required("firstDay", DAY, ReportPeriod::firstDay, ReportPeriod.Builder::firstDay)
          .required("lastDay", DAY, ReportPeriod::lastDay, ReportPeriod.Builder::lastDay)
          .describedAs(
              "A report period (periode laporan), both days inclusive; the reader checks"
                  + " that lastDay is not before firstDay")
          .build();

  /**
   * {@link ProductionFigures}: {@code {"batchesReleased","batchesRejected","goodUnits",
   * "rejectedUnits","teamHours","materialCost","writtenOff"}}; {@code writtenOff} is always written
   * and read as zero when absent or null.
   */
  public static final Codec<ProductionFigures> PRODUCTION_FIGURES =
      ObjectCodec.builder(
              ProductionFigures.class, ProductionFigures::builder, ProductionFigures.Builder::build)
          .required(
              "batchesReleased",
              Scalars.COUNT,
              ProductionFigures::batchesReleased,
              ProductionFigures.Builder::batchesReleased)
          .required(
              "batchesRejected",
              Scalars.COUNT,
              ProductionFigures::batchesRejected,
              ProductionFigures.Builder::batchesRejected)
          .required(
              "goodUnits",
              Scalars.COUNT,
              ProductionFigures::goodUnits,
              ProductionFigures.Builder::goodUnits)
          .required(
              "rejectedUnits",
              Scalars.COUNT,
              ProductionFigures::rejectedUnits,
              ProductionFigures.Builder::rejectedUnits)
          .required(
              "teamHours",
              CodecSupport.DURATION,
              ProductionFigures::teamHours,
              ProductionFigures.Builder::teamHours)
          .required(
              "materialCost",
              MoneyCodecs.RUPIAH,
              ProductionFigures::materialCost,
              ProductionFigures.Builder::materialCost)
          .nullable(
              "writtenOff",
              MoneyCodecs.RUPIAH,
              ProductionFigures::writtenOff,
              ProductionFigures.Builder::writtenOff)
          .describedAs(
              "Production figures (angka produksi): batches, units, the team's hours,"
                  + " the material cost and the part of it written off (the rejected batches'),"
                  + " zero when absent")
          .build();

  /** {@link ProductionRow}: {@code {"programme","product","figures"}}, {@code product} optional. */
  public static final Codec<ProductionRow> PRODUCTION_ROW =
      ObjectCodec.builder(ProductionRow.class, ProductionRow::builder, ProductionRow.Builder::build)
          .required(
              "programme",
              ProgrammeCodecs.PROGRAMME_CODE,
              ProductionRow::programme,
              ProductionRow.Builder::programme)
          .optional(
              "product", CatalogCodecs.SKU, ProductionRow::product, ProductionRow.Builder::product)
          .required(
              "figures", PRODUCTION_FIGURES, ProductionRow::figures, ProductionRow.Builder::figures)
          .describedAs(
              "A production row (baris produksi) of a programme, or of one product of a"
                  + " programme when product is present")
          .build();

  /** {@link ChannelSales}: {@code {"channel","orders","goodsUnits","serviceJobs","revenue"}}. */
  public static final Codec<ChannelSales> CHANNEL_SALES =
      ObjectCodec.builder(ChannelSales.class, ChannelSales::builder, ChannelSales.Builder::build)
          .required(
              "channel",
              PricingCodecs.CHANNEL,
              ChannelSales::channel,
              ChannelSales.Builder::channel)
          .required("orders", Scalars.COUNT, ChannelSales::orders, ChannelSales.Builder::orders)
          .required(
              "goodsUnits",
              Scalars.COUNT,
              ChannelSales::goodsUnits,
              ChannelSales.Builder::goodsUnits)
          .required(
              "serviceJobs",
              Scalars.COUNT,
              ChannelSales::serviceJobs,
              ChannelSales.Builder::serviceJobs)
          .required(
              "revenue", MoneyCodecs.RUPIAH, ChannelSales::revenue, ChannelSales.Builder::revenue)
          .describedAs("The sales of one channel (penjualan per saluran) in a period")
          .build();

  /**
   * {@link ProductSales}: {@code {"sku","units","revenue","costOfGoodsSold"}}; {@code
   * costOfGoodsSold} is always written and read as zero when absent or null.
   */
  public static final Codec<ProductSales> PRODUCT_SALES =
      ObjectCodec.builder(ProductSales.class, ProductSales::builder, ProductSales.Builder::build)
          .required("sku", CatalogCodecs.SKU, ProductSales::sku, ProductSales.Builder::sku)
          .required("units", Scalars.COUNT, ProductSales::units, ProductSales.Builder::units)
          .required(
              "revenue", MoneyCodecs.RUPIAH, ProductSales::revenue, ProductSales.Builder::revenue)
          .nullable(
              "costOfGoodsSold",
              MoneyCodecs.RUPIAH,
              ProductSales::costOfGoodsSold,
              ProductSales.Builder::costOfGoodsSold)
          .describedAs(
              "The sales of one product (penjualan per produk) in a period: revenue"
                  + " without PPN and cost of goods sold (harga pokok penjualan), zero when absent")
          .build();

  /** {@link VehicleClassSales}: {@code {"vehicleClass","jobs","revenue"}}. */
  public static final Codec<VehicleClassSales> VEHICLE_CLASS_SALES =
      ObjectCodec.builder(
              VehicleClassSales.class, VehicleClassSales::builder, VehicleClassSales.Builder::build)
          .required(
              "vehicleClass",
              CatalogCodecs.VEHICLE_CLASS,
              VehicleClassSales::vehicleClass,
              VehicleClassSales.Builder::vehicleClass)
          .required("jobs", Scalars.COUNT, VehicleClassSales::jobs, VehicleClassSales.Builder::jobs)
          .required(
              "revenue",
              MoneyCodecs.RUPIAH,
              VehicleClassSales::revenue,
              VehicleClassSales.Builder::revenue)
          .describedAs(
              "The service jobs of one vehicle class (jasa per golongan kendaraan) in a"
                  + " period")
          .build();

  /** {@link TraineePremi}: {@code {"registrationNumber","amount"}}. */
  public static final Codec<TraineePremi> TRAINEE_PREMI =
      ObjectCodec.builder(TraineePremi.class, TraineePremi::builder, TraineePremi.Builder::build)
          .required(
              "registrationNumber",
              TraineeCodecs.REGISTRATION_NUMBER,
              TraineePremi::registrationNumber,
              TraineePremi.Builder::registrationNumber)
          .required(
              "amount", MoneyCodecs.RUPIAH, TraineePremi::amount, TraineePremi.Builder::amount)
          .describedAs(
              "One trainee's premi (premi per warga binaan) in a period; the registration"
                  + " number is personal data")
          .build();

  /**
   * {@link PnbpStatus}: {@code {"year","target","recordedInPeriod","depositedInPeriod",
   * "recordedToDate","depositedToDate","achievement","achievementPercent"}}; the year a JSON
   * integer, {@code achievement} the exact rate as a string ({@code "1/24"}) and {@code
   * achievementPercent} the two-decimal display as a string ({@code "4.17"}). The last two are
   * derived: written always, optional on reading, and refused ({@code report.pnbp.inconsistent})
   * when they differ from what the other figures give.
   */
  public static final Codec<PnbpStatus> PNBP_STATUS =
      ObjectCodec.builder(PnbpStatus.class, PnbpDraft::new, PnbpDraft::build)
          .required("year", Scalars.YEAR, PnbpStatus::year, (d, v) -> d.status.year(v))
          .required(
              "target",
              MoneyCodecs.POSITIVE_RUPIAH,
              PnbpStatus::target,
              (d, v) -> d.status.target(v))
          .required(
              "recordedInPeriod",
              MoneyCodecs.RUPIAH,
              PnbpStatus::recordedInPeriod,
              (d, v) -> d.status.recordedInPeriod(v))
          .required(
              "depositedInPeriod",
              MoneyCodecs.RUPIAH,
              PnbpStatus::depositedInPeriod,
              (d, v) -> d.status.depositedInPeriod(v))
          .required(
              "recordedToDate",
              MoneyCodecs.RUPIAH,
              PnbpStatus::recordedToDate,
              (d, v) -> d.status.recordedToDate(v))
          .required(
              "depositedToDate",
              MoneyCodecs.RUPIAH,
              PnbpStatus::depositedToDate,
              (d, v) -> d.status.depositedToDate(v))
          // derived, written always and optional on reading; the draft compares them
          .defaulted(
              "achievement", MoneyCodecs.RATE, PnbpStatus::achievement, (d, v) -> d.achievement = v)
          .defaulted(
              "achievementPercent",
              PERCENT,
              PnbpStatus::achievementPercent,
              (d, v) -> d.percent = v)
          .describedAs(
              "The PNBP status (status PNBP) of the period's year; the reader checks that"
                  + " the period's figures do not exceed those to date, the deposits not the records,"
                  + " and that achievement and achievementPercent are the ones the figures give")
          .build();

  /**
   * {@link PeriodReport}: {@code {"period","facilityCode","productionByProgramme",
   * "productionByProduct","productionTotal","salesByChannel","salesByProduct",
   * "salesByVehicleClass","salesRevenue","salesPpn","serviceMaterialCost","proceeds",
   * "premiByTrainee","premiTotal","pnbp"}}, lists possibly empty (read as empty when absent);
   * {@code salesPpn} and {@code serviceMaterialCost} are always written and read as zero when
   * absent or null.
   */
  public static final Codec<PeriodReport> PERIOD_REPORT =
      ObjectCodec.builder(PeriodReport.class, PeriodReport::builder, PeriodReport.Builder::build)
          .required("period", REPORT_PERIOD, PeriodReport::period, PeriodReport.Builder::period)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              PeriodReport::facilityCode,
              PeriodReport.Builder::facilityCode)
          .list(
              "productionByProgramme",
              row(false),
              PeriodReport::productionByProgramme,
              PeriodReport.Builder::productionByProgramme)
          .list(
              "productionByProduct",
              row(true),
              PeriodReport::productionByProduct,
              PeriodReport.Builder::productionByProduct)
          .required(
              "productionTotal",
              PRODUCTION_FIGURES,
              PeriodReport::productionTotal,
              PeriodReport.Builder::productionTotal)
          .list(
              "salesByChannel",
              CHANNEL_SALES,
              PeriodReport::salesByChannel,
              PeriodReport.Builder::salesByChannel)
          .list(
              "salesByProduct",
              PRODUCT_SALES,
              PeriodReport::salesByProduct,
              PeriodReport.Builder::salesByProduct)
          .list(
              "salesByVehicleClass",
              VEHICLE_CLASS_SALES,
              PeriodReport::salesByVehicleClass,
              PeriodReport.Builder::salesByVehicleClass)
          .required(
              "salesRevenue",
              MoneyCodecs.RUPIAH,
              PeriodReport::salesRevenue,
              PeriodReport.Builder::salesRevenue)
          .nullable(
              "salesPpn",
              MoneyCodecs.RUPIAH,
              PeriodReport::salesPpn,
              PeriodReport.Builder::salesPpn)
          .nullable(
              "serviceMaterialCost",
              MoneyCodecs.RUPIAH,
              PeriodReport::serviceMaterialCost,
              PeriodReport.Builder::serviceMaterialCost)
          .required(
              "proceeds",
              ProceedsCodecs.PROCEEDS_SPLIT,
              PeriodReport::proceeds,
              PeriodReport.Builder::proceeds)
          .list(
              "premiByTrainee",
              TRAINEE_PREMI,
              PeriodReport::premiByTrainee,
              PeriodReport.Builder::premiByTrainee)
          .required(
              "premiTotal",
              MoneyCodecs.RUPIAH,
              PeriodReport::premiTotal,
              PeriodReport.Builder::premiTotal)
          .required("pnbp", PNBP_STATUS, PeriodReport::pnbp, PeriodReport.Builder::pnbp)
          .describedAs(
              "A period report (laporan periode) of one facility: production, sales,"
                  + " proceeds, premi and PNBP. The reader checks what the schema cannot: rows sorted"
                  + " by their key without repeats, totals equal to the sums of their rows, the"
                  + " proceeds split made from the report's revenue without PPN and its cost (cost of"
                  + " goods sold of the products, service materials and write-offs) for the"
                  + " report's facility")
          .build();

  private ReportCodecs() {}

  /**
   * A row of a report's production table, with the schema of its kind: a programme's row has no
   * product, a product's row has one ({@code report.row.kind}, checked by core).
   */
  private static Codec<ProductionRow> row(boolean ofProduct) {
    JsonSchema product =
        ofProduct
            ? JsonSchema.of(
                JsonSchema.map(
                    "required", List.of("product"),
                    "properties",
                        JsonSchema.map("product", JsonSchema.of(JsonSchema.map("type", "string")))))
            : JsonSchema.of(
                JsonSchema.map(
                    "properties",
                    JsonSchema.map("product", JsonSchema.of(JsonSchema.map("type", "null")))));
    return Scalars.withSchema(
        PRODUCTION_ROW,
        JsonSchema.of(JsonSchema.map("allOf", List.of(JsonSchema.ref(PRODUCTION_ROW), product))));
  }

  /**
   * A PNBP status as read (<i>draf status PNBP</i>): core derives {@code achievement} and {@code
   * achievementPercent}; when a document carries them they must be the ones core gives ({@code
   * report.pnbp.inconsistent}), the percent compared as a number ({@code "4.170"} is {@code
   * "4.17"}).
   */
  private static final class PnbpDraft {
    final PnbpStatus.Builder status = PnbpStatus.builder();
    @Nullable Rate achievement;
    @Nullable BigDecimal percent;

    PnbpStatus build() {
      PnbpStatus built = status.build();
      Rate givenAchievement = achievement;
      if (givenAchievement != null && !givenAchievement.equals(built.achievement())) {
        throw InvalidValueException.of(
            ReportRule.PNBP_INCONSISTENT, "achievement", givenAchievement, built.achievement());
      }
      BigDecimal givenPercent = percent;
      if (givenPercent != null && givenPercent.compareTo(built.achievementPercent()) != 0) {
        throw InvalidValueException.of(
            ReportRule.PNBP_INCONSISTENT,
            "achievementPercent",
            givenPercent.toPlainString(),
            built.achievementPercent().toPlainString());
      }
      return built;
    }
  }

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
