/**
 * Inventory (<i>persediaan</i>): the append-only stock ledger of released lots, reservations and first-expired-first-out picking.
 */
@BengkelStyle
package org.bengkel.inventory;

import org.bengkel.internal.BengkelStyle;
