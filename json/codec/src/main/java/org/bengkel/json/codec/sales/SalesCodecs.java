package org.bengkel.json.codec.sales;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.inventory.Pick;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.inventory.InventoryCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.sales.Customer;
import org.bengkel.sales.CustomerKind;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceKind;
import org.bengkel.sales.InvoiceLine;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.ReturnDisposition;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesOrderEvent;
import org.bengkel.sales.ServiceJob;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of the sales types (<i>penjualan</i>): customers, order lines (goods and service
 * jobs), orders with their history and returns, and invoices, receipts and credit notes with their
 * tax lines. Every value is read through bengkel-core's public builders, so an order whose history
 * is out of order or a service job without trainees is refused with core's rule code.
 *
 * <p>A service job's trainees (registration numbers, personal data) are written on the job and
 * therefore on the order: the order is an internal exchange format. Invoices, receipts and credit
 * notes carry no trainee data, because {@link Invoice} has none.
 *
 * <p>Not in the format: {@code OrderChange} (it holds a {@code StockLedger}, which has no JSON
 * form) and the outcome of a transition (a refusal is an answer, not a record). The enumerations
 * {@link CustomerKind}, {@link OrderStatus}, {@link InvoiceKind} and {@link ReturnDisposition}
 * occur only inside these objects and are written as constant names.
 *
 * <p>Immutable and thread-safe.
 */
public final class SalesCodecs {

  static final Codec<CustomerKind> CUSTOMER_KIND = Codec.ofEnum(CustomerKind.class);
  static final Codec<OrderStatus> ORDER_STATUS = Codec.ofEnum(OrderStatus.class);
  static final Codec<InvoiceKind> INVOICE_KIND = Codec.ofEnum(InvoiceKind.class);
  static final Codec<ReturnDisposition> RETURN_DISPOSITION = Codec.ofEnum(ReturnDisposition.class);

  // a customer's name or organisation, as long as core allows
  private static final Codec<String> CUSTOMER_NAME = Scalars.text(1, Customer.MAX_NAME);

  // what a goods line, a service job or an invoice line describes, as long as core allows
  private static final Codec<String> DESCRIPTION = Scalars.text(1, GoodsLine.MAX_DESCRIPTION);

  /**
   * {@link Customer} (<i>pembeli</i>): {@code {"kind","name","organisation","satkerCode",
   * "partnerCode","staffNip"}}, {@code kind} required, the others present as the kind needs.
   */
  public static final Codec<Customer> CUSTOMER =
      ObjectCodec.builder(Customer.class, Customer::builder, Customer.Builder::build)
          .required("kind", CUSTOMER_KIND, Customer::kind, Customer.Builder::kind)
          .optional("name", CUSTOMER_NAME, Customer::name, Customer.Builder::name)
          .optional(
              "organisation", CUSTOMER_NAME, Customer::organisation, Customer.Builder::organisation)
          .optional(
              "satkerCode",
              Scalars.pattern(Customer.SATKER_CODE, 20),
              Customer::satkerCode,
              Customer.Builder::satkerCode)
          .optional("partnerCode", code(40), Customer::partnerCode, Customer.Builder::partnerCode)
          .optional("staffNip", FacilityCodecs.NIP, Customer::staffNip, Customer.Builder::staffNip)
          .describedAs(
              "A buyer (pembeli); which of the optional properties are present depends on the kind")
          .build();

  /**
   * {@link GoodsLine} (<i>baris barang</i>): {@code {"sku","description","quantity","unitPrice",
   * "soldLots"}}, the sold lots an array of {@code {"lotCode","quantity"}}.
   */
  public static final Codec<GoodsLine> GOODS_LINE =
      ObjectCodec.builder(GoodsLine.class, GoodsLine::builder, GoodsLine.Builder::build)
          .required("sku", CatalogCodecs.SKU, GoodsLine::sku, GoodsLine.Builder::sku)
          .required(
              "description", DESCRIPTION, GoodsLine::description, GoodsLine.Builder::description)
          .required(
              "quantity",
              InventoryCodecs.LOT_QUANTITY,
              GoodsLine::quantity,
              GoodsLine.Builder::quantity)
          .required(
              "unitPrice", MoneyCodecs.RUPIAH, GoodsLine::unitPrice, GoodsLine.Builder::unitPrice)
          .list(
              "soldLots",
              ObjectCodec.builder(Pick.class, Pick::builder, Pick.Builder::build)
                  .required(
                      "lotCode", ProductionCodecs.LOT_CODE, Pick::lotCode, Pick.Builder::lotCode)
                  .required(
                      "quantity",
                      InventoryCodecs.LOT_QUANTITY,
                      Pick::quantity,
                      Pick.Builder::quantity)
                  .describedAs("A lot the units were sold from")
                  .build(),
              GoodsLine::soldLots,
              GoodsLine.Builder::soldLots)
          .inline()
          .<Sku, String, Long, Rupiah>orFactory(GoodsLine::of)
          .describedAs("A line of goods (baris barang) on a sales order")
          .build();

