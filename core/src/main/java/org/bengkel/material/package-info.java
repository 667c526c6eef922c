/**
 * Materials (<i>bahan</i>): what products are made of and what that costs.
 *
 * <ul>
 *   <li>{@link org.bengkel.material.Material} in a {@link org.bengkel.material.MeasureUnit}, exact
 *       {@link org.bengkel.material.Quantity} and {@link org.bengkel.material.Ratio}.
 *   <li>Effective-dated {@link org.bengkel.material.MaterialPrice}s from supplier partners, kept in
 *       {@link org.bengkel.material.MaterialPrices} (<i>daftar harga bahan</i>; the sales prices
 *       are {@link org.bengkel.pricing.PriceBook}).
 *   <li>{@link org.bengkel.material.BillOfMaterials} (<i>daftar bahan</i>) with {@link
 *       org.bengkel.material.MaterialLine}s and {@link org.bengkel.material.SubAssemblyLine}s,
 *       checked for cycles in a {@link org.bengkel.material.BomRegistry}, which computes the {@link
 *       org.bengkel.material.MaterialCost} (lines of {@link org.bengkel.material.MaterialCostLine})
 *       of a batch on a date.
 * </ul>
 *
 * <p>Refusals carry a {@link org.bengkel.material.MaterialRule}. Every type is immutable and
 * thread-safe; nothing uses floating point.
 */
@BengkelStyle
@NullMarked
package org.bengkel.material;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
