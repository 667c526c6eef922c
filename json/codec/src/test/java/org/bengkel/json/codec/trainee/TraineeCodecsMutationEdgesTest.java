package org.bengkel.json.codec.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.trainee.AssessmentKind;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.ConditionResult;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.DetentionKind;
import org.bengkel.trainee.DetentionPeriod;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeEvent;
import org.bengkel.trainee.TraineeRule;
import org.bengkel.trainee.TraineeStatus;
import org.bengkel.trainee.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The sentence's rules across fields that core cannot see (the draft in {@link TraineeCodecs}): an
 * empty {@code detention} list, and a {@code servingFrom} written without detention periods; and
 * the lists of codecs the registry takes once per JVM.
 */
class TraineeCodecsMutationEdgesTest {

  private static String sentence(String extra) {
    return "{\"kind\":\"IMPRISONMENT\",\"length\":\"P2Y\",\"firstDayOfDetention\":\"2025-01-10\""
        + extra
        + ",\"remissions\":[]}";
  }

  @Test
  void anEmptyDetentionListWithTheFirstDayAsServingFromReadsAsNoDetention() {
    Sentence s =
        read(TraineeCodecs.SENTENCE, sentence(",\"detention\":[],\"servingFrom\":\"2025-01-10\""));
    assertThat(s.detention()).isEmpty();
    assertThat(s.servingFrom()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(s.firstDayOfDetention()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(s.length()).isEqualTo(Period.ofYears(2));
  }

  @Test
  void anEmptyDetentionListNeedsServingFrom() {
    assertThatThrownBy(() -> read(TraineeCodecs.SENTENCE, sentence(",\"detention\":[]")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$.servingFrom");
            });
  }

  @Test
  void servingFromWithoutDetentionIsAcceptedOnTheFirstDayAndRefusedOnAnother() {
    Sentence same = read(TraineeCodecs.SENTENCE, sentence(",\"servingFrom\":\"2025-01-10\""));
    assertThat(same.servingFrom()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(same.detention()).isEmpty();

    assertThatThrownBy(
            () -> read(TraineeCodecs.SENTENCE, sentence(",\"servingFrom\":\"2025-01-11\"")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("trainee.detention.first-day");
              assertThat(e.path()).isEqualTo("$.firstDayOfDetention");
            });
  }

  @Test
  void aPeriodComponentBeyondNineDigitsIsRefusedAsTheSchemaRefusesIt() {
    // Period.parse alone would read it (a billion days fits an int); the pattern allows nine digits
    assertThat(read(TraineeValues.PERIOD, "\"P999999999D\"")).isEqualTo(Period.ofDays(999_999_999));
    assertThatThrownBy(() -> read(TraineeValues.PERIOD, "\"P1000000000D\""))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.wrong-type");
              assertThat(e.path()).isEqualTo("$");
            });
    // leading zeros are not significant
    assertThat(read(TraineeValues.PERIOD, "\"P0001Y\"")).isEqualTo(Period.ofYears(1));
  }

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = TraineeCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            RegistrationNumber.class,
            RegisterClass.class,
            CrimeCategory.class,
            TraineeStatus.class,
            SentenceKind.class,
            RemissionKind.class,
            DetentionKind.class,
            AssessmentKind.class,
            Entitlement.class,
            Verdict.class,
            TraineeRule.class,
            DetentionPeriod.class,
            Remission.class,
            Sentence.class,
            DisciplineRecord.class,
            AssessmentRecord.class,
            Trainee.class,
            ConditionResult.class,
            EligibilityDecision.class,
            EligibilityPolicy.class);
  }

  @Test
  void everyTraineeEventHasItsCodec() {
    List<Class<?>> types = TraineeCodecs.events().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            TraineeEvent.Sentenced.class,
            TraineeEvent.RemissionGranted.class,
            TraineeEvent.StatusChanged.class,
            TraineeEvent.DisciplineRecorded.class,
            TraineeEvent.AssessmentRecorded.class);
  }
}
