package org.bengkel.json.codec.sales;

import java.util.List;
import org.bengkel.json.Codec;
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
import org.bengkel.sales.ServiceJob;

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

  /**
   * {@link Customer} (<i>pembeli</i>): {@code {"kind","name","organisation","satkerCode",
   * "partnerCode","staffNip"}}, {@code kind} required, the others present as the kind needs.
   */
  public static final Codec<Customer> CUSTOMER = new CustomerCodec();

  /**
   * {@link GoodsLine} (<i>baris barang</i>): {@code {"sku","description","quantity","unitPrice",
   * "soldLots"}}, the sold lots an array of {@code {"lotCode","quantity"}}.
   */
  public static final Codec<GoodsLine> GOODS_LINE = new GoodsLineCodec();

  /**
   * {@link ServiceJob} (<i>pekerjaan jasa</i>): {@code {"sku","description","vehicleClass",
   * "unitPrice","date","trainees"}}, the trainees an array of registration numbers (personal
   * data) in their natural order.
   */
  public static final Codec<ServiceJob> SERVICE_JOB = new ServiceJobCodec();

  /**
   * {@link OrderLine} inside an order: an object with exactly one property,
   * {@code {"goods":{...}}} or {@code {"service":{...}}}, holding the goods line or the service
   * job. Not in {@link #all()}: a line on its own is written as a goods line or a service job.
   */
  static final Codec<OrderLine> ORDER_LINE = new OrderLineCodec();

  /** {@link OrderEvent}: {@code {"status","at"}}, {@code at} a date-time. */
  public static final Codec<OrderEvent> ORDER_EVENT = new OrderEventCodec();

  /** {@link InvoiceTax}: {@code {"label","amount","included"}}. */
  public static final Codec<InvoiceTax> INVOICE_TAX = new InvoiceTaxCodec();

  /**
   * {@link GoodsReturn} (<i>retur</i>): {@code {"line","lotCode","quantity","disposition","at",
   * "creditNoteNumber","taxes"}}.
   */
  public static final Codec<GoodsReturn> GOODS_RETURN = new GoodsReturnCodec();

  /**
   * {@link SalesOrder} (<i>pesanan</i>): {@code {"number","channel","customer","orderDate",
   * "lines","history","returns","quotedTax"}}; the status is the last event of the history and not
   * written; the quoted tax (a tax breakdown) is present for an order made from a quote.
   */
  public static final Codec<SalesOrder> SALES_ORDER = new SalesOrderCodec();

  /** {@link InvoiceLine}: {@code {"sku","description","quantity","unitPrice"}}. */
  public static final Codec<InvoiceLine> INVOICE_LINE = new InvoiceLineCodec();

  /**
   * {@link Invoice} (<i>faktur, kuitansi, nota kredit</i>): {@code {"kind","number","date",
   * "orderNumber","channel","customer","lines","taxes","subtotal","priceExcludingTax","total"}};
   * {@code subtotal}, {@code priceExcludingTax} (harga jual) and {@code total} are derived, written
   * always and, when present on reading, must equal what the lines and taxes give
   * ({@code json.total-mismatch}).
   */
  public static final Codec<Invoice> INVOICE = new InvoiceCodec();


  private SalesCodecs() {}

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
