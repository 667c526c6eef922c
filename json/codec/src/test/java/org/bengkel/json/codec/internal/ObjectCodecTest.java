package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.write;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bengkel.catalog.Sku;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.Pick;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.JsonReader;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.contract.DocumentSamples;
import org.bengkel.json.contract.GoldenSamples;
import org.bengkel.json.contract.TextJson;
import org.bengkel.json.document.SalesOrderDocument;
import org.bengkel.json.schema.JsonSchemas;
import org.bengkel.money.Rupiah;
import org.bengkel.production.LotCode;
import org.bengkel.sales.GoodsLine;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A type's wire form declared once: writing, reading and the schema follow from the field list, and
 * a declared field that is not written or not read back fails here, not in review.
 */
class ObjectCodecTest {

  /** A test-only type (<i>alat</i>) with a builder, like core's types. */
  record Tool(String name, long count, Optional<String> note) {

    static final class Builder {
      private @Nullable String name;
      private @Nullable Long count;
      private @Nullable String note;

      Builder name(String v) {
        name = v;
        return this;
      }

      Builder count(long v) {
        count = v;
        return this;
      }

      Builder note(String v) {
        note = v;
        return this;
      }

      Tool build() {
        List<String> missing = new ArrayList<>();
        if (name == null) {
          missing.add("name");
        }
        if (count == null) {
          missing.add("count");
        }
        if (name == null || count == null) {
          throw MissingValueException.of(String.join(",", missing));
        }
        return new Tool(name, count, Optional.ofNullable(note));
      }
    }
  }

