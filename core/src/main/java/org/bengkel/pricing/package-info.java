/**
 * Pricing (<i>penetapan harga</i>): price lists and rules per channel, the pricing pipeline,
 * explained quotes, tax (PPN) and the e-Katalog listing check.
 *
 * <p>A {@link org.bengkel.pricing.PriceBook} holds the effective-dated
 * {@link org.bengkel.pricing.PriceList}s of each channel (based on cost, on list prices, or on
 * another channel's list) with their {@link org.bengkel.pricing.PriceRule}s. A sales order calls
 * {@link org.bengkel.pricing.PriceBook#quote} with its lines as
 * {@link org.bengkel.pricing.PricingItem}s and the facility's
 * {@link org.bengkel.pricing.TaxPolicy}, and gets a {@link org.bengkel.pricing.Quote} whose lines
 * list every step applied (base, markup or discount, rounding, surcharge, margin clamps, floor).
 * PPN follows UU 7/2021 and PMK 131/2024 (12 % on 11/12 of the price). An
 * {@link org.bengkel.pricing.EKatalogPolicy} checks an
 * {@link org.bengkel.pricing.EKatalogListing} against prices offered elsewhere and the local-content
 * minimum, and explains its decision. All amounts are whole rupiah, exact; see
 * {@code docs/pricing.md}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.pricing;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
