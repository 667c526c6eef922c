package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.production.Fixtures.ANDI;
import static org.bengkel.production.Fixtures.BUDI;
import static org.bengkel.production.Fixtures.NOV_2;
import static org.bengkel.production.Fixtures.rule;
import static org.bengkel.production.Fixtures.work;

import java.time.Duration;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The small values of the package: lot codes, work intervals, team hours. */
class ValuesTest {

  @Test
  void lotCodeParsesWhatItPrintsAndOrdersByCode() {
    LotCode a = LotCode.parse("KK-20261102-01");
    assertThat(LotCode.parse(a.toString())).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.value()).isEqualTo("KK-20261102-01");
    assertThat(a.compareTo(LotCode.of("KK-20261102-02"))).isNegative();
    assertThat(a).isNotEqualTo("KK-20261102-01");
    assertThatThrownBy(() -> LotCode.of("kk 1"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.MALFORMED.code()));
    assertThatThrownBy(() -> LotCode.parse(null))
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.REQUIRED.code()));
  }

  @Test
  void workIntervalsOverlapOnlyForTheSameTraineeDayAndSharedTime() {
    WorkInterval morning = work(ANDI, NOV_2, "08:00", "12:00");
    assertThat(morning.duration()).isEqualTo(Duration.ofHours(4));
    assertThat(morning.overlaps(work(ANDI, NOV_2, "11:59", "13:00"))).isTrue();
    assertThat(morning.overlaps(work(ANDI, NOV_2, "12:00", "13:00"))).as("touching").isFalse();
    assertThat(morning.overlaps(work(ANDI, NOV_2, "07:00", "08:00"))).as("touching").isFalse();
    assertThat(morning.overlaps(work(BUDI, NOV_2, "09:00", "10:00"))).as("other trainee").isFalse();
    assertThat(morning.overlaps(work(ANDI, NOV_2.plusDays(1), "09:00", "10:00")))
        .as("other day")
        .isFalse();
    assertThat(morning.overlaps(work(ANDI, NOV_2, "09:00", "10:00"))).as("inside").isTrue();
  }

  @Test
  void teamHoursAreNeverNegative() {
    assertThatThrownBy(() -> TeamHours.of(ANDI, Duration.ofMinutes(-1)))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.OUT_OF_RANGE.code()));
    assertThatThrownBy(() -> TeamHours.of(ANDI, Duration.ZERO, -1L))
        .satisfies(e -> assertThat(rule(e)).isEqualTo(CoreRule.OUT_OF_RANGE.code()));
    TeamHours h = TeamHours.of(ANDI, Duration.ofSeconds(3 * 60 + 59), 0L);
    assertThat(h.pieces()).contains(0L);
    assertThat(TeamHours.of(ANDI, Duration.ZERO).pieces()).isEmpty();
    assertThat(h.minutes()).as("seconds dropped").isEqualTo(3);
    assertThat(h.toString()).doesNotContain("101/2025");
  }
}
