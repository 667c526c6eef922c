package org.bengkel.json.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceLine;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderChange;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.ReturnDisposition;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden samples, invalid documents and seeded random values of sales ({@code
 * org.bengkel.sales}). Every order is made by core's own transitions on a stock ledger.
 * Registration numbers are fictional.
 */
public final class SalesSamples {

  private SalesSamples() {}

  static final Customer GOVERNMENT =
      Customer.government("409853", "Dinas Koperasi dan UKM Kabupaten Pamekasan");
  static final Customer INDIVIDUAL = Customer.individual("Siti Aminah");
  static final Customer PARTNER = Customer.partner("MITRA-KAYU-01", "CV Sumber Kayu Madura");
  static final Customer STAFF = Customer.staff(Nip.parse("198503152010121002"));

  static final Service WASH =
      Service.builder()
          .sku(Sku.parse("CUCI-MOBIL"))
          .name("Cuci mobil SAE")
          .programme(ProgrammeCode.parse("SAE-CUCI-2026"))
          .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
          .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
          .build();

  static final RegistrationNumber WASHER_1 = RegistrationNumber.parse("B.I-7/2025");
  static final RegistrationNumber WASHER_2 = RegistrationNumber.parse("B.IIa-45/2026");

  static final GoodsLine COOKIES_10 = GoodsLine.of(CatalogSamples.COOKIES, 10, Rupiah.of(90_000));
  static final ServiceJob CAR_WASH =
      ServiceJob.of(WASH, VehicleClass.CAR, LocalDate.of(2026, 11, 4), Set.of(WASHER_2, WASHER_1));

  static final Stamp QUOTED_AT = ContractStamps.at(LocalDateTime.of(2026, 11, 4, 9, 0));
  static final StockLedger LEDGER =
      StockLedger.empty(ContractStamps.LEDGER)
          .receive(
              InventorySamples.COOKIES, ContractStamps.at(InventorySamples.COOKIES.receivedAt()))
          .orElseThrow();

  static final SalesOrder QUOTED =
      SalesOrder.quoted(
          "SO-2026-0042",
          Channel.GOVERNMENT_DIRECT,
          GOVERNMENT,
          LocalDate.of(2026, 11, 4),
          List.of(COOKIES_10, CAR_WASH),
          QUOTED_AT);
  static final OrderChange CONFIRMED =
      QUOTED.confirm(LEDGER, QUOTED_AT.plusMinutes(30)).orElseThrow();
  static final OrderChange PAID =
      CONFIRMED
          .order()
          .pay(CONFIRMED.ledger(), ContractStamps.at(LocalDateTime.of(2026, 11, 5, 10, 15)))
          .orElseThrow();
  static final OrderChange FULFILLED =
      PAID.order()
          .fulfil(PAID.ledger(), ContractStamps.at(LocalDateTime.of(2026, 11, 6, 8, 0)))
          .orElseThrow();
  static final GoodsReturn DAMAGED_JAR =
      GoodsReturn.builder()
          .line(1)
          .lotCode(InventorySamples.LOT)
          .quantity(1)
          .disposition(ReturnDisposition.WRITE_OFF)
          .stamp(ContractStamps.at(LocalDateTime.of(2026, 11, 7, 14, 30, 15)))
          // 90 000 × 11/12 × 12 % = 9 900, included in the price
          .addTaxes(InvoiceTax.included("PPN 12% x 11/12", Rupiah.of(9_900)))
          .creditNoteNumber("NK-2026-0003")
          .build();
  static final OrderChange RETURNED =
      FULFILLED.order().returnGoods(FULFILLED.ledger(), DAMAGED_JAR).orElseThrow();
  static final OrderChange CANCELLED =
      PAID.order()
          .cancel(PAID.ledger(), ContractStamps.at(LocalDateTime.of(2026, 11, 5, 16, 0)))
          .orElseThrow();

  /**
   * The receipt of the paid order: 10 × 90 000 + 35 000 = 935 000, PPN included in the prices: 935
   * 000 × 11/12 × 12 % = 102 850.
   */
  static final Invoice RECEIPT =
      Invoice.receiptFor(
          PAID.order(),
          "KW-2026-0042",
          LocalDate.of(2026, 11, 5),
          List.of(InvoiceTax.included("PPN 12% x 11/12", Rupiah.of(102_850))));

