package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codecs;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-trip properties of the trainee and programme types on a binding: seeded random valid values
 * (trainees with sentences, remissions, discipline and assessments; eligibility decisions; training
 * registers built by random sequences of the register's own operations, with their rosters,
 * enrolment histories, attendance, assessments and passports) read back equal and write exactly the
 * reference bytes. The testkit has no trainee or programme generators yet, so the generators are
 * {@link TraineeSamples#random} and {@link ProgrammeSamples#random}. Change the seed with {@code
 * -Dbengkel.json.seed=...}.
 */
public abstract class PeopleRoundTripContract {

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private static final String[] CONVICTION_KEYS = {
    "\"sentence\"",
    "\"crimeCategory\"",
    "\"remissions\"",
    "\"disciplineRecords\"",
    "\"registerClass\""
  };

  static Stream<Arguments> randomValues() {
    return randomValues(Integer.getInteger("bengkel.samples", 300));
  }

  private static Stream<Arguments> randomValues(int n) {
    long seed = Long.getLong("bengkel.json.seed", 20261127L);
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> values = new ArrayList<>(TraineeSamples.random(random, Math.max(1, n / 5)));
    values.addAll(ProgrammeSamples.random(random, Math.max(1, n / 15)));
    return Stream.iterate(0, i -> i < values.size(), i -> i + 1)
        .map(
            i ->
                Arguments.of(
                    seed,
                    i,
                    values.get(i).getClass().getSuperclass().getSimpleName(),
                    values.get(i)));
  }

  @ParameterizedTest(name = "seed {0} sample {1}: {2}")
  @MethodSource("randomValues")
  void randomValueRoundTripsAndWritesTheReferenceBytes(
      long seed, int index, String type, Object value) {
    JsonBinding json = binding(BengkelJsonOptions.strict());
    String written = json.write(value);
    assertThat(json.read(written, value.getClass().getSuperclass())).isEqualTo(value);
    TextJson.CompactWriter reference = new TextJson.CompactWriter();
    writeWithCodec(reference, value);
    assertThat(written).isEqualTo(reference.toString());
  }

  @Test
  void generatedSkillsPassportsCarryNoSentenceOrCrimeData() {
    JsonBinding json = binding(BengkelJsonOptions.strict());
    List<SkillsPassport> passports =
        randomValues()
            .map(a -> a.get()[3])
            .filter(SkillsPassport.class::isInstance)
            .map(SkillsPassport.class::cast)
            .toList();
    assertThat(passports).isNotEmpty();
    for (SkillsPassport passport : passports) {
      assertThat(json.write(passport)).doesNotContain(CONVICTION_KEYS);
    }
  }

  @Test
  void generatedRegistersCoverEveryKindOfHistory() {
    // the generator's reach needs at least the default 300 samples; fewer (PIT runs property
    // tests with 100) would make this check fail without any change to the code under test
    List<TrainingRegister> registers =
        randomValues(Math.max(300, Integer.getInteger("bengkel.samples", 300)))
            .map(a -> a.get()[3])
            .filter(TrainingRegister.class::isInstance)
            .map(TrainingRegister.class::cast)
            .toList();
    Set<EnrolmentReason> reasons = EnumSet.noneOf(EnrolmentReason.class);
    Set<EnrolmentStatus> statuses = EnumSet.noneOf(EnrolmentStatus.class);
    for (TrainingRegister register : registers) {
      for (ProgrammeRoster roster : register.rosters()) {
        for (Enrolment e : roster.enrolments()) {
          e.history()
              .forEach(
                  h -> {
                    reasons.add(h.reason());
                    statuses.add(h.status());
                  });
        }
      }
    }
    assertThat(statuses).containsAll(EnumSet.allOf(EnrolmentStatus.class));
    assertThat(reasons).contains(EnrolmentReason.PLACE_AVAILABLE, EnrolmentReason.RESUMED);
    assertThat(registers).anySatisfy(r -> assertThat(r.attendance()).hasSizeGreaterThan(2));
    assertThat(registers).anySatisfy(r -> assertThat(r.assessments()).isNotEmpty());
  }

