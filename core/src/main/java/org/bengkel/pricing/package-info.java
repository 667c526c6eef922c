/**
 * Pricing (<i>penetapan harga</i>): sales channels, price lists and rules per channel, the pricing
 * pipeline, explained quotes, tax (PPN) and the e-Katalog listing check.
 *
 * <p>A {@link org.bengkel.pricing.PriceBook} holds the effective-dated {@link
 * org.bengkel.pricing.PriceList}s of each {@link org.bengkel.pricing.Channel} (based on cost, on
 * list prices, or on another channel's list) with their {@link org.bengkel.pricing.PriceRule}s.
 * {@link org.bengkel.pricing.PriceBook#quote} takes {@link org.bengkel.pricing.PricingItem}s made
 * from the catalogue (a product's typed category and unit, or a service's vehicle class and tariff)
 * and the facility's {@link org.bengkel.pricing.TaxPolicy}, and gives a {@link
 * org.bengkel.pricing.Quote}, from which the sales package makes the order and its invoice (pricing
 * comes before sales), and whose lines list every step applied (base, markup or discount, rounding,
 * surcharge, margin clamps, floor). PPN follows UU 7/2021 and PMK 131/2024 (12 % on 11/12 of the
 * price). An {@link org.bengkel.pricing.EKatalogPolicy} checks an {@link
 * org.bengkel.pricing.EKatalogListing} against prices offered elsewhere and the local-content
 * minimum, and explains its decision. All amounts are whole rupiah, exact; see {@code
 * docs/pricing.md}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.pricing;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
