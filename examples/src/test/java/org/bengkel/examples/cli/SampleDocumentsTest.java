package org.bengkel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bengkel.examples.cli.BengkelCliTest.Run;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.schema.JsonSchemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered document kind has a sample, {@code examples/samples/<kind>.json} at its current
 * version, which {@code validate} accepts and its published schema accepts too (checked by a second
 * validator, com.networknt:json-schema-validator). A kind registered without a sample fails here.
 */
class SampleDocumentsTest {

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<DocumentKind<?>> kinds() {
    return DocumentKinds.all().stream();
  }

  private static Path sample(DocumentKind<?> kind) {
    return Path.of("samples", kind.name() + ".json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void validateAcceptsTheSampleOfEveryKind(DocumentKind<?> kind) {
    Path file = sample(kind);
    assertThat(file).as("a sample of every kind: examples/%s", file).isRegularFile();
    Run r = BengkelCliTest.run("validate", file.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            file
                + ": OK ("
                + kind.name()
                + " v"
                + kind.currentVersion()
                + ")"
                + System.lineSeparator());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theSampleOfEveryKindValidatesAgainstItsPublishedSchema(DocumentKind<?> kind)
      throws IOException {
    Path file = sample(kind);
    assertThat(file).as("a sample of every kind: examples/%s", file).isRegularFile();
    String published = JsonSchemas.shipped(JsonSchemas.fileName(kind)).orElseThrow();
    Schema schema = SCHEMAS.getSchema(published);
    assertThat(schema.validate(Files.readString(file), InputFormat.JSON)).isEmpty();
  }
}
