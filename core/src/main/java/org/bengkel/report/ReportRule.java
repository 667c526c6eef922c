package org.bengkel.report;

import org.bengkel.error.Rule;

/**
 * The rules of period reports (<i>aturan laporan</i>).
 *
 * <p>Codes are stable; messages are in {@code org/bengkel/report/messages.properties} (English) and
 * {@code messages_id.properties} (Indonesian).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportRule implements Rule {
  /** A total differs from the sum of its rows; detail {2} is the sum of the rows. */
  TOTAL_MISMATCH("report.total.mismatch"),
  /** Rows are not in their documented order or repeat a key; detail {2} is the previous key. */
  ROW_ORDER("report.row.order"),
  /** A production row is of the wrong kind (a programme row with a product or the reverse). */
  ROW_KIND("report.row.kind"),
  /**
   * The proceeds split was not made from the report's revenue and material cost; detail {2} is the
   * report's figure.
   */
  PROCEEDS_MISMATCH("report.proceeds.mismatch"),
  /** The PNBP figures contradict each other; detail {2} is the figure it must not exceed. */
  PNBP_INCONSISTENT("report.pnbp.inconsistent"),
  /** The PNBP ledger is not of the year in which the period ends; detail {2} is that year. */
  LEDGER_YEAR("report.pnbp.year"),
  /**
   * The split policies and the PNBP ledger belong to different facilities; detail {2} is the
   * ledger's facility.
   */
  FACILITY_MISMATCH("report.facility.mismatch"),
  /**
   * An order fulfilled in the period carries no quoted tax and the compiler was given no tax
   * policy, so its revenue without PPN is unknown.
   */
  TAX_UNKNOWN("report.order.tax-unknown"),
  /**
   * Units were sold from a lot whose batch (with its material cost) was not given, so their cost of
   * goods sold is unknown.
   */
  LOT_COST_UNKNOWN("report.lot.cost-unknown"),
  /**
   * A goods line of one product sold from a lot of another product's batch, so the lot's cost would
   * be counted for a product the line did not sell.
   */
  LOT_PRODUCT_MISMATCH("report.lot.product-mismatch");

  private final String code;

  ReportRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
