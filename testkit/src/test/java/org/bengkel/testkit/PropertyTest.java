package org.bengkel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PropertyTest {

  private static final Gen<Long> NUMBERS = Gen.longs(0, 1_000);
  private static final Consumer<Long> AT_MOST_900 =
      n -> {
        if (n > 900) {
          throw new AssertionError(n + " > 900");
        }
      };

  private String seedBefore;
  private String samplesBefore;

  @BeforeEach
  void saveSystemProperties() {
    seedBefore = System.getProperty(Property.SEED_PROPERTY);
    samplesBefore = System.getProperty(Property.SAMPLES_PROPERTY);
  }

  @AfterEach
  void restoreSystemProperties() {
    restore(Property.SEED_PROPERTY, seedBefore);
    restore(Property.SAMPLES_PROPERTY, samplesBefore);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void aPassingPropertyRunsEverySample() {
    AtomicInteger runs = new AtomicInteger();
    Property.check("counts", 1L, 250, NUMBERS, n -> runs.incrementAndGet());
    assertThat(runs).hasValue(250);
  }

  @Test
  void samplesComeFromTheSystemPropertyOrDefaultToAThousand() {
    System.clearProperty(Property.SAMPLES_PROPERTY);
    assertThat(Property.samples()).isEqualTo(Property.DEFAULT_SAMPLES).isEqualTo(1_000);
    System.setProperty(Property.SAMPLES_PROPERTY, " 7 ");
    assertThat(Property.samples()).isEqualTo(7);
    AtomicInteger runs = new AtomicInteger();
    Property.check("counts", NUMBERS, n -> runs.incrementAndGet());
    assertThat(runs).hasValue(7);
    System.setProperty(Property.SAMPLES_PROPERTY, "0");
    assertThatThrownBy(Property::samples)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bengkel.samples");
    System.setProperty(Property.SAMPLES_PROPERTY, "many");
    assertThatThrownBy(Property::samples)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("many");
  }

  @Test
  void seedComesFromTheSystemPropertyOrIsRandom() {
    System.setProperty(Property.SEED_PROPERTY, "-42");
    assertThat(Property.seed()).isEqualTo(-42L);
    System.setProperty(Property.SEED_PROPERTY, "0x2A");
    assertThatThrownBy(Property::seed)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x2A");
    System.clearProperty(Property.SEED_PROPERTY);
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      seeds.add(Property.seed());
    }
    assertThat(seeds).doesNotHaveDuplicates();
  }

  @Test
  void aFailingPropertyReportsItsSeedAndReplayingTheSeedYieldsTheSameFailingSample() {
    System.clearProperty(Property.SEED_PROPERTY);
    System.setProperty(Property.SAMPLES_PROPERTY, "1000");
    PropertyFailure first =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.check("at most 900", NUMBERS, AT_MOST_900));
    assertThat(first).isNotNull();
    String message = first.getMessage();
    Matcher seedInMessage = Pattern.compile("with seed (-?\\d+)").matcher(message);
    assertThat(seedInMessage.find()).as(message).isTrue();
    long seed = Long.parseLong(seedInMessage.group(1));
    assertThat(seed).isEqualTo(first.seed());
    assertThat(message)
        .contains("Property 'at most 900' failed at sample " + first.sampleIndex() + " (of 1000)")
        .contains("sample: " + first.sample().orElseThrow())
        .contains("-Dbengkel.seed=" + seed)
        .contains(
            "mvn test -Dtest=PropertyTest#aFailingPropertyReportsItsSeedAndReplayingTheSeedYieldsTheSameFailingSample");
    assertThat(Long.parseLong(first.sample().orElseThrow())).isGreaterThan(900);
    assertThat(first.getCause()).isInstanceOf(AssertionError.class).hasMessageEndingWith("> 900");
    assertThat(first.propertyName()).isEqualTo("at most 900");
    assertThat(first.samples()).isEqualTo(1000);

    // replay through the system property, as the message says
    System.setProperty(Property.SEED_PROPERTY, Long.toString(seed));
    PropertyFailure replay =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.check("at most 900", NUMBERS, AT_MOST_900));
    assertThat(replay.seed()).isEqualTo(seed);
    assertThat(replay.sampleIndex()).isEqualTo(first.sampleIndex());
    assertThat(replay.sample()).isEqualTo(first.sample());
    assertThat(replay.getMessage()).isEqualTo(message);

    // and the one sample can be rebuilt directly
    assertThat(Property.sample(NUMBERS, seed, first.sampleIndex()).toString())
        .isEqualTo(first.sample().orElseThrow());
  }

  @Test
  void theSameSeedDrawsTheSameSamplesAndAnotherSeedOthers() {
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    List<Long> c = new ArrayList<>();
    Property.check("collect", 99L, 100, NUMBERS, a::add);
    Property.check("collect", 99L, 100, NUMBERS, b::add);
    Property.check("collect", 100L, 100, NUMBERS, c::add);
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    for (int i = 0; i < a.size(); i++) {
      assertThat(Property.sample(NUMBERS, 99L, i)).isEqualTo(a.get(i));
    }
  }

  @Test
  void exceptionsOtherThanAssertionsAlsoFail() {
    PropertyFailure f =
        catchThrowableOfType(
            PropertyFailure.class,
            () ->
                Property.check(
                    "no exceptions",
                    5L,
                    100,
                    NUMBERS,
                    n -> {
                      throw new IllegalStateException("boom " + n);
                    }));
    assertThat(f.sampleIndex()).isZero();
    assertThat(f.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(f.getMessage()).contains("cause: java.lang.IllegalStateException: boom");
  }

  @Test
  void aFailingGeneratorIsReportedWithoutASample() {
    Gen<Long> broken = NUMBERS.filter(n -> n < 0, 3);
    PropertyFailure f =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.check("never runs", 5L, 10, broken, n -> {}));
    assertThat(f.sample()).isEmpty();
    assertThat(f.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(f.getMessage()).contains("the generator failed before producing the sample");
  }

  @Test
  void forAllFailsOnFalse() {
    Property.forAll("non-negative", NUMBERS, n -> n >= 0);
    PropertyFailure f =
        catchThrowableOfType(
            PropertyFailure.class, () -> Property.forAll("small", NUMBERS, n -> n < 10));
    assertThat(Long.parseLong(f.sample().orElseThrow())).isGreaterThanOrEqualTo(10);
    assertThat(f.getMessage()).contains("the property is false for this sample");
  }

  @Test
  void arraysAreDescribedElementByElement() {
    assertThat(Property.describe(new long[] {1, 2})).isEqualTo("[1, 2]");
    assertThat(Property.describe(new String[] {"a", "b"})).isEqualTo("[a, b]");
    assertThat(Property.describe(null)).isEqualTo("null");
    Object bad =
        new Object() {
          @Override
          public String toString() {
            throw new IllegalStateException("no text");
          }
        };
    assertThat(Property.describe(bad)).startsWith("<toString() threw");
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> Property.check("x", 1L, 0, NUMBERS, n -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Property.check(null, 1L, 1, NUMBERS, n -> {}))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Property.check("x", 1L, 1, null, n -> {}))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Property.check("x", 1L, 1, NUMBERS, null))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Property.forAll("x", NUMBERS, null))
        .isInstanceOf(MissingValueException.class);
  }
}