  /** An invoice to a partner with PPN added: 4 × 1 200 000 = 4 800 000; PPN 528 000. */
  static final Invoice PARTNER_INVOICE =
      Invoice.builder()
          .kind(org.bengkel.sales.InvoiceKind.INVOICE)
          .number("INV-2026-0107")
          .date(LocalDate.of(2026, 11, 20))
          .orderNumber("SO-2026-0107")
          .channel(Channel.PARTNER_RESALE)
          .customer(PARTNER)
          .addLines(
              InvoiceLine.of(Sku.parse("KURSI-TERAS"), "Kursi teras jati", 4, Rupiah.of(1_200_000)))
          .addTaxes(InvoiceTax.added("PPN 12% x 11/12", Rupiah.of(528_000), Rupiah.of(4_400_000)))
          .build();

  /** The golden samples. */
  static List<Sample> samples() {
    return List.of(
        new Sample("sales-customer-walk-in", Customer.class, Customer.walkIn()),
        new Sample("sales-customer-individual", Customer.class, INDIVIDUAL),
        new Sample("sales-customer-government", Customer.class, GOVERNMENT),
        new Sample("sales-customer-partner", Customer.class, PARTNER),
        new Sample("sales-customer-staff", Customer.class, STAFF),
        new Sample("sales-goods-line", GoodsLine.class, COOKIES_10),
        new Sample("sales-goods-line-sold", GoodsLine.class, FULFILLED.order().lines().get(0)),
        new Sample("sales-service-job", ServiceJob.class, CAR_WASH),
        new Sample(
            "sales-order-event",
            OrderEvent.class,
            OrderEvent.of(
                OrderStatus.PAID, ContractStamps.at(LocalDateTime.of(2026, 11, 5, 10, 15)))),
        new Sample(
            "sales-invoice-tax",
            InvoiceTax.class,
            InvoiceTax.added("PPN 12% x 11/12", Rupiah.of(528_000), Rupiah.of(4_400_000))),
        new Sample("sales-goods-return", GoodsReturn.class, DAMAGED_JAR),
        new Sample("sales-order-quoted", SalesOrder.class, QUOTED),
        new Sample("sales-order-confirmed", SalesOrder.class, CONFIRMED.order()),
        new Sample("sales-order-paid", SalesOrder.class, PAID.order()),
        new Sample("sales-order-fulfilled", SalesOrder.class, RETURNED.order()),
        new Sample("sales-order-cancelled", SalesOrder.class, CANCELLED.order()),
        new Sample("sales-invoice-line", InvoiceLine.class, RECEIPT.lines().get(0)),
        new Sample("sales-receipt", Invoice.class, RECEIPT),
        new Sample("sales-invoice", Invoice.class, PARTNER_INVOICE),
        new Sample("sales-credit-note", Invoice.class, RETURNED.creditNote().orElseThrow()));
  }

