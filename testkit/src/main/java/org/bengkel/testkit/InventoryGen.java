package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.LotCode;

/**
 * Generators of valid stock values (<i>persediaan</i>): lot codes, stock lots with and without
 * expiry, stock ledgers built from generated lots, and random sequences of ledger operations
 * (receive, reserve, cancel a reservation, sell reserved, sell, return, write off) that mix
 * accepted operations with ones the ledger must refuse.
 *
 * <p>Stateless and thread-safe.
 */
public final class InventoryGen {

  private static final LocalDate FIRST_PRODUCTION = LocalDate.of(2025, 1, 1);

  private InventoryGen() {}

  /**
   * Lot codes (<i>kode lot</i>) such as {@code KK-250114-03}, sometimes any code up to 40
   * characters.
   *
   * @return the generator, never null
   */
  public static Gen<LotCode> lotCodes() {
    Gen<String> realistic =
        random ->
            String.format(
                Locale.ROOT,
                "%s-%02d%02d%02d-%02d",
                Gen.choose("KK", "AL", "MB", "JM", "KS").next(random),
                random.nextInt(24, 28),
                random.nextInt(1, 13),
                random.nextInt(1, 29),
                random.nextInt(1, 100));
    return Gen.frequency(Gen.weighted(3, realistic), Gen.weighted(1, CatalogGen.codes(40)))
        .map(LotCode::of);
  }

  /**
   * Reservation ids (<i>nomor pemesanan</i>) of order lines such as {@code SO-2025-0001-1}.
   *
   * @return the generator, never null
   */
  public static Gen<ReservationId> reservationIds() {
    return Gen.frequency(
        Gen.weighted(
            3,
            Gen.zip(
                Gen.ints(1, 9_999),
                Gen.ints(1, 20),
                (o, l) -> ReservationId.forLine(String.format(Locale.ROOT, "SO-2025-%04d", o), l))),
        Gen.weighted(1, CatalogGen.codes(40).map(ReservationId::of)));
  }

  /**
   * Stock lots (<i>lot stok</i>) of any SKU.
   *
   * @return the generator, never null
   * @see #stockLots(Sku)
   */
  public static Gen<StockLot> stockLots() {
    return CatalogGen.skus().flatMap(InventoryGen::stockLots);
  }

  /**
   * Stock lots of one SKU: produced in the first quarter of 2025; one in three without expiry, the
   * others expiring 0 to 60 days after production (0: expired on the production day); received 0 to
   * 3 days after production; quantities mostly 1 to 50, sometimes the largest allowed ({@value
   * StockLot#MAX_QUANTITY}).
   *
   * @param sku the SKU, not null
   * @return the generator, never null
   */
  public static Gen<StockLot> stockLots(Sku sku) {
    MissingValueException.required(sku, "sku");
    return random -> lot(random, sku, lotCodes().next(random));
  }

  private static StockLot lot(RandomGenerator random, Sku sku, LotCode code) {
    LocalDate produced = FIRST_PRODUCTION.plusDays(random.nextInt(0, 90));
    Optional<LocalDate> expiry =
        random.nextInt(3) == 0
            ? Optional.empty()
            : Optional.of(produced.plusDays(random.nextInt(0, 61)));
    long quantity = random.nextInt(20) == 0 ? StockLot.MAX_QUANTITY : random.nextLong(1, 51);
    LocalDateTime received =
        produced
            .plusDays(random.nextInt(0, 4))
            .atTime(LocalTime.of(random.nextInt(7, 17), random.nextInt(0, 60)));
    return StockLot.of(code, sku, produced, expiry.orElse(null), quantity, received);
  }

