package org.bengkel.sales;

import java.util.List;
import java.util.stream.Collectors;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;
import org.bengkel.inventory.Pick;

/**
 * What an accepted operation of a {@link SalesOrder} caused (<i>peristiwa pesanan</i>): one event
 * per move of its lifecycle and per return, with the order number as aggregate id, the order's
 * version after it, the stamp and the facts that rebuild the order ({@link
 * SalesOrder#replay(String, List)}). The stock the order moved has its own {@link
 * org.bengkel.inventory.StockEvent}s, in the same outcome.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface SalesOrderEvent extends DomainEvent
    permits SalesOrderEvent.OrderQuoted,
        SalesOrderEvent.OrderConfirmed,
        SalesOrderEvent.OrderPaid,
        SalesOrderEvent.OrderFulfilled,
        SalesOrderEvent.OrderCancelled,
        SalesOrderEvent.GoodsReturned {

  /**
   * The order number.
   *
   * @return the number, never null
   */
  String order();

  @Override
  default String aggregateId() {
    return order();
  }

  /**
   * The order was quoted (<i>penawaran</i>): the first event, version 1, carrying the quoted order
   * (lines, prices, buyer, channel, quoted tax).
   *
   * @param order the order number, not null
   * @param version 1
   * @param stamp who and when, not null
   * @param quoted the order as quoted, not null
   */
  record OrderQuoted(String order, long version, Stamp stamp, SalesOrder quoted)
      implements SalesOrderEvent {
    /** Checks. */
    public OrderQuoted {
      check(order, version, stamp);
      Checks.required(quoted, "quoted");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(order, quoted.lines().size(), quoted.total().toString(), quoted.channel());
    }
  }

  /**
   * The order was confirmed and stock reserved for its goods lines ({@link SalesOrder#confirm}).
   *
   * @param order the order number, not null
   * @param version the order's version after it
   * @param stamp who and when, not null
   */
  record OrderConfirmed(String order, long version, Stamp stamp) implements SalesOrderEvent {
    /** Checks. */
    public OrderConfirmed {
      check(order, version, stamp);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(order);
    }
  }

  /**
   * The payment was recorded ({@link SalesOrder#pay}).
   *
   * @param order the order number, not null
   * @param version the order's version after it
   * @param stamp who and when, not null
   */
  record OrderPaid(String order, long version, Stamp stamp) implements SalesOrderEvent {
    /** Checks. */
    public OrderPaid {
      check(order, version, stamp);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(order);
    }
  }

  /**
   * The goods were handed over ({@link SalesOrder#fulfil}): the lines with the lots their units
   * were sold from.
   *
   * @param order the order number, not null
   * @param version the order's version after it
   * @param stamp who and when, not null
   * @param lines the order's lines after fulfilment, not null
   */
  record OrderFulfilled(String order, long version, Stamp stamp, List<OrderLine> lines)
      implements SalesOrderEvent {
    /** Checks and copies. */
    public OrderFulfilled {
      check(order, version, stamp);
      lines = List.copyOf(Checks.required(lines, "lines"));
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      String lots =
          lines.stream()
              .filter(GoodsLine.class::isInstance)
              .flatMap(l -> ((GoodsLine) l).soldLots().stream())
              .map(Pick::lotCode)
              .distinct()
              .map(Object::toString)
              .collect(Collectors.joining(", "));
      return List.of(order, lots.isEmpty() ? "-" : lots);
    }
  }

  /**
   * The order was cancelled and its reservations released ({@link SalesOrder#cancel}).
   *
   * @param order the order number, not null
   * @param version the order's version after it
   * @param stamp who and when, not null
   */
  record OrderCancelled(String order, long version, Stamp stamp) implements SalesOrderEvent {
    /** Checks. */
    public OrderCancelled {
      check(order, version, stamp);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(order);
    }
  }

  /**
   * Goods came back after fulfilment ({@link SalesOrder#returnGoods}).
   *
   * @param order the order number, not null
   * @param version the order's version after it
   * @param goodsReturn the return, not null; its stamp is the event's
   */
  record GoodsReturned(String order, long version, GoodsReturn goodsReturn)
      implements SalesOrderEvent {
    /** Checks. */
    public GoodsReturned {
      check(order, version, Checks.required(goodsReturn, "goodsReturn").stamp());
    }

    @Override
    public Stamp stamp() {
      return goodsReturn.stamp();
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(
          goodsReturn.quantity(),
          goodsReturn.lotCode().toString(),
          order,
          goodsReturn.creditNoteNumber(),
          goodsReturn.disposition());
    }
  }

  private static void check(String order, long version, Stamp stamp) {
    Checks.required(order, "order");
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }
}
