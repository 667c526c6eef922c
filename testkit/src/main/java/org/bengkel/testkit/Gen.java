package org.bengkel.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.bengkel.error.MissingValueException;

/**
 * A generator of values (<i>pembangkit nilai</i>): given a source of randomness, produces one
 * value.
 *
 * <p>A generator is a pure function of the {@link RandomGenerator} it is given: the same seeded
 * source gives the same sequence of values, which is what lets {@link Property} replay a failure
 * from its seed. Generators must not keep state of their own and must only produce valid values (a
 * generator of facilities never throws from the facility's builder).
 *
 * <p>Being a functional interface, a generator is usually written as a lambda over other
 * generators:
 *
 * <pre>{@code
 * Gen<Rupiah> prices = random -> Rupiah.of(random.nextLong(1_000, 5_000_001));
 * Gen<Rupiah> roundPrices = Gen.longs(1, 5_000).map(thousands -> Rupiah.of(thousands * 1_000));
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe if they follow the rule above; the {@link
 * RandomGenerator} passed in is not, and belongs to one caller.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many candidates {@link #filter(Predicate)} tries before it gives up. */
  int DEFAULT_FILTER_TRIES = 1_000;

  /**
   * Produces the next value.
   *
   * @param random the source of randomness, not null; the generator draws from it and nothing else
   * @return a value; null only for generators that say so (none of the testkit's do)
   */
  T next(RandomGenerator random);

  /**
   * A generator of the values of this one transformed by a function.
   *
   * @param mapper the function, not null; must be pure
   * @param <R> the type of the results
   * @return the new generator, never null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    MissingValueException.required(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * A generator whose values come from a generator chosen by the value of this one, for values that
   * depend on each other (an appointment month after a birth date).
   *
   * @param mapper gives the next generator for a value of this one, not null; must be pure
   * @param <R> the type of the results
   * @return the new generator, never null
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    MissingValueException.required(mapper, "mapper");
    return random -> mapper.apply(next(random)).next(random);
  }

  /**
   * The values of this generator that satisfy a predicate, trying at most {@value
   * #DEFAULT_FILTER_TRIES} candidates per value.
   *
   * @param predicate which values to keep, not null; should keep most values, or generate the
   *     wanted values directly instead
   * @return the new generator, never null; its {@code next} throws {@link IllegalStateException}
   *     when no candidate passed
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return filter(predicate, DEFAULT_FILTER_TRIES);
  }

  /**
   * The values of this generator that satisfy a predicate, trying at most {@code maxTries}
   * candidates per value.
   *
   * @param predicate which values to keep, not null
   * @param maxTries how many candidates to try, at least one
   * @return the new generator, never null; its {@code next} throws {@link IllegalStateException}
   *     when no candidate passed
   * @throws IllegalArgumentException if {@code maxTries < 1}
   */
  default Gen<T> filter(Predicate<? super T> predicate, int maxTries) {
    MissingValueException.required(predicate, "predicate");
    if (maxTries < 1) {
      throw new IllegalArgumentException("maxTries must be at least 1: " + maxTries);
    }
    return random -> {
      for (int i = 0; i < maxTries; i++) {
        T candidate = next(random);
        if (predicate.test(candidate)) {
          return candidate;
        }
      }
      throw new IllegalStateException(
          "filter rejected "
              + maxTries
              + " candidates in a row; generate the wanted values directly");
    };
  }

  /**
   * Draws {@code count} values from a fresh source seeded with {@code seed}: handy for examples,
   * sample data and debugging a generator. They are drawn one after another from one source, so
   * they are not the samples of a {@link Property} run with the same seed, which draws each from
   * its own ({@link Property#random(long, int)}): to rebuild a failing sample, use {@link
   * Property#sample(Gen, long, int)}.
   *
   * @param seed the seed
   * @param count how many values, zero or more
   * @return the values in order, never null; the same seed always gives the same list
   * @throws IllegalArgumentException if {@code count < 0}
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    RandomGenerator random = Property.random(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random));
    }
    return values;
  }

  /**
   * Always the same value.
   *
   * @param value the value, may be null
   * @param <T> its type
   * @return the generator, never null
   */
  static <T> Gen<T> constant(T value) {
    return random -> value;
  }

  /**
   * One of the given values, each equally likely.
   *
   * @param values the values, at least one, not null
   * @param <T> their type
   * @return the generator, never null
   * @throws IllegalArgumentException if no value is given
   */
  @SafeVarargs
  static <T> Gen<T> choose(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return choose(list);
  }

  /**
   * One of the given values, each equally likely.
   *
   * @param values the values, at least one, not null; copied
   * @param <T> their type
   * @return the generator, never null
   * @throws IllegalArgumentException if the list is empty
   */
  static <T> Gen<T> choose(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("choose needs at least one value");
    }
    List<T> copy = new ArrayList<>(values);
    return random -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * One of the constants of an enum, each equally likely.
   *
   * @param type the enum, not null, with at least one constant
   * @param <E> the enum type
   * @return the generator, never null
   */
  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return choose(type.getEnumConstants());
  }

  /**
   * A value of one of the given generators, each generator equally likely.
   *
   * @param gens the generators, at least one, not null
   * @param <T> the type of the values
   * @return the generator, never null
   * @throws IllegalArgumentException if no generator is given
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    if (gens.length == 0) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      copy.add(MissingValueException.required(gen, "gen"));
    }
    return random -> copy.get(random.nextInt(copy.size())).next(random);
  }

  /**
   * A generator with a weight, for {@link #frequency}.
   *
   * @param weight how often, relative to the others, zero or more
   * @param gen the generator, not null
   * @param <T> the type of the values
   * @return the pair, never null
   * @throws IllegalArgumentException if {@code weight < 0}
   */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * A value of one of the given generators, each chosen in proportion to its weight: for example
   * mostly ordinary amounts and sometimes amounts near the largest one.
   *
   * <pre>{@code
   * Gen.frequency(Gen.weighted(9, MoneyGen.rupiah(1_000_000)), Gen.weighted(1, MoneyGen.anyRupiah()))
   * }</pre>
   *
   * @param options the weighted generators, at least one with a positive weight, not null
   * @param <T> the type of the values
   * @return the generator, never null
   * @throws IllegalArgumentException if the weights sum to zero or beyond an int
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... options) {
    List<Weighted<? extends T>> copy = new ArrayList<>(options.length);
    for (Weighted<? extends T> option : options) {
      copy.add(MissingValueException.required(option, "option"));
    }
    int total = 0;
    for (Weighted<? extends T> w : copy) {
      total = Math.addExact(total, w.weight());
    }
    if (total == 0) {
      throw new IllegalArgumentException("frequency needs a positive weight");
    }
    int sum = total;
    return random -> {
      int pick = random.nextInt(sum);
      for (Weighted<? extends T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(random);
        }
      }
      throw new AssertionError("unreachable: the weights sum to " + sum);
    };
  }

  /**
   * A whole number between two bounds, both included, each equally likely.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}; {@link Long#MAX_VALUE} is allowed
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " < min " + min);
    }
    if (max < Long.MAX_VALUE) {
      return random -> random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random -> random.nextLong(min - 1, max) + 1;
    }
    return RandomGenerator::nextLong;
  }

  /**
   * A whole number between two bounds, both included, each equally likely.
   *
   * @param min the smallest value
   * @param max the largest value, at least {@code min}
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * True or false, equally likely.
   *
   * @return the generator, never null
   */
  static Gen<Boolean> booleans() {
    return RandomGenerator::nextBoolean;
  }

  /**
   * A date between two dates, both included, each equally likely.
   *
   * @param from the earliest date, not null
   * @param to the latest date, not before {@code from}, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return longs(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * A text of characters drawn from an alphabet.
   *
   * @param alphabet the characters to use, at least one, not null (code points, so characters
   *     outside the Basic Multilingual Plane are fine)
   * @param minLength the shortest length in code points, zero or more
   * @param maxLength the longest length in code points, at least {@code minLength}
   * @return the generator, never null
   * @throws IllegalArgumentException if the alphabet is empty or the lengths are inconsistent
   */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0 || minLength < 0 || maxLength < minLength) {
      throw new IllegalArgumentException(
          "strings needs a non-empty alphabet and 0 <= minLength <= maxLength");
    }
    return random -> {
      int length = random.nextInt(minLength, maxLength + 1);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
      }
      return sb.toString();
    };
  }

  /**
   * A list of values of a generator.
   *
   * @param gen the elements' generator, not null
   * @param minSize the smallest size, zero or more
   * @param maxSize the largest size, at least {@code minSize}
   * @param <T> the type of the elements
   * @return the generator of unmodifiable lists, never null
   * @throws IllegalArgumentException if the sizes are inconsistent
   */
  static <T> Gen<List<T>> listOf(Gen<? extends T> gen, int minSize, int maxSize) {
    MissingValueException.required(gen, "gen");
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("listOf needs 0 <= minSize <= maxSize");
    }
    return random -> {
      int size = random.nextInt(minSize, maxSize + 1);
      List<T> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(gen.next(random));
      }
      return List.copyOf(list);
    };
  }

  /**
   * An optional value: empty one time in four, otherwise a value of the generator.
   *
   * @param gen the present values' generator, not null; must not produce null
   * @param <T> the type of the values
   * @return the generator, never null
   */
  static <T> Gen<Optional<T>> optionalOf(Gen<? extends T> gen) {
    MissingValueException.required(gen, "gen");
    return random -> random.nextInt(4) == 0 ? Optional.empty() : Optional.of(gen.next(random));
  }

  /**
   * Combines the values of two generators.
   *
   * @param first the first generator, not null
   * @param second the second generator, not null
   * @param combiner makes the result from one value of each, not null; must be pure
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the result type
   * @return the generator, never null
   */
  static <A, B, R> Gen<R> zip(
      Gen<? extends A> first,
      Gen<? extends B> second,
      BiFunction<? super A, ? super B, ? extends R> combiner) {
    MissingValueException.required(first, "first");
    MissingValueException.required(second, "second");
    MissingValueException.required(combiner, "combiner");
    return random -> {
      A a = first.next(random);
      B b = second.next(random);
      return combiner.apply(a, b);
    };
  }

  /**
   * A generator and how often {@link #frequency} picks it.
   *
   * <p>Immutable and thread-safe.
   *
   * @param weight the relative weight, zero or more
   * @param gen the generator, not null
   * @param <T> the type of the values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {

    /**
     * Checks the pair.
     *
     * @param weight the relative weight, zero or more
     * @param gen the generator, not null
     * @throws IllegalArgumentException if {@code weight < 0}
     * @throws MissingValueException if {@code gen} is null
     */
    public Weighted {
      if (weight < 0) {
        throw new IllegalArgumentException("weight must not be negative: " + weight);
      }
      MissingValueException.required(gen, "gen");
    }
  }
}
