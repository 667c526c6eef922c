package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.ReturnDisposition;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;

/**
 * Generators of valid sales values (<i>penjualan</i>): customers of every kind, goods lines for
 * generated products, service jobs with the trainees who did them, quoted orders, tax lines, and
 * scenarios of random order operations (confirm, pay, fulfil, cancel, return) over a stock ledger
 * of generated lots, many of which core must refuse or throw on.
 *
 * <p>Stateless and thread-safe.
 */
public final class SalesGen {

  /** The first day orders are placed in the generated scenarios. */
  public static final LocalDate ORDERS_FROM = LocalDate.of(2025, 1, 1);

  private static final List<String> BUYER_NAMES =
      List.of(
          "Siti Aminah", "Moh. Rofiq", "Ach. Fauzan", "Nur Hasanah", "Ma'rifah", "Hj. Khotimah");
  private static final List<String> INSTITUTIONS =
      List.of(
          "Dinas Koperasi dan UKM Kabupaten Pamekasan", "Kantor Kementerian Agama Pamekasan",
          "RSUD Dr. H. Slamet Martodirdjo", "Lapas Kelas IIA Pamekasan");
  private static final List<String> PARTNERS =
      List.of(
          "CV Sumber Kayu Madura", "UD Tani Makmur", "PT Mitra Binaan", "Toko Oleh-Oleh Madura");

  private SalesGen() {}

  /**
   * Sales channels, each equally likely.
   *
   * @return the generator, never null
   */
  public static Gen<Channel> channels() {
    return Gen.enums(Channel.class);
  }

  /**
   * Customers (<i>pembeli</i>) of every kind: walk-in and named individuals (names up to the 200
   * characters allowed), government institutions with a satker code of 1 to 20 digits, partners
   * with a partner code, and staff with a NIP.
   *
   * @return the generator, never null
   */
  public static Gen<Customer> customers() {
    Gen<String> names =
        Gen.frequency(
            Gen.weighted(9, Gen.choose(BUYER_NAMES)),
            Gen.weighted(1, FacilityGen.texts(Customer.MAX_NAME)));
    Gen<String> satker =
        Gen.frequency(
            Gen.weighted(8, Gen.strings("0123456789", 6, 6)),
            Gen.weighted(1, Gen.strings("0123456789", 1, 1)),
            Gen.weighted(1, Gen.strings("0123456789", 20, 20)));
    return Gen.oneOf(
        Gen.constant(Customer.walkIn()),
        names.map(Customer::individual),
        Gen.zip(satker, Gen.choose(INSTITUTIONS), Customer::government),
        Gen.zip(CatalogGen.codes(40), Gen.choose(PARTNERS), Customer::partner),
        FacilityGen.nips().map(Customer::staff));
  }

  /**
   * Goods lines of a product (<i>baris barang</i>), not yet sold: 1 to 20 units (sometimes up to 2
   * 000) at a price of Rp0 to a few million.
   *
   * @param product the product, not null
   * @return the generator, never null
   */
  public static Gen<GoodsLine> goodsLines(Product product) {
    MissingValueException.required(product, "product");
    return random -> GoodsLine.of(product, quantity(random), price(random));
  }

  /**
   * Goods lines of generated products ({@link CatalogGen#products()}).
   *
   * @return the generator, never null
   */
  public static Gen<GoodsLine> goodsLines() {
    return CatalogGen.products().flatMap(SalesGen::goodsLines);
  }

  /**
   * Goods lines of a SKU, described as {@code Barang <SKU>}.
   *
   * @param sku the SKU, not null
   * @return the generator, never null
   */
  public static Gen<GoodsLine> goodsLines(Sku sku) {
    MissingValueException.required(sku, "sku");
    return random -> GoodsLine.of(sku, "Barang " + sku.value(), quantity(random), price(random));
  }

  private static long quantity(RandomGenerator random) {
    return random.nextInt(10) == 0 ? random.nextLong(21, 2_001) : random.nextLong(1, 21);
  }

