/**
 * Sales (<i>penjualan</i>): customers, channels, orders for goods and service jobs, invoices, cancellations and returns.
 */
@BengkelStyle
package org.bengkel.sales;

import org.bengkel.internal.BengkelStyle;
