package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.junit.jupiter.api.Test;

/**
 * A sales-order document pairs an order with the quote it was made from: the order's quoted tax is
 * the quote's, figure for figure. A PHP system that sent an order with another PPN or DPP nilai
 * lain than its quote's was read without a word.
 */
class SalesOrderDocumentTaxTest {

  @Test
  void anOrderWhoseQuotedTaxIsNotItsQuotesIsRefused() {
    JsonBinding json = TextJson.binding(BengkelJsonOptions.strict());
    String written =
        json.write(Document.of(DocumentKinds.SALES_ORDER, DocumentSamples.SALES_ORDER));
    // the order comes first: its quoted tax's DPP nilai lain one rupiah more, still below the
    // price without PPN, so the breakdown is consistent by itself
    Matcher base = Pattern.compile("\"otherTaxBase\":(\\d+)").matcher(written);
    assertThat(base.find()).isTrue();
    String changed =
        written.substring(0, base.start(1))
            + (Long.parseLong(base.group(1)) + 1)
            + written.substring(base.end(1));
    assertThat(json.read(written, Document.class).payload()).isEqualTo(DocumentSamples.SALES_ORDER);
    TextJson.refusal(
        () -> json.read(changed, Document.class),
        "sales.order.quote-mismatch",
        "$.data.order.quotedTax");
  }
}