  /** Invalid documents: type, text, JSON path, rule code. */
  static Stream<Arguments> invalidDocuments() {
    String receipt = TextJson.compact(JsonFormatContract.golden("sales-receipt"));
    String order = TextJson.compact(JsonFormatContract.golden("sales-order-paid"));
    String job = TextJson.compact(JsonFormatContract.golden("sales-service-job"));
    String line = TextJson.compact(JsonFormatContract.golden("sales-goods-line"));
    return Stream.of(
        // a goods line without sold lots is built without its builder: same refusals, same paths
        Arguments.of(
            GoodsLine.class,
            line.replace("\"quantity\":10", "\"quantity\":0"),
            "$.quantity",
            "value.out-of-range"),
        Arguments.of(
            GoodsLine.class,
            line.replace("\"Kue kering nastar, toples 500 g\"", "\" \""),
            "$.description",
            "value.blank"),
        Arguments.of(
            GoodsLine.class,
            line.replace("\"quantity\":10,", ""),
            "$.quantity",
            "json.missing-property"),
        Arguments.of(
            GoodsLine.class,
            line.replace(",\"unitPrice\":90000", ""),
            "$.unitPrice",
            "json.missing-property"),
        Arguments.of(
            SalesOrder.class,
            order.replaceFirst("\"quantity\":10", "\"quantity\":-3"),
            "$.lines[0].goods.quantity",
            "value.out-of-range"),
        // 10 × 90 000 + 35 000 = 935 000, not 936 000
        Arguments.of(
            Invoice.class,
            receipt.replace("\"total\":935000", "\"total\":936000"),
            "$.total",
            "json.total-mismatch"),
        Arguments.of(
            Invoice.class,
            receipt.replace("\"subtotal\":935000", "\"subtotal\":1"),
            "$.subtotal",
            "json.total-mismatch"),
        Arguments.of(
            Invoice.class,
            "{\"kind\":\"INVOICE\",\"number\":\"INV-1\",\"date\":\"2026-11-05\",\"orderNumber\":\"SO-1\","
                + "\"channel\":\"GALLERY\",\"customer\":{\"kind\":\"INDIVIDUAL\"},\"lines\":[],\"taxes\":[]}",
            "$.lines",
            "value.required"),
        Arguments.of(
            ServiceJob.class,
            job.replaceAll("\"trainees\":\\[.*?\\]", "\"trainees\":[]"),
            "$.trainees",
            "value.required"),
        Arguments.of(
            ServiceJob.class,
            job.replace("\"B.IIa-45/2026\"", "\"B.I-7/2025\""),
            "$.trainees",
            "value.duplicate"),
        Arguments.of(
            ServiceJob.class,
            job.replaceAll(",\"trainees\":\\[.*?\\]", ""),
            "$.trainees",
            "value.required"),
        Arguments.of(
            Customer.class,
            "{\"kind\":\"GOVERNMENT\",\"organisation\":\"Dinas Koperasi\"}",
            "$.satkerCode",
            "sales.customer.field-required"),
        Arguments.of(
            Customer.class,
            "{\"kind\":\"GOVERNMENT\",\"organisation\":\"Dinas\",\"satkerCode\":\"40-98\"}",
            "$.satkerCode",
            "value.malformed"),
        Arguments.of(
            Customer.class,
            "{\"kind\":\"INDIVIDUAL\",\"staffNip\":\"198503152010121002\"}",
            "$.staffNip",
            "sales.customer.field-not-allowed"),
        // paid before confirmed: 2026-11-04T02:15Z (09.15 WIB) after 02:30Z (09.30 WIB) is out of
        // order
        Arguments.of(
            SalesOrder.class,
            order.replace(
                "{\"status\":\"PAID\",\"at\":\"2026-11-05T03:15:00Z\",\"zone\":\"WIB\",\"actor\":\"officer:198503122010121001\"}",
                "{\"status\":\"PAID\",\"at\":\"2026-11-04T02:15:00Z\",\"zone\":\"WIB\",\"actor\":\"officer:198503122010121001\"}"),
            "$.history[2].at",
            "sales.order.date-order"),
        Arguments.of(
            SalesOrder.class,
            order.replace(
                "{\"status\":\"CONFIRMED\",\"at\":\"2026-11-04T02:30:00Z\",\"zone\":\"WIB\",\"actor\":\"officer:198503122010121001\"},",
                ""),
            "$.history[1].status",
            "sales.order.transition"),
        Arguments.of(
            SalesOrder.class,
            order.replace(
                "\"soldLots\":[]",
                "\"soldLots\":[{\"lotCode\":\"KK-20261102-01\",\"quantity\":10}]"),
            "$.lines[0].goods.soldLots",
            "sales.line.sold-lots"),
        Arguments.of(
            SalesOrder.class,
            order.replace("{\"goods\":", "{\"goods\":{},\"service\":"),
            "$.lines[0].goods.sku",
            "json.missing-property"),
        Arguments.of(
            SalesOrder.class,
            order.replace("\"lines\":[{\"goods\":", "\"lines\":[{\"goodz\":"),
            "$.lines[0].goodz",
            "json.unknown-property"),
        Arguments.of(
            OrderEvent.class,
            "{\"status\":\"SHIPPED\",\"at\":\"2026-11-05T10:15:00\"}",
            "$.status",
            "json.unknown-constant"),
        Arguments.of(
            OrderEvent.class,
            "{\"status\":\"PAID\",\"at\":\"2026-11-05\"}",
            "$.at",
            "json.malformed-date"),
        Arguments.of(
            InvoiceTax.class,
            "{\"label\":\"PPN\",\"amount\":-1,\"included\":true}",
            "$.amount",
            "money.negative"),
        Arguments.of(
            GoodsReturn.class,
            TextJson.compact(JsonFormatContract.golden("sales-goods-return"))
                .replace("\"line\":1", "\"line\":4294967296"),
            "$.line",
            "json.amount-out-of-range"));
  }

