package org.bengkel.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.pricing.Channel;
import org.bengkel.sales.CustomerKind;
import org.bengkel.sales.OrderStatus;

/**
 * The JSON benchmark's baseline: plain mutable classes with public fields and the same JSON
 * properties as bengkel's sales order document, bound by plain Jackson data-binding without any
 * validation. Money is a {@code long}, SKU and lot code are {@code String}s, enums are enums, the
 * event time is a {@code String}.
 */
final class PlainOrder {

  private PlainOrder() {}

  /**
   * The order, its date as a string (plain Jackson 2 has no {@code java.time} support built in).
   */
  public static final class Order2 {
    public String number;
    public Channel channel;
    public Customer customer;
    public String orderDate;
    public List<Line> lines;
    public List<Event> history;
    public List<Object> returns;
  }

  /** The order, its date as a {@link LocalDate} (Jackson 3 reads {@code java.time} itself). */
  public static final class Order3 {
    public String number;
    public Channel channel;
    public Customer customer;
    public LocalDate orderDate;
    public List<Line> lines;
    public List<Event> history;
    public List<Object> returns;
  }

  /** The buyer. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Customer {
    public CustomerKind kind;
    public String name;
    public String organisation;
    public String satkerCode;
    public String partnerCode;
    public String staffNip;
  }

  /** An order line: goods or a service job (only goods here). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Line {
    public Goods goods;
    public Object service;
  }

  /** A goods line. */
  public static final class Goods {
    public String sku;
    public String description;
    public long quantity;
    public long unitPrice;
    public List<Lot> soldLots;
  }

  /** A sold lot. */
  public static final class Lot {
    public String lotCode;
    public long quantity;
  }

  /** A status change. */
  public static final class Event {
    public OrderStatus status;
    public String at;
    public String zone;
    public String actor;
  }
}
