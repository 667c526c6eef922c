package org.bengkel.json.codec.report;

import java.math.BigDecimal;
import java.time.Year;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rate;
import org.bengkel.report.PnbpStatus;
import org.bengkel.report.ReportRule;

/**
 * {@link PnbpStatus} as {@code {"year","target","recordedInPeriod","depositedInPeriod",
 * "recordedToDate","depositedToDate","achievement","achievementPercent"}}, the last two derived.
 */
final class PnbpStatusCodec implements Codec<PnbpStatus> {

  @Override
  public Class<PnbpStatus> type() {
    return PnbpStatus.class;
  }

  @Override
  public void write(PnbpStatus value, JsonWriter out) {
    out.beginObject();
    out.name("year").number(value.year().getValue());
    out.name("target").value(MoneyCodecs.RUPIAH, value.target());
    out.name("recordedInPeriod").value(MoneyCodecs.RUPIAH, value.recordedInPeriod());
    out.name("depositedInPeriod").value(MoneyCodecs.RUPIAH, value.depositedInPeriod());
    out.name("recordedToDate").value(MoneyCodecs.RUPIAH, value.recordedToDate());
    out.name("depositedToDate").value(MoneyCodecs.RUPIAH, value.depositedToDate());
    out.name("achievement").value(MoneyCodecs.RATE, value.achievement());
    out.name("achievementPercent").string(value.achievementPercent().toPlainString());
    out.endObject();
  }

  @Override
  public PnbpStatus read(JsonReader in) {
    PnbpStatus.Builder b = PnbpStatus.builder();
    Rate achievement = null;
    BigDecimal percent = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "year" -> b.year(year(in));
        case "target" -> b.target(in.read(MoneyCodecs.RUPIAH));
        case "recordedInPeriod" -> b.recordedInPeriod(in.read(MoneyCodecs.RUPIAH));
        case "depositedInPeriod" -> b.depositedInPeriod(in.read(MoneyCodecs.RUPIAH));
        case "recordedToDate" -> b.recordedToDate(in.read(MoneyCodecs.RUPIAH));
        case "depositedToDate" -> b.depositedToDate(in.read(MoneyCodecs.RUPIAH));
        case "achievement" -> achievement = in.read(MoneyCodecs.RATE);
        case "achievementPercent" -> percent = percent(in);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Rate givenAchievement = achievement;
    BigDecimal givenPercent = percent;
    return Paths.build(in, "", () -> {
      PnbpStatus status = b.build();
      if (givenAchievement != null && !givenAchievement.equals(status.achievement())) {
        throw InvalidValueException.of(
            ReportRule.PNBP_INCONSISTENT, "achievement", givenAchievement, status.achievement());
      }
      if (givenPercent != null && givenPercent.compareTo(status.achievementPercent()) != 0) {
        throw InvalidValueException.of(ReportRule.PNBP_INCONSISTENT, "achievementPercent",
            givenPercent.toPlainString(), status.achievementPercent().toPlainString());
      }
      return status;
    });
  }

  private static BigDecimal percent(JsonReader in) {
    String text = in.nextString();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw in.error(JsonRule.WRONG_TYPE, "a decimal number as a string such as \"4.17\"", "another string");
    }
  }

  /** A calendar year from 1 to 9999, like the years of ISO dates. */
  private static Year year(JsonReader in) {
    long y = in.nextLong();
    if (y < 1 || y > 9999) {
      throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, 1, 9999);
    }
    return Year.of((int) y);
  }
}
