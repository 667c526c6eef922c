package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;
import org.junit.jupiter.api.Test;

/** A document's equality takes its kind's name, its schema version and its payload, each alone. */
class DocumentEqualityTest {

  @Test
  void eachPartOfADocumentCountsAlone() {
    DocumentKind<FacilityRecord> kind = DocumentKinds.FACILITY_RECORD;
    FacilityRecord v1Payload = FacilityRecord.of(GoldenSamples.PAMEKASAN, List.of());
    Document current = Document.of(kind, v1Payload);
    // the version 1 golden file holds the same payload, read at schema version 1
    Document read =
        TextJson.binding(BengkelJsonOptions.strict())
            .read(DocumentContract.golden("facility-record-v1"), Document.class);
    assertThat(read.schemaVersion()).isEqualTo(1);
    assertThat(read.payload()).isEqualTo(v1Payload);
    assertThat(read).isNotEqualTo(current);

    DocumentKind<FacilityRecord> renamed = DocumentKind.of("other-record", 2, kind.codec());
    assertThat(Document.of(renamed, v1Payload)).isNotEqualTo(current);
    assertThat(Document.of(kind, DocumentSamples.RECORD)).isNotEqualTo(current);
    assertThat(current).isEqualTo(Document.of(kind, v1Payload)).isNotEqualTo(v1Payload);
    assertThat(current.hashCode()).isEqualTo(Objects.hash("facility-record", 2, v1Payload));
  }
}