  /**
   * Lots with distinct codes ({@code LOT-1}, {@code LOT-2}, ...) spread over one to three SKUs.
   *
   * @param minLots the fewest lots, zero or more
   * @param maxLots the most lots, at least {@code minLots}
   * @return the generator of unmodifiable lists, never null
   * @throws IllegalArgumentException if the bounds are inconsistent
   */
  public static Gen<List<StockLot>> distinctLots(int minLots, int maxLots) {
    if (minLots < 0 || maxLots < minLots) {
      throw new IllegalArgumentException("distinctLots needs 0 <= minLots <= maxLots");
    }
    return random -> {
      List<Sku> skus = CatalogGen.distinctSkus(random.nextInt(1, 4)).next(random);
      int n = random.nextInt(minLots, maxLots + 1);
      List<StockLot> lots = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        lots.add(lot(random, skus.get(random.nextInt(skus.size())), LotCode.of("LOT-" + (i + 1))));
      }
      return List.copyOf(lots);
    };
  }

  /**
   * Stock ledgers (<i>buku stok</i>) in which zero to eight generated lots have been received in
   * the order of their receipt times, with no other movement.
   *
   * @return the generator, never null
   */
  public static Gen<StockLedger> ledgers() {
    return distinctLots(0, 8)
        .map(
            lots -> {
              StockLedger ledger = StockLedger.empty(LEDGER);
              for (StockLot lot : byReceiptTime(lots)) {
                ledger = ledger.receive(lot, receipt(lot)).orElseThrow();
              }
              return ledger;
            });
  }

  /** The facility of generated ledgers. */
  public static final FacilityCode LEDGER = FacilityCode.of("LAPAS-PAMEKASAN");

  /**
   * The stamp of generated receipts: the system actor {@code import} at the lot's receipt time in
   * WIB.
   *
   * @param lot the lot, not null
   * @return the stamp, never null
   */
  public static Stamp receipt(StockLot lot) {
    return Stamp.ofLocal(
        org.bengkel.audit.Actor.system("import"), lot.receivedAt(), TimeZoneName.WIB);
  }

  private static List<StockLot> byReceiptTime(List<StockLot> lots) {
    List<StockLot> sorted = new ArrayList<>(lots);
    sorted.sort(Comparator.comparing(StockLot::receivedAt));
    return sorted;
  }

  /**
   * Movements of stock (<i>mutasi stok</i>) of every kind: one movement of the ledger that a
   * {@linkplain #scenarios() scenario} leaves, its refused operations skipped.
   *
   * @return the generator, never null
   */
  public static Gen<Movement> movements() {
    return random -> {
      StockLedger ledger = StockLedger.empty(LEDGER);
      for (Operation operation : scenarios().next(random).operations()) {
        ledger = operation.applyTo(ledger).orElse(ledger);
      }
      return Gen.choose(ledger.movements()).next(random);
    };
  }

  /**
   * Scenarios of 1 to 8 lots and a random sequence of 5 to 60 ledger operations: every lot is
   * received at its receipt time, and between receipts the operations reserve (by SKU or from a
   * lot), cancel reservations, sell reserved stock (all or part), sell, return and write off, at
   * times that advance by minutes to days so that lots expire along the way.
   *
   * <p>Many operations are ones the ledger must refuse: more than is available or was sold, an
   * unknown or reused reservation, a write-off as expired of a fresh lot, an expired lot, a
   * backdated time, a lot received twice. Operations never break the ledger's contract (an unknown
   * lot code, a null), so they never throw.
   *
   * @return the generator, never null
   */
  public static Gen<Scenario> scenarios() {
    return random -> {
      TimeZoneName zone = AuditGen.zones().next(random);
      List<StockLot> lots = byReceiptTime(distinctLots(1, 8).next(random));
      List<Sku> skus = lots.stream().map(StockLot::sku).distinct().toList();
      int count = random.nextInt(5, 61);
      List<Operation> ops = new ArrayList<>();
      List<StockLot> received = new ArrayList<>();
      List<ReservationId> ids = new ArrayList<>();
      LocalDateTime clock = lots.get(0).receivedAt();
      int nextLot = 0;
      for (int i = 0; i < count; i++) {
        clock =
            random.nextInt(4) == 0
                ? clock.plusDays(random.nextInt(1, 8)).plusMinutes(random.nextInt(0, 600))
                : clock.plusMinutes(random.nextInt(0, 240));
        while (nextLot < lots.size() && !lots.get(nextLot).receivedAt().isAfter(clock)) {
          StockLot lot = lots.get(nextLot++);
          ops.add(new Receive(lot, AuditGen.stamp(random, lot.receivedAt(), zone)));
          received.add(lot);
          if (random.nextInt(20) == 0) {
            ops.add(new Receive(lot, AuditGen.stamp(random, clock, zone)));
          }
        }
        if (received.isEmpty()) {
          continue;
        }
        LocalDateTime local =
            random.nextInt(20) == 0 ? clock.minusDays(random.nextInt(1, 10)) : clock;
        ops.add(operation(random, skus, received, ids, AuditGen.stamp(random, local, zone)));
      }
      while (nextLot < lots.size()) {
        StockLot lot = lots.get(nextLot++);
        ops.add(new Receive(lot, AuditGen.stamp(random, lot.receivedAt(), zone)));
      }
      return new Scenario(lots, ops);
    };
  }

  private static Operation operation(
      RandomGenerator random,
      List<Sku> skus,
      List<StockLot> received,
      List<ReservationId> ids,
      Stamp at) {
    Gen<Long> quantities =
        Gen.frequency(
            Gen.weighted(8, Gen.longs(1, 20)),
            Gen.weighted(1, Gen.longs(21, 2_000)),
            Gen.weighted(1, Gen.constant(StockLot.MAX_QUANTITY)));
    StockLot lot = received.get(random.nextInt(received.size()));
    ReservationId known = ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    ReservationId some =
        known != null && random.nextInt(5) != 0
            ? known
            : ReservationId.of("R-" + (ids.size() + 1000));
    switch (random.nextInt(9)) {
      case 0, 1 -> {
        ReservationId id =
            known != null && random.nextInt(10) == 0
                ? known
                : ReservationId.of("R-" + (ids.size() + 1));
        ids.add(id);
        return new Reserve(id, Gen.choose(skus).next(random), quantities.next(random), at);
      }
      case 2 -> {
        ReservationId id =
            known != null && random.nextInt(10) == 0
                ? known
                : ReservationId.of("R-" + (ids.size() + 1));
        ids.add(id);
        return new ReserveFromLot(id, lot.lotCode(), quantities.next(random), at);
      }
      case 3 -> {
        return new CancelReservation(some, at);
      }
      case 4 -> {
        return random.nextBoolean()
            ? new SellReserved(some, at)
            : new SellReservedPart(some, quantities.next(random), at);
      }
      case 5, 6 -> {
        return new Sell(Gen.choose(skus).next(random), quantities.next(random), at);
      }
      case 7 -> {
        return new Return(lot.lotCode(), quantities.next(random), at);
      }
      default -> {
        return new WriteOff(
            lot.lotCode(),
            quantities.next(random),
            Gen.enums(WriteOffReason.class).next(random),
            at);
      }
    }
  }

  /**
   * Lots and the operations to apply to an empty ledger, in order.
   *
   * <p>Immutable and thread-safe.
   *
   * @param lots the lots that the operations receive, in receipt order, not null
   * @param operations the operations, not null
   */
  public record Scenario(List<StockLot> lots, List<Operation> operations) {

    /**
     * Copies the lists.
     *
     * @param lots the lots, not null
     * @param operations the operations, not null
     * @throws MissingValueException if a list or an element is null
     */
    public Scenario {
      lots = List.copyOf(lots);
      operations = List.copyOf(operations);
    }
  }

  /**
   * One operation on a {@link StockLedger}, with a readable {@code toString()} for failure reports.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  public sealed interface Operation
      permits Receive,
          Reserve,
          ReserveFromLot,
          CancelReservation,
          SellReserved,
          SellReservedPart,
          Sell,
          Return,
          WriteOff {

    /**
     * Applies this operation.
     *
     * @param ledger the ledger, not null
     * @return the ledger's answer: the new ledger, or the refusal; never null
     */
    Outcome<StockLedger> applyTo(StockLedger ledger);
  }

  /**
   * {@link StockLedger#receive(StockLot, Stamp)}.
   *
   * @param lot the lot, not null
   * @param at who and when, not null
   */
  public record Receive(StockLot lot, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.receive(lot, at);
    }
  }

  /**
   * {@link StockLedger#reserve(ReservationId, Sku, long, Stamp)}.
   *
   * @param id the reservation id, not null
   * @param sku the SKU, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   */
  public record Reserve(ReservationId id, Sku sku, long quantity, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.reserve(id, sku, quantity, at);
    }
  }

  /**
   * {@link StockLedger#reserveFromLot(ReservationId, LotCode, long, Stamp)}.
   *
   * @param id the reservation id, not null
   * @param lotCode a received lot, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   */
  public record ReserveFromLot(ReservationId id, LotCode lotCode, long quantity, Stamp at)
      implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.reserveFromLot(id, lotCode, quantity, at);
    }
  }

  /**
   * {@link StockLedger#cancelReservation(ReservationId, Stamp)}.
   *
   * @param id the reservation id, not null
   * @param at who and when, not null
   */
  public record CancelReservation(ReservationId id, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.cancelReservation(id, at);
    }
  }

  /**
   * {@link StockLedger#sellReserved(ReservationId, Stamp)}: the whole reservation.
   *
   * @param id the reservation id, not null
   * @param at who and when, not null
   */
  public record SellReserved(ReservationId id, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.sellReserved(id, at);
    }
  }

  /**
   * {@link StockLedger#sellReserved(ReservationId, long, Stamp)}: part of a reservation.
   *
   * @param id the reservation id, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   */
  public record SellReservedPart(ReservationId id, long quantity, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.sellReserved(id, quantity, at);
    }
  }

  /**
   * {@link StockLedger#sell(Sku, long, Stamp)}: a sale without reservation.
   *
   * @param sku the SKU, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   */
  public record Sell(Sku sku, long quantity, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.sell(sku, quantity, at);
    }
  }

  /**
   * {@link StockLedger#returnToLot(LotCode, long, Stamp)}.
   *
   * @param lotCode a received lot, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param at who and when, not null
   */
  public record Return(LotCode lotCode, long quantity, Stamp at) implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.returnToLot(lotCode, quantity, at);
    }
  }

  /**
   * {@link StockLedger#writeOff(LotCode, long, WriteOffReason, Stamp)}.
   *
   * @param lotCode a received lot, not null
   * @param quantity the quantity, 1 to {@value StockLot#MAX_QUANTITY}
   * @param reason expired or damaged, not null
   * @param at who and when, not null
   */
  public record WriteOff(LotCode lotCode, long quantity, WriteOffReason reason, Stamp at)
      implements Operation {
    @Override
    public Outcome<StockLedger> applyTo(StockLedger ledger) {
      return ledger.writeOff(lotCode, quantity, reason, at);
    }
  }
}
