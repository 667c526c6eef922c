package org.bengkel.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.catalog.Fixtures.HALAL;
import static org.bengkel.catalog.Fixtures.PIRT_2026;

import java.time.LocalDate;
import java.util.Locale;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.junit.jupiter.api.Test;

class FoodSafetyTest {

  private static final LocalDate MARCH_15_2021 = LocalDate.of(2021, 3, 15);

  @Test
  void theIssueDateBoundsTheLicenceToFiveYears() {
    // -26 issued 15 March 2021: 15 March 2021 through 14 March 2026 (the day before the fifth
    // anniversary, earlier than 31 December 2026).
    FoodSafety f = FoodSafety.of(PIRT_2026, MARCH_15_2021, HALAL);
    assertThat(f.pirtIssued()).contains(MARCH_15_2021);
    assertThat(f.pirtFirstValidDay()).contains(MARCH_15_2021);
    assertThat(f.pirtLastValidDay()).contains(LocalDate.of(2026, 3, 14));
    assertThat(f.isPirtValidOn(LocalDate.of(2021, 3, 14))).isFalse();
    assertThat(f.isPirtValidOn(MARCH_15_2021)).isTrue();
    assertThat(f.isPirtValidOn(LocalDate.of(2026, 3, 14))).isTrue();
    assertThat(f.isPirtValidOn(LocalDate.of(2026, 3, 15))).isFalse();
  }

  @Test
  void withoutTheIssueDateValidityFollowsTheNumberAlone() {
    // -26 without an issue date: 1 January 2021 (2026 - 5) through 31 December 2026.
    FoodSafety f = FoodSafety.of(PIRT_2026, HALAL);
    assertThat(f.pirtIssued()).isEmpty();
    assertThat(f.pirtFirstValidDay()).contains(LocalDate.of(2021, 1, 1));
    assertThat(f.pirtLastValidDay()).contains(LocalDate.of(2026, 12, 31));
    assertThat(f.isPirtValidOn(LocalDate.of(2026, 12, 31))).isTrue();
    FoodSafety none = FoodSafety.builder().halal(HALAL).build();
    assertThat(none.pirtFirstValidDay()).isEmpty();
    assertThat(none.pirtLastValidDay()).isEmpty();
    assertThat(none.isPirtValidOn(LocalDate.of(2026, 1, 1))).isFalse();
  }

  @Test
  void anIssueDateThatDisagreesWithTheNumberIsRefused() {
    // Issued 2021: the number may end in 21 to 26; -27 would be valid six years.
    PirtNumber p27 = PirtNumber.of("2123456780126-27");
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class,
            () -> FoodSafety.builder().pirt(p27).pirtIssued(MARCH_15_2021).build());
    assertThat(e.ruleCode()).isEqualTo("catalog.pirt.issue-year");
    assertThat(e.field()).isEqualTo("foodSafety.pirtIssued");
    assertThat(e.reason(Locale.ROOT))
        .isEqualTo(
            "the P-IRT number 2123456780126-27 expires in 2027, but a licence issued on '2021-03-15' must "
                + "expire in 2021 to 2026 (valid at most 5 years from issue, Peraturan BPOM 22/2018)");
    assertThat(e.reason(Messages.INDONESIAN))
        .isEqualTo(
            "nomor P-IRT 2123456780126-27 berakhir pada tahun 2027, padahal izin yang terbit pada '2021-03-15' "
                + "harus berakhir pada tahun 2021 sampai 2026 (berlaku paling lama 5 tahun sejak terbit, "
                + "Peraturan BPOM 22/2018)");
    assertThatThrownBy(() -> FoodSafety.of(PirtNumber.of("2123456780126-20"), MARCH_15_2021, HALAL))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            x ->
                assertThat(((InvalidValueException) x).ruleCode())
                    .isEqualTo("catalog.pirt.issue-year"));
  }

  @Test
  void anIssueDateWithoutANumberIsRefused() {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class,
            () -> FoodSafety.builder().pirtIssued(MARCH_15_2021).halal(HALAL).build());
    assertThat(e.ruleCode()).isEqualTo("catalog.pirt.issued-without-number");
    assertThat(e.field()).isEqualTo("foodSafety.pirtIssued");
    assertThat(e.reason(Locale.ROOT))
        .isEqualTo("a P-IRT issue date ('2021-03-15') needs a P-IRT number");
    assertThat(e.reason(Messages.INDONESIAN))
        .isEqualTo("tanggal terbit P-IRT ('2021-03-15') memerlukan nomor P-IRT");
  }
}
