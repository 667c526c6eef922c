package org.bengkel.examples.service;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.audit.DomainEvent;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.json.document.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * bengkel's domain events as stored in the events table's {@code payload} (<i>isi peristiwa</i>):
 * each one the document bengkel's JSON writes for it, of the kind named by its type ({@code
 * {"kind":"inventory.stock-sold","schemaVersion":1,"data":{...}}}, docs/audit.md, "Events as
 * JSON"), so the table can be read, or published, by anything that reads bengkel's JSON. A stock
 * ledger is replayed from them, or carried forward by the ones after the version it holds, with
 * {@link StockLedger#replay(StockLedger, List)}, which carries out every operation again through
 * the ledger's own rules.
 */
@Component
class EventJson {

  private final JsonMapper mapper;

  EventJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * An event as its document.
   *
   * @param event one of core's domain events
   * @return the document's JSON
   */
  String payload(DomainEvent event) {
    return mapper.writeValueAsString(Document.ofEvent(event));
  }

  /**
   * An event read back from its document.
   *
   * @param <E> the event type
   * @param payload the stored document
   * @param type the event type expected
   * @return the event
   */
  <E extends DomainEvent> E event(String payload, Class<E> type) {
    return type.cast(mapper.readValue(payload, Document.class).payload());
  }

  /**
   * A stock ledger carried forward by its later events' documents, oldest first ({@link
   * StockLedger#replay(StockLedger, List)}): from the empty ledger, a replay of the whole history.
   *
   * @param ledger the ledger as held
   * @param payloads the documents of its events after its version, in version order
   * @return the ledger at the last event's version
   */
  StockLedger replay(StockLedger ledger, List<String> payloads) {
    List<StockEvent> events = new ArrayList<>(payloads.size());
    for (String payload : payloads) {
      events.add(event(payload, StockEvent.class));
    }
    return StockLedger.replay(ledger, events);
  }
}
