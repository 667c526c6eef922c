/**
 * Money (<i>uang</i>): whole-Rupiah amounts ({@link org.bengkel.money.Rupiah}), signed differences
 * ({@link org.bengkel.money.RupiahDelta}), exact rates ({@link org.bengkel.money.Rate}), rounding
 * to a price step ({@link org.bengkel.money.RoundingStep}) and exact allocation by largest
 * remainder ({@link org.bengkel.money.Allocation}).
 *
 * <p>No floating point anywhere: amounts are whole rupiah in a {@code long} with overflow checks,
 * rates are fractions of whole numbers.
 */
@NullMarked
package org.bengkel.money;

import org.jspecify.annotations.NullMarked;
