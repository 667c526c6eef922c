package org.bengkel.testkit;

import java.util.Optional;
import org.bengkel.error.MissingValueException;
import org.jspecify.annotations.Nullable;

/**
 * A property that does not hold (<i>sifat yang dilanggar</i>): names the property, the seed of the
 * run, the failing sample's index and the sample, and says how to replay the run.
 *
 * <p>Thrown by {@link Property}; an {@link AssertionError}, so every test framework reports it as a
 * failed test. The cause is what the property (or the generator) threw.
 *
 * <p>Immutable and thread-safe.
 */
public final class PropertyFailure extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String propertyName;
  private final long seed;
  private final int sampleIndex;
  private final int samples;
  private final @Nullable String sample;

  PropertyFailure(
      String propertyName,
      long seed,
      int sampleIndex,
      int samples,
      Optional<String> sample,
      String caller,
      Throwable cause) {
    super(message(propertyName, seed, sampleIndex, samples, sample, caller, cause), cause);
    this.propertyName = MissingValueException.required(propertyName, "propertyName");
    this.seed = seed;
    this.sampleIndex = sampleIndex;
    this.samples = samples;
    this.sample = sample.orElse(null);
  }

  private static String message(
      String name,
      long seed,
      int index,
      int samples,
      Optional<String> sample,
      String caller,
      Throwable cause) {
    StringBuilder sb = new StringBuilder();
    sb.append("Property '")
        .append(name)
        .append("' failed at sample ")
        .append(index)
        .append(" (of ")
        .append(samples)
        .append(") with seed ")
        .append(seed)
        .append('\n');
    if (sample.isPresent()) {
      sb.append("  sample: ").append(sample.get()).append('\n');
    } else {
      sb.append("  the generator failed before producing the sample\n");
    }
    sb.append("  cause: ").append(cause).append('\n');
    sb.append("  replay: run again with -D")
        .append(Property.SEED_PROPERTY)
        .append('=')
        .append(seed);
    if (!caller.isEmpty()) {
      sb.append(", for example: mvn test -Dtest=")
          .append(caller)
          .append(" -D")
          .append(Property.SEED_PROPERTY)
          .append('=')
          .append(seed);
    }
    return sb.toString();
  }

  /**
   * The property's name.
   *
   * @return the name given to the runner, never null
   */
  public String propertyName() {
    return propertyName;
  }

  /**
   * The seed of the run; running with {@code -Dbengkel.seed=} this value draws the same samples.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The index of the failing sample in the run, counting from zero.
   *
   * @return zero or more
   */
  public int sampleIndex() {
    return sampleIndex;
  }

  /**
   * How many samples the run would have drawn.
   *
   * @return one or more
   */
  public int samples() {
    return samples;
  }

  /**
   * The failing sample's description (its {@code toString()}).
   *
   * @return the description, empty when the generator itself failed
   */
  public Optional<String> sample() {
    return Optional.ofNullable(sample);
  }
}
