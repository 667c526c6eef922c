/**
 * Production (<i>produksi</i>): batches and their stages, teams and hours, supervision, lots and the quality check.
 */
@BengkelStyle
package org.bengkel.production;

import org.bengkel.internal.BengkelStyle;
