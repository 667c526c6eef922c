package org.bengkel.json.codec.sales;

import org.bengkel.json.Codec;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.sales.SalesOrder;
import org.bengkel.json.schema.JsonSchema;
import java.util.Optional;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.money.Rupiah;
import org.bengkel.sales.Invoice;

/**
 * {@link Invoice} as {@code {"kind","number","date","orderNumber","channel","customer","lines",
 * "taxes","subtotal","priceExcludingTax","total"}}. {@code subtotal}, {@code priceExcludingTax} (the
 * subtotal less the taxes included, the harga jual of the tax invoice) and {@code total} are derived
 * from the lines and taxes: written always, optional on reading, and refused with
 * {@code json.total-mismatch} when they differ from what the lines and taxes give.
 */
final class InvoiceCodec implements Codec<Invoice> {

  @Override
  public Class<Invoice> type() {
    return Invoice.class;
  }

  @Override
  public void write(Invoice value, JsonWriter out) {
    out.beginObject();
    out.name("kind").value(SalesCodecs.INVOICE_KIND, value.kind());
    out.name("number").string(value.number());
    out.name("date").date(value.date());
    out.name("orderNumber").string(value.orderNumber());
    out.name("channel").value(PricingCodecs.CHANNEL, value.channel());
    out.name("customer").value(SalesCodecs.CUSTOMER, value.customer());
    out.name("lines").beginArray();
    value.lines().forEach(l -> out.value(SalesCodecs.INVOICE_LINE, l));
    out.endArray();
    out.name("taxes").beginArray();
    value.taxes().forEach(t -> out.value(SalesCodecs.INVOICE_TAX, t));
    out.endArray();
    out.name("subtotal").value(MoneyCodecs.RUPIAH, value.subtotal());
    out.name("priceExcludingTax").value(MoneyCodecs.RUPIAH, value.priceExcludingTax());
    out.name("total").value(MoneyCodecs.RUPIAH, value.total());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        SalesSchemas.object()
            .required("kind", JsonSchema.ref(SalesCodecs.INVOICE_KIND))
            .required("number", SalesSchemas.code(40))
            .required("date", JsonSchema.date())
            .required("orderNumber", SalesSchemas.code(SalesOrder.MAX_NUMBER))
            .required("channel", JsonSchema.ref(PricingCodecs.CHANNEL))
            .required("customer", JsonSchema.ref(SalesCodecs.CUSTOMER))
            .required("lines", SalesSchemas.nonEmpty(JsonSchema.ref(SalesCodecs.INVOICE_LINE)))
            .list("taxes", JsonSchema.ref(SalesCodecs.INVOICE_TAX))
            .optional("subtotal", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .optional("priceExcludingTax", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .optional("total", JsonSchema.ref(MoneyCodecs.RUPIAH))
            .describedAs(
                "An invoice, receipt or credit note (faktur, kuitansi, nota kredit); subtotal, price"
                    + " excluding tax and total must equal what the lines and taxes give"));
  }

  @Override
  public Invoice read(JsonReader in) {
    Invoice.Builder b = Invoice.builder();
    Rupiah subtotal = null;
    Rupiah priceExcludingTax = null;
    Rupiah total = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "kind" -> b.kind(in.read(SalesCodecs.INVOICE_KIND));
        case "number" -> b.number(in.nextString());
        case "date" -> b.date(in.nextDate());
        case "orderNumber" -> b.orderNumber(in.nextString());
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "customer" -> b.customer(in.read(SalesCodecs.CUSTOMER));
        case "lines" -> b.lines(in.readList(SalesCodecs.INVOICE_LINE));
        case "taxes" -> b.taxes(in.readList(SalesCodecs.INVOICE_TAX));
        case "subtotal" -> subtotal = CodecSupport.optionalAmount(in);
        case "priceExcludingTax" -> priceExcludingTax = CodecSupport.optionalAmount(in);
        case "total" -> total = CodecSupport.optionalAmount(in);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    Invoice invoice = Paths.build(in, "", b, Invoice.Builder::build);
    CodecSupport.requireWritten(in, "subtotal", subtotal, invoice.subtotal(), "lines");
    CodecSupport.requireWritten(
        in, "priceExcludingTax", priceExcludingTax, invoice.priceExcludingTax(), "subtotal - taxes included");
    CodecSupport.requireWritten(in, "total", total, invoice.total(), "subtotal + taxes added");
    return invoice;
  }
}
