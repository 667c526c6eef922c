package org.bengkel.json.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.contract.DocumentContract;
import org.bengkel.json.contract.DocumentSamples;
import org.bengkel.json.contract.GoldenSamples;
import org.bengkel.json.contract.JsonFormatContract;
import org.bengkel.json.contract.SchemaValidation;
import org.bengkel.json.contract.TextJson;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.document.FacilityRecord;
import org.bengkel.testkit.CatalogGen;
import org.bengkel.testkit.FacilityGen;
import org.bengkel.testkit.Gen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema files: rendered from the codecs, shipped in the artifact and under docs/schema
 * identically, valid draft 2020-12, and accepting every golden file and thousands of generated
 * documents. Run with {@code -Dbengkel.schema.write=true} to rewrite both copies after changing a
 * codec's schema.
 */
class JsonSchemasTest {

  private static final Path RESOURCES =
      Path.of("src/main/resources").resolve(JsonSchemas.RESOURCE_DIRECTORY);
  private static final Path DOCS = Path.of("../../docs/schema");

  @Test
  void everyRegisteredCodecDescribesItsSchema() {
    assertThat(Codecs.all())
        .allSatisfy(codec -> assertThat(codec.schema()).as(codec.type().getName()).isPresent());
    assertThat(DocumentKinds.all()).allSatisfy(kind -> assertThat(kind.schema()).isNotNull());
  }

