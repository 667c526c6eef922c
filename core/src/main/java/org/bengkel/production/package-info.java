/**
 * Production (<i>produksi</i>): batches and their stages, teams and hours, supervision, lots and
 * the quality check.
 *
 * <p>A {@link org.bengkel.production.ProductionBatch} (<i>batch produksi</i>) is planned under a
 * {@link org.bengkel.production.LotCode} (<i>kode produksi</i>) and moves through the {@link
 * org.bengkel.production.BatchStage}s: planned, in production, packaging, quality check, then
 * released or rejected. Each operation returns an {@link org.bengkel.outcome.Outcome}: the next
 * batch, whose {@link org.bengkel.production.StageHistory} records a {@link
 * org.bengkel.production.StageEvent} naming the officer (<i>petugas</i>) and the time, or a refusal
 * naming the rule. The team's work is recorded in a {@link org.bengkel.production.WorkLog} as
 * {@link org.bengkel.production.WorkInterval}s checked against an {@link
 * org.bengkel.production.EnrolmentCheck} (a {@code TrainingRegister}); overlapping intervals of one
 * trainee are refused, so team hours are never counted twice, and recording is linear. {@link
 * org.bengkel.production.BatchCosting} holds the material cost and the materials consumed, {@link
 * org.bengkel.production.BatchLabelling} the production code, best-before date and label. The rules
 * and their codes are in {@link org.bengkel.production.ProductionRule}.
 *
 * <p>From a planned batch to stock and premi. Every change takes a {@link org.bengkel.audit.Stamp},
 * who made it and when; here {@code stamp(officer, time)} stands for {@code
 * Stamp.ofLocal(Actor.officer(officer.nip()), time, lapas.zone())}:
 *
 * <pre>{@code
 * Stamp planning = stamp(kasi, day.minusDays(5).atTime(9, 0));
 * ProductionBatch planned = ProductionBatch.plan(code, product, 40, day, planning)
 *     .flatMap(b -> b.assignSupervisor(pengawas, planning))     // plan is an Outcome too
 *     .orElseThrow();
 * MaterialCost cost = planned.materialCost(boms, prices);   // bill of materials, prices on the day
 * Stamp desk = stamp(kasi, day.atTime(17, 30));  // records entered after the work they record
 * Outcome<ProductionBatch> released = planned
 *     .startProduction(team, register, stamp(pengawas, day.atTime(7, 30)))
 *     .flatMap(b -> b.consumeMaterials(cost, desk))
 *     .flatMap(b -> b.recordWork(WorkInterval.of(rn, day, LocalTime.of(8, 0), LocalTime.of(12, 0)),
 *         register::isActivelyEnrolled, desk))
 *     .flatMap(b -> b.startPackaging(38, stamp(pengawas, day.atTime(15, 0))))
 *     .flatMap(b -> b.recordQualityCheck(36, 2, stamp(kasi, day.atTime(16, 0))))
 *     .flatMap(b -> b.release(FoodSafetyPolicy.defaults(), stamp(kasi, day.atTime(17, 0))));
 * if (released.isRefused()) {
 *   show(released.refusals().get(0).message(locale));   // rule, subject, value; never a trainee
 * }
 * ProductionBatch batch = released.orElseThrow();
 * StockLot lot = batch.toStockLot(StockLot::of).orElseThrow(); // inventory
 * List<Contribution> byTime = batch.teamHours().stream()      // proceeds
 *     .map(h -> Contribution.ofTime(h.trainee(), h.worked())).toList();
 * }</pre>
 *
 * <p>Registration numbers of the team never appear in {@code toString()}, exception messages,
 * refusals or labels ({@link org.bengkel.production.ProductionBatch#label}) (UU 27/2022 PDP).
 */
@BengkelStyle
@NullMarked
package org.bengkel.production;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
