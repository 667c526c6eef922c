package org.bengkel.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Officer;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * One step of a batch's history (<i>riwayat tahap</i>): the stage reached, when, and the officer
 * (<i>petugas</i>) who moved the batch there, with an optional note (the reason of a rejection).
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
   * When the batch reached the stage.
   *
   * @return the date-time, never null
   */
  @NotNull
  public abstract LocalDateTime at();

  /**
   * The officer who moved the batch.
   *
   * @return the officer, never null
   */
  @NotNull
  public abstract Officer by();

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
   * @param at when, not null
   * @param by the officer, not null
   * @return the event, never null
   * @throws InvalidValueException rule {@code value.required} for a null argument
   */
  public static StageEvent of(BatchStage stage, LocalDateTime at, Officer by) {
    return builder().stage(stage).at(at).by(by).build();
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
