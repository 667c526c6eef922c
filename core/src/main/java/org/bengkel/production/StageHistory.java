package org.bengkel.production;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.immutables.value.Value;

/**
 * The stage machine of a batch (<i>riwayat tahap</i>): one {@link StageEvent} per stage reached,
 * the first {@link BatchStage#PLANNED}, each a move the lifecycle allows ({@link
 * BatchStage#canMoveTo}), none stamped before the one it follows, a rejection with its reason.
 *
 * <p>{@link #moveTo} is the only way forward: it refuses a move the lifecycle does not allow
 * ({@link ProductionRule#STAGE_ORDER}) or one dated before the previous event ({@code
 * value.date-order}). What a move requires of the batch (a supervisor, a quality check, food
 * safety) is checked by {@link ProductionBatch}.
 *
 * <p>Immutable and thread-safe. Building an inconsistent history throws {@link
 * InvalidValueException} naming the event, such as {@code history[2].stage}.
 */
@Value.Immutable
public abstract class StageHistory {

  StageHistory() {}

  /**
   * The events, in time order.
   *
   * @return an unmodifiable list, never null or empty
   */
  @NotEmpty
  public abstract List<@NotNull StageEvent> events();

  @Value.Check
  void check() {
    List<StageEvent> events = events();
    Checks.requireNotEmpty(events, "history");
    if (events.get(0).stage() != BatchStage.PLANNED) {
      throw InvalidValueException.of(
          ProductionRule.INCONSISTENT,
          "history[0].stage",
          events.get(0).stage(),
          BatchStage.PLANNED);
    }
    for (int i = 1; i < events.size(); i++) {
      StageEvent previous = events.get(i - 1);
      StageEvent event = events.get(i);
      if (!previous.stage().canMoveTo(event.stage())) {
        throw InvalidValueException.of(
            ProductionRule.INCONSISTENT,
            "history[" + i + "].stage",
            event.stage(),
            previous.stage());
      }
      if (event.at().isBefore(previous.at())) {
        throw InvalidValueException.of(
            CoreRule.DATE_ORDER, "history[" + i + "].at", event.at(), previous.at());
      }
    }
    if (last().stage() == BatchStage.REJECTED) {
      Checks.requirePresent(
          last().note().orElse(null), "history[" + (events.size() - 1) + "].note");
    }
  }

  /**
   * The current stage: that of the last event.
   *
   * @return the stage, never null
   */
  public final BatchStage stage() {
    return last().stage();
  }

  /**
   * The last event: the move into the current stage.
   *
   * @return the event, never null
   */
  public final StageEvent last() {
    return events().get(events().size() - 1);
  }

  /**
   * The event that moved the batch into a stage.
   *
   * @param stage the stage, not null
   * @return the event, empty when the batch never reached the stage
   * @throws MissingValueException if {@code stage} is null
   */
  public final Optional<StageEvent> event(BatchStage stage) {
    Checks.required(stage, "stage");
    for (StageEvent e : events()) {
      if (e.stage() == stage) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the batch ever reached a stage.
   *
   * @param stage the stage, not null
   * @return true when one of the events is of that stage
   * @throws MissingValueException if {@code stage} is null
   */
  public final boolean reached(BatchStage stage) {
    Checks.required(stage, "stage");
    return event(stage).isPresent();
  }

  /**
   * Moves to the next stage.
   *
   * @param event the move, not null
   * @return the longer history, or refused: rule {@link ProductionRule#STAGE_ORDER} (subject the
   *     current stage, value the requested one) for a move the lifecycle does not allow, {@code
   *     value.date-order} (subject {@code at}, detail the previous event's time) for a move dated
   *     before the previous one
   * @throws MissingValueException if {@code event} is null
   */
  public final Outcome<StageHistory> moveTo(StageEvent event) {
    Checks.required(event, "event");
    Optional<Refusal> refusal = refusalOfMove(event.stage(), event.stamp());
    if (refusal.isPresent()) {
      return Outcome.refused(refusal.get());
    }
    List<StageEvent> next = new ArrayList<>(events());
    next.add(event);
    return Outcome.accepted(builder().events(next).build());
  }

  /**
   * Why a move would be refused, without making it.
   *
   * @param stage the requested stage, not null
   * @param at who and when, not null
   * @return the refusal as {@link #moveTo}, empty when the move is allowed
   */
  final Optional<Refusal> refusalOfMove(BatchStage stage, Stamp at) {
    if (!stage().canMoveTo(stage)) {
      return Optional.of(Refusal.of(ProductionRule.STAGE_ORDER, stage(), stage));
    }
    if (at.at().isBefore(last().at())) {
      // as the officer reads them: local date-times of the facility, the previous one in its zone
      return Optional.of(
          Refusal.of(
              CoreRule.DATE_ORDER, "at", at.localDateTime(), last().stamp().localDateTime()));
    }
    return Optional.empty();
  }

  /**
   * The history of a batch just planned.
   *
   * @param stamp who made the plan and when, not null
   * @return the history, never null
   * @throws MissingValueException if {@code stamp} is null
   */
  public static StageHistory planned(Stamp stamp) {
    return of(List.of(StageEvent.of(BatchStage.PLANNED, stamp)));
  }

  /**
   * A recorded history, such as one read from storage.
   *
   * @param events the events, not null, in time order
   * @return the history, never null
   * @throws MissingValueException if {@code events} is null or holds null
   * @throws InvalidValueException rule {@link ProductionRule#INCONSISTENT} for a first event other
   *     than planned or a move the lifecycle does not allow, {@code value.date-order} for an event
   *     before the previous one, {@code value.required} for an empty history or a rejection without
   *     its reason
   */
  public static StageHistory of(List<StageEvent> events) {
    return builder().events(Checks.required(events, "events")).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StageHistory}; not thread-safe. */
  public static final class Builder extends ImmutableStageHistory.Builder {
    Builder() {}
  }
}
