/**
 * The catalogue (<i>katalog</i>): what the workshop sells, what it is made of and whether food may
 * be sold.
 *
 * <ul>
 *   <li>{@link org.bengkel.catalog.CatalogItem}: a {@link org.bengkel.catalog.Product} (goods, with
 *       a {@link org.bengkel.catalog.ProductCategory}, a sales {@link org.bengkel.catalog.Unit}, the
 *       skill programme that makes it and, for food, shelf life, net content, ingredients and
 *       {@link org.bengkel.catalog.FoodSafety}) or a {@link org.bengkel.catalog.Service} (priced per
 *       job by {@link org.bengkel.catalog.VehicleClass}, no stock); a
 *       {@link org.bengkel.catalog.Catalog} finds them by {@link org.bengkel.catalog.Sku}.
 *   <li>Food safety: {@link org.bengkel.catalog.PirtNumber} (SPP-IRT, Peraturan BPOM 22/2018),
 *       {@link org.bengkel.catalog.HalalCertificate} (PP 42/2024), the
 *       {@link org.bengkel.catalog.FoodSafetyPolicy} that returns a
 *       {@link org.bengkel.catalog.FoodSafetyDecision} with reasons, and the
 *       {@link org.bengkel.catalog.Label} (no trainee identity, ever).
 *   <li>Materials: {@link org.bengkel.catalog.Material} in a
 *       {@link org.bengkel.catalog.MeasureUnit}, exact {@link org.bengkel.catalog.Quantity},
 *       private partners ({@link org.bengkel.catalog.Partner}, <i>mitra swasta</i>) and their
 *       effective-dated {@link org.bengkel.catalog.MaterialPrice}s in a
 *       {@link org.bengkel.catalog.PriceBook}; {@link org.bengkel.catalog.BillOfMaterials} checked
 *       for cycles in a {@link org.bengkel.catalog.BomRegistry}, which computes the
 *       {@link org.bengkel.catalog.MaterialCost} of a batch on a date.
 * </ul>
 *
 * <p>Refusals carry a {@link org.bengkel.catalog.CatalogRule}. Every type is immutable and
 * thread-safe; nothing uses floating point.
 */
@BengkelStyle
@NullMarked
package org.bengkel.catalog;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
