package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.StageEvent;
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

  @Test
  void documentsOlderThanStampsStillRead() {
    // a stage event as written before stamps: a WIB local time and the officer who moved the batch
    String stage =
        "{\"stage\":\"REJECTED\",\"at\":\"2026-10-23T09:30:00\",\"by\":{\"nip\":"
            + "\"199001012015032001\",\"name\":\"Siti Rahma\"},\"note\":\"Kayu retak\"}";
    StageEvent read = json.read(stage, StageEvent.class);
    assertThat(read.stamp())
        .isEqualTo(
            Stamp.ofLocal(
                Actor.officer(Nip.of("199001012015032001")),
                LocalDateTime.of(2026, 10, 23, 9, 30),
                TimeZoneName.WIB));
    // written again in today's shape, which reads back equal
    String written = json.write(read);
    assertThat(written).doesNotContain("\"by\"").contains("\"actor\"");
    assertThat(json.read(written, StageEvent.class)).isEqualTo(read);
    // a planned batch of then: no version, so it counts its one stage
    ProductionBatch planned =
        json.read(
            TextJson.compact(json.write(ProductionSamples.PLANNED))
                .replaceAll(",\"version\":[0-9]+", "")
                .replace(
                    "\"at\":\"2026-10-28T02:00:00Z\",\"zone\":\"WIB\",",
                    "\"at\":" + "\"2026-10-28T09:00:00\",")
                .replace(
                    "\"actor\":\"officer:198503152010121002\"",
                    "\"by\":{\"nip\":" + "\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}"),
            ProductionBatch.class);
    assertThat(planned.history()).isEqualTo(ProductionSamples.PLANNED.history());
    assertThat(planned.version()).isEqualTo(1);
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
