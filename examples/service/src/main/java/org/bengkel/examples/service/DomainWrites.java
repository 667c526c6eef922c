package org.bengkel.examples.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.outcome.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one write path of the aggregates whose operations take a stamp and yield bengkel's domain
 * events (<i>agregat berperistiwa</i>): production batches, the training register, premi accounts
 * and the PNBP ledger. A write locks the aggregate's row, reads its state (bengkel's JSON, JSONB),
 * checks {@code If-Match} against its version, carries out the operation with the write's stamp,
 * appends the events it yielded (bengkel's event documents, as {@link Orders} and {@link
 * StockLedgers} store theirs) and stores the new state, in one transaction. A refused operation
 * throws its refusal (422) and stores nothing.
 */
@Component
class DomainWrites {

  /**
   * How one kind of aggregate is stored.
   *
   * @param <T> bengkel's type
   * @param type the aggregate type of its state row, e.g. {@code production-batch}
   * @param as bengkel's type
   * @param version the aggregate's version, the {@code ETag}
   * @param eventType the aggregate type its events are stored under
   * @param eventsUnderStateId whether its events go under the state's id rather than their own
   *     aggregate id (a premi account's is a registration number, which no log or URL may carry)
   */
  record Kind<T>(
      String type,
      Class<T> as,
      ToLongFunction<T> version,
      String eventType,
      boolean eventsUnderStateId) {}

  /** An operation on the locked aggregate with the write's stamp. */
  @FunctionalInterface
  interface Operation<T> {
    Outcome<T> apply(T current, Stamp at);
  }

  private final EventStore store;
  private final EventJson events;
  private final Stamps stamps;
  private final JsonMapper mapper;

  DomainWrites(EventStore store, EventJson events, Stamps stamps, JsonMapper mapper) {
    this.store = store;
    this.events = events;
    this.stamps = stamps;
    this.mapper = mapper;
  }

  /**
   * A stamp for a write by an officer, now, in the facility's zone.
   *
   * @param actor the acting officer
   * @return the stamp
   */
  Stamp stamp(Actor actor) {
    return stamps.of(actor, stamps.facility());
  }

  /**
   * Creates an aggregate that must not exist yet: 409 ({@code service.stale-version}) if it does.
   *
   * @param <T> bengkel's type
   * @param kind how it is stored
   * @param id its id
   * @param at the write's stamp
   * @param create the operation that makes it, such as {@code ProductionBatch.plan}
   * @return the new aggregate
   */
  @Transactional
  public <T> T create(Kind<T> kind, String id, Stamp at, Function<Stamp, Outcome<T>> create) {
    if (store.lock(kind.type(), id).isPresent()) {
      throw new ServiceException(HttpStatus.CONFLICT, ServiceRule.STALE_VERSION, kind.type(), "0");
    }
    return keep(kind, id, null, create.apply(at));
  }

  /**
   * Changes an aggregate.
   *
   * @param <T> bengkel's type
   * @param kind how it is stored
   * @param id its id
   * @param ifMatch the request's {@code If-Match}, or null
   * @param initial the aggregate before its first event (an empty ledger, a new account), or null
   *     when it must exist (404)
   * @param at the write's stamp
   * @param operation the operation
   * @return the aggregate after it
   */
  @Transactional
  public <T> T change(
      Kind<T> kind,
      String id,
      @Nullable String ifMatch,
      @Nullable Supplier<T> initial,
      Stamp at,
      Operation<T> operation) {
    Long expected = Versions.expected(ifMatch);
    Optional<EventStore.Stored> stored = store.lock(kind.type(), id);
    long version = stored.map(EventStore.Stored::version).orElse(0L);
    if (expected != null && expected != version) {
      throw new ServiceException(
          HttpStatus.CONFLICT, ServiceRule.STALE_VERSION, kind.type(), String.valueOf(expected));
    }
    T before;
    if (stored.isPresent()) {
      before = mapper.readValue(stored.get().json(), kind.as());
    } else if (initial != null) {
      before = initial.get();
    } else {
      throw ServiceException.notFound(kind.type());
    }
    return keep(kind, id, before, operation.apply(before, at));
  }

  /** Appends an accepted operation's events and stores the state after it; nothing if unchanged. */
  private <T> T keep(Kind<T> kind, String id, @Nullable T before, Outcome<T> outcome) {
    T after = outcome.orElseThrow();
    if (after.equals(before)) {
      return after;
    }
    for (DomainEvent event : outcome.events(DomainEvent.class)) {
      store.append(
          kind.eventType(),
          kind.eventsUnderStateId() ? id : event.aggregateId(),
          event,
          events.payload(event));
    }
    store.putState(
        kind.type(), id, kind.version().applyAsLong(after), mapper.writeValueAsString(after));
    return after;
  }

  /**
   * The current state.
   *
   * @param <T> bengkel's type
   * @param kind how it is stored
   * @param id its id
   * @return the state, empty when the aggregate does not exist
   */
  <T> Optional<T> find(Kind<T> kind, String id) {
    return store.find(kind.type(), id).map(s -> mapper.readValue(s.json(), kind.as()));
  }

  /**
   * Every aggregate of a kind, in id order.
   *
   * @param <T> bengkel's type
   * @param kind how it is stored
   * @return the states
   */
  <T> List<T> all(Kind<T> kind) {
    return store.all(kind.type()).stream().map(json -> mapper.readValue(json, kind.as())).toList();
  }

  /**
   * The answer of a write or a read: the value with its version as {@code ETag}.
   *
   * @param <T> bengkel's type
   * @param kind how it is stored
   * @param value the value
   * @param status 201 for a creation, 200 otherwise
   * @return the response
   */
  static <T> ResponseEntity<T> answer(Kind<T> kind, T value, HttpStatus status) {
    return ResponseEntity.status(status)
        .eTag(Versions.etag(kind.version().applyAsLong(value)))
        .body(value);
  }
}
