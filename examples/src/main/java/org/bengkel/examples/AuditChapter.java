package org.bengkel.examples;

import java.io.PrintStream;
import java.util.List;
import org.bengkel.audit.AuditTrail;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.inventory.StockEvent;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.production.LotCode;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.SalesOrder;

/**
 * Chapter 15: the audit trail (jejak audit) of one lot, one order and one premi account, read from
 * the events the month's operations yielded: who received, reserved and sold the lot's units, who
 * moved the order, who credited premi and approved spending, when (local time of the facility's
 * zone). The premi account's holder is shown as an inspector reads it, without the registration
 * number.
 */
final class AuditChapter {

  /** The order whose trail is printed: the gallery sale of 12 jars of kue kering. */
  static final String ORDER = "SO-2026-10-002";

  void run(PrintStream out, Month month) {
    Table.heading(out, "15. Jejak audit (audit trail): satu lot dan satu pesanan");
    List<DomainEvent> events =
        month.events.stream()
            .filter(DomainEvent.class::isInstance)
            .map(DomainEvent.class::cast)
            .toList();
    SalesOrder order =
        month.orders.stream().filter(o -> o.number().equals(ORDER)).findFirst().orElseThrow();
    LotCode lot =
        order.lines().stream()
            .filter(GoodsLine.class::isInstance)
            .map(l -> ((GoodsLine) l).soldLots().get(0).lotCode())
            .findFirst()
            .orElseThrow();
    List<DomainEvent> ofLot =
        events.stream()
            .filter(
                e ->
                    e instanceof StockEvent s
                        && s.movements().stream().anyMatch(m -> m.lotCode().equals(lot)))
            .toList();
    out.println("Lot " + lot + " (" + ofLot.size() + " peristiwa):");
    print(out, AuditTrail.of(ofLot));
    out.println();
    out.println("Pesanan " + ORDER + " (versi " + order.version() + "):");
    print(out, AuditTrail.of(events).of(ORDER));
    out.println();
    PremiAccount premi = month.accounts.get(PamekasanData.AHMAD.registrationNumber());
    out.println("Tabungan premi seorang warga binaan (versi " + premi.version() + "):");
    print(out, AuditTrail.of(premi.events()));
    out.println();
  }

  private static void print(PrintStream out, AuditTrail trail) {
    // An inspector's view: trainees are not identified (their registration numbers withheld).
    for (String line :
        trail.lines(TrainingChapter.ID, PamekasanData.OFFICERS, Disclosure.NO_TRAINEES)) {
      out.println("  " + line);
    }
  }
}
