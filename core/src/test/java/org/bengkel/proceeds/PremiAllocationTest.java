package org.bengkel.proceeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.proceeds.Fixtures.ADI;
import static org.bengkel.proceeds.Fixtures.BUDI;
import static org.bengkel.proceeds.Fixtures.CAHYO;
import static org.bengkel.proceeds.Fixtures.assertRefused;
import static org.bengkel.proceeds.Fixtures.rp;

import java.time.Duration;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

class PremiAllocationTest {

  @Test
  void premiIsAllocatedByMinutesWorked() {
    // Pool Rp300.000 over 480 + 480 + 240 = 1.200 minutes:
    // 300.000 x 480/1.200 = 120.000 (twice), x 240/1.200 = 60.000.
    PremiAllocation a =
        PremiAllocation.allocate(
            rp(300_000),
            ContributionBasis.MINUTES_WORKED,
            List.of(
                Contribution.of(CAHYO, 240),
                Contribution.ofTime(ADI, Duration.ofHours(8)),
                Contribution.of(BUDI, 480)));
    assertThat(a.basis()).isEqualTo(ContributionBasis.MINUTES_WORKED);
    assertThat(a.pool()).isEqualTo(rp(300_000));
    assertThat(amounts(a)).containsExactly(120_000L, 120_000L, 60_000L);
    assertThat(a.shares())
        .extracting(PremiShare::registrationNumber)
        .containsExactly(ADI, BUDI, CAHYO);
    assertThat(a.shares()).extracting(PremiShare::quantity).containsExactly(480L, 480L, 240L);
    assertThat(a.shareOf(CAHYO).map(PremiShare::amount)).contains(rp(60_000));
    assertThat(a.shareOf(RegistrationNumber.of("B.I-999/2024"))).isEmpty();
  }

  @Test
  void premiIsAllocatedByPiecesWithLargestRemainder() {
    // Pool Rp1.000 over 3 + 3 + 1 = 7 pieces: 428,57 / 428,57 / 142,86.
    // floors 428 + 428 + 142 = 998, 2 left. Remainders (x7): 4, 4, 6.
    // First to CAHYO (6), then the tie of 4s to the smaller registration number, ADI.
    PremiAllocation a =
        PremiAllocation.allocate(
            rp(1_000),
            ContributionBasis.PIECES,
            List.of(Contribution.of(ADI, 3), Contribution.of(BUDI, 3), Contribution.of(CAHYO, 1)));
    assertThat(amounts(a)).containsExactly(429L, 428L, 143L);
  }

