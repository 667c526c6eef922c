package org.bengkel.json.codec.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.Rate;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ProductSales;
import org.bengkel.report.ProductionFigures;
import org.bengkel.report.ProductionRow;
import org.bengkel.report.ReportPeriod;
import org.bengkel.report.TraineePremi;
import org.bengkel.report.VehicleClassSales;
import org.junit.jupiter.api.Test;

/**
 * A PNBP status whose derived figures are left out or written in another scale, and what the
 * package registers, asked of it directly (the registry reads the list once per JVM).
 */
class ReportMutationEdgesTest {

  // Rp500.000 deposited of a Rp12.000.000 target: 1/24, 4.1666...%, shown as 4.17
  private static final String FIGURES =
      "\"year\":2026,\"target\":12000000,\"recordedInPeriod\":100500,"
          + "\"depositedInPeriod\":100000,\"recordedToDate\":500500,\"depositedToDate\":500000";

  private static PnbpStatus read(String json) {
    JsonReader in = TextJson.reader(json);
    PnbpStatus status = ReportCodecs.PNBP_STATUS.read(in);
    in.endDocument();
    return status;
  }

  private static String write(PnbpStatus status) {
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    ReportCodecs.PNBP_STATUS.write(status, out);
    return out.toString();
  }

  @Test
  void theDerivedFiguresMayBeLeftOutAndAreWrittenBack() {
    PnbpStatus status = read("{" + FIGURES + "}");
    assertThat(status.year()).isEqualTo(Year.of(2026));
    assertThat(status.achievement()).isEqualTo(Rate.of(1, 24));
    assertThat(status.achievementPercent()).isEqualTo(new BigDecimal("4.17"));
    assertThat(write(status))
        .isEqualTo("{" + FIGURES + ",\"achievement\":\"1/24\",\"achievementPercent\":\"4.17\"}");
  }

  @Test
  void eitherDerivedFigureAloneIsCheckedAndThePercentComparedAsANumber() {
    PnbpStatus expected = read("{" + FIGURES + "}");
    assertThat(read("{" + FIGURES + ",\"achievement\":\"1/24\"}")).isEqualTo(expected);
    assertThat(read("{" + FIGURES + ",\"achievementPercent\":\"4.170\"}")).isEqualTo(expected);
  }

  @Test
  void everyReportTypeHasItsCodecInOrder() {
    assertThat(types(ReportCodecs.all()))
        .containsExactly(
            ReportPeriod.class,
            ProductionFigures.class,
            ProductionRow.class,
            ChannelSales.class,
            ProductSales.class,
            VehicleClassSales.class,
            TraineePremi.class,
            PnbpStatus.class,
            PeriodReport.class);
  }

  private static List<Class<?>> types(List<? extends Codec<?>> codecs) {
    return codecs.stream().<Class<?>>map(Codec::type).toList();
  }
}
