package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.production.ProductionBatch;
import org.junit.jupiter.api.Test;

/**
 * Production JSON on bengkel-json's text binding: a batch's work is written in the work log's order
 * (trainee, then start), whatever the order it was recorded in, and read in any order.
 */
class ProductionJsonTest {

  private final JsonBinding json = new TextJsonFormatTest().binding(BengkelJsonOptions.strict());

  @Test
  void workIsReadInAnyOrderAndWrittenInTheLogsOrder() {
    ProductionBatch batch = ProductionSamples.IN_PRODUCTION;
    String compact = TextJson.compact(json.write(batch));
    String ani1 = interval("B.I-123/2024", "08:00:00", "12:00:00");
    String ani2 = interval("B.I-123/2024", "13:00:00", "15:30:00");
    String budi = interval("B.IIa 45/P/2023", "08:00:00", "11:45:00");
    String inOrder = "\"work\":[" + ani1 + "," + ani2 + "," + budi + "]";
    assertThat(compact).contains(inOrder);
    String backwards =
        compact.replace(inOrder, "\"work\":[" + budi + "," + ani2 + "," + ani1 + "]");
    assertThat(backwards).isNotEqualTo(compact);
    ProductionBatch read = json.read(backwards, ProductionBatch.class);
    assertThat(read).isEqualTo(batch);
    assertThat(TextJson.compact(json.write(read))).isEqualTo(compact);
  }

  private static String interval(String trainee, String start, String end) {
    return "{\"trainee\":\""
        + trainee
        + "\",\"date\":\"2026-11-02\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\"}";
  }
}
