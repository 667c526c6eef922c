package org.bengkel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.StockEvent;
import org.bengkel.pricing.PriceBookEvent;
import org.bengkel.proceeds.PnbpEvent;
import org.bengkel.proceeds.PremiEvent;
import org.bengkel.production.BatchEvent;
import org.bengkel.programme.TrainingEvent;
import org.bengkel.sales.SalesOrderEvent;
import org.bengkel.trainee.TraineeEvent;
import org.junit.jupiter.api.Test;

/**
 * Every event's type code follows from its record by the one rule, {@link DomainEvent#typeOf}, and
 * the released codes stay what they are: hosts store them, and audit sentences and JSON document
 * kinds are keyed by them.
 */
class EventTypeCodeTest {

  /** Every event family of core, in story order. */
  static final List<Class<? extends DomainEvent>> FAMILIES =
      List.of(
          TraineeEvent.class,
          TrainingEvent.class,
          BatchEvent.class,
          StockEvent.class,
          PriceBookEvent.class,
          SalesOrderEvent.class,
          PremiEvent.class,
          PnbpEvent.class);

  @Test
  void everyEventsTypeCodeIsItsPackageAndItsNameInKebabCaseAsReleased() {
    List<String> codes = new ArrayList<>();
    for (Class<? extends DomainEvent> family : FAMILIES) {
      for (Class<?> event : family.getPermittedSubclasses()) {
        codes.add(DomainEvent.typeOf(event.asSubclass(DomainEvent.class)));
      }
    }
    assertThat(codes)
        .containsExactly(
            "trainee.sentenced",
            "trainee.remission-granted",
            "trainee.status-changed",
            "trainee.discipline-recorded",
            "trainee.assessment-recorded",
            "programme.enrolment-applied",
            "programme.enrolment-suspended",
            "programme.enrolment-resumed",
            "programme.enrolment-completed",
            "programme.enrolment-withdrawn",
            "programme.session-scheduled",
            "programme.attendance-recorded",
            "programme.assessment-recorded",
            "production.batch-planned",
            "production.supervisor-assigned",
            "production.batch-rescheduled",
            "production.production-started",
            "production.work-recorded",
            "production.pieces-recorded",
            "production.materials-consumed",
            "production.packaging-started",
            "production.quality-checked",
            "production.batch-released",
            "production.batch-rejected",
            "inventory.stock-received",
            "inventory.stock-reserved",
            "inventory.reservation-cancelled",
            "inventory.stock-sold",
            "inventory.stock-returned",
            "inventory.stock-written-off",
            "pricing.price-list-added",
            "pricing.price-list-replaced",
            "pricing.price-list-retired",
            "sales.order-quoted",
            "sales.order-confirmed",
            "sales.order-paid",
            "sales.order-fulfilled",
            "sales.order-cancelled",
            "sales.goods-returned",
            "proceeds.premi-credited",
            "proceeds.premi-spent",
            "proceeds.premi-paid-out",
            "proceeds.pnbp-recorded",
            "proceeds.pnbp-deposited");
  }

  @Test
  void noEventWritesItsOwnTypeCode() throws NoSuchMethodException {
    for (Class<? extends DomainEvent> family : FAMILIES) {
      for (Class<?> event : family.getPermittedSubclasses()) {
        assertThat(event.getMethod("type").getDeclaringClass())
            .as(event.getName())
            .isEqualTo(DomainEvent.class);
      }
    }
  }

  /** An event of a host's own, in a package of its own: the same rule names it. */
  record ToolLent(String aggregateId, long version, Stamp stamp) implements DomainEvent {
    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      return List.of();
    }
  }

  @Test
  void anEventsTypeIsTheRuleAppliedToItsClass() {
    ToolLent lent = new ToolLent("BENGKEL-1", 1, Stamps.RECORDED);
    // package org.bengkel.audit: "audit"; ToolLent: "tool-lent"
    assertThat(lent.type()).isEqualTo("audit.tool-lent");
    assertThat(DomainEvent.typeOf(ToolLent.class)).isEqualTo(lent.type());
  }

  @Test
  void theTypeOfNoClassIsRefused() {
    assertThatThrownBy(() -> DomainEvent.typeOf(null)).isInstanceOf(MissingValueException.class);
  }
}
