package org.bengkel.outcome;

import java.time.Instant;

/**
 * What an accepted operation caused (<i>peristiwa</i>), as a value: the minimal contract an {@link
 * Outcome} carries. Every event of bengkel-core is an {@code org.bengkel.audit.DomainEvent}, which
 * adds who did it; this interface lives here, before the packages that know officers, because every
 * package answers with an {@code Outcome}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Event {

  /**
   * The event's stable type code, such as {@code inventory.stock-sold}: what a host stores and
   * matches on. Codes never change meaning once released.
   *
   * @return the code, never null
   */
  String type();

  /**
   * The identity of the aggregate the event belongs to, such as a stock ledger's facility code or
   * an order number.
   *
   * @return the identity, never null
   */
  String aggregateId();

  /**
   * The aggregate's version after the event: 1 for the aggregate's first event, then one more per
   * accepted operation. With {@link #aggregateId()} it identifies the event: a host stores it under
   * that pair, uniquely, so an event appended twice is caught.
   *
   * @return the version, 1 or more
   */
  long version();

  /**
   * When it happened.
   *
   * @return the instant, never null
   */
  Instant at();
}
