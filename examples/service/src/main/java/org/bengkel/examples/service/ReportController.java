package org.bengkel.examples.service;

import java.time.LocalDate;
import java.time.Year;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.production.ProductionBatch;
import org.bengkel.report.PeriodReport;
import org.bengkel.report.PeriodReportCompiler;
import org.bengkel.report.ReportPeriod;
import org.bengkel.sales.SalesOrder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The period report (<i>laporan periode</i>) compiled by bengkel's {@link PeriodReportCompiler}
 * from what the service stores: every production batch (costed from the bills of materials at the
 * partners' prices), every sales order (each with its quote's PPN), the materials the service jobs
 * used, the premi allocations credited, the split policies and the PNBP ledger of the year the
 * period ends in. Internal to the facility: it names trainees by registration number.
 */
@RestController
class ReportController {

  private final ProductionController production;
  private final ProceedsController proceeds;
  private final Aggregates aggregates;

  ReportController(
      ProductionController production, ProceedsController proceeds, Aggregates aggregates) {
    this.production = production;
    this.proceeds = proceeds;
    this.aggregates = aggregates;
  }

  /**
   * The report of a period: {@code ?from=2026-10-01&to=2026-10-31}.
   *
   * @param from the period's first day
   * @param to its last day
   * @return the report
   */
  @GetMapping("/reports/period")
  PeriodReport period(@RequestParam LocalDate from, @RequestParam LocalDate to) {
    ReportPeriod period = BadInput.parse("query.to", () -> ReportPeriod.of(from, to));
    PeriodReportCompiler compiler = PeriodReportCompiler.forPeriod(period);
    BomRegistry boms = production.boms();
    MaterialPrices prices = production.prices();
    // Batches first: the cost of goods sold is read from the lots' batches.
    for (ProductionBatch batch : production.batches()) {
      compiler.batch(batch, boms, prices);
    }
    compiler.orders(aggregates.all(Orders.TYPE, SalesOrder.class));
    for (ProceedsController.ServiceMaterials used : proceeds.serviceMaterials()) {
      compiler.serviceMaterials(used.date(), used.cost());
    }
    for (ProceedsController.CreditedAllocation credited : proceeds.allocations()) {
      compiler.premi(credited.date(), credited.allocation());
    }
    return compiler.compile(
        proceeds.policies(), proceeds.ledger(Year.of(period.lastDay().getYear())));
  }
}
