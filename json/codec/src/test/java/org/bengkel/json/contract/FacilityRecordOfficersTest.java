package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.FacilityRecord;
import org.junit.jupiter.api.Test;

/**
 * A facility record lists each officer once: two entries for one NIP were read, and a receiver
 * keyed by NIP kept either (found by a hostile-input pass).
 */
class FacilityRecordOfficersTest {

  private static final JsonBinding JSON = TextJson.binding(BengkelJsonOptions.strict());

  @Test
  void anOfficerListedTwiceIsRefusedAtTheSecondEntry() {
    Officer first = DocumentSamples.RECORD.officers().get(0);
    Officer renamed = Officer.builder().from(first).name("Ahmad F.").build();
    assertThatThrownBy(
            () ->
                FacilityRecord.of(
                    DocumentSamples.RECORD.facility(),
                    List.of(first, DocumentSamples.RECORD.officers().get(1), renamed)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.duplicate");
              assertThat(e.field()).isEqualTo("officers[2].nip");
            });
    String json = TextJson.compact(DocumentContract.golden("facility-record-v2"));
    int officers = json.indexOf("\"officers\":[") + "\"officers\":[".length();
    int end = json.indexOf('}', officers) + 1;
    String twice =
        json.substring(0, officers)
            + json.substring(officers, end)
            + ","
            + json.substring(officers);
    TextJson.refusal(
        () -> JSON.read(twice, Document.class), "value.duplicate", "$.data.officers[1].nip");
    assertThat(JSON.read(json, Document.class).payload()).isEqualTo(DocumentSamples.RECORD);
  }
}
