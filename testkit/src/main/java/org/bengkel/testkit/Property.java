package org.bengkel.testkit;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.bengkel.error.MissingValueException;

/**
 * Runs a property (<i>sifat</i>) over many generated samples and reports a failure with what is
 * needed to replay it.
 *
 * <p>A property is a {@link Consumer} that throws (an {@link AssertionError} from an assertion
 * library, or any exception) when a sample breaks it. {@link #check(String, Gen, Consumer)} runs it
 * on {@linkplain #samples() N samples} (default {@value #DEFAULT_SAMPLES}, or the system property
 * {@value #SAMPLES_PROPERTY}) drawn from a {@linkplain #seed() seed} (the system property {@value
 * #SEED_PROPERTY}, or a fresh random one). On the first failing sample it throws a {@link
 * PropertyFailure} whose message names the property, the seed, the sample's index and the sample
 * itself, and says how to replay: running again with {@code -Dbengkel.seed=<seed>} draws exactly
 * the same samples.
 *
 * <p>It needs no test framework: a failure is an {@link AssertionError}, which JUnit, TestNG and
 * others report as a failed test. With JUnit 5:
 *
 * <pre>{@code
 * @Test
 * void parseReversesToString() {
 *   Property.check("Rupiah.parse reverses toString", MoneyGen.anyRupiah(),
 *       r -> assertEquals(r, Rupiah.parse(r.toString())));
 * }
 * }</pre>
 *
 * <p>Sample {@code i} of a run with seed {@code s} is drawn from its own source, {@link
 * #random(long, int) random(s, i)}, so {@link #sample(Gen, long, int)} rebuilds any one sample
 * without running the others. The source is the JDK's {@code L64X128MixRandom}, whose algorithm is
 * fixed by its specification, so seeds replay across JDK versions.
 *
 * <p>Stateless and thread-safe; properties may be checked in parallel.
 */
public final class Property {

  /** The system property that fixes the seed of every check, for replaying a failure. */
  public static final String SEED_PROPERTY = "bengkel.seed";

  /** The system property that sets how many samples each check draws. */
  public static final String SAMPLES_PROPERTY = "bengkel.samples";

  /** How many samples a check draws unless {@value #SAMPLES_PROPERTY} says otherwise. */
  public static final int DEFAULT_SAMPLES = 1_000;

  private static final RandomGeneratorFactory<RandomGenerator> SOURCE =
      RandomGeneratorFactory.of("L64X128MixRandom");

  private Property() {}

  /**
   * Checks a property on {@link #samples()} samples from {@link #seed()}.
   *
   * @param name what the property says, shown on failure, not null
   * @param gen the samples' generator, not null
   * @param property throws when a sample breaks the property, not null
   * @param <T> the samples' type
   * @throws PropertyFailure on the first sample that breaks the property, or if the generator
   *     throws
   * @throws IllegalArgumentException if {@value #SEED_PROPERTY} or {@value #SAMPLES_PROPERTY} is
   *     set to something that is not a number
   */
  public static <T> void check(String name, Gen<T> gen, Consumer<? super T> property) {
    check(name, seed(), samples(), gen, property);
  }

  /**
   * Checks a property given as a predicate: a sample breaks it when the predicate returns false (or
   * throws).
   *
   * @param name what the property says, shown on failure, not null
   * @param gen the samples' generator, not null
   * @param property true for samples that satisfy it, not null
   * @param <T> the samples' type
   * @throws PropertyFailure on the first sample that breaks the property
   * @throws IllegalArgumentException as {@link #check(String, Gen, Consumer)}
   */
  public static <T> void forAll(String name, Gen<T> gen, Predicate<? super T> property) {
    MissingValueException.required(property, "property");
    check(
        name,
        gen,
        sample -> {
          if (!property.test(sample)) {
            throw new AssertionError("the property is false for this sample");
          }
        });
  }

