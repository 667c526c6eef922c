package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.junit.jupiter.api.Test;

/** An unknown kind's refusal names the kinds a reader knows. */
class DocumentUnknownKindTest {

  @Test
  void theRefusalListsTheKnownKinds() {
    String json = "{\"kind\":\"nope\",\"schemaVersion\":1,\"data\":{}}";
    assertThatThrownBy(
            () -> TextJson.binding(BengkelJsonOptions.strict()).read(json, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.document.unknown-kind");
              assertThat(e.path()).isEqualTo("$.kind");
              // the list, shortened like every detail to 64 characters
              assertThat(e.details().get(0))
                  .startsWith("[" + DocumentKinds.all().get(0).name() + ", ");
            });
  }
}