  // ------------------------------------------------------------------ seeded random values

  private static final List<String> NAMES =
      List.of(
          "Siti Aminah",
          "Moh. Rofiq",
          "Ach. Fauzan",
          "Nur Hasanah",
          "Ibu Ma'rifah",
          "A".repeat(200));

  /**
   * Seeded random sales values for the round-trip property of {@link JsonFormatContract}: orders
   * moved through random lifecycles by core's transitions on a ledger of the golden lots, with
   * their customers, lines, events, returns and documents.
   */
  public static Stream<Arguments> randomValues() {
    long seed = Long.getLong("bengkel.json.seed", 20261127L);
    int n = Integer.getInteger("bengkel.samples", 1000) / 5;
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> values = new ArrayList<>();
    for (int i = 0; values.size() < n; i++) {
      values.addAll(randomCase(random, i));
    }
    return Stream.iterate(0, i -> i < values.size(), i -> i + 1)
        .map(i -> Arguments.of(seed, i, values.get(i)));
  }

  /** The orders of {@link #randomValues()} only, for properties over whole orders. */
  static List<SalesOrder> randomOrders(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SalesOrder> orders = new ArrayList<>();
    for (int i = 0; orders.size() < count; i++) {
      randomCase(random, i).stream()
          .filter(SalesOrder.class::isInstance)
          .map(SalesOrder.class::cast)
          .forEach(orders::add);
    }
    return orders;
  }

