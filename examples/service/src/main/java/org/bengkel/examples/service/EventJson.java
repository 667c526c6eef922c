package org.bengkel.examples.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.audit.DomainEvent;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.sales.SalesOrderEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of bengkel's domain events as stored in the events table's {@code payload} (<i>isi
 * peristiwa</i>), and the stock ledger replayed from them.
 *
 * <p>Each payload holds the event's facts in bengkel's JSON of their types: a stock event's
 * movements (and the lot, for a receipt), an order's quoted state, fulfilled lines or return. The
 * envelope columns (type, version, actor, instant, zone) are the row's. A stock ledger is rebuilt
 * from its events' lots and movements with {@link StockLedger#replay(FacilityCode, List, List)},
 * which carries out every operation again through the ledger's own rules.
 */
@Component
class EventJson {

  private final JsonMapper mapper;

  EventJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * An event's facts.
   *
   * @param event a stock or order event
   * @return its payload
   */
  String payload(DomainEvent event) {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (event instanceof StockEvent s) {
      if (s instanceof StockEvent.StockReceived r) {
        facts.put("lot", r.lot());
      }
      facts.put("movements", s.movements());
    } else if (event instanceof SalesOrderEvent.OrderQuoted q) {
      facts.put("order", q.quoted());
    } else if (event instanceof SalesOrderEvent.OrderFulfilled f) {
      facts.put("lines", f.lines());
    } else if (event instanceof SalesOrderEvent.GoodsReturned g) {
      facts.put("goodsReturn", g.goodsReturn());
    }
    return mapper.writeValueAsString(facts);
  }

  /**
   * A stock ledger replayed from its events' payloads, oldest first.
   *
   * @param facility the ledger's facility
   * @param payloads the payloads of its events in version order
   * @return the ledger at the last event's version
   */
  StockLedger replay(FacilityCode facility, List<String> payloads) {
    List<StockLot> lots = new ArrayList<>();
    List<Movement> movements = new ArrayList<>();
    for (String payload : payloads) {
      JsonNode facts = mapper.readTree(payload);
      if (facts.has("lot")) {
        lots.add(mapper.treeToValue(facts.get("lot"), StockLot.class));
      }
      for (JsonNode m : facts.get("movements")) {
        movements.add(mapper.treeToValue(m, Movement.class));
      }
    }
    return StockLedger.replay(facility, lots, movements);
  }
}