  @Test
  void goldenSkillsPassportHasNoSentenceOrCrimeKeys() {
    String written = binding(BengkelJsonOptions.strict()).write(ProgrammeSamples.PASSPORT);
    assertThat(written).doesNotContain(CONVICTION_KEYS);
    assertThat(JsonFormatContract.golden("programme-skills-passport"))
        .doesNotContain(CONVICTION_KEYS);
    // the trainee record, the exchange format between facilities, does carry them
    assertThat(binding(BengkelJsonOptions.strict()).write(TraineeSamples.CONVICT))
        .contains("\"sentence\"", "\"crimeCategory\"", "\"remissions\"", "\"disciplineRecords\"");
  }

  @Test
  void personalDataIsNeverRepeatedInAnError() {
    String json = JsonFormatContract.golden("trainee-convict").replace("\"P6Y\"", "\"P6Y-SECRET\"");
    assertThatThrownBy(() -> binding(BengkelJsonOptions.strict()).read(json, Trainee.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.sentence.length");
              assertThat(e.getMessage()).doesNotContain("SECRET", "Hasan", "B.I-123");
            });
    String tooLong = JsonFormatContract.golden("trainee-convict").replace("\"P6Y\"", "\"P20Y1D\"");
    assertThatThrownBy(() -> binding(BengkelJsonOptions.strict()).read(tooLong, Trainee.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("trainee.sentence.length");
              assertThat(e.getMessage()).doesNotContain("P20Y1D", "Hasan", "B.I-123");
            });
  }

  @Test
  void absentListsAndDefaultsReadAsEmptyAndDefault() {
    JsonBinding json = binding(BengkelJsonOptions.strict());
    String detainee =
        "{\"registrationNumber\":\"A.II-77/2026\",\"name\":\"Slamet Riyadi\","
            + "\"facilityCode\":\"LAPAS-PAMEKASAN\",\"crimeCategory\":\"GENERAL\",\"status\":\"DETAINEE\","
            + "\"sentence\":null}";
    assertThat(json.read(detainee, Trainee.class)).isEqualTo(TraineeSamples.DETAINEE);
    assertThat(json.read("{}", org.bengkel.trainee.EligibilityPolicy.class))
        .isEqualTo(org.bengkel.trainee.EligibilityPolicy.defaults());
    // A policy written before saeNeedsOwnApproval existed: the asimilasi approval covers SAE.
    String before =
        "{\"asimilasiFraction\":\"3/5\",\"specialAsimilasiFraction\":\"2/3\","
            + "\"integrationFraction\":\"2/3\",\"generalCleanMonths\":6,\"specialCleanMonths\":9,"
            + "\"integrationCleanMonths\":9,\"minimumMonths\":9,\"cbSentenceCapMonths\":18,"
            + "\"cbMaximumLeaveMonths\":3,\"cmbMaximumMonths\":6,\"narcoticsSpecialFromYears\":0}";
    org.bengkel.trainee.EligibilityPolicy old =
        json.read(before, org.bengkel.trainee.EligibilityPolicy.class);
    assertThat(old.saeNeedsOwnApproval()).isFalse();
    assertThat(old.asimilasiFraction()).isEqualTo(org.bengkel.money.Rate.of(3, 5));
    String register = "{\"rosters\":[],\"sessions\":[]}";
    assertThat(json.read(register, org.bengkel.programme.TrainingRegister.class).attendance())
        .isEmpty();
  }

  private static <T> void writeWithCodec(TextJson.CompactWriter out, T value) {
    @SuppressWarnings("unchecked") // getClass() of a T is a Class<? extends T>
    Class<T> type = (Class<T>) value.getClass();
    out.value(Codecs.findFor(type).orElseThrow(), value);
  }
}
