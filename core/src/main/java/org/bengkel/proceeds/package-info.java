/**
 * Proceeds (<i>hasil penjualan</i>): how the proceeds of a sale or period are split into the
 * inmates' premi pool, PNBP for the state and production capital, and what happens to each part.
 *
 * <ul>
 *   <li>{@link org.bengkel.proceeds.SplitPolicy} (per facility, effective-dated; default 50/15/35
 *       of net profit as facilities cite Kepmen Kehakiman M.01-PP.02.01/1990) and its history
 *       {@link org.bengkel.proceeds.SplitPolicies} produce a {@link
 *       org.bengkel.proceeds.ProceedsSplit}.
 *   <li>{@link org.bengkel.proceeds.PremiAllocation} divides a premi pool over the trainees' {@link
 *       org.bengkel.proceeds.Contribution}s (minutes or pieces) by largest remainder.
 *   <li>{@link org.bengkel.proceeds.PremiAccount} is a trainee's premi savings account (<i>tabungan
 *       premi</i>) with the 25 % spending cap and payout on release; its operations answer with an
 *       {@link org.bengkel.outcome.Outcome}.
 *   <li>{@link org.bengkel.proceeds.PnbpLedger} records PNBP per sale, deposits to the treasury and
 *       the achievement against the annual target.
 * </ul>
 *
 * <p>Registration numbers are personal data: no type of this package shows them in {@code
 * toString()} or in exception messages. Rules are listed in {@link
 * org.bengkel.proceeds.ProceedsRule}. See {@code docs/proceeds.md} for worked examples.
 */
@BengkelStyle
@NullMarked
package org.bengkel.proceeds;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
