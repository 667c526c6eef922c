/**
 * Reports (<i>laporan</i>): read-only summaries over production, sales, premi and PNBP for a
 * period.
 *
 * <p>A {@link org.bengkel.report.PeriodReport} is compiled from the period's facts by a {@link
 * org.bengkel.report.PeriodReportCompiler} (its {@code PeriodReport.Builder} only assembles figures
 * already computed, as a JSON reader does):
 *
 * <pre>{@code
 * PeriodReport report = PeriodReportCompiler.forPeriod(ReportPeriod.ofMonth(YearMonth.of(2026, 11)))
 *     .batch(batch, batch.materialCost(boms, prices).total())   // released or rejected; or sold from
 *     .orders(orders)                                            // fulfilled in the period, with quoted tax
 *     .serviceMaterials(day, shampooCost)                        // used up by service jobs that day
 *     .premi(creditedOn, allocation)                             // credited in the period
 *     .compile(splitPolicies, pnbpLedger);
 * }</pre>
 *
 * <p>Its sections are plain values: {@link org.bengkel.report.ProductionRow} and {@link
 * org.bengkel.report.ProductionFigures} (production by programme and by product), {@link
 * org.bengkel.report.ChannelSales}, {@link org.bengkel.report.ProductSales} and {@link
 * org.bengkel.report.VehicleClassSales} (sales), the period's {@link
 * org.bengkel.proceeds.ProceedsSplit}, {@link org.bengkel.report.TraineePremi} (premi per trainee,
 * personal data never shown by {@code toString()}) and {@link org.bengkel.report.PnbpStatus} (PNBP
 * against the annual target). Every total equals the sum of its rows; the rules are listed in
 * {@link org.bengkel.report.ReportRule}. What is split is the revenue without PPN less the cost of
 * goods sold (per good unit of the lots sold from) and the write-offs (batches rejected in the
 * period): one definition, documented on {@link org.bengkel.report.PeriodReport}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.report;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
