package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bengkel.error.Messages;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.trainee.CrimeCategory;
import org.junit.jupiter.api.Test;

/**
 * A refusal of a text that is not one of the values bengkel knows lists them (they are bengkel's
 * names, not the document's text, which a detail shortens to 64 characters), and a document's
 * header refusal names what was not read before {@code data}: a developer outside Java can fix the
 * document from the message alone.
 */
class DocumentUnknownKindTest {

  private static BengkelJsonException refusal(String json) {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(
            () -> TextJson.binding(BengkelJsonOptions.strict()).read(json, Document.class))
        .isInstanceOfSatisfying(BengkelJsonException.class, e -> caught[0] = e);
    return (BengkelJsonException) caught[0];
  }

  @Test
  void theRefusalListsEveryKnownKind() {
    BengkelJsonException e = refusal("{\"kind\":\"nope\",\"schemaVersion\":1,\"data\":{}}");
    assertThat(e.ruleCode()).isEqualTo("json.document.unknown-kind");
    assertThat(e.path()).isEqualTo("$.kind");
    // every kind, up to the length every detail of an error is bounded to (the document kinds
    // come first, the event kinds after them)
    String kinds = DocumentKinds.all().stream().map(DocumentKind::name).toList().toString();
    assertThat(e.details()).containsExactly(Messages.bounded(kinds));
    assertThat(e.details().get(0)).hasSizeGreaterThan(64).contains("pnbp-ledger");
  }

  @Test
  void anUnknownConstantIsRefusedWithEveryConstant() {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(() -> TextJson.read(TraineeCodecs.CRIME_CATEGORY, "\"THEFT\""))
        .isInstanceOfSatisfying(BengkelJsonException.class, e -> caught[0] = e);
    BengkelJsonException e = (BengkelJsonException) caught[0];
    assertThat(e.ruleCode()).isEqualTo("json.unknown-constant");
    assertThat(e.details()).containsExactly(Arrays.toString(CrimeCategory.values()));
  }

  @Test
  void aHeaderNotReadBeforeTheDataIsNamed() {
    assertThat(refusal("{\"kind\":\"facility-record\",\"data\":{}}").details())
        .isEqualTo(List.of("schemaVersion"));
    assertThat(refusal("{\"schemaVersion\":2,\"data\":{}}").details()).isEqualTo(List.of("kind"));
    BengkelJsonException both = refusal("{\"data\":{}}");
    assertThat(both.ruleCode()).isEqualTo("json.document.header-order");
    assertThat(both.message(Locale.ENGLISH))
        .endsWith(
            "must come before 'data'; not read before it: kind, schemaVersion"
                + " [json.document.header-order]");
  }
}
