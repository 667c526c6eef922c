package org.bengkel.examples.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Nip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events and current state in PostgreSQL (<i>penyimpanan peristiwa</i>). Each accepted write
 * appends one event (actor, instant, type, the new state as bengkel's JSON) and replaces the
 * aggregate's current state, in one transaction: both or neither. Events are never updated.
 *
 * <p>Optimistic concurrency: a write may name the version it was based on; if another write came
 * first, it is refused with 409 and changes nothing. Two writes that race past the check collide on
 * the events table's unique (aggregate_type, aggregate_id, version), and the second is refused too.
 *
 * <p>Logs carry the aggregate type, id and version only: trainees are stored under a
 * service-assigned id, never under a name or registration number.
 */
@Repository
class EventStore {

  private static final Logger LOG = LoggerFactory.getLogger(EventStore.class);

  /** An aggregate's current state and version. */
  record Stored(long version, String json) {}

  /** One event as the audit trail shows it. */
  record Event(long version, String type, String actor, OffsetDateTime occurredAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  EventStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Appends an event and stores the new state.
   *
   * @param type the aggregate type, e.g. {@code officer}
   * @param id the aggregate's id (a NIP, a SKU, a service-assigned id)
   * @param expected the version the write is based on (0: must not exist yet), or null for any
   * @param eventType what happened, e.g. {@code OfficerRecorded}
   * @param actor who did it
   * @param json the new state as bengkel's JSON
   * @return the new version
   */
  @Transactional
  public long record(
      String type, String id, Long expected, String eventType, Actor actor, String json) {
    long current = lockVersion(type, id);
    if (expected != null && expected != current) {
      throw new ServiceException(
          HttpStatus.CONFLICT, ServiceRule.STALE_VERSION, type, String.valueOf(expected));
    }
    long next = current + 1;
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    try {
      jdbc.sql(
              "insert into events (aggregate_type, aggregate_id, version, event_type, actor, occurred_at, payload)"
                  + " values (?, ?, ?, ?, ?, ?, ?::json)")
          .params(type, id, next, eventType, actor.nip().toString(), now, json)
          .update();
      putState(type, id, next, json);
    } catch (DuplicateKeyException e) {
      throw new ServiceException(HttpStatus.CONFLICT, ServiceRule.CONFLICT, type);
    }
    LOG.info("{} {} version {}: {}", type, id, next, eventType);
    return next;
  }

  /**
   * Locks an aggregate's current state for the rest of the transaction (other writers of the same
   * aggregate wait here) and returns it.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the state and version, empty when it does not exist yet (nothing is locked then: two
   *     first writes collide on the events table's unique key instead)
   */
  public Optional<Stored> lock(String type, String id) {
    return jdbc.sql(
            "select version, state::text from current_state"
                + " where aggregate_type = ? and aggregate_id = ? for update")
        .params(type, id)
        .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /**
   * Locks an aggregate's current state for the rest of the transaction, as {@link #lock} does, and
   * returns only its version: for a writer that keeps the state elsewhere (the stock ledger in
   * memory) and need not fetch it.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the version, 0 when it does not exist yet (nothing is locked then)
   */
  public long lockVersion(String type, String id) {
    return jdbc.sql(
            "select version from current_state where aggregate_type = ? and aggregate_id = ? for update")
        .params(type, id)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /**
   * Appends one of bengkel's domain events as it was yielded: its type, version, actor, instant and
   * zone, with its facts as JSON. Call inside the transaction that stores the state it led to.
   *
   * @param type the aggregate type, e.g. {@code stock-ledger}
   * @param event the event
   * @param payload its facts as JSON
   * @throws ServiceException 409 when another write stored this version first
   */
  public void append(String type, DomainEvent event, String payload) {
    append(type, event.aggregateId(), event, payload);
  }

  /**
   * Appends one of bengkel's domain events under an id the service chose: a premi account's events
   * go under the holder's service id, since their own aggregate id is a registration number, which
   * must not reach a log or a URL.
   *
   * @param type the aggregate type, e.g. {@code premi-account}
   * @param id the aggregate id to store the event under
   * @param event the event
   * @param payload its facts as JSON
   * @throws ServiceException 409 when another write stored this version first
   */
  public void append(String type, String id, DomainEvent event, String payload) {
    try {
      jdbc.sql("insert into events (" + EVENT_COLUMNS + ") values (" + EVENT_VALUES + ")")
          .params(eventValues(type, id, event, payload))
          .update();
    } catch (DuplicateKeyException e) {
      throw new ServiceException(HttpStatus.CONFLICT, ServiceRule.CONFLICT, type);
    }
    // DEBUG, not INFO: the events table is the record of every sale and order step; at a counter's
    // pace an INFO line per event was most of the log and about 5 % of a sale's time in the
    // service.
    LOG.debug("{} {} version {}: {}", type, id, event.version(), event.type());
  }

  /** The columns of an aggregate's current state, in {@link #putState}'s order. */
  static final String STATE_COLUMNS = "aggregate_type, aggregate_id, version, state, updated_at";

  /**
   * The columns of one of bengkel's domain events in the events table, in {@link #eventValues}'
   * order.
   */
  static final String EVENT_COLUMNS =
      "aggregate_type, aggregate_id, version, event_type, actor, occurred_at, zone, payload";

  /**
   * The placeholders of {@link #EVENT_COLUMNS}, typed, so that they serve a {@code values} list and
   * the select list of an {@code insert … select} alike (a statement that appends an event only
   * when another of its parts succeeded, {@link StockLedgers}).
   */
  static final String EVENT_VALUES = "?, ?, ?::bigint, ?, ?, ?::timestamptz, ?, ?::json";

  /**
   * The values of one of bengkel's domain events for {@link #EVENT_COLUMNS}.
   *
   * @param type the aggregate type
   * @param id the aggregate id to store the event under
   * @param event the event
   * @param payload its facts as JSON
   * @return the values, in the columns' order
   */
  static List<Object> eventValues(String type, String id, DomainEvent event, String payload) {
    Stamp stamp = event.stamp();
    return List.of(
        type,
        id,
        event.version(),
        event.type(),
        actor(stamp),
        OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC),
        stamp.zone().name(),
        payload);
  }

  /**
   * Appends an event the service records for itself under the next version of its aggregate, with a
   * stamp's actor, instant and zone: an issued invoice or receipt under its order. Call inside a
   * transaction that holds a lock serializing the aggregate's writers (the order's row); the
   * aggregate's state is kept elsewhere (the issued documents).
   *
   * @param type the aggregate type, e.g. {@code sales-document}
   * @param id its id
   * @param eventType what happened, e.g. {@code InvoiceIssued}
   * @param stamp who, when, in which zone
   * @param payload the event's facts as JSON, kept as written
   * @return the event's version
   */
  public long appendIssued(String type, String id, String eventType, Stamp stamp, String payload) {
    String actor = actor(stamp);
    long version =
        jdbc.sql(
                "insert into events ("
                    + EVENT_COLUMNS
                    + ") select ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?::json from events"
                    + " where aggregate_type = ? and aggregate_id = ? returning version")
            .params(
                type,
                id,
                eventType,
                actor,
                OffsetDateTime.ofInstant(stamp.at(), ZoneOffset.UTC),
                stamp.zone().name(),
                payload,
                type,
                id)
            .query(Long.class)
            .single();
    LOG.debug("{} {} version {}: {}", type, id, version, eventType); // as append's, at DEBUG
    return version;
  }

  /** The actor column: an officer's NIP, or the system actor's text ({@code system:import}). */
  private static String actor(Stamp stamp) {
    return stamp.actor().nip().map(Nip::toString).orElse(stamp.actor().toString());
  }

  /**
   * Stores an aggregate's state after the events appended in the same transaction.
   *
   * @param type the aggregate type
   * @param id its id
   * @param version the version of its last event
   * @param json the state
   */
  public void putState(String type, String id, long version, String json) {
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql(
            "insert into current_state ("
                + STATE_COLUMNS
                + ") values (?, ?, ?, ?::jsonb, ?)"
                + " on conflict (aggregate_type, aggregate_id)"
                + " do update set version = excluded.version, state = excluded.state,"
                + " updated_at = excluded.updated_at")
        .params(type, id, version, json, now)
        .update();
  }

  /**
   * An aggregate's stored version and the payloads of its events after a version, read together.
   *
   * @param version the version of its {@code current_state} row, 0 when it has none
   * @param payloads the payloads of the events after the version asked, oldest first
   */
  record Later(long version, List<String> payloads) {}

  /**
   * The payloads of an aggregate's events after a version, oldest first, with its stored version,
   * in one statement (so from one snapshot): what a replay, or a catch-up from a version held in
   * memory, reads, and what tells whether that memory is a prefix of what is stored.
   *
   * @param type the aggregate type
   * @param id its id
   * @param after the version already held (0 for all)
   * @return the stored version and the later payloads
   */
  public Later later(String type, String id, long after) {
    List<String> payloads = new ArrayList<>();
    long[] version = {0};
    jdbc.sql(
            "select s.version, e.payload::text from (select coalesce((select version from"
                + " current_state where aggregate_type = ? and aggregate_id = ?), 0) as version) s"
                + " left join events e on e.aggregate_type = ? and e.aggregate_id = ?"
                + " and e.version > ? order by e.version")
        .params(type, id, type, id, after)
        .query(
            rs -> {
              version[0] = rs.getLong(1);
              String payload = rs.getString(2);
              if (payload != null) {
                payloads.add(payload);
              }
            });
    return new Later(version[0], payloads);
  }

  /**
   * The current state of an aggregate.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the state and version, empty when it does not exist
   */
  public Optional<Stored> find(String type, String id) {
    return jdbc.sql(
            "select version, state::text from current_state where aggregate_type = ? and aggregate_id = ?")
        .params(type, id)
        .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  /**
   * The current state of an aggregate, or 404.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the state and version
   */
  public Stored get(String type, String id) {
    return find(type, id).orElseThrow(() -> ServiceException.notFound(type));
  }

  /**
   * Whether an aggregate of a type has a top-level property of a given value in its state.
   *
   * @param type the aggregate type
   * @param property the JSON property
   * @param value its text
   * @return true when one exists
   */
  public boolean exists(String type, String property, String value) {
    return jdbc.sql(
            "select exists (select 1 from current_state where aggregate_type = ? and state ->> ? = ?)")
        .params(type, property, value)
        .query(Boolean.class)
        .single();
  }

  /**
   * The id of the aggregate of a type whose state has a top-level property of a given value.
   *
   * @param type the aggregate type
   * @param property the JSON property
   * @param value its text
   * @return the id, empty when none has it
   */
  public Optional<String> idWhere(String type, String property, String value) {
    return jdbc.sql(
            "select aggregate_id from current_state where aggregate_type = ? and state ->> ? = ?"
                + " order by aggregate_id limit 1")
        .params(type, property, value)
        .query(String.class)
        .optional();
  }

  /**
   * Every aggregate of a type, by id.
   *
   * @param type the aggregate type
   * @return the states in id order
   */
  public List<String> all(String type) {
    return jdbc.sql(
            "select state::text from current_state where aggregate_type = ? order by aggregate_id")
        .params(type)
        .query(String.class)
        .list();
  }

  /**
   * The events of an aggregate, oldest first, without their payloads.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the trail, empty when the aggregate does not exist
   */
  public List<Event> trail(String type, String id) {
    return jdbc.sql(
            "select version, event_type, actor, occurred_at from events"
                + " where aggregate_type = ? and aggregate_id = ? order by version")
        .params(type, id)
        .query(
            (rs, n) ->
                new Event(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class)))
        .list();
  }
}
