package org.bengkel.examples.service;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An aggregate's trail (<i>jejak audit</i>): each event's version, type, acting officer and
 * instant, oldest first, without the stored state. {@code GET /audit/officer/198503152010121002},
 * {@code GET /audit/price-book/current}, {@code GET /audit/trainee/<id>}.
 */
@RestController
class AuditController {

  private final Aggregates aggregates;

  AuditController(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @GetMapping("/audit/{type}/{id}")
  List<EventStore.Event> trail(@PathVariable String type, @PathVariable String id) {
    return aggregates.trail(type, id);
  }
}
