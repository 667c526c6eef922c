/**
 * Pricing (<i>penetapan harga</i>): price lists and rules per channel, the pricing pipeline, explained quotes, tax (PPN) and the e-Katalog listing check.
 */
@BengkelStyle
package org.bengkel.pricing;

import org.bengkel.internal.BengkelStyle;
