package org.bengkel.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.inventory.Pick;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsRule;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a {@link PeriodReport} from the facts of a period (<i>penyusun laporan periode</i>):
 * give it batches, orders and premi allocations, then {@link #compile} the report. A pure
 * computation, the same facts always giving the same report.
 *
 * <p>Not to be confused with {@link PeriodReport.Builder}, which assembles a report from figures
 * already computed (as a JSON reader does); this class computes those figures.
 *
 * <p><b>Which date decides</b> whether a fact belongs to the period (both ends inclusive):
 *
 * <ul>
 *   <li>a production batch: the day it was released or rejected (its last {@link
 *       org.bengkel.production.StageEvent}); batches not yet released or rejected are left out. A
 *       released batch counts its quality check's good and rejected units; a rejected one counts
 *       every unit produced as rejected and its whole material cost as written off. Its material
 *       cost is given by the caller ({@link #batch(ProductionBatch, Rupiah)}) or computed from the
 *       bills of materials ({@link #batch(ProductionBatch, BomRegistry, MaterialPrices)}); the team
 *       hours are {@link ProductionBatch#totalHours()}. A batch released before the period is not
 *       counted as production but its cost is kept: units sold in the period from its lot carry it
 *       (give every batch whose lots may have been sold);
 *   <li>a sales order: the day it was fulfilled ({@link SalesOrder#reachedAt} {@link
 *       OrderStatus#FULFILLED}), for its goods lines and its service jobs alike; orders not
 *       fulfilled (quoted, confirmed, paid or cancelled) are left out. Revenue is the price without
 *       PPN: the order's quoted tax ({@link SalesOrder#quotedTax()}) or, for an order without one,
 *       the tax policy given to {@link #forPeriod(ReportPeriod, TaxPolicy)} applied to its total,
 *       divided over its lines by their totals (largest remainder, so the lines add up to the order
 *       exactly); the PPN is counted apart ({@link PeriodReport#salesPpn()}). The cost of goods
 *       sold is that of the units sold from each lot ({@link GoodsLine#soldLots()}), per good unit
 *       of the lot's batch, rounded on the lot's running total so that a lot's cost is carried
 *       whole ({@link ProductionFigures#costOfGoodUnits(Rupiah, long, long, long)}): the running
 *       total starts after the units sold from the lot by the orders given that were fulfilled
 *       before the period, which are not counted otherwise (give them too, or a lot sold over two
 *       periods may cost a rupiah more or less than its batch). Returns of goods are not deducted
 *       (their credit notes are not part of the report);
 *   <li>the materials used up by service jobs: the day given with them ({@link #serviceMaterials});
 *   <li>a premi allocation: the day given with it ({@link #premi}), the day its shares were
 *       credited;
 *   <li>PNBP: the date of each record and deposit of the ledger; the year-to-date figures count the
 *       entries dated up to the period's last day.
 * </ul>
 *
 * The proceeds of the period are split under the policy effective on the period's last day ({@link
 * SplitPolicies#split}): the sales revenue without PPN less the cost of goods sold and the
 * write-offs of the period (the one definition of cost, documented on {@link PeriodReport}).
 *
 * <p>Facts outside the period are skipped without error; a batch (by lot code) or an order (by
 * number) fulfilled in or before the period given twice is refused ({@code value.duplicate}), so
 * nothing is counted twice. The work is O(n) in the facts given plus the sorting of the report's
 * rows (O(k log k) for k rows).
 *
 * <p>Not thread-safe: one compiler per report. The report it compiles is immutable.
 */
public final class PeriodReportCompiler {

  private final ReportPeriod period;
  private final @Nullable TaxPolicy taxPolicy;
  private final Set<LotCode> lots = new HashSet<>();

  /** Each released batch's lot: its good units and material cost, for the cost of goods sold. */
  private final Map<LotCode, LotCost> lotCosts = new HashMap<>();

  /**
   * A released batch's good units and material cost, and the units of its lot sold in the period;
   * the cost of a batch of an earlier period is computed from its bill of materials only when a
   * unit of its lot is sold in the period.
   */
  private static final class LotCost {
    private final Sku sku;
    private final long goodUnits;
    private final @Nullable Rupiah cost;
    private final @Nullable Supplier<Rupiah> costing;
    private long soldInPeriod;

    LotCost(Sku sku, long goodUnits, @Nullable Rupiah cost, @Nullable Supplier<Rupiah> costing) {
      this.sku = sku;
      this.goodUnits = goodUnits;
      this.cost = cost;
      this.costing = costing;
    }

    /** The cost of the units sold in the period, after those sold before it. */
    Rupiah ofPeriod(long soldBefore) {
      Rupiah c = cost != null ? cost : Checks.present(costing).get();
      return ProductionFigures.costOfGoodUnits(c, goodUnits, soldBefore, soldInPeriod);
    }
  }

  /** Units sold from each lot by the orders given that were fulfilled before the period. */
  private final Map<LotCode, Long> soldBefore = new HashMap<>();

  private final Set<String> orderNumbers = new HashSet<>();
  private final Map<Sku, ProgrammeCode> productProgrammes = new HashMap<>();
  private final Map<Sku, ProductionFigures> production = new HashMap<>();
  private final Map<Channel, ChannelSales> channels = new HashMap<>();
  private final Map<Sku, ProductSales> products = new HashMap<>();
  private final Map<VehicleClass, VehicleClassSales> vehicles = new HashMap<>();
  private final Map<RegistrationNumber, Rupiah> premi = new HashMap<>();
  private Rupiah salesPpn = Rupiah.ZERO;
  private Rupiah serviceMaterialCost = Rupiah.ZERO;

  private PeriodReportCompiler(ReportPeriod period, @Nullable TaxPolicy taxPolicy) {
    this.period = period;
    this.taxPolicy = taxPolicy;
  }

  /**
   * A compiler for a period whose orders all carry their quoted tax ({@link
   * SalesOrder#quotedTax()}, as orders made from a quote do); an order without one is refused
   * ({@link ReportRule#TAX_UNKNOWN}).
   *
   * @param period the period, not null
   * @return an empty compiler, never null
   * @throws MissingValueException if the period is null
   */
  public static PeriodReportCompiler forPeriod(ReportPeriod period) {
    return new PeriodReportCompiler(Checks.required(period, "period"), null);
  }

  /**
   * A compiler for a period that applies a facility's tax policy to the total of each order without
   * a quoted tax, to find its price without PPN and its PPN; an order with a quoted tax keeps it.
   * Without this, nothing would say whether an order's prices include PPN.
   *
   * @param period the period, not null
   * @param taxPolicy the facility's tax policy, not null; of the facility of the ledger given to
   *     {@link #compile}
   * @return an empty compiler, never null
   * @throws MissingValueException if an argument is null
   */
  public static PeriodReportCompiler forPeriod(ReportPeriod period, TaxPolicy taxPolicy) {
    return new PeriodReportCompiler(
        Checks.required(period, "period"), Checks.required(taxPolicy, "taxPolicy"));
  }

  /**
   * The period this compiler reports on.
   *
   * @return the period, never null
   */
  public ReportPeriod period() {
    return period;
  }

  /**
   * The day a batch was released or rejected: the day that decides its period.
   *
   * @param batch the batch, not null
   * @return the day, empty while the batch is neither released nor rejected
   * @throws MissingValueException if {@code batch} is null
   */
  public static Optional<LocalDate> decidedOn(ProductionBatch batch) {
    Checks.required(batch, "batch");
    if (!batch.stage().isFinal()) {
      return Optional.empty();
    }
    return Optional.of(batch.history().get(batch.history().size() - 1).stamp().localDate());
  }

  /**
   * Adds a production batch with its material cost; counted as production only when released or
   * rejected in the period; the cost of a batch released on or before the period's last day is kept
   * for the units sold from its lot.
   *
   * @param batch the batch, not null
   * @param materialCost its material cost, not null
   * @return this compiler
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code value.duplicate} (field {@code batches}) for a lot
   *     code added before
   */
  public PeriodReportCompiler batch(ProductionBatch batch, Rupiah materialCost) {
    Checks.required(batch, "batch");
    Checks.required(materialCost, "materialCost");
    Optional<LocalDate> decided = decidedOn(batch);
    if (decided.isEmpty() || decided.get().isAfter(period.lastDay())) {
      return this;
    }
    addBatch(batch, materialCost, period.contains(decided.get()));
    return this;
  }

  /**
   * Adds a production batch whose material cost is that of its bill of materials at the prices of
   * its production date ({@link ProductionBatch#materialCost}); the cost is computed only for a
   * batch released or rejected on or before the period's last day, and counted as production only
   * in the period.
   *
   * @param batch the batch, not null
   * @param boms the bills of materials, not null
   * @param prices the material prices, not null
   * @return this compiler
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException as {@link ProductionBatch#materialCost} (bill or price missing);
   *     rule {@code value.duplicate} for a lot code added before
   */
  public PeriodReportCompiler batch(
      ProductionBatch batch, BomRegistry boms, MaterialPrices prices) {
    Checks.required(batch, "batch");
    Checks.required(boms, "boms");
    Checks.required(prices, "prices");
    Optional<LocalDate> decided = decidedOn(batch);
    if (decided.isEmpty() || decided.get().isAfter(period.lastDay())) {
      return this;
    }
    if (!period.contains(decided.get())) {
      // An earlier period's batch: costed only if units of its lot are sold in this period.
      if (batch.stage() == BatchStage.RELEASED && batch.goodUnits() > 0) {
        if (!lots.add(batch.lotCode())) {
          throw InvalidValueException.of(CoreRule.DUPLICATE, "batches", batch.lotCode());
        }
        lotCosts.put(
            batch.lotCode(),
            new LotCost(
                batch.product().sku(),
                batch.goodUnits(),
                null,
                () -> batch.materialCost(boms, prices).total()));
      }
      return this;
    }
    addBatch(batch, batch.materialCost(boms, prices).total(), true);
    return this;
  }

  private void addBatch(ProductionBatch batch, Rupiah materialCost, boolean inPeriod) {
    if (!lots.add(batch.lotCode())) {
      throw InvalidValueException.of(CoreRule.DUPLICATE, "batches", batch.lotCode());
    }
    boolean released = batch.stage() == BatchStage.RELEASED;
    long good = released ? batch.goodUnits() : 0;
    long rejected =
        released
            ? batch.qualityCheck().map(q -> q.rejectedUnits()).orElse(0L)
            : batch.producedUnits().orElse(0L);
    ProductionFigures figures =
        ProductionFigures.of(
            released ? 1 : 0,
            released ? 0 : 1,
            good,
            rejected,
            batch.totalHours(),
            materialCost,
            released ? Rupiah.ZERO : materialCost);
    if (released && good > 0) {
      lotCosts.put(batch.lotCode(), new LotCost(batch.product().sku(), good, materialCost, null));
    }
    if (!inPeriod) {
      return;
    }
    Sku sku = batch.product().sku();
    productProgrammes.put(sku, batch.product().programme());
    production.merge(sku, figures, ProductionFigures::plus);
  }

  /**
   * Adds production batches with their material costs, as {@link #batch(ProductionBatch, Rupiah)}
   * for each entry.
   *
   * @param batches each batch with its material cost, not null
   * @return this compiler
   * @throws MissingValueException if a batch or cost is null
   * @throws InvalidValueException as {@link #batch(ProductionBatch, Rupiah)}
   */
  public PeriodReportCompiler batches(Map<ProductionBatch, Rupiah> batches) {
    Checks.required(batches, "batches").forEach(this::batch);
    return this;
  }

  /**
   * Adds a sales order; counted only when fulfilled in the period. One fulfilled before it is not
   * counted, but the units it sold from each lot are, to know where the period's share of the lot's
   * cost starts.
   *
   * @param order the order, not null
   * @return this compiler
   * @throws MissingValueException if the order is null
   * @throws InvalidValueException rule {@code value.duplicate} (field {@code orders}) for an order
   *     number added before (of an order fulfilled in or before the period); {@link
   *     ReportRule#TAX_UNKNOWN} for an order without a quoted tax when no tax policy was given;
   *     {@link ReportRule#LOT_COST_UNKNOWN} (field {@code batches}) for a goods line sold from a
   *     lot whose batch was not added before (add the batches first); {@link
   *     ReportRule#LOT_PRODUCT_MISMATCH} (field {@code orders}) for a goods line sold from a lot of
   *     another product's batch; {@code money.overflow} if revenue overflows
   */
  public PeriodReportCompiler order(SalesOrder order) {
    Checks.required(order, "order");
    Optional<LocalDate> fulfilled = order.reachedOn(OrderStatus.FULFILLED);
    if (fulfilled.isEmpty() || fulfilled.get().isAfter(period.lastDay())) {
      return this;
    }
    if (orderNumbers.contains(order.number())) {
      throw InvalidValueException.of(CoreRule.DUPLICATE, "orders", order.number());
    }
    if (fulfilled.get().isBefore(period.firstDay())) {
      orderNumbers.add(order.number());
      // Not counted; the units it sold from each lot set where the period's share of the lot's
      // cost starts (ProductionFigures.costOfGoodUnits with soldBefore).
      for (OrderLine line : order.lines()) {
        if (line instanceof GoodsLine g) {
          for (Pick pick : g.soldLots()) {
            soldBefore.merge(
                pick.lotCode(), pick.quantity(), (a, b) -> Checks.addExact(a, b, "units"));
          }
        }
      }
      return this;
    }
    // Everything that may refuse the order comes before anything is counted: a refused order
    // leaves the compiler as it was.
    TaxBreakdown tax = taxOf(order);
    Rupiah ppn = salesPpn.plus(tax.ppn());
    Map<LotCost, Long> sold = soldLots(order);
    long[] weights = new long[order.lines().size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = order.lines().get(i).lineTotal().amount();
    }
    // Every line total is zero only when the order's total is; then so is every line's revenue.
    List<Rupiah> revenue =
        tax.priceExcludingTax().isZero()
            ? java.util.Collections.nCopies(weights.length, Rupiah.ZERO)
            : tax.priceExcludingTax().allocate(weights);
    orderNumbers.add(order.number());
    salesPpn = ppn;
    sold.forEach(
        (lot, units) -> lot.soldInPeriod = Checks.addExact(lot.soldInPeriod, units, "units"));
    long goodsUnits = 0;
    long jobs = 0;
    for (int i = 0; i < weights.length; i++) {
      OrderLine line = order.lines().get(i);
      Rupiah amount = revenue.get(i);
      if (line instanceof GoodsLine g) {
        goodsUnits = Checks.addExact(goodsUnits, g.quantity(), "goodsUnits");
        products.merge(g.sku(), ProductSales.of(g.sku(), g.quantity(), amount), ProductSales::plus);
      } else if (line instanceof ServiceJob j) {
        jobs++;
        vehicles.merge(
            j.vehicleClass(),
            VehicleClassSales.of(j.vehicleClass(), 1, amount),
            (a, b) ->
                VehicleClassSales.of(
                    a.vehicleClass(),
                    Checks.addExact(a.jobs(), b.jobs(), "jobs"),
                    a.revenue().plus(b.revenue())));
      }
    }
    channels.merge(
        order.channel(),
        ChannelSales.of(order.channel(), 1, goodsUnits, jobs, tax.priceExcludingTax()),
        (a, b) ->
            ChannelSales.of(
                a.channel(),
                Checks.addExact(a.orders(), b.orders(), "orders"),
                Checks.addExact(a.goodsUnits(), b.goodsUnits(), "goodsUnits"),
                Checks.addExact(a.serviceJobs(), b.serviceJobs(), "serviceJobs"),
                a.revenue().plus(b.revenue())));
    return this;
  }

  private TaxBreakdown taxOf(SalesOrder order) {
    Optional<TaxBreakdown> quoted = order.quotedTax();
    if (quoted.isPresent()) {
      return quoted.get();
    }
    if (taxPolicy == null) {
      throw InvalidValueException.of(ReportRule.TAX_UNKNOWN, "orders", order.number());
    }
    return taxPolicy.apply(order.total());
  }

  /**
   * The units an order's goods lines sold from each lot, whose cost {@link #compile} finds; a
   * fulfilled order's lines always name the lots of all their units ({@link GoodsLine#soldLots()}).
   */
  private Map<LotCost, Long> soldLots(SalesOrder order) {
    Map<LotCost, Long> lots = new HashMap<>();
    for (OrderLine line : order.lines()) {
      if (line instanceof GoodsLine g) {
        for (Pick pick : g.soldLots()) {
          LotCost lot = lotCosts.get(pick.lotCode());
          if (lot == null) {
            throw InvalidValueException.of(ReportRule.LOT_COST_UNKNOWN, "batches", pick.lotCode());
          }
          if (!lot.sku.equals(g.sku())) {
            throw InvalidValueException.of(
                ReportRule.LOT_PRODUCT_MISMATCH, "orders", pick.lotCode(), g.sku());
          }
          lots.merge(lot, pick.quantity(), (a, b) -> Checks.addExact(a, b, "units"));
        }
      }
    }
    return lots;
  }

  /**
   * The cost of goods sold of each product in the period: per lot, the cost of the units sold in
   * the period after those sold before it, so that a lot's cost is carried whole over its sales.
   */
  private Map<Sku, Rupiah> costOfGoodsSold() {
    Map<Sku, Rupiah> costs = new HashMap<>();
    lotCosts.forEach(
        (code, lot) -> {
          if (lot.soldInPeriod > 0) {
            Rupiah cost = lot.ofPeriod(soldBefore.getOrDefault(code, 0L));
            costs.merge(lot.sku, cost, Rupiah::plus);
          }
        });
    return costs;
  }

  /**
   * Adds sales orders, as {@link #order(SalesOrder)} for each.
   *
   * @param orders the orders, not null, none null
   * @return this compiler
   * @throws MissingValueException if an order is null
   * @throws InvalidValueException as {@link #order(SalesOrder)}
   */
  public PeriodReportCompiler orders(Collection<SalesOrder> orders) {
    Checks.required(orders, "orders").forEach(this::order);
    return this;
  }

  /**
   * Adds the materials service jobs used up on a day (<i>bahan habis pakai jasa</i>, such as a car
   * wash's shampoo), the service jobs' cost of sales; counted only when the day is in the period.
   *
   * @param date the day the materials were used, not null
   * @param cost their cost, not null
   * @return this compiler
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code money.overflow} if the sum overflows
   */
  public PeriodReportCompiler serviceMaterials(LocalDate date, Rupiah cost) {
    Checks.required(date, "date");
    Checks.required(cost, "cost");
    if (period.contains(date)) {
      serviceMaterialCost = serviceMaterialCost.plus(cost);
    }
    return this;
  }

  /**
   * Adds a premi allocation credited on a day; counted only when the day is in the period. A
   * trainee's premi in the report is the sum of their shares of every allocation counted.
   *
   * @param date the day the shares were credited, not null
   * @param allocation the allocation, not null
   * @return this compiler
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@code money.overflow} if a sum overflows
   */
  public PeriodReportCompiler premi(LocalDate date, PremiAllocation allocation) {
    Checks.required(date, "date");
    Checks.required(allocation, "allocation");
    if (period.contains(date)) {
      for (PremiShare share : allocation.shares()) {
        premi.merge(share.registrationNumber(), share.amount(), Rupiah::plus);
      }
    }
    return this;
  }

  /**
   * Compiles the report: splits the period's proceeds under the policy effective on the period's
   * last day and reads PNBP from the ledger.
   *
   * @param policies the facility's split policies, not null
   * @param ledger the facility's PNBP ledger of the year in which the period ends, not null
   * @return the report, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link ReportRule#FACILITY_MISMATCH} (field {@code
   *     policies.facilityCode}, or {@code taxPolicy.facilityCode}) if the policies, the tax policy
   *     and the ledger do not all belong to one facility; {@link ReportRule#LEDGER_YEAR} (field
   *     {@code ledger.year}) for a ledger of another year; {@link ProceedsRule#NO_POLICY} if no
   *     policy is effective on the period's last day; {@code money.overflow} if a sum overflows; as
   *     {@link ProductionBatch#materialCost} (a bill or price missing) for a batch of an earlier
   *     period added with its bills of materials whose lot sold units in the period, costed only
   *     now
   */
  public PeriodReport compile(SplitPolicies policies, PnbpLedger ledger) {
    Checks.required(policies, "policies");
    Checks.required(ledger, "ledger");
    if (!policies.facilityCode().equals(ledger.facilityCode())) {
      throw InvalidValueException.of(
          ReportRule.FACILITY_MISMATCH,
          "policies.facilityCode",
          policies.facilityCode(),
          ledger.facilityCode());
    }
    if (taxPolicy != null && !taxPolicy.facilityCode().equals(ledger.facilityCode())) {
      throw InvalidValueException.of(
          ReportRule.FACILITY_MISMATCH,
          "taxPolicy.facilityCode",
          taxPolicy.facilityCode(),
          ledger.facilityCode());
    }
    if (ledger.year().getValue() != period.lastDay().getYear()) {
      throw InvalidValueException.of(
          ReportRule.LEDGER_YEAR, "ledger.year", ledger.year(), period.lastDay().getYear());
    }
    List<ProductionRow> byProduct = new ArrayList<>();
    Map<ProgrammeCode, ProductionFigures> byProgramme = new HashMap<>();
    production.forEach(
        (sku, figures) -> {
          ProgrammeCode programme = Checks.present(productProgrammes.get(sku));
          byProduct.add(ProductionRow.ofProduct(programme, sku, figures));
          byProgramme.merge(programme, figures, ProductionFigures::plus);
        });
    byProduct.sort(Comparator.comparing(r -> r.product().orElseThrow()));
    List<ProductionRow> programmes = new ArrayList<>();
    byProgramme.forEach(
        (code, figures) -> programmes.add(ProductionRow.ofProgramme(code, figures)));
    programmes.sort(Comparator.comparing(ProductionRow::programme));
    ProductionFigures total = ProductionFigures.none();
    for (ProductionRow row : programmes) {
      total = total.plus(row.figures());
    }
    List<ChannelSales> channelRows = new ArrayList<>(channels.values());
    channelRows.sort(Comparator.comparing(ChannelSales::channel));
    Rupiah revenue = Rupiah.ZERO;
    for (ChannelSales c : channelRows) {
      revenue = revenue.plus(c.revenue());
    }
    Map<Sku, Rupiah> costs = costOfGoodsSold();
    List<ProductSales> productRows = new ArrayList<>();
    for (ProductSales p : products.values()) {
      productRows.add(
          ProductSales.of(
              p.sku(), p.units(), p.revenue(), costs.getOrDefault(p.sku(), Rupiah.ZERO)));
    }
    productRows.sort(Comparator.comparing(ProductSales::sku));
    List<VehicleClassSales> vehicleRows = new ArrayList<>(vehicles.values());
    vehicleRows.sort(Comparator.comparing(VehicleClassSales::vehicleClass));
    List<TraineePremi> premiRows = new ArrayList<>();
    Rupiah premiTotal = Rupiah.ZERO;
    for (Map.Entry<RegistrationNumber, Rupiah> e : premi.entrySet()) {
      premiRows.add(TraineePremi.of(e.getKey(), e.getValue()));
      premiTotal = premiTotal.plus(e.getValue());
    }
    premiRows.sort(Comparator.comparing(TraineePremi::registrationNumber));
    Rupiah costOfGoodsSold = serviceMaterialCost;
    for (ProductSales p : productRows) {
      costOfGoodsSold = costOfGoodsSold.plus(p.costOfGoodsSold());
    }
    ProceedsSplit split =
        policies.split(period.lastDay(), revenue, costOfGoodsSold.plus(total.writtenOff()));
    return PeriodReport.builder()
        .period(period)
        .facilityCode(ledger.facilityCode())
        .productionByProgramme(programmes)
        .productionByProduct(byProduct)
        .productionTotal(total)
        .salesByChannel(channelRows)
        .salesByProduct(productRows)
        .salesByVehicleClass(vehicleRows)
        .salesRevenue(revenue)
        .salesPpn(salesPpn)
        .serviceMaterialCost(serviceMaterialCost)
        .proceeds(split)
        .premiByTrainee(premiRows)
        .premiTotal(premiTotal)
        .pnbp(pnbp(ledger))
        .build();
  }

  private PnbpStatus pnbp(PnbpLedger ledger) {
    Rupiah recordedInPeriod = Rupiah.ZERO;
    Rupiah recordedToDate = Rupiah.ZERO;
    for (PnbpEntry e : ledger.records()) {
      if (!e.date().isAfter(period.lastDay())) {
        recordedToDate = recordedToDate.plus(e.amount());
        if (period.contains(e.date())) {
          recordedInPeriod = recordedInPeriod.plus(e.amount());
        }
      }
    }
    Rupiah depositedInPeriod = Rupiah.ZERO;
    Rupiah depositedToDate = Rupiah.ZERO;
    for (PnbpEntry e : ledger.deposits()) {
      if (!e.date().isAfter(period.lastDay())) {
        depositedToDate = depositedToDate.plus(e.amount());
        if (period.contains(e.date())) {
          depositedInPeriod = depositedInPeriod.plus(e.amount());
        }
      }
    }
    return PnbpStatus.builder()
        .year(ledger.year())
        .target(ledger.target())
        .recordedInPeriod(recordedInPeriod)
        .depositedInPeriod(depositedInPeriod)
        .recordedToDate(recordedToDate)
        .depositedToDate(depositedToDate)
        .build();
  }
}
