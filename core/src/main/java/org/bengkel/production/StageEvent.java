package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * One step of a batch's history (<i>riwayat tahap</i>): the stage reached, with the {@link Stamp}
 * of the move (the officer, <i>petugas</i>, or system actor who moved the batch there, the instant
 * and the facility's zone), and an optional note (the reason of a rejection).
 *
 * <p>Immutable and thread-safe. Building an invalid event throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class StageEvent {

  /** The longest note. */
  public static final int MAX_NOTE = 500;

  /** Not blank: at least one character that is not white space (see {@code Officer}). */
  static final String NOT_BLANK = "(?s).*\\P{javaWhitespace}.*";

  StageEvent() {}

  /**
   * The stage reached.
   *
   * @return the stage, never null
   */
  @NotNull
  public abstract BatchStage stage();

  /**
   * Who moved the batch, when, in which zone.
   *
   * @return the stamp, never null
   */
  @NotNull
  public abstract Stamp stamp();

  /**
   * When the batch reached the stage: the stamp's instant.
   *
   * @return the instant, never null
   */
  public final Instant at() {
    return stamp().at();
  }

  /**
   * A note, such as the reason of a rejection (<i>alasan penolakan</i>). It must not hold personal
   * data of trainees.
   *
   * @return the note, empty when none; never blank, at most {@link #MAX_NOTE} characters
   */
  public abstract Optional<
          @Pattern(
              regexp = NOT_BLANK,
              message = "{jakarta.validation.constraints.NotBlank.message}")
          @Size(max = MAX_NOTE) String>
      note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.requireText(n, "note", MAX_NOTE));
  }

  /**
   * An event without a note.
   *
   * @param stage the stage reached, not null
   * @param stamp who moved the batch and when, not null
   * @return the event, never null
   * @throws InvalidValueException rule {@code value.required} for a null argument
   */
  public static StageEvent of(BatchStage stage, Stamp stamp) {
    return builder().stage(stage).stamp(stamp).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageEvent}; not thread-safe. */
  public static final class Builder extends ImmutableStageEvent.Builder {
    Builder() {}
  }
}
