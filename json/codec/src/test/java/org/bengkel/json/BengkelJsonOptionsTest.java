package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class BengkelJsonOptionsTest {

  @Test
  void strictIsTheDefaultWithSafeLimits() {
    BengkelJsonOptions strict = BengkelJsonOptions.strict();
    assertThat(strict.isLenient()).isFalse();
    assertThat(strict.maxNestingDepth()).isEqualTo(64);
    assertThat(strict.maxStringLength()).isEqualTo(100_000);
    assertThat(strict.maxNameLength()).isEqualTo(1_000);
    assertThat(strict.maxNumberLength()).isEqualTo(100);
    assertThat(strict.maxDocumentLength()).isEqualTo(10_000_000L);
    assertThat(BengkelJsonOptions.lenient().isLenient()).isTrue();
  }

  @Test
  void withersCopyAndLeaveTheOriginalUnchanged() {
    BengkelJsonOptions o =
        BengkelJsonOptions.strict()
            .withMaxNestingDepth(5)
            .withMaxStringLength(6)
            .withMaxNameLength(7)
            .withMaxNumberLength(8)
            .withMaxDocumentLength(9)
            .withLenient(true);
    assertThat(
            List.of(
                o.maxNestingDepth(), o.maxStringLength(), o.maxNameLength(), o.maxNumberLength()))
        .containsExactly(5, 6, 7, 8);
    assertThat(o.maxDocumentLength()).isEqualTo(9);
    assertThat(o.isLenient()).isTrue();
    assertThat(BengkelJsonOptions.strict().maxNestingDepth()).isEqualTo(64);
    assertThat(o).isEqualTo(o.withLenient(true)).hasSameHashCodeAs(o.withLenient(true));
    assertThat(o).isNotEqualTo(o.withLenient(false));
    assertThat(o.toString()).contains("lenient", "depth=5");
    assertThat(BengkelJsonOptions.strict().toString()).contains("strict");
  }

  @Test
  void limitsMustBePositive() {
    BengkelJsonOptions s = BengkelJsonOptions.strict();
    for (Runnable r :
        List.<Runnable>of(
            () -> s.withMaxNestingDepth(0),
            () -> s.withMaxStringLength(0),
            () -> s.withMaxNameLength(-1),
            () -> s.withMaxNumberLength(0),
            () -> s.withMaxDocumentLength(0))) {
      assertThatThrownBy(r::run)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCode()).isEqualTo("value.out-of-range"));
    }
  }

  @Test
  void collectionSizeLimitDefaultsAndChangesInACopy() {
    BengkelJsonOptions o = BengkelJsonOptions.strict().withMaxCollectionSize(10);
    assertThat(BengkelJsonOptions.strict().maxCollectionSize())
        .isEqualTo(BengkelJsonOptions.DEFAULT_MAX_COLLECTION_SIZE);
    assertThat(o.maxCollectionSize()).isEqualTo(10);
    assertThat(o.withLenient(true).withMaxNestingDepth(3).maxCollectionSize()).isEqualTo(10);
    assertThat(o).isNotEqualTo(BengkelJsonOptions.strict());
    assertThat(o.toString()).contains("collection=10");
    assertThatThrownBy(() -> o.withMaxCollectionSize(0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.out-of-range"));
  }
}
