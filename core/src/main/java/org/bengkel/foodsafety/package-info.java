/**
 * Food safety (<i>keamanan pangan</i>): whether a food product may be released or sold on a date,
 * and what its label must say.
 *
 * <ul>
 *   <li>The {@link org.bengkel.foodsafety.FoodSafetyPolicy} (P-IRT validity, high-risk categories,
 *       mandatory halal certification) returns a {@link org.bengkel.foodsafety.FoodSafetyDecision}
 *       with every {@link org.bengkel.foodsafety.FoodSafetyRule} against it.
 *   <li>The {@link org.bengkel.foodsafety.Label} printed on a food product (no trainee identity,
 *       ever).
 * </ul>
 *
 * <p>The data these read (the P-IRT number and halal certificate) belong to the product and live in
 * {@link org.bengkel.catalog}. Every type is immutable and thread-safe.
 */
@BengkelStyle
@NullMarked
package org.bengkel.foodsafety;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
