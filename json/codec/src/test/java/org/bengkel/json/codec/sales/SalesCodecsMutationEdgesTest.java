package org.bengkel.json.codec.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.write;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.catalog.Sku;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.money.Rupiah;
import org.bengkel.sales.Customer;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.GoodsReturn;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.InvoiceLine;
import org.bengkel.sales.InvoiceTax;
import org.bengkel.sales.OrderEvent;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.SalesOrderEvent;
import org.bengkel.sales.ServiceJob;
import org.junit.jupiter.api.Test;

/**
 * The edges of the sales codecs that the round trips of whole documents do not reach: a line object
 * naming both kinds or none, the wire path of a refused line field, and the lists the registry
 * takes once per JVM.
 */
class SalesCodecsMutationEdgesTest {

  private static final String GOODS =
      "{\"sku\":\"KUE-KERING-500G\",\"description\":\"Kue kering\",\"quantity\":2,"
          + "\"unitPrice\":45000,\"soldLots\":[]}";
  private static final String SERVICE =
      "{\"sku\":\"CUCI-MOBIL\",\"description\":\"Cuci mobil\",\"vehicleClass\":\"CAR\","
          + "\"unitPrice\":35000,\"date\":\"2026-11-04\",\"trainees\":[\"B.I-7/2025\"]}";

  private static void assertRule(ThrowingCallable call, String rule, String path) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule);
              assertThat(e.path()).isEqualTo(path);
            });
  }

  @Test
  void aLineReadsTheOneKindItNames() {
    OrderLine goods = read(SalesCodecs.ORDER_LINE, "{\"goods\":" + GOODS + "}");
    assertThat(goods)
        .isEqualTo(GoodsLine.of(Sku.parse("KUE-KERING-500G"), "Kue kering", 2, Rupiah.of(45_000)));
    OrderLine service = read(SalesCodecs.ORDER_LINE, "{\"service\":" + SERVICE + "}");
    assertThat(service).isInstanceOf(ServiceJob.class);
    assertThat(((ServiceJob) service).unitPrice()).isEqualTo(Rupiah.of(35_000));
  }

  @Test
  void aSecondKindInTheSameLineIsAnUnknownPropertyWhicheverComesFirst() {
    assertRule(
        () -> read(SalesCodecs.ORDER_LINE, "{\"goods\":" + GOODS + ",\"service\":" + SERVICE + "}"),
        "json.unknown-property",
        "$.service");
    assertRule(
        () -> read(SalesCodecs.ORDER_LINE, "{\"service\":" + SERVICE + ",\"goods\":" + GOODS + "}"),
        "json.unknown-property",
        "$.goods");
  }

  @Test
  void aLineWithNeitherKindIsMissingAPropertyAtTheLinesOwnPath() {
    assertThatThrownBy(() -> read(SalesCodecs.ORDER_LINE, "{}"))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$");
              assertThat(e.details()).containsExactly("goods, service");
            });
  }

  @Test
  void aRefusedLineFieldIsPlacedInsideTheLinesKindOnTheWire() {
    SalesCodecs.OrderDraft draft = new SalesCodecs.OrderDraft();
    GoodsLine goods = read(SalesCodecs.GOODS_LINE, GOODS);
    ServiceJob service = read(SalesCodecs.SERVICE_JOB, SERVICE);
    draft.lines(List.of(goods, service));

    assertThat(draft.wireField("lines[0].soldLots")).isEqualTo("lines[0].goods.soldLots");
    assertThat(draft.wireField("lines[1].trainees")).isEqualTo("lines[1].service.trainees");
    // a field of no line passes unchanged
    assertThat(draft.wireField("history")).isEqualTo("history");
    assertThat(draft.wireField("lines")).isEqualTo("lines");
    // an index beyond the lines read names no line's kind it could look up: not a lookup beyond
    // the list's end
    assertThat(draft.wireField("lines[2].quantity")).isEqualTo("lines[2].service.quantity");
  }

  @Test
  void aTaxLineIsBuiltByTheFactoryItsPropertiesName() {
    String label = "\"label\":\"PPN 12% x 11/12\",\"amount\":1100";
    assertThat(read(SalesCodecs.INVOICE_TAX, "{" + label + ",\"included\":true}"))
        .isEqualTo(InvoiceTax.included("PPN 12% x 11/12", Rupiah.of(1_100)));
    assertThat(read(SalesCodecs.INVOICE_TAX, "{" + label + ",\"included\":false}"))
        .isEqualTo(InvoiceTax.added("PPN 12% x 11/12", Rupiah.of(1_100)));
    assertThat(
            read(
                SalesCodecs.INVOICE_TAX, "{" + label + ",\"included\":true,\"otherTaxBase\":9166}"))
        .isEqualTo(InvoiceTax.included("PPN 12% x 11/12", Rupiah.of(1_100), Rupiah.of(9_166)));
    assertThat(
            read(
                SalesCodecs.INVOICE_TAX,
                "{" + label + ",\"included\":false,\"otherTaxBase\":9166}"))
        .isEqualTo(InvoiceTax.added("PPN 12% x 11/12", Rupiah.of(1_100), Rupiah.of(9_166)));
    // the base is written only when there is one
    assertThat(write(SalesCodecs.INVOICE_TAX, InvoiceTax.added("PPN", Rupiah.of(5))))
        .isEqualTo("{\"label\":\"PPN\",\"amount\":5,\"included\":false}");
    assertThat(
            write(SalesCodecs.INVOICE_TAX, InvoiceTax.included("PPN", Rupiah.of(5), Rupiah.of(50))))
        .isEqualTo("{\"label\":\"PPN\",\"amount\":5,\"included\":true,\"otherTaxBase\":50}");
  }

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = SalesCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            Customer.class,
            GoodsLine.class,
            ServiceJob.class,
            OrderEvent.class,
            InvoiceTax.class,
            GoodsReturn.class,
            SalesOrder.class,
            InvoiceLine.class,
            Invoice.class);
  }

  @Test
  void everyOrderEventHasItsCodec() {
    List<Class<?>> types = SalesCodecs.events().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            SalesOrderEvent.OrderQuoted.class,
            SalesOrderEvent.OrderConfirmed.class,
            SalesOrderEvent.OrderPaid.class,
            SalesOrderEvent.OrderFulfilled.class,
            SalesOrderEvent.OrderCancelled.class,
            SalesOrderEvent.GoodsReturned.class);
  }
}
