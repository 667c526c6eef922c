package org.bengkel.production;

import java.util.EnumSet;
import java.util.Set;
import org.bengkel.error.Displayable;
import org.bengkel.internal.Checks;

/**
 * The stage of a production batch (<i>tahap produksi</i>).
 *
 * <p>The lifecycle: {@link #PLANNED} (<i>direncanakan</i>) → {@link #IN_PRODUCTION} (<i>dalam
 * produksi</i>) → {@link #PACKAGING} (<i>pengemasan</i>) → {@link #QUALITY_CHECK} (<i>pemeriksaan
 * mutu</i>) → {@link #RELEASED} (<i>dirilis</i>); a batch in production, packaging or quality check
 * may instead be {@link #REJECTED} (<i>ditolak</i>). Released and rejected are final. A planned
 * batch that never starts is simply not continued; it is not "rejected", which is a verdict on
 * goods.
 *
 * <p>Immutable and thread-safe.
 */
public enum BatchStage implements Displayable {
  /** Planned (<i>direncanakan</i>): lot code, product, quantity and date fixed. */
  PLANNED,
  /** In production (<i>dalam produksi</i>): the team works under the supervising officer. */
  IN_PRODUCTION,
  /** Packaging (<i>pengemasan</i>): the units produced are counted and packed. */
  PACKAGING,
  /** Quality check (<i>pemeriksaan mutu</i>): an officer counted good and rejected units. */
  QUALITY_CHECK,
  /** Released (<i>dirilis</i>): the good units may enter stock. Final. */
  RELEASED,
  /** Rejected (<i>ditolak</i>): nothing enters stock. Final. */
  REJECTED;

  /**
   * Whether the lifecycle allows a move from this stage straight to another.
   *
   * @param next the requested stage, not null
   * @return true for the moves listed in the class description
   * @throws org.bengkel.error.MissingValueException if {@code next} is null
   */
  public boolean canMoveTo(BatchStage next) {
    Checks.required(next, "next");
    return successors().contains(next);
  }

  /**
   * The stages this one may move to.
   *
   * @return a new set, never null; empty for the final stages
   */
  public Set<BatchStage> successors() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PRODUCTION);
      case IN_PRODUCTION -> EnumSet.of(PACKAGING, REJECTED);
      case PACKAGING -> EnumSet.of(QUALITY_CHECK, REJECTED);
      case QUALITY_CHECK -> EnumSet.of(RELEASED, REJECTED);
      case RELEASED, REJECTED -> EnumSet.noneOf(BatchStage.class);
    };
  }

  /**
   * Whether the batch has reached its end (released or rejected).
   *
   * @return true for {@link #RELEASED} and {@link #REJECTED}
   */
  public boolean isFinal() {
    return this == RELEASED || this == REJECTED;
  }

  /**
   * Whether work, pieces and materials may be recorded in this stage.
   *
   * @return true for {@link #IN_PRODUCTION} and {@link #PACKAGING}
   */
  public boolean isRecording() {
    return this == IN_PRODUCTION || this == PACKAGING;
  }
}
