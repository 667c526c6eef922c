/**
 * The catalogue (<i>katalog</i>): products (goods) and services, categories and units, food-safety data (P-IRT, halal, shelf life), materials, private partners (<i>mitra swasta</i>) and their material prices, bills of materials.
 */
@BengkelStyle
package org.bengkel.catalog;

import org.bengkel.internal.BengkelStyle;
