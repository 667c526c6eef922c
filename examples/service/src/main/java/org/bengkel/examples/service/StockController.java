package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.catalog.Sku;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.Picking;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.production.LotCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The facility's stock (<i>persediaan</i>): lots received, stock per product and lot, lots near
 * their expiry, first-expired-first-out picking, reservations, direct sales and write-offs, each
 * carried out by bengkel's {@link StockLedger} and stored as its events (see {@link StockLedgers}).
 *
 * <p>Every write answers 201 with the movements it appended (bengkel's {@code Movement} JSON) and
 * the ledger's new version as {@code ETag}; a refused one 422 with the ledger's rule code (such as
 * {@code inventory.available.insufficient}) and nothing stored.
 */
@RestController
class StockController {

  /**
   * A direct sale (<i>penjualan langsung</i>), first-expired-first-out.
   *
   * @param sku the product
   * @param quantity the units
   */
  record SaleRequest(@NotNull Sku sku, @Positive long quantity) {}

  /**
   * A reservation for an order line (<i>pemesanan stok</i>): first-expired-first-out, or from one
   * lot when {@code lot} is given.
   *
   * @param id the reservation's id, such as {@code SO-2026-0001-1}
   * @param sku the product
   * @param quantity the units
   * @param lot the lot asked for, or absent for FEFO
   */
  record ReservationRequest(
      @NotNull ReservationId id,
      @NotNull Sku sku,
      @Positive long quantity,
      @Nullable LotCode lot) {}

  /**
   * A write-off (<i>penghapusan</i>).
   *
   * @param lot the lot
   * @param quantity the units
   * @param reason why
   */
  record WriteOffRequest(
      @NotNull LotCode lot, @Positive long quantity, @NotNull WriteOffReason reason) {}

  private final StockLedgers ledgers;
  private final Stamps stamps;

  StockController(StockLedgers ledgers, Stamps stamps) {
    this.ledgers = ledgers;
    this.stamps = stamps;
  }

  /**
   * Receives a released lot into stock (<i>barang masuk</i>).
   *
   * @param lot the lot
   * @param actor the acting officer
   * @return the RECEIVED movement
   */
  @PostMapping("/stock/lots")
  ResponseEntity<List<Movement>> receive(@Valid @RequestBody StockLot lot, Actor actor) {
    return created(ledgers.apply(actor, (l, at) -> l.receive(lot, at)));
  }

  @PostMapping("/stock/sales")
  ResponseEntity<List<Movement>> sell(@Valid @RequestBody SaleRequest sale, Actor actor) {
    return created(ledgers.apply(actor, (l, at) -> l.sell(sale.sku(), sale.quantity(), at)));
  }

  @PostMapping("/stock/reservations")
  ResponseEntity<List<Movement>> reserve(@Valid @RequestBody ReservationRequest r, Actor actor) {
    LotCode lot = r.lot();
    return created(
        ledgers.apply(
            actor,
            (l, at) ->
                lot == null
                    ? l.reserve(r.id(), r.sku(), r.quantity(), at)
                    : l.reserveFromLot(r.id(), lot, r.quantity(), at)));
  }

  /** Sells what a reservation holds (<i>penyerahan</i>). */
  @PostMapping("/stock/reservations/{id}/sale")
  ResponseEntity<List<Movement>> sellReserved(@PathVariable ReservationId id, Actor actor) {
    return created(ledgers.apply(actor, (l, at) -> l.sellReserved(id, at)));
  }

  @DeleteMapping("/stock/reservations/{id}")
  ResponseEntity<List<Movement>> cancel(@PathVariable ReservationId id, Actor actor) {
    return created(ledgers.apply(actor, (l, at) -> l.cancelReservation(id, at)));
  }

  @PostMapping("/stock/write-offs")
  ResponseEntity<List<Movement>> writeOff(@Valid @RequestBody WriteOffRequest w, Actor actor) {
    return created(
        ledgers.apply(actor, (l, at) -> l.writeOff(w.lot(), w.quantity(), w.reason(), at)));
  }

  /** Stock per product. */
  @GetMapping("/stock")
  List<StockLedgers.SkuLevel> stock() {
    return ledger().stock().stream().map(StockLedgers.SkuLevel::of).toList();
  }

  /** Stock per lot, of one product with {@code ?sku=}. */
  @GetMapping("/stock/lots")
  List<StockLedgers.LotLevel> lots(@RequestParam(required = false) @Nullable Sku sku) {
    StockLedger ledger = ledger();
    return (sku == null ? ledger.lots() : ledger.lots(sku))
        .stream().map(StockLedgers.LotLevel::of).toList();
  }

  /** Lots with stock that expire within {@code days} after {@code on}: {@code ?on=&days=}. */
  @GetMapping("/stock/near-expiry")
  List<StockLedgers.LotLevel> nearExpiry(
      @RequestParam LocalDate on, @RequestParam(defaultValue = "30") int days) {
    StockLedger ledger = ledger();
    // bengkel refuses days outside 0..36500: a malformed query value (400), not a refusal (422).
    return BadInput.parse("query.days", () -> ledger.nearExpiry(on, days)).stream()
        .map(StockLedgers.LotLevel::of)
        .toList();
  }

  /**
   * Which lots a sale on a date would take, first-expired-first-out, without taking them: {@code
   * ?sku=&quantity=&on=}.
   *
   * @param sku the product
   * @param quantity the units wanted
   * @param on the date of the sale
   * @return the picks and the shortfall
   */
  @GetMapping("/stock/picking")
  PickingView picking(
      @RequestParam Sku sku, @RequestParam long quantity, @RequestParam LocalDate on) {
    StockLedger ledger = ledger();
    Picking p = BadInput.parse("query.quantity", () -> ledger.pick(sku, quantity, on));
    return new PickingView(
        p.sku(),
        p.date(),
        p.requested(),
        p.picks().stream().map(k -> new PickView(k.lotCode(), k.quantity())).toList(),
        p.shortfall());
  }

  /**
   * A picking as JSON (bengkel's {@code Picking} has no JSON form of its own).
   *
   * @param sku the product
   * @param date the date of the sale
   * @param requested the units wanted
   * @param picks the lots, first-expired first, with their units
   * @param shortfall the units no lot covers
   */
  record PickingView(
      Sku sku, LocalDate date, long requested, List<PickView> picks, long shortfall) {}

  /**
   * One lot of a picking.
   *
   * @param lotCode the lot
   * @param quantity the units taken from it
   */
  record PickView(LotCode lotCode, long quantity) {}

  private StockLedger ledger() {
    return ledgers.current(stamps.facility().code());
  }

  private static ResponseEntity<List<Movement>> created(StockLedgers.Change change) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .eTag(Versions.etag(change.ledger().version()))
        .body(change.movements());
  }
}
