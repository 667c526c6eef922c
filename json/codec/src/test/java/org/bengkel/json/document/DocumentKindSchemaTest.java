package org.bengkel.json.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.bengkel.json.schema.JsonSchemas;
import org.junit.jupiter.api.Test;

/** A kind's schema describes each version's data by that version's own form. */
class DocumentKindSchemaTest {

  @Test
  void anOlderVersionsDataHasTheOlderForm() {
    String schema = JsonSchemas.forKind(DocumentKinds.FACILITY_RECORD);
    int v1 = schema.indexOf("\"const\": 1");
    int v2 = schema.indexOf("\"const\": 2");
    assertThat(v1).isPositive().isLessThan(v2);
    // version 1 held the facility alone; version 2 the record with its officers
    assertThat(schema.substring(v1, v2))
        .contains("\"$ref\": \"#/$defs/facility.Facility\"")
        .doesNotContain("document.FacilityRecord");
    assertThat(schema.substring(v2, schema.indexOf("\"$defs\"")))
        .contains("\"$ref\": \"#/$defs/document.FacilityRecord\"");
  }
}