  /** The declaration; {@code withNote} adds the one line that a new optional field needs. */
  private static ObjectCodec<Tool, Tool.Builder> tool(boolean withNote) {
    ObjectCodec.Builder<Tool, Tool.Builder> b =
        ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
            .required("name", Scalars.text(1, 40), Tool::name, Tool.Builder::name)
            .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count);
    if (withNote) {
      b.optional("note", Scalars.text(1, 200), Tool::note, Tool.Builder::note).since("0.3.0");
    }
    return b.describedAs("A tool (alat)").build();
  }

  /** The declaration with its note, for the tests of the rules a declaration adds. */
  private static ObjectCodec.Builder<Tool, Tool.Builder> nameCountNote() {
    return ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
        .required("name", Scalars.text(1, 40), Tool::name, Tool.Builder::name)
        .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count)
        .optional("note", Scalars.text(1, 200), Tool::note, Tool.Builder::note);
  }

  private static String schema(Codec<?> codec) {
    return JsonSchemas.forCodec(codec).orElseThrow();
  }

  @Test
  void aFieldAddedInOnePlaceIsWrittenReadAndInTheSchema() {
    Tool sharp = new Tool("saw", 2, Optional.of("sharp"));
    ObjectCodec<Tool, Tool.Builder> before = tool(false);
    ObjectCodec<Tool, Tool.Builder> after = tool(true);

    assertThat(write(before, sharp)).isEqualTo("{\"name\":\"saw\",\"count\":2}");
    assertThat(write(after, sharp)).isEqualTo("{\"name\":\"saw\",\"count\":2,\"note\":\"sharp\"}");

    String withNote = "{\"name\":\"saw\",\"count\":2,\"note\":\"sharp\"}";
    assertThatThrownBy(() -> read(before, withNote))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.unknown-property");
              assertThat(e.path()).isEqualTo("$.note");
            });
    assertThat(read(after, withNote)).isEqualTo(sharp);
    // null and absent both read as no note
    assertThat(read(after, "{\"name\":\"saw\",\"count\":2,\"note\":null}").note()).isEmpty();

    assertThat(schema(before)).doesNotContain("\"note\"").doesNotContain("Since");
    // the version that added the field, in the property's schema
    assertThat(schema(after))
        .contains(
            "\"note\": {\n      \"description\": \"Since bengkel 0.3.0.\",\n      \"anyOf\": [")
        .contains("\"maxLength\": 200")
        .contains("\"required\": [\n    \"name\",\n    \"count\"\n  ]");
  }

  @Test
  void theVersionThatAddedAFieldIsInItsSchemaWhichTheSecondValidatorAccepts() {
    // a required field refers to the value's own schema: the note goes beside it (allOf)
    ObjectCodec<Tool, Tool.Builder> codec =
        ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
            .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
            .since("0.2.0")
            .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count)
            .optional("note", Scalars.text(1, 200), Tool::note, Tool.Builder::note)
            .since("0.3.0")
            .build();
    String text = schema(codec);
    assertThat(text)
        .contains(
            "\"name\": {\n      \"description\": \"Since bengkel 0.2.0.\",\n      \"allOf\": [")
        .contains("\"description\": \"Since bengkel 0.3.0.\"")
        .doesNotContain("\"count\": {\n      \"description\"");
    assertThat(codec.fields().get(0).sinceVersion()).contains("0.2.0");
    assertThat(codec.fields().get(1).sinceVersion()).isEmpty();
    // an annotation only: what the schema accepts and refuses is unchanged
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
    assertThat(schema.validate("{\"name\":\"saw\",\"count\":2,\"note\":\"x\"}", InputFormat.JSON))
        .isEmpty();
    assertThat(schema.validate("{\"name\":7,\"count\":2}", InputFormat.JSON)).isNotEmpty();
    assertThat(schema.validate("{\"name\":\"saw\",\"count\":2,\"note\":\"\"}", InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void aFreeTextHasAMaximumLengthInTheReaderAndTheSchema() {
    ObjectCodec<Tool, Tool.Builder> codec =
        ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
            .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
            .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count)
            .build();
    String longest = "a".repeat(Scalars.MAX_TEXT_LENGTH);
    assertThat(read(codec, "{\"name\":\"" + longest + "\",\"count\":1}").name()).isEqualTo(longest);
    assertRule(
        () -> read(codec, "{\"name\":\"" + longest + "b\",\"count\":1}"),
        "value.too-long",
        "$.name");
    // blank and empty stay free texts
    assertThat(read(codec, "{\"name\":\" \",\"count\":1}").name()).isEqualTo(" ");
    assertThat(schema(codec)).contains("\"maxLength\": 4000");
    assertThat(Scalars.TEXT.schema().orElseThrow().toString()).contains("maxLength=4000");
  }

  @Test
  void readingKeepsTheReadersRules() {
    ObjectCodec<Tool, Tool.Builder> codec = tool(true);
    assertRule(() -> read(codec, "{}"), "json.missing-property", "$.name");
    assertThatThrownBy(() -> read(codec, "{}"))
        .hasMessageContaining("'name' and 'count'"); // every missing property in one error
    assertRule(
        () -> read(codec, "{\"name\":\"a\",\"name\":\"b\",\"count\":1}"),
        "json.duplicate-key",
        "$.name");
    assertRule(() -> read(codec, "{\"name\":null,\"count\":1}"), "json.null-value", "$.name");
    assertRule(() -> read(codec, "{\"name\":\"a\",\"count\":1.5}"), "json.float-amount", "$.count");
  }

  @Test
  void aFieldWhoseNullIsRefusedIsStillOptional() {
    ObjectCodec<Tool, Tool.Builder> codec =
        nameCountNote().nullRefused().dependentRequired("note", "count").build();
    Tool plain = new Tool("saw", 2, Optional.empty());

    assertThat(write(codec, plain)).isEqualTo("{\"name\":\"saw\",\"count\":2}");
    assertThat(read(codec, "{\"name\":\"saw\",\"count\":2}")).isEqualTo(plain);
    assertRule(
        () -> read(codec, "{\"name\":\"saw\",\"count\":2,\"note\":null}"),
        "json.null-value",
        "$.note");
    assertThat(schema(codec))
        .contains("\"note\": {\n      \"type\": \"string\"")
        .doesNotContain("anyOf")
        .contains("\"dependentRequired\": {\n    \"note\": [\n      \"count\"\n    ]\n  }");
    assertThatThrownBy(
            () ->
                ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
                    .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
                    .nullRefused())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ofTwoExclusiveGroupsTheSecondReadIsAnUnknownProperty() {
    // a current form (count) and an older one (note), as a price step's code and description
    ObjectCodec<Tool, Tool.Builder> codec =
        nameCountNote().oneOf(List.of("count"), List.of("note")).build();

    assertThat(read(codec, "{\"name\":\"saw\",\"count\":2}"))
        .isEqualTo(new Tool("saw", 2, Optional.empty()));
    assertRule(
        () -> read(codec, "{\"name\":\"saw\",\"count\":2,\"note\":\"x\"}"),
        "json.unknown-property",
        "$.note");
    assertRule(
        () -> read(codec, "{\"note\":\"x\",\"name\":\"saw\",\"count\":2}"),
        "json.unknown-property",
        "$.count");
    assertThat(schema(codec))
        .contains(
            "\"oneOf\": [\n    {\n      \"required\": [\n        \"count\"\n      ]\n    },\n"
                + "    {\n      \"required\": [\n        \"note\"\n      ]\n    }\n  ]");
    assertThatThrownBy(
            () ->
                ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
                    .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
                    .oneOf(List.of("name"), List.of("other")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aValueReadWholeIsBuiltByTheFactoryAndOtherwiseByTheBuilder() {
    // the goods line is declared with orFactory(GoodsLine::of)
    Codec<GoodsLine> codec = SalesCodecs.GOODS_LINE;
    String head = "{\"sku\":\"KUE-1\",\"description\":\"Kue\",\"quantity\":2,\"unitPrice\":500";
    GoodsLine plain = GoodsLine.of(Sku.parse("KUE-1"), "Kue", 2, Rupiah.of(500));
    assertThat(read(codec, head + "}")).isEqualTo(plain);
    assertThat(read(codec, head + ",\"soldLots\":[]}")).isEqualTo(plain);
    // sold lots: the builder (2 units from one lot, 2 = 2)
    String sold = ",\"soldLots\":[{\"lotCode\":\"KK-20261102-01\",\"quantity\":2}]}";
    assertThat(read(codec, head + sold).soldLots())
        .containsExactly(Pick.of(LotCode.parse("KK-20261102-01"), 2));
    // a missing property: the builder names it
    assertRule(
        () -> read(codec, "{\"sku\":\"KUE-1\",\"quantity\":2,\"unitPrice\":500}"),
        "json.missing-property",
        "$.description");
    // core's refusal at the same path and rule through the factory as through the builder
    String blank = "{\"sku\":\"KUE-1\",\"description\":\" \",\"quantity\":2,\"unitPrice\":500";
    assertRule(() -> read(codec, blank + "}"), "value.blank", "$.description");
    assertRule(() -> read(codec, blank + sold), "value.blank", "$.description");
  }

  private static void assertRule(Runnable read, String code, String path) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(code);
              assertThat(e.path()).isEqualTo(path);
            });
  }

  @Test
  void aFieldDeclaredButNotReadOrNotWrittenFailsTheCheck() {
    Tool sharp = new Tool("saw", 2, Optional.of("sharp"));
    assertThat(carriedFields(tool(true), List.of(sharp))).isEmpty();

    ObjectCodec<Tool, Tool.Builder> notRead =
        ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
            .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
            .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count)
            .optional("note", Scalars.TEXT, Tool::note, (b, v) -> {})
            .build();
    assertThat(carriedFields(notRead, List.of(sharp))).containsExactly("note not read back");

    ObjectCodec<Tool, Tool.Builder> notWritten =
        ObjectCodec.builder(Tool.class, Tool.Builder::new, Tool.Builder::build)
            .required("name", Scalars.TEXT, Tool::name, Tool.Builder::name)
            .required("count", Scalars.integer(0, 99), Tool::count, Tool.Builder::count)
            .optional("note", Scalars.TEXT, t -> Optional.empty(), Tool.Builder::note)
            .build();
    assertThat(carriedFields(notWritten, List.of(sharp))).containsExactly("note never written");
  }

  /**
   * Every declared field of every registered declared codec is written by one of the golden samples
   * (or a current document's payload) and read back into an equal value.
   */
  @Test
  void everyDeclaredFieldOfTheFormatIsWrittenAndReadBack() {
    Map<Codec<?>, List<Object>> samples = new LinkedHashMap<>();
    for (Codec<?> codec : Codecs.all()) {
      if (codec instanceof ObjectCodec<?, ?>) {
        samples.put(codec, new ArrayList<>());
      }
    }
    List<Object> values = new ArrayList<>();
    GoldenSamples.all().forEach(s -> values.add(s.value()));
    // the current documents' payloads: the order document's order is made from a quote
    for (DocumentSamples.Sample s : DocumentSamples.all()) {
      values.add(s.payload());
      if (s.payload() instanceof SalesOrderDocument d) {
        values.add(d.order());
      }
    }
    for (Object value : values) {
      for (Map.Entry<Codec<?>, List<Object>> e : samples.entrySet()) {
        if (e.getKey().type().isInstance(value)) {
          e.getValue().add(value);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    samples.forEach(
        (codec, ofType) ->
            carriedFields(codec, ofType)
                .forEach(p -> problems.add(codec.type().getSimpleName() + "." + p)));
    // read only: the officer of a stage event in documents older than stamps (its actor now)
    assertThat(problems.remove("StageEvent.by never written")).isTrue();
    assertThat(problems).isEmpty();
  }

  /** The declared fields that the values do not carry through writing and reading back. */
  @SuppressWarnings("unchecked")
  private static <T> List<String> carriedFields(Codec<T> codec, List<?> values) {
    ObjectCodec<T, ?> declared = (ObjectCodec<T, ?>) codec;
    Set<String> written = new LinkedHashSet<>();
    Set<String> notRead = new LinkedHashSet<>();
    for (Object v : values) {
      T value = (T) v;
      String json = write(codec, value);
      JsonReader in = TextJson.reader(json);
      in.beginObject();
      while (in.hasNext()) {
        written.add(in.nextName());
        in.skipValue();
      }
      T back = read(codec, json);
      if (!back.equals(value)) {
        // which field is lost: the first whose written form differs
        String again = write(codec, back);
        for (ObjectCodec.Field<T, ?> f : declared.fields()) {
          if (json.contains("\"" + f.name() + "\":") && !again.contains("\"" + f.name() + "\":")) {
            notRead.add(f.name());
          }
        }
      }
    }
    List<String> problems = new ArrayList<>();
    for (ObjectCodec.Field<T, ?> f : declared.fields()) {
      if (f.isLegacy()) {
        continue; // read from older documents only: the document tests read them
      }
      if (!written.contains(f.name())) {
        problems.add(f.name() + " never written");
      } else if (notRead.contains(f.name())) {
        problems.add(f.name() + " not read back");
      }
    }
    return problems;
  }
}
