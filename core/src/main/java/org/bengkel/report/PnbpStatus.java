package org.bengkel.report;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Year;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.PnbpLedger;
import org.immutables.value.Value;

/**
 * PNBP against the annual target (<i>realisasi PNBP terhadap target</i>) as a report shows it: what
 * was recorded and deposited in the period, what was recorded and deposited in the budget year up
 * to the period's last day, what of that is not yet deposited, the target and the achievement.
 *
 * <p>The achievement is deposited-to-date ÷ target, exact ({@link #achievement()}), as {@link
 * PnbpLedger#achievement()} defines it (PNBP counts as realised once it reaches the treasury);
 * {@link #achievementPercent()} shows it with two decimals, half up.
 *
 * <p>Rules: the target is above zero; what was recorded or deposited in the period does not exceed
 * what was recorded or deposited to date; nothing more was deposited to date than recorded (rule
 * {@link ReportRule#PNBP_INCONSISTENT}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PnbpStatus {

  PnbpStatus() {}

  /**
   * The budget year (<i>tahun anggaran</i>) of the ledger.
   *
   * @return the year, never null
   */
  @NotNull
  public abstract Year year();

  /**
   * The annual target (<i>target PNBP</i>), above zero.
   *
   * @return the target, never null
   */
  @NotNull
  public abstract Rupiah target();

  /**
   * PNBP recorded with a date in the period.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah recordedInPeriod();

  /**
   * PNBP deposited (<i>disetor</i>) with a date in the period.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah depositedInPeriod();

  /**
   * PNBP of the year recorded up to the period's last day.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah recordedToDate();

  /**
   * PNBP of the year deposited up to the period's last day.
   *
   * @return the amount, never null
   */
  @NotNull
  public abstract Rupiah depositedToDate();

  @Value.Check
  void check() {
    if (target().isZero()) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "target", target(), 1, Long.MAX_VALUE);
    }
    require(recordedInPeriod(), recordedToDate(), "recordedInPeriod");
    require(depositedInPeriod(), depositedToDate(), "depositedInPeriod");
    require(depositedToDate(), recordedToDate(), "depositedToDate");
  }

  private static void require(Rupiah part, Rupiah whole, String field) {
    if (part.isGreaterThan(whole)) {
      throw InvalidValueException.of(ReportRule.PNBP_INCONSISTENT, field, part, whole);
    }
  }

  /**
   * PNBP of the year recorded but not yet deposited at the period's end (<i>PNBP belum
   * disetor</i>): recorded to date less deposited to date, as {@link PnbpLedger#undeposited()}
   * gives it on the period's last day. Never negative: nothing more can have been deposited than
   * recorded.
   *
   * @return the amount, never null
   */
  public final Rupiah undepositedToDate() {
    return recordedToDate().minus(depositedToDate());
  }

  /**
   * The achievement (<i>realisasi</i>): deposited to date ÷ target, exact.
   *
   * @return the rate, never null; may exceed 100 %
   */
  public final Rate achievement() {
    return Rate.of(depositedToDate().amount(), target().amount());
  }

  /**
   * {@link #achievement()} in percent with two decimals, rounded half up without floating point
   * ({@link PnbpLedger#percent(Rate)}).
   *
   * @return for example {@code 33.33}, never null
   */
  public final BigDecimal achievementPercent() {
    return PnbpLedger.percent(achievement());
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PnbpStatus}; not thread-safe. */
  public static final class Builder extends ImmutablePnbpStatus.Builder {
    Builder() {}
  }
}