  /**
   * {@link ServiceJob} (<i>pekerjaan jasa</i>): {@code {"sku","description","vehicleClass",
   * "unitPrice","date","trainees"}}, the trainees an array of registration numbers (personal data)
   * in their natural order.
   */
  public static final Codec<ServiceJob> SERVICE_JOB =
      ObjectCodec.builder(ServiceJob.class, ServiceJob::builder, ServiceJob.Builder::build)
          .required("sku", CatalogCodecs.SKU, ServiceJob::sku, ServiceJob.Builder::sku)
          .required(
              "description", DESCRIPTION, ServiceJob::description, ServiceJob.Builder::description)
          .required(
              "vehicleClass",
              CatalogCodecs.VEHICLE_CLASS,
              ServiceJob::vehicleClass,
              ServiceJob.Builder::vehicleClass)
          .required(
              "unitPrice", MoneyCodecs.RUPIAH, ServiceJob::unitPrice, ServiceJob.Builder::unitPrice)
          .required("date", Scalars.DATE, ServiceJob::date, ServiceJob.Builder::date)
          .required(
              "trainees",
              Scalars.distinctList(TraineeCodecs.REGISTRATION_NUMBER, 1),
              j -> j.trainees().stream().sorted().toList(),
              ServiceJob.Builder::trainees)
          .describedAs("A service job (pekerjaan jasa) and the trainees who did it (personal data)")
          .build();

  /**
   * {@link OrderLine} inside an order: an object with exactly one property, {@code {"goods":{...}}}
   * or {@code {"service":{...}}}, holding the goods line or the service job. Not in {@link #all()}:
   * a line on its own is written as a goods line or a service job.
   */
  static final Codec<OrderLine> ORDER_LINE = new OrderLineCodec();

  /**
   * {@link OrderEvent}: {@code {"status","at","zone","actor"}}, the status reached and the stamp of
   * the move ({@link StampFields}).
   */
  public static final Codec<OrderEvent> ORDER_EVENT =
      StampFields.declare(
              ObjectCodec.builder(
                      OrderEvent.class,
                      () -> new StampFields<>(new EventDraft()),
                      (StampFields<EventDraft> d) ->
                          OrderEvent.of(
                              JsonReader.required(d.builder().status, "status"), d.stamp()))
                  .required(
                      "status", ORDER_STATUS, OrderEvent::status, (d, v) -> d.builder().status = v),
              OrderEvent::stamp)
          .describedAs("A step of an order's history (riwayat pesanan)")
          .build();

  // InvoiceTax is built by one of four factories, chosen by what was read.
  private static final Field<InvoiceTax, String> TAX_LABEL =
      Field.required("label", Scalars.text(1, InvoiceTax.MAX_LABEL), InvoiceTax::label);
  private static final Field<InvoiceTax, Rupiah> TAX_AMOUNT =
      Field.required("amount", MoneyCodecs.RUPIAH, InvoiceTax::amount);
  private static final Field<InvoiceTax, Boolean> TAX_INCLUDED =
      Field.required("included", Scalars.BOOLEAN, InvoiceTax::included);
  private static final Field<InvoiceTax, Rupiah> TAX_BASE =
      Field.optional(
          "otherTaxBase", MoneyCodecs.RUPIAH, t -> Optional.ofNullable(t.otherTaxBase()));

  /** {@link InvoiceTax}: {@code {"label","amount","included"}}. */
  public static final Codec<InvoiceTax> INVOICE_TAX =
      ObjectCodec.of(
              InvoiceTax.class,
              v -> {
                String label = v.get(TAX_LABEL);
                Rupiah amount = v.get(TAX_AMOUNT);
                Rupiah base = v.find(TAX_BASE);
                if (base == null) {
                  return v.get(TAX_INCLUDED)
                      ? InvoiceTax.included(label, amount)
                      : InvoiceTax.added(label, amount);
                }
                return v.get(TAX_INCLUDED)
                    ? InvoiceTax.included(label, amount, base)
                    : InvoiceTax.added(label, amount, base);
              },
              List.of(TAX_LABEL, TAX_AMOUNT, TAX_INCLUDED, TAX_BASE))
          .describedAs("A tax line of an invoice (baris pajak), included in the prices or added")
          .build();

