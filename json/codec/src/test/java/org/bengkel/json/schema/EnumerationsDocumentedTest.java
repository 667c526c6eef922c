package org.bengkel.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Unit;
import org.bengkel.json.document.DocumentKind;
import org.bengkel.json.document.DocumentKinds;
import org.junit.jupiter.api.Test;

/**
 * docs/json-format.md against the code, for readers who know bengkel only from its documents: the
 * "Enumerations" table lists every constant of every enumeration the rendered schemas allow, every
 * registered document kind (each domain event's too) is named, every predefined product category's
 * code is listed, and the text of each {@link Unit} that {@code sales-order} version 1 accepts is
 * given.
 */
class EnumerationsDocumentedTest {

  private static final Path DOC = Path.of("../../docs/json-format.md");

  // a named definition that is a string enumeration: "trainee.CrimeCategory": {"type": "string",
  // "enum": [...]}, in a file's $defs or as a type file's whole schema
  private static final Pattern DEFINITION =
      Pattern.compile(
          "\"(?:\\$id\": \"https://bengkel\\.org/schema/types/)?([a-z]+\\.[A-Z]\\w*)"
              + "(?:\": \\{|\\.schema\\.json\",)\\s*(?:\"title\": \"[^\"]*\",\\s*)?"
              + "\"type\": \"string\",\\s*\"enum\": \\[([^\\]]*)\\]");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([a-z]+\\.[A-Z]\\w*)` \\| (.*) \\|$");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** Every string enumeration of the rendered schemas whose constants are names, not rule codes. */
  static Map<String, List<String>> schemaEnumerations() {
    Map<String, List<String>> found = new TreeMap<>();
    for (String schema : JsonSchemas.all().values()) {
      Matcher m = DEFINITION.matcher(schema);
      while (m.find()) {
        List<String> constants = new ArrayList<>();
        Matcher q = QUOTED.matcher(m.group(2));
        while (q.find()) {
          constants.add(q.group(1));
        }
        if (constants.stream().noneMatch(c -> c.contains("."))) {
          found.put(m.group(1), constants);
        }
      }
    }
    return found;
  }

  static Map<String, List<String>> documentedEnumerations(String doc) {
    int start = doc.indexOf("### Enumerations");
    assertThat(start).as("docs/json-format.md has a section \"### Enumerations\"").isNotNegative();
    String section =
        doc.substring(start, doc.indexOf("\n\n", doc.indexOf("| enumeration |", start)));
    Map<String, List<String>> rows = new TreeMap<>();
    Matcher m = ROW.matcher(section);
    while (m.find()) {
      List<String> constants = new ArrayList<>();
      for (String c : m.group(2).split(", ")) {
        constants.add(c.replace("`", "").strip());
      }
      rows.put(m.group(1), constants);
    }
    return rows;
  }

  @Test
  void everyEnumerationOfTheSchemasIsListedWithAllItsConstants() throws IOException {
    Map<String, List<String>> schemas = schemaEnumerations();
    assertThat(schemas)
        .as("the schemas' enumerations (sanity: the pattern finds them)")
        .containsKeys("trainee.CrimeCategory", "programme.EnrolmentReason", "pricing.Channel")
        .hasSizeGreaterThan(30);
    assertThat(documentedEnumerations(doc()))
        .as(
            "docs/json-format.md, \"Enumerations\": one row per enumeration, its constants in order")
        .isEqualTo(schemas);
  }

  @Test
  void everyDocumentKindIsNamed() throws IOException {
    String doc = doc();
    for (DocumentKind<?> kind : DocumentKinds.all()) {
      assertThat(doc)
          .as("docs/json-format.md names kind %s", kind.name())
          .contains("`" + kind.name() + "`");
    }
  }

  /** The paragraph of docs/json-format.md that starts with {@code heading}. */
  private static String paragraph(String heading) throws IOException {
    String doc = doc();
    int start = doc.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    return doc.substring(start, doc.indexOf("\n\n", start));
  }

  @Test
  void everyPredefinedCategoryCodeIsListed() throws IOException {
    String paragraph = paragraph("**Predefined product categories.**");
    assertThat(ProductCategory.predefined())
        .allSatisfy(c -> assertThat(paragraph).contains("`" + c.code() + "`"));
  }

  @Test
  void everyUnitTextOfSalesOrderVersion1IsGiven() throws IOException {
    String paragraph = paragraph("**Units in `sales-order` version 1.**");
    for (Unit u : Unit.values()) {
      assertThat(paragraph.replaceAll("\\s+", " "))
          .as("version 1's text for %s", u)
          .contains("`" + u.name() + "` or `" + u.indonesian() + "`");
    }
  }
}
