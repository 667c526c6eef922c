package org.bengkel.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bengkel.error.CoreRule;
import org.bengkel.error.Messages;
import org.bengkel.production.BatchStage;
import org.bengkel.production.ProductionRule;
import org.junit.jupiter.api.Test;

/**
 * The edges of outcomes and refusals that the outcome tests did not reach: equality field by field,
 * the texts, the withheld marker in both languages, chains whose second step is refused, and a
 * refusal exception read back from its serialized form (issue 18, mutation testing).
 */
class OutcomeMutationEdgesTest {

  /** An event of no aggregate in particular: the outcome only carries it. */
  private record Step(String aggregateId, long version) implements Event {
    @Override
    public String type() {
      return "test.step";
    }

    @Override
    public Instant at() {
      return Instant.EPOCH;
    }
  }

  private static final Refusal RANGE =
      Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 10).at("lines[3]");

  @Test
  void refusalsAreEqualOnlyWhenEveryPartIs() {
    Refusal same = Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 10).at("lines[3]");
    assertThat(RANGE.equals(RANGE)).isTrue();
    assertThat(RANGE).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(RANGE)
        .isNotEqualTo(Refusal.of(CoreRule.TOO_LONG, "quantity", 0, 1, 10).at("lines[3]"))
        .isNotEqualTo(Refusal.of(CoreRule.OUT_OF_RANGE, "count", 0, 1, 10).at("lines[3]"))
        .isNotEqualTo(Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 11, 1, 10).at("lines[3]"))
        .isNotEqualTo(Refusal.personal(CoreRule.OUT_OF_RANGE, "quantity", 1, 10).at("lines[3]"))
        .isNotEqualTo(Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 9).at("lines[3]"))
        .isNotEqualTo(Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 10).at("lines[4]"))
        .isNotEqualTo(Refusal.of(CoreRule.OUT_OF_RANGE, "quantity", 0, 1, 10));
    assertThat((Object) RANGE).isNotEqualTo("value.out-of-range");
    // a personal refusal and one with the value "" differ only in being personal
    assertThat(Refusal.personal(CoreRule.BLANK, "name"))
        .isNotEqualTo(Refusal.of(CoreRule.BLANK, "name", ""));
    assertThat(List.of(RANGE.hashCode(), RANGE.at("order").hashCode())).doesNotHaveDuplicates();
  }

  @Test
  void aRefusalsTextShowsTheValueAndDetailsOnlyWhenNotPersonal() {
    assertThat(RANGE).hasToString("Refusal{value.out-of-range at lines[3] quantity 0 [1, 10]}");
    assertThat(Refusal.of(CoreRule.BLANK, "name", "")).hasToString("Refusal{value.blank name  []}");
    assertThat(Refusal.personal(CoreRule.MALFORMED, "registrationNumber", "a register number"))
        .hasToString("Refusal{value.malformed registrationNumber}");
    assertThat(RANGE.value()).contains("0");
    assertThat(RANGE.where()).contains("lines[3]");
    assertThat(RANGE.isPersonal()).isFalse();
    assertThat(RANGE.details()).containsExactly("1", "10");
    assertThat(RANGE.message(Locale.ROOT))
        .isEqualTo("lines[3]: must be between 1 and 10 [value.out-of-range]");
  }

  @Test
  void aWithheldValueIsMarkedInTheReadersLanguage() {
    Refusal withheld = Refusal.personal(ProductionRule.STAGE_ORDER, BatchStage.PLANNED);
    assertThat(withheld.isPersonal()).isTrue();
    assertThat(withheld.value()).isEmpty();
    assertThat(withheld.message(Locale.ROOT))
        .isEqualTo(
            "a batch in stage planned cannot move to stage value withheld: personal data"
                + " [production.stage.order]");
    assertThat(withheld.message(Messages.INDONESIAN))
        .isEqualTo(
            "batch pada tahap direncanakan tidak dapat berpindah ke tahap nilai disembunyikan:"
                + " data pribadi [production.stage.order]");
    // a value that is not personal is shown as given, even when it names nothing displayable
    assertThat(Refusal.of(ProductionRule.STAGE_ORDER, "PLANNED", "SOMEWHERE").message(Locale.ROOT))
        .isEqualTo(
            "a batch in stage PLANNED cannot move to stage SOMEWHERE [production.stage.order]");
  }

  @Test
  void outcomesAreEqualOnlyWithTheSameStateRefusalsAndEvents() {
    Outcome<String> a = Outcome.accepted("a", new Step("X", 1));
    assertThat(a.equals(a)).isTrue();
    assertThat(a)
        .isEqualTo(Outcome.accepted("a", new Step("X", 1)))
        .hasSameHashCodeAs(Outcome.accepted("a", new Step("X", 1)))
        .isNotEqualTo(Outcome.accepted("b", new Step("X", 1)))
        .isNotEqualTo(Outcome.accepted("a", new Step("X", 2)))
        .isNotEqualTo(Outcome.accepted("a"))
        .isNotEqualTo(Outcome.refused(RANGE));
    assertThat((Object) a).isNotEqualTo("a");
    assertThat(Outcome.<String>refused(RANGE))
        .isEqualTo(Outcome.refused(RANGE))
        .isNotEqualTo(Outcome.refused(RANGE.at("order")))
        .isNotEqualTo(Outcome.refused(RANGE, RANGE));
    assertThat(List.of(a.hashCode(), Outcome.accepted("b", new Step("X", 1)).hashCode()))
        .doesNotHaveDuplicates();
    assertThat(a).hasToString("Outcome{accepted a}");
    assertThat(Outcome.refused(RANGE))
        .hasToString(
            "Outcome{refused [Refusal{value.out-of-range at lines[3] quantity 0 [1, 10]}]}");
    assertThat(Outcome.refused(RANGE, RANGE.at("order")).codes())
        .containsExactly("value.out-of-range", "value.out-of-range");
  }

  @Test
  void aChainKeepsBothStepsEventsOrNoneWhenTheSecondIsRefused() {
    Outcome<String> first = Outcome.accepted("a", new Step("X", 1));
    Outcome<String> both = first.flatMap(v -> Outcome.accepted(v + "b", new Step("X", 2)));
    assertThat(both.orElseThrow()).isEqualTo("ab");
    assertThat(both.events()).containsExactly(new Step("X", 1), new Step("X", 2));
    Outcome<String> refused = first.flatMap(v -> Outcome.refused(RANGE));
    assertThat(refused.isRefused()).isTrue();
    assertThat(refused.refusals()).containsExactly(RANGE);
    assertThat(refused.events()).isEmpty();
    // nothing to join when the first step had no event
    Outcome<String> second = Outcome.accepted("b", new Step("Y", 1));
    assertThat(Outcome.accepted("a").flatMap(v -> second)).isEqualTo(second);
  }

  @Test
  void aSerializedRefusalExceptionKeepsItsTextsButNoRefusals()
      throws IOException, ClassNotFoundException {
    RefusalException thrown = new RefusalException(List.of(RANGE));
    assertThat(thrown.refusals()).containsExactly(RANGE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(thrown);
    }
    RefusalException read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (RefusalException) in.readObject();
    }
    assertThat(read.refusals()).isEmpty();
    assertThat(read.ruleCode()).isEqualTo("value.out-of-range");
    assertThat(read.message(Locale.ROOT)).isEqualTo(thrown.message(Locale.ROOT));
    assertThat(read.message(Messages.INDONESIAN))
        .isEqualTo("lines[3]: harus di antara 1 dan 10 [value.out-of-range]");
    // without its rule the reason is the code with no leading arguments to fill in
    assertThat(read.reason(Locale.ROOT)).isEqualTo("value.out-of-range");
  }
}
