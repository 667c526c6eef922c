/**
 * Inventory (<i>persediaan</i>): the append-only stock ledger of received lots, reservations and
 * first-expired-first-out picking.
 *
 * <p>{@link org.bengkel.inventory.StockLedger} is the entry point. Stock comes only from released
 * production batches, each received as a {@link org.bengkel.inventory.StockLot}; every change is a
 * {@link org.bengkel.inventory.Movement} (received, reserved, reservation cancelled, sold,
 * returned, written off) appended to an immutable ledger, from which on-hand, reserved and
 * available quantities per product ({@link org.bengkel.inventory.SkuStock}) and per lot ({@link
 * org.bengkel.inventory.LotStock}) are derived. Expired stock is never reserved or sold; picking is
 * first-expired-first-out, then oldest lot ({@link org.bengkel.inventory.StockLot#FEFO}).
 *
 * <p><b>Decisions are values.</b> An operation the state of the ledger does not allow (not enough
 * available, an expired lot, an unknown reservation, ...) returns a refused {@link
 * org.bengkel.outcome.Outcome} holding a {@link org.bengkel.outcome.Refusal} with an {@link
 * org.bengkel.inventory.InventoryRule} code, and changes nothing; an accepted one holds the new
 * ledger; an operation on a lot never received into the ledger is refused too ({@code
 * LOT_UNKNOWN}). Exceptions are kept for broken contracts: null arguments, quantities out of range,
 * and histories that do not replay.
 *
 * <p><b>For sales.</b> Confirming an order line: {@code reserve(ReservationId.forLine(order, n),
 * sku, quantity, now)}; on refusal show {@code outcome.refusals().get(0).message(locale)} or offer
 * {@code available(sku, date)} units. Delivering it: {@code sellReserved(id, now)} (or a part with
 * {@code sellReserved(id, quantity, now)}). Cancelling: {@code cancelReservation(id, now)}. A
 * counter sale without reservation: {@code sell(sku, quantity, now)}. A return: {@code
 * returnToLot(orderLine, lotCode, quantity, now)}, with the lot taken from the sale's movements
 * ({@code ledger.movements(orderLine)}, or, for a counter sale, the movements it appended: {@code
 * after.movementsAfter(before.movementCount())}). Expired stock: {@code expiredWithStock(date)}
 * lists it, {@code writeOff(lot, quantity, EXPIRED, now)} removes it; {@code nearExpiry(date,
 * days)} lists what to sell first.
 */
@BengkelStyle
@NullMarked
package org.bengkel.inventory;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
