/**
 * The catalogue (<i>katalog</i>): what the workshop sells and the partners it deals with.
 *
 * <ul>
 *   <li>{@link org.bengkel.catalog.CatalogItem}: a {@link org.bengkel.catalog.Product} (goods, with
 *       a {@link org.bengkel.catalog.ProductCategory}, a sales {@link org.bengkel.catalog.Unit},
 *       the skill programme that makes it and, for food, shelf life, net content, ingredients and
 *       {@link org.bengkel.catalog.FoodSafety} data) or a {@link org.bengkel.catalog.Service}
 *       (priced per job by {@link org.bengkel.catalog.VehicleClass}, no stock); a {@link
 *       org.bengkel.catalog.Catalog} finds them by {@link org.bengkel.catalog.Sku}.
 *   <li>The food-safety data a food product carries: its {@link org.bengkel.catalog.PirtNumber}
 *       (SPP-IRT, Peraturan BPOM 22/2018) with the issue date of the licence, valid at most five
 *       years from issue, and {@link org.bengkel.catalog.HalalCertificate} (PP 42/2024), flagged
 *       for review when the product's ingredients, materials or process change ({@link
 *       org.bengkel.catalog.HalalStatus}; UU 33/2014 Art. 25 and 42 as amended by UU 6/2023).
 *       Whether they allow a sale on a date is decided in {@link org.bengkel.foodsafety}.
 *   <li>Private partners ({@link org.bengkel.catalog.Partner}, <i>mitra swasta</i>) in their {@link
 *       org.bengkel.catalog.PartnerRole}s: suppliers of materials, resellers of goods.
 * </ul>
 *
 * <p>Materials, their prices and bills of materials are in {@link org.bengkel.material}. Refusals
 * carry a {@link org.bengkel.catalog.CatalogRule}. Terms, sources and the choices made where the
 * regulations are silent are in the project's docs/domain.md. Every type is immutable and
 * thread-safe.
 */
@BengkelStyle
@NullMarked
package org.bengkel.catalog;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