  @Test
  void shippedAndDocumentedSchemasAreTheRenderedOnes() throws IOException {
    Map<String, String> rendered = JsonSchemas.all();
    if (Boolean.getBoolean("bengkel.schema.write")) {
      for (Path dir : List.of(RESOURCES, DOCS)) {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> old = Files.walk(dir)) {
            for (Path p : old.filter(Files::isRegularFile).toList()) {
              Files.delete(p);
            }
          }
        }
        for (Map.Entry<String, String> e : rendered.entrySet()) {
          Path file = dir.resolve(e.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    for (Map.Entry<String, String> e : rendered.entrySet()) {
      assertThat(JsonSchemas.shipped(e.getKey()))
          .as("shipped %s (rerun with -Dbengkel.schema.write=true)", e.getKey())
          .contains(e.getValue());
      assertThat(Files.readString(DOCS.resolve(e.getKey()), StandardCharsets.UTF_8))
          .as("docs/schema/%s", e.getKey())
          .isEqualTo(e.getValue());
    }
    for (Path dir : List.of(RESOURCES, DOCS)) {
      try (Stream<Path> files = Files.walk(dir)) {
        assertThat(
                files
                    .filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')))
            .as("no stale schema in %s", dir)
            .allSatisfy(name -> assertThat(rendered).containsKey(name));
      }
    }
  }

  @Test
  void everySchemaFileIsAValidDraft202012Schema() {
    assertThat(JsonSchemas.all().keySet())
        .allSatisfy(
            f -> {
              assertThat(SchemaValidation.schema(f)).isNotNull();
              assertThat(JsonSchemas.shipped(f).orElseThrow())
                  .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
            });
  }

  static Stream<GoldenSamples.Sample> samples() {
    return GoldenSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyGoldenFileValidatesAgainstItsTypeSchema(GoldenSamples.Sample sample) {
    String file = JsonSchemas.fileName(Codecs.of(sample.type()).type());
    assertThat(SchemaValidation.errors(file, JsonFormatContract.golden(sample.name()))).isEmpty();
  }

  static Stream<DocumentSamples.Sample> documents() {
    return DocumentSamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyGoldenDocumentValidatesAgainstItsKindSchema(DocumentSamples.Sample sample) {
    String file = JsonSchemas.fileName(sample.kind());
    assertThat(SchemaValidation.errors(file, DocumentContract.golden(sample.name()))).isEmpty();
  }

  static Stream<Arguments> generators() {
    Gen<FacilityRecord> records =
        random -> {
          List<org.bengkel.facility.Officer> officers = new ArrayList<>();
          int n = random.nextInt(6);
          for (int i = 0; i < n; i++) {
            officers.add(FacilityGen.officers().next(random));
          }
          return FacilityRecord.of(FacilityGen.facilities().next(random), officers);
        };
    return Stream.of(
        Arguments.of("rupiah", MoneyGen.anyRupiah()),
        Arguments.of("rupiah-delta", MoneyGen.deltas()),
        Arguments.of("rate", MoneyGen.rates()),
        Arguments.of("rounding-step", MoneyGen.roundingSteps()),
        Arguments.of("nip", FacilityGen.nips()),
        Arguments.of("facility", FacilityGen.facilities()),
        Arguments.of("officer", FacilityGen.officers()),
        Arguments.of("material-cost", CatalogGen.materialCosts()),
        Arguments.of(
            "facility-record document",
            records.map(r -> Document.of(DocumentKinds.FACILITY_RECORD, r))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void generatedDocumentsValidateAgainstTheirSchema(String name, Gen<?> gen) {
    long seed = Property.seed();
    int n = Property.samples();
    RandomGenerator random = Property.random(seed);
    for (int i = 0; i < n; i++) {
      Object value = gen.next(random);
      String json = TextJson.write(value);
      List<String> files =
          SchemaValidation.filesFor(
              value instanceof Document
                  ? Document.class
                  : Codecs.findFor(value.getClass()).orElseThrow().type());
      String file = files.get(0);
      assertThat(SchemaValidation.errors(file, json))
          .as("seed %d sample %d: %s", seed, i, json)
          .isEmpty();
    }
  }

  @Test
  void typeNamesAndFileNames() {
    assertThat(JsonSchemas.typeName(org.bengkel.facility.Officer.class))
        .isEqualTo("facility.Officer");
    assertThat(JsonSchemas.fileName(org.bengkel.money.Rupiah.class))
        .isEqualTo("types/money.Rupiah.schema.json");
    assertThat(JsonSchemas.fileName(DocumentKinds.FACILITY_RECORD))
        .isEqualTo("facility-record.schema.json");
    assertThat(JsonSchemas.shipped("nope.schema.json")).isEmpty();
  }

  @Test
  void aReferenceToACodecWithoutSchemaIsAnError() {
    Codec<String> bare = new BareString();
    assertThat(bare.schema()).isEmpty();
    assertThat(JsonSchemas.forCodec(bare)).isEmpty();
    Codec<String> referring =
        new BareString() {
          @Override
          public Optional<JsonSchema> schema() {
            return Optional.of(JsonSchema.arrayOf(JsonSchema.ref(bare)));
          }
        };
    assertThatThrownBy(() -> JsonSchemas.forCodec(referring))
        .isInstanceOf(IllegalStateException.class);
    assertThat(JsonSchema.ref(bare).toString()).contains("$ref");
    assertThat(JsonSchema.bool().toString()).contains("boolean");
    assertThat(JsonSchema.date().with("x", "y\n\"\\\u0001").toString()).contains("date");
    String rendered =
        JsonSchemas.forCodec(
                Codec.ofString(
                    String.class,
                    s -> s,
                    s -> s,
                    JsonSchema.of(
                        JsonSchema.map(
                            "type",
                            "string",
                            "description",
                            "a\n\"\\\u0001",
                            "x",
                            List.of(),
                            "y",
                            Map.of()))))
            .orElseThrow();
    assertThat(rendered).contains("\"a\\n\\\"\\\\\\u0001\"", "\"x\": []", "\"y\": {}");
    assertThat(Stream.of(1).collect(Collectors.toList())).hasSize(1);
  }

  /** A codec of strings that describes no schema. */
  private static class BareString implements Codec<String> {
    @Override
    public Class<String> type() {
      return String.class;
    }

    @Override
    public void write(String value, JsonWriter out) {
      out.string(value);
    }

    @Override
    public String read(JsonReader in) {
      return in.nextString();
    }
  }
}