  static Customer randomCustomer(SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> Customer.walkIn();
      case 1 -> Customer.individual(NAMES.get(random.nextInt(NAMES.size())));
      case 2 ->
          Customer.government(
              Long.toString(random.nextLong(0, 100_000_000_000L)),
              "Satker " + random.nextInt(1, 999));
      case 3 ->
          Customer.partner(
              "MITRA-" + random.nextInt(1, 99), "CV Mitra \"Binaan\" " + random.nextInt(9));
      default ->
          Customer.staff(
              Nip.parse(random.nextBoolean() ? "198503152010121002" : "199001012015032001"));
    };
  }

  private static Set<RegistrationNumber> trainees(SplittableRandom random) {
    Set<RegistrationNumber> set = new LinkedHashSet<>();
    int n = random.nextInt(1, 4);
    for (int i = 0; i < n; i++) {
      set.add(
          RegistrationNumber.parse(
              (random.nextBoolean() ? "B.I-" : "B.IIa ")
                  + random.nextInt(1, 500)
                  + "/"
                  + random.nextInt(2020, 2027)));
    }
    return set;
  }

  private static List<Object> randomCase(SplittableRandom random, int i) {
    LocalDateTime start = LocalDateTime.of(2026, 11, 3, 9, 0).plusMinutes(random.nextInt(0, 5_000));
    List<StockLot> lots = new ArrayList<>();
    StockLedger ledger = StockLedger.empty(ContractStamps.LEDGER);
    int lotCount = random.nextInt(1, 4);
    for (int l = 0; l < lotCount; l++) {
      Sku sku = Sku.parse(l == 0 ? "KUE-KERING-500G" : "NASTAR-" + l);
      StockLot lot =
          StockLot.of(
              LotCode.parse("LOT-" + i + "-" + l),
              sku,
              LocalDate.of(2026, 11, 1),
              random.nextBoolean() ? LocalDate.of(2027, 1, 1) : null,
              random.nextLong(1, 60),
              LocalDateTime.of(2026, 11, 2, 8, l));
      lots.add(lot);
      ledger = ledger.receive(lot, ContractStamps.at(lot.receivedAt())).orElseThrow();
    }
    List<OrderLine> lines = new ArrayList<>();
    int lineCount = random.nextInt(1, 5);
    for (int l = 0; l < lineCount; l++) {
      if (random.nextInt(3) == 0) {
        VehicleClass vc = random.nextBoolean() ? VehicleClass.CAR : VehicleClass.MOTORCYCLE;
        lines.add(
            random.nextBoolean()
                ? ServiceJob.of(WASH, vc, start.toLocalDate(), trainees(random))
                : ServiceJob.of(
                    WASH,
                    vc,
                    Rupiah.of(random.nextLong(0, 100_000)),
                    start.toLocalDate(),
                    trainees(random)));
      } else {
        StockLot lot = lots.get(random.nextInt(lots.size()));
        lines.add(
            GoodsLine.of(
                lot.sku(),
                "Barang " + lot.sku().value(),
                random.nextLong(1, 30),
                Rupiah.of(random.nextLong(0, 2_000_000))));
      }
    }
    Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
    SalesOrder order =
        SalesOrder.quoted(
            "SO-2026-" + (1000 + i),
            channel,
            randomCustomer(random),
            start.toLocalDate(),
            lines,
            ContractStamps.at(start));
    List<Object> out = new ArrayList<>();
    LocalDateTime at = start;
    int returns = 0;
    for (int step = 0; step < 6; step++) {
      at = at.plusMinutes(random.nextInt(0, 3_000));
      Outcome<OrderChange> r;
      if (random.nextInt(8) == 0
          && order.status() != OrderStatus.FULFILLED
          && order.status() != OrderStatus.CANCELLED) {
        r = order.cancel(ledger, ContractStamps.at(at));
      } else {
        r =
            switch (order.status()) {
              case QUOTED -> order.confirm(ledger, ContractStamps.at(at));
              case CONFIRMED -> order.pay(ledger, ContractStamps.at(at));
              case PAID -> order.fulfil(ledger, ContractStamps.at(at));
              case FULFILLED -> randomReturn(random, order, ledger, at, ++returns);
              case CANCELLED -> null;
            };
      }
      if (r == null) {
        break;
      }
      if (r.isAccepted()) {
        OrderChange c = r.orElseThrow();
        order = c.order();
        ledger = c.ledger();
        c.creditNote().ifPresent(out::add);
      }
      if (order.status() == OrderStatus.PAID || order.status() == OrderStatus.FULFILLED) {
        Rupiah total = order.total();
        List<InvoiceTax> taxes =
            random.nextBoolean()
                ? List.of()
                : List.of(
                    InvoiceTax.included(
                        "PPN 12% x 11/12",
                        total.times(
                            org.bengkel.money.Rate.of(11, 100), java.math.RoundingMode.HALF_UP)));
        out.add(
            Invoice.receiptFor(order, "KW-" + (1000 + i) + "-" + step, at.toLocalDate(), taxes));
      }
    }
    out.add(order);
    out.add(order.customer());
    out.add(order.history().get(order.history().size() - 1));
    out.add(order.lines().get(random.nextInt(order.lines().size())));
    return out;
  }

  private static Outcome<OrderChange> randomReturn(
      SplittableRandom random, SalesOrder order, StockLedger ledger, LocalDateTime at, int n) {
    for (int l = 1; l <= order.lines().size(); l++) {
      if (order.line(l) instanceof GoodsLine g) {
        LotCode lot = g.soldLots().get(random.nextInt(g.soldLots().size())).lotCode();
        long left = order.returnable(l, lot);
        if (left > 0) {
          GoodsReturn.Builder b =
              GoodsReturn.builder()
                  .line(l)
                  .lotCode(lot)
                  .quantity(random.nextLong(1, left + 1))
                  .disposition(
                      random.nextBoolean()
                          ? ReturnDisposition.RESTOCK
                          : ReturnDisposition.WRITE_OFF)
                  .stamp(ContractStamps.at(at))
                  .creditNoteNumber("NK-" + order.number() + "-" + n);
          if (random.nextBoolean()) {
            b.addTaxes(InvoiceTax.added("PPN", Rupiah.of(random.nextLong(0, 10_000))));
          }
          return order.returnGoods(ledger, b.build());
        }
      }
    }
    return null;
  }
}