  /**
   * Checks a property on a given number of samples from a given seed, ignoring the system
   * properties.
   *
   * @param name what the property says, shown on failure, not null
   * @param seed the seed of the run
   * @param samples how many samples, one or more
   * @param gen the samples' generator, not null
   * @param property throws when a sample breaks the property, not null
   * @param <T> the samples' type
   * @throws PropertyFailure on the first sample that breaks the property, or if the generator
   *     throws
   * @throws IllegalArgumentException if {@code samples < 1}
   */
  public static <T> void check(
      String name, long seed, int samples, Gen<T> gen, Consumer<? super T> property) {
    MissingValueException.required(name, "name");
    MissingValueException.required(gen, "gen");
    MissingValueException.required(property, "property");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1: " + samples);
    }
    String caller = caller();
    for (int i = 0; i < samples; i++) {
      T sample;
      try {
        sample = gen.next(random(seed, i));
      } catch (RuntimeException | AssertionError e) {
        throw new PropertyFailure(name, seed, i, samples, Optional.empty(), caller, e);
      }
      try {
        property.accept(sample);
      } catch (RuntimeException | AssertionError e) {
        throw new PropertyFailure(name, seed, i, samples, Optional.of(describe(sample)), caller, e);
      }
    }
  }

  /**
   * Rebuilds the sample with index {@code index} of a run with seed {@code seed}, as the runner
   * drew it.
   *
   * @param gen the generator of the run, not null
   * @param seed the run's seed, as reported by {@link PropertyFailure#seed()}
   * @param index the sample's index, as reported by {@link PropertyFailure#sampleIndex()}
   * @param <T> the samples' type
   * @return the sample
   */
  public static <T> T sample(Gen<T> gen, long seed, int index) {
    return gen.next(random(seed, index));
  }

  /**
   * The seed for a run: the system property {@value #SEED_PROPERTY} if set, otherwise a fresh
   * random seed.
   *
   * @return the seed
   * @throws IllegalArgumentException if the system property is not a whole number
   */
  public static long seed() {
    String value = System.getProperty(SEED_PROPERTY);
    if (value == null || value.isBlank()) {
      return RandomGenerator.getDefault().nextLong();
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + " must be a whole number, got '" + value + "'", e);
    }
  }

  /**
   * The number of samples per run: the system property {@value #SAMPLES_PROPERTY} if set, otherwise
   * {@value #DEFAULT_SAMPLES}.
   *
   * @return one or more
   * @throws IllegalArgumentException if the system property is not a positive whole number
   */
  public static int samples() {
    String value = System.getProperty(SAMPLES_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_SAMPLES;
    }
    int n;
    try {
      n = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SAMPLES_PROPERTY + " must be a positive whole number, got '" + value + "'", e);
    }
    if (n < 1) {
      throw new IllegalArgumentException(
          "-D" + SAMPLES_PROPERTY + " must be a positive whole number, got '" + value + "'");
    }
    return n;
  }

  /**
   * A new source of randomness seeded with {@code seed}; the same seed gives the same sequence.
   *
   * @param seed the seed
   * @return a new {@code L64X128MixRandom}, never null; not thread-safe
   */
  public static RandomGenerator random(long seed) {
    return SOURCE.create(seed);
  }

  /**
   * The source of randomness of sample {@code index} in a run with seed {@code seed}.
   *
   * @param seed the run's seed
   * @param index the sample's index, zero or more
   * @return a new source, never null; not thread-safe
   */
  public static RandomGenerator random(long seed, int index) {
    return random(mix(seed + 0x9E3779B97F4A7C15L * (index + 1L)));
  }

  /** The SplitMix64 finaliser: spreads neighbouring seeds far apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A sample's description for a failure message: its {@code toString()}, arrays element by
   * element.
   *
   * @param sample any sample, may be null
   * @return the description, never null
   */
  static String describe(Object sample) {
    try {
      if (sample instanceof Object[] array) {
        return Arrays.deepToString(array);
      }
      if (sample != null && sample.getClass().isArray()) {
        return Arrays.deepToString(new Object[] {sample}).replaceAll("^\\[|\\]$", "");
      }
      return String.valueOf(sample);
    } catch (RuntimeException e) {
      return "<toString() threw " + e + ">";
    }
  }

  /** The test that called the runner, as {@code Class#method}, for the replay hint. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(Property.class.getName()))
                    .findFirst()
                    .map(
                        f ->
                            simpleName(f.getClassName()) + "#" + enclosingMethod(f.getMethodName()))
                    .orElse(""));
  }

  /** A lambda's synthetic method {@code lambda$test$3} stands for the method {@code test}. */
  private static String enclosingMethod(String methodName) {
    if (methodName.startsWith("lambda$")) {
      int end = methodName.indexOf('$', "lambda$".length());
      return end < 0 ? methodName : methodName.substring("lambda$".length(), end);
    }
    return methodName;
  }

  private static String simpleName(String className) {
    String name = className.substring(className.lastIndexOf('.') + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
