package org.bengkel.inventory;

import java.util.List;
import java.util.stream.Collectors;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.production.LotCode;
import org.jspecify.annotations.Nullable;

/**
 * What an accepted operation of a {@link StockLedger} caused (<i>peristiwa persediaan</i>): one
 * event per operation, carrying the ledger's facility code as aggregate id, the ledger's version
 * after it, the stamp, the operation's arguments and the {@link Movement}s it appended (which lots
 * a sale took). {@link StockLedger#replay(FacilityCode, List)} rebuilds a ledger from them.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface StockEvent extends DomainEvent
    permits StockEvent.StockReceived,
        StockEvent.StockReserved,
        StockEvent.ReservationCancelled,
        StockEvent.StockSold,
        StockEvent.StockReturned,
        StockEvent.StockWrittenOff {

  /**
   * The ledger's facility.
   *
   * @return the facility code, never null
   */
  FacilityCode ledger();

  /**
   * The movements the operation appended, oldest first.
   *
   * @return the movements, never null or empty
   */
  List<Movement> movements();

  @Override
  default String aggregateId() {
    return ledger().toString();
  }

  /**
   * The lot of a released batch entered stock ({@link StockLedger#receive}).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param lot the lot received, not null
   * @param movements the one {@link MovementType#RECEIVED} movement, not null
   */
  record StockReceived(
      FacilityCode ledger, long version, Stamp stamp, StockLot lot, List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public StockReceived {
      movements = check(ledger, version, stamp, movements);
      Checks.required(lot, "lot");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lot.quantity(), lot.sku().toString(), lot.lotCode().toString());
    }
  }

  /**
   * Units were reserved for an order line ({@link StockLedger#reserve}, or {@link
   * StockLedger#reserveFromLot} when {@code fromLot} is set).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param reservation the order line, not null
   * @param sku the product, not null
   * @param quantity the units, 1 or more
   * @param fromLot the lot asked for by name, or null for first-expired-first-out picking
   * @param movements one {@link MovementType#RESERVED} movement per lot, not null
   */
  record StockReserved(
      FacilityCode ledger,
      long version,
      Stamp stamp,
      ReservationId reservation,
      Sku sku,
      long quantity,
      @Nullable LotCode fromLot,
      List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public StockReserved {
      movements = check(ledger, version, stamp, movements);
      Checks.required(reservation, "reservation");
      Checks.required(sku, "sku");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(quantity, sku.toString(), lots(movements), reservation.toString());
    }
  }

  /**
   * A reservation was cancelled; its units are available again ({@link
   * StockLedger#cancelReservation}).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param reservation the order line, not null
   * @param movements one {@link MovementType#RESERVATION_CANCELLED} movement per lot, not null
   */
  record ReservationCancelled(
      FacilityCode ledger,
      long version,
      Stamp stamp,
      ReservationId reservation,
      List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public ReservationCancelled {
      movements = check(ledger, version, stamp, movements);
      Checks.required(reservation, "reservation");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(units(movements), reservation.toString(), lots(movements));
    }
  }

  /**
   * Units were sold, from a reservation ({@link StockLedger#sellReserved}) or directly ({@link
   * StockLedger#sell}, {@code reservation} null).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param reservation the reservation sold from, or null for a direct sale
   * @param sku the product, not null
   * @param quantity the units, 1 or more
   * @param movements one {@link MovementType#SOLD} movement per lot, not null
   */
  record StockSold(
      FacilityCode ledger,
      long version,
      Stamp stamp,
      @Nullable ReservationId reservation,
      Sku sku,
      long quantity,
      List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public StockSold {
      movements = check(ledger, version, stamp, movements);
      Checks.required(sku, "sku");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(quantity, sku.toString(), lots(movements));
    }
  }

  /**
   * Sold units came back into their lot ({@link StockLedger#returnToLot}).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param orderLine the order line of the sale, or null
   * @param lot the lot, not null
   * @param quantity the units, 1 or more
   * @param movements the one {@link MovementType#RETURNED} movement, not null
   */
  record StockReturned(
      FacilityCode ledger,
      long version,
      Stamp stamp,
      @Nullable ReservationId orderLine,
      LotCode lot,
      long quantity,
      List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public StockReturned {
      movements = check(ledger, version, stamp, movements);
      Checks.required(lot, "lot");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(quantity, lot.toString());
    }
  }

  /**
   * Units left stock as expired, damaged or lost ({@link StockLedger#writeOff}).
   *
   * @param ledger the ledger's facility, not null
   * @param version the ledger's version after it, 1 or more
   * @param stamp who and when, not null
   * @param lot the lot, not null
   * @param quantity the units, 1 or more
   * @param reason why, not null
   * @param movements the one {@link MovementType#WRITTEN_OFF} movement, not null
   */
  record StockWrittenOff(
      FacilityCode ledger,
      long version,
      Stamp stamp,
      LotCode lot,
      long quantity,
      WriteOffReason reason,
      List<Movement> movements)
      implements StockEvent {
    /** Checks and copies. */
    public StockWrittenOff {
      movements = check(ledger, version, stamp, movements);
      Checks.required(lot, "lot");
      Checks.required(reason, "reason");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(quantity, lot.toString(), reason);
    }
  }

  private static List<Movement> check(
      FacilityCode ledger, long version, Stamp stamp, List<Movement> movements) {
    Checks.required(ledger, "ledger");
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
    Checks.requiredElements(movements, "movements");
    Checks.requireNotEmpty(movements, "movements");
    return List.copyOf(movements);
  }

  private static String lots(List<Movement> movements) {
    return movements.stream().map(m -> m.lotCode().toString()).collect(Collectors.joining(", "));
  }

  private static long units(List<Movement> movements) {
    return movements.stream().mapToLong(Movement::quantity).sum();
  }
}
