package org.bengkel.json.codec.money;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;

/**
 * The JSON form of the money types (<i>uang</i>): amounts as JSON integers of whole rupiah, rates
 * as strings in {@link Rate}'s canonical form, rounding steps as {@code
 * {"step":500,"mode":"HALF_UP"}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MoneyCodecs {

  /**
   * {@link Rupiah}: a JSON integer, {@code 150000}; negative numbers give {@code money.negative}.
   */
  public static final Codec<Rupiah> RUPIAH =
      amount(
          Rupiah.class,
          Rupiah::of,
          Rupiah::amount,
          JsonSchema.integer(0, Long.MAX_VALUE)
              .describedAs("An amount in whole rupiah, not negative"));

  /** {@link RupiahDelta}: a signed JSON integer, {@code -2500}. */
  public static final Codec<RupiahDelta> RUPIAH_DELTA =
      amount(
          RupiahDelta.class,
          RupiahDelta::of,
          RupiahDelta::amount,
          JsonSchema.integer(-Long.MAX_VALUE, Long.MAX_VALUE)
              .describedAs("A signed difference in whole rupiah"));

  /**
   * A positive {@link Rupiah}, such as a rounding step, a PNBP record or a target: read and written
   * as {@link #RUPIAH}, with a schema of at least 1 (core refuses zero where it needs a positive
   * amount); written in place in the schema, not registered.
   */
  public static final Codec<Rupiah> POSITIVE_RUPIAH =
      Scalars.withSchema(RUPIAH, JsonSchema.integer(1, Long.MAX_VALUE));

  /** {@link Rate}: a string, {@code "12%"} or {@code "11/12"}, as {@link Rate#toString()}. */
  public static final Codec<Rate> RATE =
      Codec.ofString(
          Rate.class,
          Rate::parse,
          Rate::toString,
          // the form core's parser reads (money.malformed-rate otherwise), which bounds the length
          JsonSchema.string()
              .with("pattern", "^" + Rate.TEXT_FORM + "$")
              .describedAs("A rate: a percentage such as \"12%\" or a fraction such as \"11/12\""));

  /** {@link RoundingMode} inside a rounding step, as its constant name. */
  static final Codec<RoundingMode> ROUNDING_MODE = Codec.ofEnum(RoundingMode.class);

  /** {@link RoundingStep}: {@code {"step":500,"mode":"HALF_UP"}}, both required. */
  public static final Codec<RoundingStep> ROUNDING_STEP =
      ObjectCodec.of(
              RoundingStep.class,
              RoundingStep::of,
              Field.required("step", POSITIVE_RUPIAH, RoundingStep::step).inline(),
              Field.required("mode", ROUNDING_MODE, RoundingStep::mode))
          .describedAs("A rounding step (pembulatan): a positive amount and a rounding mode")
          .build();

  private MoneyCodecs() {}

  // An amount type written as its whole rupiah, a JSON integer, and read with core's factory, whose
  // refusal (such as money.negative) is reported at the amount's path.
  private static <A> Codec<A> amount(
      Class<A> type, LongFunction<A> of, ToLongFunction<A> amount, JsonSchema schema) {
    return new Codec<>() {
      @Override
      public Class<A> type() {
        return type;
      }

      @Override
      public void write(A value, JsonWriter out) {
        out.number(amount.applyAsLong(value));
      }

      @Override
      public A read(JsonReader in) {
        long n = in.nextLong();
        try {
          return of.apply(n); // no lambda on the way that succeeds: every amount read
        } catch (InvalidValueException e) {
          return in.value(
              () -> {
                throw e;
              });
        }
      }

      @Override
      public Optional<JsonSchema> schema() {
        return Optional.of(schema);
      }
    };
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(RUPIAH, RUPIAH_DELTA, RATE, ROUNDING_STEP);
  }
}
