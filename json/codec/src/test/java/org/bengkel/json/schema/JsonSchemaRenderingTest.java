package org.bengkel.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.bengkel.json.codec.money.MoneyCodecs;
import org.junit.jupiter.api.Test;

/** Rendering of schema files that no shipped file shows: a form that refers to no other. */
class JsonSchemaRenderingTest {

  @Test
  void aFormWithoutReferencesHasNoDefinitions() {
    // every shipped file refers to at least one form, so an empty "$defs" would not show there
    String rupiah = JsonSchemas.forCodec(MoneyCodecs.RUPIAH).orElseThrow();
    assertThat(rupiah)
        .contains("\"$id\"", "\"title\": \"bengkel money.Rupiah\"")
        .doesNotContain("$defs", "$ref");
  }
}