  /**
   * {@link GoodsReturn} (<i>retur</i>): {@code {"line","lotCode","quantity","disposition","at",
   * "zone","actor","creditNoteNumber","taxes"}}; {@code at}, {@code zone} and {@code actor} are its
   * stamp ({@link StampFields}).
   */
  public static final Codec<GoodsReturn> GOODS_RETURN =
      StampFields.declare(
              ObjectCodec.builder(
                      GoodsReturn.class,
                      () -> new StampFields<>(GoodsReturn.builder()),
                      (StampFields<GoodsReturn.Builder> d) -> d.builder().stamp(d.stamp()).build())
                  .required(
                      "line",
                      Scalars.POSITIVE_INT_COUNT,
                      GoodsReturn::line,
                      (d, v) -> d.builder().line(v))
                  .required(
                      "lotCode",
                      ProductionCodecs.LOT_CODE,
                      GoodsReturn::lotCode,
                      (d, v) -> d.builder().lotCode(v))
                  .required(
                      "quantity",
                      InventoryCodecs.LOT_QUANTITY,
                      GoodsReturn::quantity,
                      (d, v) -> d.builder().quantity(v))
                  .required(
                      "disposition",
                      RETURN_DISPOSITION,
                      GoodsReturn::disposition,
                      (d, v) -> d.builder().disposition(v)),
              GoodsReturn::stamp)
          .required(
              "creditNoteNumber",
              code(40),
              GoodsReturn::creditNoteNumber,
              (d, v) -> d.builder().creditNoteNumber(v))
          .list("taxes", INVOICE_TAX, GoodsReturn::taxes, (d, v) -> d.builder().taxes(v))
          .describedAs(
              "Goods returned (retur) against a line of a fulfilled order, with its credit note")
          .build();

  /**
   * {@link SalesOrder} (<i>pesanan</i>): {@code {"number","channel","customer","orderDate",
   * "lines","history","returns","quotedTax"}}; the status is the last event of the history and not
   * written; the quoted tax (a tax breakdown) is present for an order made from a quote.
   */
  public static final Codec<SalesOrder> SALES_ORDER =
      ObjectCodec.builder(SalesOrder.class, OrderDraft::new, OrderDraft::build)
          .required(
              "number",
              code(SalesOrder.MAX_NUMBER),
              SalesOrder::number,
              (d, v) -> d.order.number(v))
          .required(
              "channel", PricingCodecs.CHANNEL, SalesOrder::channel, (d, v) -> d.order.channel(v))
          .required("customer", CUSTOMER, SalesOrder::customer, (d, v) -> d.order.customer(v))
          .required(
              "orderDate", Scalars.DATE, SalesOrder::orderDate, (d, v) -> d.order.orderDate(v))
          .requiredList("lines", ORDER_LINE, SalesOrder::lines, OrderDraft::lines)
          .minItems(1)
          .requiredList("history", ORDER_EVENT, SalesOrder::history, (d, v) -> d.order.history(v))
          .minItems(1)
          .list("returns", GOODS_RETURN, SalesOrder::returns, (d, v) -> d.order.returns(v))
          .optional(
              "quotedTax",
              PricingCodecs.TAX_BREAKDOWN,
              SalesOrder::quotedTax,
              (d, v) -> d.order.quotedTax(v))
          .refusedField(OrderDraft::wireField)
          .describedAs(
              "A sales order (pesanan) with its history, first QUOTED, and its returns; the"
                  + " order of the history and the sold lots are checked by the reader")
          .build();

  /** {@link InvoiceLine}: {@code {"sku","description","quantity","unitPrice"}}. */
  public static final Codec<InvoiceLine> INVOICE_LINE =
      ObjectCodec.builder(InvoiceLine.class, InvoiceLine::builder, InvoiceLine.Builder::build)
          .required("sku", CatalogCodecs.SKU, InvoiceLine::sku, InvoiceLine.Builder::sku)
          .required(
              "description",
              DESCRIPTION,
              InvoiceLine::description,
              InvoiceLine.Builder::description)
          .required(
              "quantity",
              Scalars.POSITIVE_COUNT,
              InvoiceLine::quantity,
              InvoiceLine.Builder::quantity)
          .required(
              "unitPrice",
              MoneyCodecs.RUPIAH,
              InvoiceLine::unitPrice,
              InvoiceLine.Builder::unitPrice)
          .describedAs("A line of an invoice (baris faktur)")
          .build();

