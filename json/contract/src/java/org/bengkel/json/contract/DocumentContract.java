package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The versioned documents on every binding, from the same golden files. */
public abstract class DocumentContract {

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private JsonBinding strict() {
    return binding(BengkelJsonOptions.strict());
  }

  /** The text of a golden document. */
  public static String golden(String name) {
    return JsonFormatContract.golden("document/" + name);
  }

  static Stream<DocumentSamples.Sample> samples() {
    return DocumentSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void goldenDocumentReadsAtItsVersionAsTheCurrentPayload(DocumentSamples.Sample sample) {
    Document document = strict().read(golden(sample.name()), Document.class);
    assertThat(document.kind().name()).isEqualTo(sample.kind().name());
    assertThat(document.schemaVersion()).isEqualTo(sample.version());
    assertThat(document.payload()).isEqualTo(sample.payload());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void documentIsWrittenAtTheCurrentVersion(DocumentSamples.Sample sample) {
    Document document = strict().read(golden(sample.name()), Document.class);
    String written = strict().write(document);
    Document again = strict().read(written, Document.class);
    assertThat(again.schemaVersion()).isEqualTo(sample.kind().currentVersion());
    assertThat(again.payload()).isEqualTo(sample.payload());
    if (sample.current()) {
      assertThat(written).isEqualTo(TextJson.compact(golden(sample.name())));
      assertThat(again).isEqualTo(document);
    }
  }

  @Test
  void everyDocumentKindHasAGoldenDocumentOfItsCurrentVersion() {
    assertThat(DocumentKinds.all())
        .allSatisfy(
            kind ->
                assertThat(DocumentSamples.all())
                    .anySatisfy(
                        s -> {
                          assertThat(s.kind().name()).isEqualTo(kind.name());
                          assertThat(s.current()).isTrue();
                        }));
  }

  @Test
  void versionOneOfAFacilityRecordIsUpgradedWithNoOfficers() {
    Document document = strict().read(golden("facility-record-v1"), Document.class);
    FacilityRecord record = document.payload(DocumentKinds.FACILITY_RECORD);
    assertThat(record.facility()).isEqualTo(GoldenSamples.PAMEKASAN);
    assertThat(record.officers()).isEmpty();
  }

  static Stream<Arguments> refusedDocuments() {
    String v2 = TextJson.compact(golden("facility-record-v2"));
    String data = v2.substring(v2.indexOf("\"data\":") + 7, v2.length() - 1);
    return Stream.of(
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":3"),
            "$.schemaVersion",
            "json.document.unsupported-version"),
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":0"),
            "$.schemaVersion",
            "json.document.unsupported-version"),
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":-4294967295"),
            "$.schemaVersion",
            "json.document.unsupported-version"),
        // the version before the kind: checked once the kind is known
        Arguments.of(
            "{\"schemaVersion\":7,\"kind\":\"facility-record\",\"data\":{}}",
            "$.schemaVersion",
            "json.document.unsupported-version"),
        Arguments.of(
            v2.replace("facility-record", "warehouse-stocktake"),
            "$.kind",
            "json.document.unknown-kind"),
        Arguments.of(
            "{\"data\":" + data + ",\"kind\":\"facility-record\",\"schemaVersion\":2}",
            "$.data",
            "json.document.header-order"),
        Arguments.of(
            "{\"kind\":\"facility-record\",\"data\":" + data + ",\"schemaVersion\":2}",
            "$.data",
            "json.document.header-order"),
        Arguments.of(
            "{\"kind\":\"facility-record\",\"schemaVersion\":2}",
            "$.data",
            "json.missing-property"),
        Arguments.of("{\"schemaVersion\":2,\"data\":{}}", "$.data", "json.document.header-order"),
        Arguments.of("{\"schemaVersion\":2}", "$.kind", "json.missing-property"),
        Arguments.of("{\"kind\":\"facility-record\"}", "$.schemaVersion", "json.missing-property"),
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":\"2\""),
            "$.schemaVersion",
            "json.wrong-type"),
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":2.0"),
            "$.schemaVersion",
            "json.float-amount"),
        Arguments.of(
            v2.replace("{\"kind\"", "{\"note\":1,\"kind\""), "$.note", "json.unknown-property"),
        // version 1's form under version 2, and the other way round
        Arguments.of(
            TextJson.compact(golden("facility-record-v1"))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
            "$.data.code",
            "json.unknown-property"),
        Arguments.of(
            v2.replace("\"schemaVersion\":2", "\"schemaVersion\":1"),
            "$.data.facility",
            "json.unknown-property"),
        Arguments.of(
            v2.replace("\"officers\":[", "\"officers\":[1,"),
            "$.data.officers[0]",
            "json.wrong-type"));
  }

  @ParameterizedTest
  @MethodSource("refusedDocuments")
  void refusedDocumentHasPathAndRuleCode(String json, String path, String code) {
    assertThatThrownBy(() -> strict().read(json, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).as("rule code").isEqualTo(code);
              assertThat(e.path()).as("path").isEqualTo(path);
            });
  }

  @Test
  void unsupportedVersionNamesTheVersionAndTheSupportedOnes() {
    String json =
        golden("facility-record-v2").replace("\"schemaVersion\": 2", "\"schemaVersion\": 3");
    assertThatThrownBy(() -> strict().read(json, Document.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "JSON $.schemaVersion: schema version 3 of 'facility-record' cannot be read;"
                            + " supported versions: [1, 2] [json.document.unsupported-version]"));
  }

  @Test
  void lenientReadingReportsUnknownPropertiesInsideTheDocument() {
    String json =
        golden("facility-record-v2")
            .replace("\"kind\"", "\"sentBy\": \"SDP\", \"kind\"")
            .replace("\"name\": \"Siti Rahma\"", "\"name\": \"Siti Rahma\", \"rank\": \"III/a\"");
    JsonReadResult<Document> result =
        binding(BengkelJsonOptions.lenient()).readReporting(json, Document.class);
    assertThat(result.value().payload()).isEqualTo(DocumentSamples.RECORD);
    assertThat(result.ignoredProperties()).containsExactly("$.sentBy", "$.data.officers[1].rank");
  }

  @Test
  void kindsAreConfiguredConsistently() {
    DocumentKind<FacilityRecord> kind = DocumentKinds.FACILITY_RECORD;
    assertThat(kind.supportedVersions()).containsExactly(1, 2);
    assertThat(kind.supports(2)).isTrue();
    assertThat(kind.supports(1)).isTrue();
    assertThat(kind.supports(3)).isFalse();
    assertThat(kind.supports(0)).isFalse();
    assertThat(kind.type()).isEqualTo(FacilityRecord.class);
    assertThat(kind.toString()).contains("facility-record", "v2");
    assertThat(DocumentKinds.find("facility-record")).containsSame(kind);
    assertThat(DocumentKinds.find("nope")).isEmpty();
    assertThatThrownBy(() -> DocumentKind.of("Trainee Record", 1, kind.codec()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentKind.of("x", 0, kind.codec()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kind.withOlderVersion(2, kind.codec(), r -> r))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kind.withOlderVersion(1, kind.codec(), r -> r))
        .isInstanceOf(IllegalArgumentException.class);
    Document d = Document.of(kind, DocumentSamples.RECORD);
    assertThat(d.schemaVersion()).isEqualTo(2);
    assertThat(d).hasSameHashCodeAs(Document.of(kind, DocumentSamples.RECORD));
    assertThat(d.toString()).isEqualTo("Document[facility-record v2]");
    assertThat(DocumentSamples.RECORD.toString()).doesNotContain("Ahmad");
    DocumentKind<String> other =
        DocumentKind.of("other", 1, org.bengkel.json.Codec.ofString(String.class, s -> s, s -> s));
    assertThatThrownBy(() -> d.payload(other))
        .isInstanceOfSatisfying(
            org.bengkel.error.InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.document.mismatch"));
    assertThat(List.of(d.payload())).containsExactly(DocumentSamples.RECORD);
  }
}
