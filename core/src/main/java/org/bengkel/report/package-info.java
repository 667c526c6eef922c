/**
 * Reports (<i>laporan</i>): read-only summaries over production, sales, premi and PNBP for a period.
 */
@BengkelStyle
package org.bengkel.report;

import org.bengkel.internal.BengkelStyle;