  /**
   * {@link Invoice} (<i>faktur, kuitansi, nota kredit</i>): {@code {"kind","number","date",
   * "orderNumber","channel","customer","lines","taxes","subtotal","priceExcludingTax","total"}};
   * {@code subtotal}, {@code priceExcludingTax} (harga jual) and {@code total} are derived, written
   * always and, when present on reading, must equal what the lines and taxes give ({@code
   * json.total-mismatch}).
   */
  public static final Codec<Invoice> INVOICE =
      ObjectCodec.builder(Invoice.class, Invoice::builder, Invoice.Builder::build)
          .required("kind", INVOICE_KIND, Invoice::kind, Invoice.Builder::kind)
          .required("number", code(40), Invoice::number, Invoice.Builder::number)
          .required("date", Scalars.DATE, Invoice::date, Invoice.Builder::date)
          .required(
              "orderNumber",
              code(SalesOrder.MAX_NUMBER),
              Invoice::orderNumber,
              Invoice.Builder::orderNumber)
          .required("channel", PricingCodecs.CHANNEL, Invoice::channel, Invoice.Builder::channel)
          .required("customer", CUSTOMER, Invoice::customer, Invoice.Builder::customer)
          .requiredList("lines", INVOICE_LINE, Invoice::lines, Invoice.Builder::lines)
          .minItems(1)
          .list("taxes", INVOICE_TAX, Invoice::taxes, Invoice.Builder::taxes)
          .derived(
              "subtotal",
              MoneyCodecs.RUPIAH,
              Invoice::subtotal,
              SalesJsonRule.TOTAL_MISMATCH,
              "lines")
          .derived(
              "priceExcludingTax",
              MoneyCodecs.RUPIAH,
              Invoice::priceExcludingTax,
              SalesJsonRule.TOTAL_MISMATCH,
              "subtotal - taxes included")
          .derived(
              "total",
              MoneyCodecs.RUPIAH,
              Invoice::total,
              SalesJsonRule.TOTAL_MISMATCH,
              "subtotal + taxes added")
          .describedAs(
              "An invoice, receipt or credit note (faktur, kuitansi, nota kredit); subtotal, price"
                  + " excluding tax and total must equal what the lines and taxes give")
          .build();

  private SalesCodecs() {}

  /** A code of capitals and digits in hyphen-joined groups, such as an order number. */
  static Codec<String> code(int maxLength) {
    return Scalars.pattern(Facility.CODE_PATTERN, maxLength);
  }

  /**
   * An order event's status while it is read; its stamp is in the {@link StampFields} around it.
   */
  private static final class EventDraft {
    @Nullable OrderStatus status;
  }

  /**
   * An order's builder and its lines (<i>draf pesanan</i>): a refused line's field, such as {@code
   * lines[2].quantity}, is inside the line's {@code {"goods":...}} or {@code {"service":...}}
   * wrapper on the wire. Package-private for its test.
   */
  static final class OrderDraft {
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[([0-9]+)]\\.(.+)");

    final SalesOrder.Builder order = SalesOrder.builder();
    List<OrderLine> lines = List.of();

    void lines(List<OrderLine> read) {
      lines = read;
      order.lines(read);
    }

    SalesOrder build() {
      return order.build();
    }

    String wireField(String field) {
      Matcher m = LINE_FIELD.matcher(field);
      if (!m.matches()) {
        return field;
      }
      int index = Integer.parseInt(m.group(1));
      String kind =
          index < lines.size() && lines.get(index) instanceof GoodsLine ? "goods" : "service";
      return "lines[" + index + "]." + kind + "." + m.group(2);
    }
  }

  /**
   * An order's events ({@link SalesOrderEvent}), each a document kind of its own ({@link
   * EventCodecs}): {@code order} is the order's number; a quoted order is written whole, a
   * fulfilment with its lines as fulfilled and a return as the goods return it records.
   */
  private static final List<Codec<? extends SalesOrderEvent>> EVENTS =
      EventCodecs.family(
          SalesOrderEvent.class,
          Map.of(
              SalesOrder.class, SALES_ORDER,
              OrderLine.class, ORDER_LINE,
              GoodsReturn.class, GOODS_RETURN),
          Map.of("order", code(SalesOrder.MAX_NUMBER)),
          Set.of());

  /**
   * The codecs of an order's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends SalesOrderEvent>> events() {
    return EVENTS;
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        CUSTOMER,
        GOODS_LINE,
        SERVICE_JOB,
        ORDER_EVENT,
        INVOICE_TAX,
        GOODS_RETURN,
        SALES_ORDER,
        INVOICE_LINE,
        INVOICE);
  }
}
