package org.bengkel.json.codec.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.MovementType;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.production.LotCode;

/**
 * The JSON form of the inventory types (<i>persediaan</i>): stock lots, stock movements and
 * reservation identifiers. A lot's {@code receivedAt} is an ISO-8601 local date-time with seconds,
 * {@code "2026-11-02T14:30:00"}; a movement's {@code at} is an instant in UTC with the zone and
 * actor beside it ({@link StampFields}).
 *
 * <p>A {@link StockLedger} is written as its lots and its movements and read back by replaying the
 * movements ({@link StockLedger#replay}).
 *
 * <p>Immutable and thread-safe.
 */
public final class InventoryCodecs {

  static final Codec<MovementType> MOVEMENT_TYPE = Codec.ofEnum(MovementType.class);
  static final Codec<WriteOffReason> WRITE_OFF_REASON = Codec.ofEnum(WriteOffReason.class);

  /**
   * A quantity of a lot, picked, moved or returned: at least one unit, at most {@link
   * StockLot#MAX_QUANTITY}; {@code value.out-of-range} outside. Written in place in the schema.
   */
  public static final Codec<Long> LOT_QUANTITY = Scalars.integer(1, StockLot.MAX_QUANTITY);

  /** {@link ReservationId}: the identifier as a string, {@code "SO-2026-0042-1"}. */
  public static final Codec<ReservationId> RESERVATION_ID =
      Scalars.code(
          ReservationId.class,
          ReservationId::parse,
          ReservationId::value,
          "A reservation identifier");

  /**
   * {@link StockLot} (<i>lot stok</i>): {@code {"lotCode","sku","productionDate","expiryDate",
   * "quantity","receivedAt"}}, {@code expiryDate} optional.
   */
  public static final Codec<StockLot> STOCK_LOT =
      ObjectCodec.builder(StockLot.class, StockLot::builder, StockLot.Builder::build)
          .required(
              "lotCode", ProductionCodecs.LOT_CODE, StockLot::lotCode, StockLot.Builder::lotCode)
          .required("sku", CatalogCodecs.SKU, StockLot::sku, StockLot.Builder::sku)
          .required(
              "productionDate",
              Scalars.DATE,
              StockLot::productionDate,
              StockLot.Builder::productionDate)
          .optional("expiryDate", Scalars.DATE, StockLot::expiryDate, StockLot.Builder::expiryDate)
          .required("quantity", LOT_QUANTITY, StockLot::quantity, StockLot.Builder::quantity)
          .required(
              "receivedAt", Scalars.DATE_TIME, StockLot::receivedAt, StockLot.Builder::receivedAt)
          .describedAs("A lot received into stock (lot stok)")
          .build();

  /**
   * {@link Movement} (<i>mutasi stok</i>): {@code {"sequence","version","type","at","zone","actor",
   * "sku","lotCode","quantity","reservation","writeOffReason"}}, the last two optional; {@code at},
   * {@code zone} and {@code actor} are its stamp ({@link StampFields}).
   */
  public static final Codec<Movement> MOVEMENT =
      StampFields.declare(
              ObjectCodec.builder(
                      Movement.class,
                      () -> new StampFields<>(Movement.builder()),
                      (StampFields<Movement.Builder> d) -> d.builder().stamp(d.stamp()).build())
                  .required(
                      "sequence",
                      Scalars.POSITIVE_COUNT,
                      Movement::sequence,
                      (d, v) -> d.builder().sequence(v))
                  .required(
                      "version",
                      Scalars.POSITIVE_COUNT,
                      Movement::version,
                      (d, v) -> d.builder().version(v))
                  .required("type", MOVEMENT_TYPE, Movement::type, (d, v) -> d.builder().type(v)),
              Movement::stamp)
          .required("sku", CatalogCodecs.SKU, Movement::sku, (d, v) -> d.builder().sku(v))
          .required(
              "lotCode",
              ProductionCodecs.LOT_CODE,
              Movement::lotCode,
              (d, v) -> d.builder().lotCode(v))
          .required("quantity", LOT_QUANTITY, Movement::quantity, (d, v) -> d.builder().quantity(v))
          .optional(
              "reservation",
              RESERVATION_ID,
              Movement::reservation,
              (d, v) -> d.builder().reservation(v))
          .optional(
              "writeOffReason",
              WRITE_OFF_REASON,
              Movement::writeOffReason,
              (d, v) -> d.builder().writeOffReason(v))
          .describedAs("A stock movement (mutasi stok)")
          .build();

  /**
   * {@link StockLedger} (<i>buku persediaan</i>): {@code {"facility":FacilityCode,
   * "lots":[StockLot],"movements":[Movement]}}; reading replays the movements through the ledger's
   * operations.
   */
  public static final Codec<StockLedger> STOCK_LEDGER =
      ObjectCodec.of(
              StockLedger.class,
              StockLedger::replay,
              Field.required("facility", Scalars.FACILITY_CODE, StockLedger::facility),
              Field.requiredList(
                  "lots",
                  STOCK_LOT,
                  (StockLedger l) -> l.lots().stream().map(s -> s.lot()).toList()),
              Field.requiredList("movements", MOVEMENT, StockLedger::movements))
          .describedAs(
              "A stock ledger (buku persediaan): its lots and its history, oldest first; the"
                  + " history must replay through the ledger's operations")
          .build();

  /**
   * The ledger's events ({@link StockEvent}), each a document kind of its own ({@link
   * EventCodecs}): {@code ledger} is the facility code, {@code quantity} the units (1 to {@link
   * StockLot#MAX_QUANTITY}); {@code fromLot}, a sale's {@code reservation} and a return's {@code
   * orderLine} may be absent.
   */
  private static final List<Codec<? extends StockEvent>> EVENTS =
      EventCodecs.family(
          StockEvent.class,
          Map.of(
              FacilityCode.class,
              Scalars.FACILITY_CODE,
              StockLot.class,
              STOCK_LOT,
              Movement.class,
              MOVEMENT,
              ReservationId.class,
              RESERVATION_ID,
              Sku.class,
              CatalogCodecs.SKU,
              LotCode.class,
              ProductionCodecs.LOT_CODE),
          Map.of("quantity", LOT_QUANTITY),
          Set.of("StockReserved.fromLot", "StockSold.reservation", "StockReturned.orderLine"),
          // core's records refuse an event without movements (StockEvent's check)
          Set.of(
              "StockReceived.movements",
              "StockReserved.movements",
              "ReservationCancelled.movements",
              "StockSold.movements",
              "StockReturned.movements",
              "StockWrittenOff.movements"));

  private InventoryCodecs() {}

  /**
   * The codecs of the ledger's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends StockEvent>> events() {
    return EVENTS;
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(RESERVATION_ID, STOCK_LOT, MOVEMENT, STOCK_LEDGER);
  }
}