  private static Rupiah price(RandomGenerator random) {
    return random.nextInt(20) == 0 ? Rupiah.ZERO : MoneyGen.prices().next(random);
  }

  /**
   * Sets of one to four trainees' registration numbers (convicts only, as production trainees are).
   * Personal data.
   *
   * @return the generator of unmodifiable sets, never null
   */
  public static Gen<Set<RegistrationNumber>> teams() {
    Gen<RegistrationNumber> numbers =
        TraineeGen.convictClasses().flatMap(TraineeGen::registrationNumbers);
    return Gen.listOf(numbers, 1, 4).map(list -> Set.copyOf(new LinkedHashSet<>(list)));
  }

  /**
   * Service jobs (<i>pekerjaan jasa</i>) of generated services ({@link CatalogGen#services()}), for
   * a vehicle class the service offers at its tariff or, one time in four, at another agreed price,
   * done in 2025 to 2027 by a {@linkplain #teams() team} of trainees.
   *
   * @return the generator, never null
   */
  public static Gen<ServiceJob> serviceJobs() {
    return random ->
        serviceJob(random, Gen.dates(ORDERS_FROM, LocalDate.of(2027, 12, 31)).next(random));
  }

  private static ServiceJob serviceJob(RandomGenerator random, LocalDate date) {
    Service service = CatalogGen.services().next(random);
    VehicleClass vc = Gen.choose(List.copyOf(service.pricePerJob().keySet())).next(random);
    Set<RegistrationNumber> team = teams().next(random);
    return random.nextInt(4) == 0
        ? ServiceJob.of(service, vc, price(random), date, team)
        : ServiceJob.of(service, vc, date, team);
  }

