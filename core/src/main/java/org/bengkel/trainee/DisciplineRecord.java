package org.bengkel.trainee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * An entry in the discipline register (<i>Register F</i>): a breach of the facility's rules
 * (<i>pelanggaran tata tertib</i>) on a date. A record blocks asimilasi, parole and leave for a
 * number of months after its date (see {@link EligibilityPolicy}).
 *
 * <p>Personal data: {@link #toString()} shows none of the attributes. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DisciplineRecord {

  /** The longest note accepted, in characters (code points); the JSON schema states it. */
  public static final int MAX_NOTE = 500;

  DisciplineRecord() {}

  /**
   * The date of the breach as registered.
   *
   * @return the date, never null
   */
  @NotNull
  @Value.Redacted
  public abstract LocalDate date();

  /**
   * What happened, as the register describes it.
   *
   * @return the note, empty when not recorded; at most 500 characters, not blank
   */
  @Value.Redacted
  public abstract Optional<@Size(max = MAX_NOTE) String> note();

  @Value.Check
  void check() {
    note().ifPresent(n -> Checks.requirePersonalText(n, "note", MAX_NOTE));
  }

  /**
   * A record without a note.
   *
   * @param date the date, not null
   * @return the record, never null
   * @throws org.bengkel.error.MissingValueException for a null date
   */
  public static DisciplineRecord of(LocalDate date) {
    return builder().date(date).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null; its {@code build()} throws {@link InvalidValueException}
   *     for a blank or too long note
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisciplineRecord}; not thread-safe. */
  public static final class Builder extends ImmutableDisciplineRecord.Builder {
    Builder() {}
  }
}
