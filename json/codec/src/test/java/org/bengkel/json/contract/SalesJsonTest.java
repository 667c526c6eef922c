package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * Sales JSON on bengkel-json's text binding: receipts never carry trainee registration numbers
 * (checked over seeded random orders with service jobs), the order does (internal exchange), and
 * the total check's message.
 */
class SalesJsonTest {

  private final JsonBinding json = new TextJsonFormatTest().binding(BengkelJsonOptions.strict());

  @Test
  void receiptOfAnOrderWithServiceJobsCarriesNoRegistrationNumber() {
    List<SalesOrder> orders = SalesSamples.randomOrders(20261127L, 300);
    int checked = 0;
    for (SalesOrder order : orders) {
      List<RegistrationNumber> trainees =
          order.lines().stream()
              .filter(ServiceJob.class::isInstance)
              .flatMap(l -> ((ServiceJob) l).trainees().stream())
              .toList();
      if (trainees.isEmpty()
          || !(order.status() == OrderStatus.PAID || order.status() == OrderStatus.FULFILLED)) {
        continue;
      }
      String receipt =
          json.write(
              Invoice.receiptFor(
                  order, "KW-1", order.reachedOn(OrderStatus.PAID).orElseThrow(), List.of()));
      String orderJson = json.write(order);
      for (RegistrationNumber t : trainees) {
        String quoted = "\"" + t.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        assertThat(orderJson).as("the order is the internal exchange form").contains(quoted);
        assertThat(receipt).doesNotContain(t.value());
      }
      assertThat(receipt).doesNotContain("\"trainees\"");
      checked++;
    }
    assertThat(checked).as("receipts checked").isGreaterThan(20);
  }

  @Test
  void goldenReceiptHasNoTraineeButTheOrderHas() {
    String receipt = JsonFormatContract.golden("sales-receipt");
    assertThat(receipt).doesNotContain("B.I-7/2025", "B.IIa-45/2026", "trainees");
    assertThat(JsonFormatContract.golden("sales-order-paid"))
        .contains("B.I-7/2025", "B.IIa-45/2026");
  }

  @Test
  void totalMismatchNamesThePathInBothLanguages() {
    String receipt =
        TextJson.compact(JsonFormatContract.golden("sales-receipt"))
            .replace("\"total\":935000", "\"total\":1");
    assertThatThrownBy(() -> json.read(receipt, Invoice.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.message(Locale.ROOT))
                  .contains("$.total")
                  .contains("differs")
                  .contains("json.total-mismatch");
              assertThat(e.message(Locale.forLanguageTag("id"))).contains("berbeda");
            });
  }

  @Test
  void absentTotalsAndReturnsReadAsDerivedAndEmpty() {
    String receipt =
        TextJson.compact(JsonFormatContract.golden("sales-receipt"))
            .replace(",\"subtotal\":935000,\"total\":935000", "");
    assertThat(json.read(receipt, Invoice.class)).isEqualTo(SalesSamples.RECEIPT);
    String quoted =
        TextJson.compact(JsonFormatContract.golden("sales-order-quoted"))
            .replace(",\"returns\":[]", "");
    assertThat(json.read(quoted, SalesOrder.class)).isEqualTo(SalesSamples.QUOTED);
  }
}