  @Test
  void tiesGoToTheSmallerRegistrationNumberWhateverTheInputOrder() {
    // Rp100 over three equal contributions: 33 each, 1 left, all remainders equal -> ADI.
    List<Contribution> forward =
        List.of(Contribution.of(ADI, 60), Contribution.of(BUDI, 60), Contribution.of(CAHYO, 60));
    List<Contribution> backward =
        List.of(Contribution.of(CAHYO, 60), Contribution.of(BUDI, 60), Contribution.of(ADI, 60));
    PremiAllocation a =
        PremiAllocation.allocate(rp(100), ContributionBasis.MINUTES_WORKED, forward);
    PremiAllocation b =
        PremiAllocation.allocate(rp(100), ContributionBasis.MINUTES_WORKED, backward);
    assertThat(amounts(a)).containsExactly(34L, 33L, 33L);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void traineeWithoutWorkGetsNothingButIsListed() {
    PremiAllocation a =
        PremiAllocation.allocate(
            rp(999),
            ContributionBasis.PIECES,
            List.of(Contribution.of(ADI, 0), Contribution.of(BUDI, 5)));
    assertThat(amounts(a)).containsExactly(0L, 999L);
  }

  @Test
  void zeroPoolAllocatesZeroToEveryone() {
    PremiAllocation a =
        PremiAllocation.allocate(
            Rupiah.ZERO,
            ContributionBasis.PIECES,
            List.of(Contribution.of(ADI, 2), Contribution.of(BUDI, 5)));
    assertThat(amounts(a)).containsExactly(0L, 0L);
  }

  @Test
  void allocationNeedsSomeContribution() {
    assertRefused(
        () -> PremiAllocation.allocate(rp(100), ContributionBasis.PIECES, List.of()),
        InvalidValueException.class,
        "proceeds.allocation.no-contribution");
    assertRefused(
        () ->
            PremiAllocation.allocate(
                rp(100),
                ContributionBasis.PIECES,
                List.of(Contribution.of(ADI, 0), Contribution.of(BUDI, 0))),
        InvalidValueException.class,
        "proceeds.allocation.no-contribution");
  }

  @Test
  void aTraineeMayAppearOnlyOnceAndIsNotNamedInTheError() {
    assertThatThrownBy(
            () ->
                PremiAllocation.allocate(
                    rp(100),
                    ContributionBasis.PIECES,
                    List.of(
                        Contribution.of(BUDI, 1),
                        Contribution.of(ADI, 2),
                        Contribution.of(BUDI, 3))))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("proceeds.allocation.duplicate-trainee");
              assertThat(e.isPersonal()).isTrue();
              assertThat(e.getMessage()).doesNotContain(BUDI.value());
            });
  }

  @Test
  void contributionQuantityMustNotBeNegative() {
    assertRefused(
        () -> Contribution.of(ADI, -1), InvalidValueException.class, "value.out-of-range");
    assertRefused(
        () -> Contribution.ofTime(ADI, Duration.ofMinutes(-5)),
        InvalidValueException.class,
        "value.out-of-range");
    assertRefused(
        () -> PremiShare.of(ADI, -1, rp(1)), InvalidValueException.class, "value.out-of-range");
    assertThat(Contribution.builder().registrationNumber(ADI).quantity(7).build())
        .isEqualTo(Contribution.of(ADI, 7));
    assertThat(Contribution.ofTime(ADI, Duration.ofMinutes(90).plusSeconds(59)).quantity())
        .isEqualTo(90);
  }

  @Test
  void builtAllocationMustBeSortedDistinctAndSumToThePool() {
    PremiShare a = PremiShare.of(ADI, 1, rp(50));
    PremiShare b = PremiShare.builder().registrationNumber(BUDI).quantity(1).amount(rp(50)).build();
    assertThat(
            PremiAllocation.builder()
                .pool(rp(100))
                .basis(ContributionBasis.PIECES)
                .addShares(a, b)
                .build()
                .shares())
        .hasSize(2);
    assertRefused(
        () ->
            PremiAllocation.builder()
                .pool(rp(101))
                .basis(ContributionBasis.PIECES)
                .addShares(a, b)
                .build(),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
    assertRefused(
        () ->
            PremiAllocation.builder()
                .pool(rp(99))
                .basis(ContributionBasis.PIECES)
                .addShares(a, b)
                .build(),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
    assertRefused(
        () ->
            PremiAllocation.builder()
                .pool(rp(100))
                .basis(ContributionBasis.PIECES)
                .addShares(b, a)
                .build(),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
    assertRefused(
        () ->
            PremiAllocation.builder()
                .pool(rp(100))
                .basis(ContributionBasis.PIECES)
                .addShares(a, a)
                .build(),
        InvalidValueException.class,
        "proceeds.allocation.duplicate-trainee");
    assertRefused(
        () -> PremiAllocation.builder().pool(rp(0)).basis(ContributionBasis.PIECES).build(),
        InvalidValueException.class,
        "proceeds.allocation.no-contribution");
    assertRefused(
        () ->
            PremiAllocation.builder()
                .pool(rp(0))
                .basis(ContributionBasis.PIECES)
                .addShares(PremiShare.of(ADI, 0, rp(0)))
                .build(),
        InvalidValueException.class,
        "proceeds.allocation.no-contribution");
  }

  @Test
  void sharesOfAnAllocationAreCheckedInFullWhenBuiltAgain() {
    // Rp100 over 1:1 -> Rp50 each, ADI (B.I-101) before BUDI (B.I-102).
    PremiAllocation allocated =
        PremiAllocation.allocate(
            rp(100),
            ContributionBasis.PIECES,
            List.of(Contribution.of(BUDI, 1), Contribution.of(ADI, 1)));
    List<PremiShare> shares = allocated.shares();
    assertThat(piecesOf100(shares.get(0), shares.get(1))).isEqualTo(allocated);
    assertRefused(
        () -> piecesOf100(shares.get(1), shares.get(0)),
        InvalidValueException.class,
        "proceeds.allocation.inconsistent");
    assertRefused(
        () -> piecesOf100(shares.get(0), shares.get(0)),
        InvalidValueException.class,
        "proceeds.allocation.duplicate-trainee");
  }

  /** An allocation of Rp100 by pieces with the shares as given, so that its checks run. */
  private static PremiAllocation piecesOf100(PremiShare... shares) {
    return PremiAllocation.builder()
        .pool(rp(100))
        .basis(ContributionBasis.PIECES)
        .addShares(shares)
        .build();
  }

  @Test
  void aSingleTraineeGetsTheWholePool() {
    PremiAllocation allocated =
        PremiAllocation.allocate(
            rp(100),
            ContributionBasis.PIECES,
            List.of(Contribution.of(ADI, 0), Contribution.of(BUDI, 3)));
    assertThat(allocated.shares()).extracting(PremiShare::amount).containsExactly(rp(0), rp(100));
    PremiAllocation alone =
        PremiAllocation.allocate(
            rp(100), ContributionBasis.PIECES, List.of(Contribution.of(CAHYO, 3)));
    assertThat(alone.shares()).containsExactly(PremiShare.of(CAHYO, 3, rp(100)));
  }

  @Test
  void toStringNeverShowsRegistrationNumbers() {
    PremiAllocation a =
        PremiAllocation.allocate(
            rp(100),
            ContributionBasis.PIECES,
            List.of(Contribution.of(ADI, 1), Contribution.of(BUDI, 1)));
    for (Object o : List.of(a, a.shares().get(0), Contribution.of(ADI, 1))) {
      assertThat(o.toString()).doesNotContain("101/2024").doesNotContain("B.I");
    }
  }

  private static List<Long> amounts(PremiAllocation a) {
    return a.shares().stream().map(s -> s.amount().amount()).toList();
  }
}
