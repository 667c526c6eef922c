package org.bengkel.examples.service;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores bengkel values as their JSON and reads them back, with the version as the HTTP entity tag
 * (<i>agregat</i>): the one place controllers go through, so every write has an actor, an instant
 * and an event.
 */
@Component
class Aggregates {

  private final EventStore store;
  private final JsonMapper mapper;

  Aggregates(EventStore store, JsonMapper mapper) {
    this.store = store;
    this.mapper = mapper;
  }

  /**
   * Records a new state: 201 for the first version, 200 after; 409 if {@code If-Match} is stale.
   *
   * @param <T> the value's type
   * @param type the aggregate type
   * @param id the aggregate's id
   * @param ifMatch the request's {@code If-Match} header, or null
   * @param event the event type, e.g. {@code OfficerRecorded}
   * @param actor who did it
   * @param value the new state
   * @return the response carrying the value and its version
   */
  <T> ResponseEntity<T> put(
      String type, String id, String ifMatch, String event, Actor actor, T value) {
    long version =
        store.record(
            type, id, Versions.expected(ifMatch), event, actor, mapper.writeValueAsString(value));
    return ResponseEntity.status(version == 1 ? HttpStatus.CREATED : HttpStatus.OK)
        .eTag(Versions.etag(version))
        .body(value);
  }

  /**
   * Records a new aggregate that must not exist yet.
   *
   * @param <T> the value's type
   * @param type the aggregate type
   * @param id the new id
   * @param event the event type
   * @param actor who did it
   * @param value the state
   */
  <T> void create(String type, String id, String event, Actor actor, T value) {
    store.record(type, id, 0L, event, actor, mapper.writeValueAsString(value));
  }

  /**
   * The current state with its version, or 404.
   *
   * @param <T> the value's type
   * @param type the aggregate type
   * @param id its id
   * @param as the value's class
   * @return the response
   */
  <T> ResponseEntity<T> get(String type, String id, Class<T> as) {
    EventStore.Stored s = store.get(type, id);
    return ResponseEntity.ok()
        .eTag(Versions.etag(s.version()))
        .body(mapper.readValue(s.json(), as));
  }

  /**
   * The current state, or 404.
   *
   * @param <T> the value's type
   * @param type the aggregate type
   * @param id its id
   * @param as the value's class
   * @return the value
   */
  <T> T load(String type, String id, Class<T> as) {
    return mapper.readValue(store.get(type, id).json(), as);
  }

  /**
   * Every aggregate of a type.
   *
   * @param <T> the value's type
   * @param type the aggregate type
   * @param as the value's class
   * @return the values in id order
   */
  <T> List<T> all(String type, Class<T> as) {
    return store.all(type).stream().map(json -> mapper.readValue(json, as)).toList();
  }

  /**
   * The audit trail of an aggregate, or 404 when it has no event. A programme's events have no
   * state row of their own (the training register holds it), so the trail is read from the events.
   *
   * @param type the aggregate type
   * @param id its id
   * @return the events, oldest first
   */
  List<EventStore.Event> trail(String type, String id) {
    List<EventStore.Event> trail = store.trail(type, id);
    if (trail.isEmpty()) {
      throw ServiceException.notFound("audit trail");
    }
    return trail;
  }
}
