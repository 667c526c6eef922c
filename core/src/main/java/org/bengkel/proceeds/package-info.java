/**
 * Proceeds (<i>hasil penjualan</i>): split policies into premi, PNBP and production capital, premi allocation to trainees, premi savings accounts and the PNBP ledger.
 */
@BengkelStyle
package org.bengkel.proceeds;

import org.bengkel.internal.BengkelStyle;