  /**
   * Tax lines (<i>baris pajak</i>) for a document of a subtotal: zero to three lines of PPN, each
   * added or included; the included ones never sum to more than the subtotal (core refuses that),
   * the added ones Rp0 to Rp1.000.000.
   *
   * @param subtotal the document's subtotal, not null
   * @return the generator of unmodifiable lists, never null
   */
  public static Gen<List<InvoiceTax>> taxes(Rupiah subtotal) {
    MissingValueException.required(subtotal, "subtotal");
    return random -> {
      List<InvoiceTax> taxes = new ArrayList<>();
      long room = subtotal.amount();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        String label = Gen.choose("PPN 12% x 11/12", "PPN", "PPN 11%").next(random);
        // a third of the lines carry the tax base they were levied on (DPP nilai lain)
        boolean withBase = random.nextInt(3) == 0;
        if (random.nextBoolean()) {
          Rupiah amount = MoneyGen.rupiah(1_000_000).next(random);
          taxes.add(
              withBase
                  ? InvoiceTax.added(label, amount, MoneyGen.rupiah(10_000_000).next(random))
                  : InvoiceTax.added(label, amount));
        } else {
          long amount = random.nextInt(10) == 0 ? room : random.nextLong(0, room / 8 + 1);
          room -= amount;
          taxes.add(
              withBase
                  ? InvoiceTax.included(
                      label, Rupiah.of(amount), MoneyGen.rupiah(10_000_000).next(random))
                  : InvoiceTax.included(label, Rupiah.of(amount)));
        }
      }
      return List.copyOf(taxes);
    };
  }

  /**
   * Quoted orders (<i>pesanan</i>) of one to five lines, goods lines of generated products and
   * service jobs mixed, from a generated customer through a generated channel, in 2025 to 2027.
   *
   * @return the generator, never null
   */
  public static Gen<SalesOrder> orders() {
    return random -> {
      LocalDateTime at =
          Gen.dates(ORDERS_FROM, LocalDate.of(2027, 12, 31))
              .next(random)
              .atTime(random.nextInt(7, 18), 0);
      int n = random.nextInt(1, 6);
      List<OrderLine> lines = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lines.add(
            random.nextInt(3) == 0
                ? serviceJob(random, at.toLocalDate())
                : goodsLines().next(random));
      }
      return SalesOrder.quoted(
          String.format(Locale.ROOT, "SO-%d-%04d", at.getYear(), random.nextInt(1, 10_000)),
          channels().next(random),
          customers().next(random),
          at.toLocalDate(),
          lines,
          AuditGen.stamp(random, at, AuditGen.zones().next(random)));
    };
  }

  /**
   * Scenarios of a stock ledger holding 1 to 6 received lots ({@link InventoryGen#distinctLots}),
   * one to five quoted orders of goods of those lots' SKUs (and service jobs), and 5 to 40 order
   * operations in time order: confirm, pay, fulfil, cancel and return, on any order whatever its
   * state. Many must be refused by the ledger (not enough stock, a lot expired since it was
   * reserved, a backdated time, more returned than sold from a lot) or by the order's lifecycle
   * ({@code sales.order.transition}, {@code sales.order.date-order}).
   *
   * @return the generator, never null
   */
  public static Gen<Scenario> scenarios() {
    return random -> {
      TimeZoneName zone =
          TimeZoneName.WIB; // the zone of the ledger's receipts (InventoryGen.receipt)
      List<StockLot> lots = new ArrayList<>(InventoryGen.distinctLots(1, 6).next(random));
      lots.sort(Comparator.comparing(StockLot::receivedAt));
      List<Sku> skus = lots.stream().map(StockLot::sku).distinct().toList();
      LocalDateTime clock = lots.get(lots.size() - 1).receivedAt();
      int orderCount = random.nextInt(1, 6);
      List<SalesOrder> orders = new ArrayList<>();
      for (int o = 0; o < orderCount; o++) {
        int n = random.nextInt(1, 4);
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          lines.add(
              random.nextInt(5) == 0
                  ? serviceJob(random, clock.toLocalDate())
                  : goodsLines(Gen.choose(skus).next(random)).next(random));
        }
        orders.add(
            SalesOrder.quoted(
                "SO-2025-" + (o + 1),
                channels().next(random),
                customers().next(random),
                clock.toLocalDate(),
                lines,
                AuditGen.stamp(random, clock, zone)));
      }
      List<OrderOperation> ops = new ArrayList<>();
      int count = random.nextInt(5, 41);
      for (int i = 0; i < count; i++) {
        clock =
            random.nextInt(4) == 0
                ? clock.plusDays(random.nextInt(1, 15))
                : clock.plusMinutes(random.nextInt(0, 300));
        Stamp at =
            AuditGen.stamp(
                random,
                random.nextInt(15) == 0 ? clock.minusDays(random.nextInt(1, 5)) : clock,
                zone);
        int order = random.nextInt(orderCount);
        OrderOperation op =
            switch (random.nextInt(6)) {
              case 0 -> new Confirm(order, at);
              case 1 -> new Pay(order, at);
              case 2 -> new Fulfil(order, at);
              case 3 -> new Cancel(order, at);
              default -> {
                SalesOrder o = orders.get(order);
                List<Integer> goods = new ArrayList<>();
                for (int l = 1; l <= o.lines().size(); l++) {
                  if (o.line(l) instanceof GoodsLine) {
                    goods.add(l);
                  }
                }
                if (goods.isEmpty()) {
                  yield new Confirm(order, at);
                }
                int line = Gen.choose(goods).next(random);
                Sku sku = o.line(line).sku();
                List<LotCode> candidates =
                    lots.stream().filter(l -> l.sku().equals(sku)).map(StockLot::lotCode).toList();
                yield new Return(
                    order,
                    GoodsReturn.builder()
                        .line(line)
                        .lotCode(Gen.choose(candidates).next(random))
                        .quantity(
                            random.nextInt(4) == 0
                                ? random.nextLong(1, 2_001)
                                : random.nextLong(1, 6))
                        .disposition(Gen.enums(ReturnDisposition.class).next(random))
                        .stamp(at)
                        .creditNoteNumber("NK-" + (i + 1))
                        .taxes(taxes(o.line(line).unitPrice()).next(random))
                        .build());
              }
            };
        ops.add(op);
      }
      StockLedger ledger = StockLedger.empty(InventoryGen.LEDGER);
      for (StockLot lot : lots) {
        ledger = ledger.receive(lot, InventoryGen.receipt(lot)).orElseThrow();
      }
      return new Scenario(lots, ledger, orders, ops);
    };
  }

  /**
   * A stock ledger with its received lots, quoted orders, and the operations to apply to them in
   * order.
   *
   * <p>Immutable and thread-safe.
   *
   * @param lots the received lots, in receipt order, not null
   * @param ledger the ledger holding exactly those lots, not null
   * @param orders the quoted orders, with distinct numbers, not null
   * @param operations the operations, each naming an order by its index, not null
   */
  public record Scenario(
      List<StockLot> lots,
      StockLedger ledger,
      List<SalesOrder> orders,
      List<OrderOperation> operations) {

    /**
     * Copies the lists.
     *
     * @param lots the lots, not null
     * @param ledger the ledger, not null
     * @param orders the orders, not null
     * @param operations the operations, not null
     * @throws MissingValueException if an argument or an element is null
     */
    public Scenario {
      lots = List.copyOf(lots);
      MissingValueException.required(ledger, "ledger");
      orders = List.copyOf(orders);
      operations = List.copyOf(operations);
    }
  }

  /**
   * One operation on one order of a {@link Scenario}, with a readable {@code toString()}.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  public sealed interface OrderOperation permits Confirm, Pay, Fulfil, Cancel, Return {

    /**
     * The index of the order in {@link Scenario#orders()}.
     *
     * @return the index, zero or more
     */
    int order();

    /**
     * Applies this operation.
     *
     * @param order the order, not null
     * @param ledger the ledger, not null
     * @return the order's answer: the order and ledger after it, or the refusals (among them {@code
     *     sales.order.transition} when the lifecycle does not allow the move); never null
     */
    Outcome<OrderChange> applyTo(SalesOrder order, StockLedger ledger);
  }

  /**
   * {@link SalesOrder#confirm}.
   *
   * @param order the order's index
   * @param at who and when, not null
   */
  public record Confirm(int order, Stamp at) implements OrderOperation {
    @Override
    public Outcome<OrderChange> applyTo(SalesOrder o, StockLedger ledger) {
      return o.confirm(ledger, at);
    }
  }

  /**
   * {@link SalesOrder#pay}.
   *
   * @param order the order's index
   * @param at who and when, not null
   */
  public record Pay(int order, Stamp at) implements OrderOperation {
    @Override
    public Outcome<OrderChange> applyTo(SalesOrder o, StockLedger ledger) {
      return o.pay(ledger, at);
    }
  }

  /**
   * {@link SalesOrder#fulfil}.
   *
   * @param order the order's index
   * @param at who and when, not null
   */
  public record Fulfil(int order, Stamp at) implements OrderOperation {
    @Override
    public Outcome<OrderChange> applyTo(SalesOrder o, StockLedger ledger) {
      return o.fulfil(ledger, at);
    }
  }

  /**
   * {@link SalesOrder#cancel}.
   *
   * @param order the order's index
   * @param at who and when, not null
   */
  public record Cancel(int order, Stamp at) implements OrderOperation {
    @Override
    public Outcome<OrderChange> applyTo(SalesOrder o, StockLedger ledger) {
      return o.cancel(ledger, at);
    }
  }

  /**
   * {@link SalesOrder#returnGoods}: the line is a goods line of the order, the lot one of the
   * scenario's lots of the line's SKU (not necessarily one the line was sold from).
   *
   * @param order the order's index
   * @param goodsReturn the return, not null
   */
  public record Return(int order, GoodsReturn goodsReturn) implements OrderOperation {
    @Override
    public Outcome<OrderChange> applyTo(SalesOrder o, StockLedger ledger) {
      return o.returnGoods(ledger, goodsReturn);
    }
  }
}
