package org.bengkel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.error.CoreRule;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.StockLedger;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.production.ProductionBatch;
import org.junit.jupiter.api.Test;

/**
 * The one null policy: a null where none is allowed throws {@link MissingValueException} naming the
 * parameter, from hand-written checks and from the generated builders alike.
 */
class NullPolicyTest {

  private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 1, 9, 0);

  @Test
  void money() {
    assertMissing(() -> Rupiah.parse(null), "text");
    assertMissing(() -> Rupiah.of(1_000).plus(null), "other");
    assertMissing(() -> Rupiah.of(1_000).minus(null), "other");
    assertMissing(() -> Rupiah.of(1_000).times(null, java.math.RoundingMode.HALF_UP), "rate");
  }

  @Test
  void premiAllocation() {
    assertMissing(
        () -> PremiAllocation.allocate(null, ContributionBasis.MINUTES_WORKED, List.of()), "pool");
    assertMissing(() -> PremiAllocation.allocate(Rupiah.of(100), null, List.of()), "basis");
    assertMissing(
        () -> PremiAllocation.allocate(Rupiah.of(100), ContributionBasis.MINUTES_WORKED, null),
        "contributions");
  }

  @Test
  void productionBatch() {
    // Through the generated builder: the style hands the attribute's name over.
    assertMissing(
        () -> ProductionBatch.plan(null, null, 10, LocalDate.of(2025, 3, 1), AT, null), "lotCode");
  }

  @Test
  void stockLedger() {
    assertMissing(() -> StockLedger.replay(null, List.of()), "lots");
    assertMissing(() -> StockLedger.empty().sell(null, 1, AT), "sku");
  }

  private static void assertMissing(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            MissingValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isSameAs(CoreRule.REQUIRED);
            });
  }
}
