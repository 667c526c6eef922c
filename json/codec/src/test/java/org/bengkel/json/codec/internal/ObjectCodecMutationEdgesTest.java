package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.refusal;
import static org.bengkel.json.contract.TextJson.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The declaration's rules one by one, each on a codec built inside the test: the codecs of the
 * format are built once per JVM, in static initialisers, before mutation testing changes this
 * class, so only a declaration made here shows what the builder does.
 */
class ObjectCodecMutationEdgesTest {

  /** A test-only kit (<i>perangkat</i>) with one field of every presence. */
  record Kit(
      String label,
      long count,
      Optional<String> note,
      @Nullable String colour,
      int size,
      List<String> parts,
      List<String> tags,
      List<String> extras) {

    long total() {
      return count * size;
    }

    static final class Builder {
      private @Nullable String label;
      private @Nullable Long count;
      private @Nullable String note;
      private @Nullable String colour;
      private int size = 1;
      private @Nullable List<String> parts;
      private List<String> tags = List.of();
      private List<String> extras = List.of();

      void label(String v) {
        label = v;
      }

      void count(long v) {
        count = v;
      }

      void note(String v) {
        note = v;
      }

      void colour(String v) {
        colour = v;
      }

      void size(int v) {
        size = v;
      }

      void parts(List<String> v) {
        parts = v;
      }

      void tags(List<String> v) {
        tags = v;
      }

      void extras(List<String> v) {
        extras = v;
      }

      Kit build() {
        List<String> missing = new ArrayList<>();
        if (label == null) {
          missing.add("label");
        }
        if (count == null) {
          missing.add("count");
        }
        if (parts == null) {
          missing.add("parts");
        }
        if (label == null || count == null || parts == null) {
          throw MissingValueException.of(String.join(",", missing));
        }
        if (count > 40) {
          // core names its fields with the type's prefix, as a nested value's are; its bound is
          // tighter than the schema's 50, which the reader checks itself
          throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "kit.count", count, 0, 40);
        }
        if (parts.contains("bad")) {
          throw InvalidValueException.of(
              CoreRule.MALFORMED, "kit.parts[" + parts.indexOf("bad") + "]", "bad", "good");
        }
        return new Kit(label, count, Optional.ofNullable(note), colour, size, parts, tags, extras);
      }
    }
  }

  private static ObjectCodec.Builder<Kit, Kit.Builder> kitDeclaration() {
    return ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
        .required("label", Scalars.text(1, 20), Kit::label, Kit.Builder::label)
        .required("count", Scalars.integer(0, 50), Kit::count, Kit.Builder::count)
        .optional("note", Scalars.TEXT, Kit::note, Kit.Builder::note)
        .nullable("colour", Scalars.TEXT, Kit::colour, Kit.Builder::colour)
        .defaulted("size", Scalars.int32(1, 9), Kit::size, Kit.Builder::size)
        .derived("total", Scalars.integer(0, 450), Kit::total, JsonRule.MALFORMED, "count, size")
        .requiredList("parts", Scalars.TEXT, Kit::parts, Kit.Builder::parts)
        .minItems(1)
        .list("tags", Scalars.TEXT, Kit::tags, Kit.Builder::tags)
        .uniqueItems()
        .optionalList("extras", Scalars.TEXT, Kit::extras, Kit.Builder::extras);
  }

  private static ObjectCodec<Kit, Kit.Builder> kit() {
    return kitDeclaration().dropPrefix("kit").describedAs("A kit").build();
  }

  private static final Kit SAW =
      new Kit("saw", 2, Optional.of("sharp"), "red", 3, List.of("blade"), List.of(), List.of());

  @Test
  void eachPresenceIsWrittenAsItsTableSays() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    // optional present, nullable, defaulted, derived (2 * 3), the required list, the empty list
    // written as [], the empty optional list left out
    assertThat(write(codec, SAW))
        .isEqualTo(
            "{\"label\":\"saw\",\"count\":2,\"note\":\"sharp\",\"colour\":\"red\",\"size\":3,"
                + "\"total\":6,\"parts\":[\"blade\"],\"tags\":[]}");
    Kit plain =
        new Kit(
            "saw", 2, Optional.empty(), "red", 1, List.of("a", "b"), List.of("t"), List.of("x"));
    assertThat(write(codec, plain))
        .isEqualTo(
            "{\"label\":\"saw\",\"count\":2,\"colour\":\"red\",\"size\":1,\"total\":2,"
                + "\"parts\":[\"a\",\"b\"],\"tags\":[\"t\"],\"extras\":[\"x\"]}");
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    Kit full =
        new Kit("saw", 2, Optional.of("n"), "red", 3, List.of("a"), List.of("t"), List.of("x"));
    assertThat(read(codec, write(codec, full))).isEqualTo(full);
    assertThat(read(codec, write(codec, SAW))).isEqualTo(SAW);
  }

  @Test
  void nullReadsAsAbsentOnlyWhereThePresenceSaysSo() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    String head = "{\"label\":\"saw\",\"count\":2,\"parts\":[\"blade\"]";
    Kit least =
        new Kit("saw", 2, Optional.empty(), null, 1, List.of("blade"), List.of(), List.of());
    assertThat(read(codec, head + "}")).isEqualTo(least);
    // optional, nullable, derived and the optional list: null is absent
    assertThat(read(codec, head + ",\"note\":null,\"colour\":null,\"total\":null,\"extras\":null}"))
        .isEqualTo(least);
    // required, defaulted, the required list and the list: null is refused
    refusal(() -> read(codec, head + ",\"size\":null}"), "json.null-value", "$.size");
    refusal(() -> read(codec, head + ",\"tags\":null}"), "json.null-value", "$.tags");
    refusal(
        () -> read(codec, "{\"label\":\"saw\",\"count\":2,\"parts\":null}"),
        "json.null-value",
        "$.parts");
    refusal(
        () -> read(codec, "{\"label\":\"saw\",\"count\":null,\"parts\":[]}"),
        "json.null-value",
        "$.count");
  }

  @Test
  void everyMissingRequiredPropertyIsNamedInOneError() {
    BengkelJsonException e = refusal(() -> read(kit(), "{}"), "json.missing-property", "$.label");
    assertThat(e.details()).containsExactly("label, count, parts");
    assertThat(e.getMessage()).contains("'label', 'count' and 'parts'");
  }

  @Test
  void aDerivedValueThatDiffersFromCoresIsRefusedAtItsPath() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    String head = "{\"label\":\"saw\",\"count\":2,\"size\":3,\"parts\":[\"blade\"]";
    assertThat(read(codec, head + ",\"total\":6}").total()).isEqualTo(6);
    BengkelJsonException e =
        refusal(() -> read(codec, head + ",\"total\":5}"), "json.malformed", "$.total");
    assertThat(e.details()).containsExactly("count, size");
    assertThat(e.valueError()).isEmpty();
  }

  @Test
  void coresRefusalIsAtThePropertysPathWithThePrefixDropped() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    BengkelJsonException e =
        refusal(
            () -> read(codec, "{\"label\":\"saw\",\"count\":41,\"parts\":[\"blade\"]}"),
            "value.out-of-range",
            "$.count");
    assertThat(e.valueError()).isPresent();
    refusal(
        () -> read(codec, "{\"label\":\"saw\",\"count\":1,\"parts\":[\"a\",\"bad\"]}"),
        "value.malformed",
        "$.parts[1]");
    // without the prefix declared, core's whole field name is the path
    ObjectCodec<Kit, Kit.Builder> kept = kitDeclaration().build();
    refusal(
        () -> read(kept, "{\"label\":\"saw\",\"count\":41,\"parts\":[\"blade\"]}"),
        "value.out-of-range",
        "$.kit.count");
  }

  @Test
  void theSchemaStatesEachPresence() {
    ObjectCodec<Kit, Kit.Builder> codec = kit();
    String text = "JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000}";
    String orNull = "JsonSchema{anyOf=[JsonSchema{type=null}, %s]}";
    String list = "JsonSchema{type=array, items=" + text;
    assertThat(codec.schema().orElseThrow().toString())
        .isEqualTo(
            "JsonSchema{description=A kit, type=object, properties={"
                + "label=JsonSchema{type=string, minLength=1, maxLength=20, not={pattern=\\u0000}, pattern="
                + Scalars.NON_BLANK
                + "}, "
                + "count=JsonSchema{type=integer, minimum=0, maximum=50}, "
                + "note="
                + orNull.formatted(text)
                + ", colour="
                + orNull.formatted(text)
                + ", size=JsonSchema{type=integer, minimum=1, maximum=9}, "
                + "total="
                + orNull.formatted("JsonSchema{type=integer, minimum=0, maximum=450}")
                + ", parts="
                + list
                + ", minItems=1}, "
                + "tags="
                + list
                + ", uniqueItems=true}, "
                + "extras="
                + orNull.formatted(list + "}")
                + "}, required=[label, count, parts], additionalProperties=false}");
  }

  @Test
  void withoutADescriptionTheSchemaStartsAtItsType() {
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .required("label", Scalars.text(0, 20), Kit::label, Kit.Builder::label)
            .build();
    assertThat(codec.schema().orElseThrow().toString())
        .isEqualTo(
            "JsonSchema{type=object, properties={"
                + "label=JsonSchema{type=string, minLength=0, maxLength=20, not={pattern=\\u0000}}}, "
                + "required=[label], additionalProperties=false}");
    assertThat(codec.type()).isEqualTo(Kit.class);
    assertThat(codec).hasToString("ObjectCodec[Kit]");
    assertThat(codec.fields()).extracting(ObjectCodec.Field::name).containsExactly("label");
  }

  @Test
  void aModifierBeforeAnyFieldIsADeclarationError() {
    for (java.util.function.Consumer<ObjectCodec.Builder<Kit, Kit.Builder>> modifier :
        List.<java.util.function.Consumer<ObjectCodec.Builder<Kit, Kit.Builder>>>of(
            b -> b.inline(), b -> b.minItems(1), b -> b.uniqueItems(), b -> b.since("0.1.0"))) {
      assertThatThrownBy(
              () ->
                  modifier.accept(
                      ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no field declared yet");
    }
  }

  @Test
  void aModifierKeepsWhatTheFieldWasDeclaredWith() {
    // a derived field marked later keeps its rule; a list marked distinct keeps it through
    // minItems; a legacy field stays legacy through since
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .required("label", Scalars.text(1, 20), Kit::label, Kit.Builder::label)
            .required("count", Scalars.integer(0, 50), Kit::count, Kit.Builder::count)
            .derived("total", Scalars.integer(0, 450), Kit::total, JsonRule.MALFORMED, "count")
            .since("0.2.0")
            .list("parts", Scalars.TEXT, Kit::parts, Kit.Builder::parts)
            .uniqueItems()
            .minItems(2)
            .legacy("colour", Scalars.TEXT, Kit.Builder::colour)
            .since("0.1.0")
            .build();
    BengkelJsonException e =
        refusal(
            () -> read(codec, "{\"label\":\"a\",\"count\":2,\"total\":3,\"parts\":[]}"),
            "json.malformed",
            "$.total");
    assertThat(e.details()).containsExactly("count");
    assertThat(codec.fields().get(3).schema().toString())
        .isEqualTo(
            "JsonSchema{type=array, items=JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000},"
                + " minItems=2, uniqueItems=true}");
    assertThat(codec.fields().get(4).isLegacy()).isTrue();
    assertThat(codec.fields().get(4).sinceVersion()).contains("0.1.0");
    assertThat(codec.fields().get(3).isLegacy()).isFalse();
    // legacy: read, never written
    Kit read = read(codec, "{\"label\":\"a\",\"count\":2,\"parts\":[],\"colour\":\"red\"}");
    assertThat(read.colour()).isEqualTo("red");
    assertThat(write(codec, read))
        .isEqualTo("{\"label\":\"a\",\"count\":2,\"total\":2,\"parts\":[]}");
    refusal(
        () -> read(codec, "{\"label\":\"a\",\"count\":2,\"parts\":[],\"colour\":null}"),
        "json.null-value",
        "$.colour");
  }

  @Test
  void anOptionalListWhoseNullIsRefusedKeepsItsOtherMarks() {
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .required("label", Scalars.text(1, 20), Kit::label, Kit.Builder::label)
            .required("count", Scalars.integer(0, 50), Kit::count, Kit.Builder::count)
            .requiredList("parts", Scalars.TEXT, Kit::parts, Kit.Builder::parts)
            .optionalList("extras", Scalars.TEXT, Kit::extras, Kit.Builder::extras)
            .minItems(1)
            .since("0.4.0")
            .nullRefused()
            .build();
    String head = "{\"label\":\"a\",\"count\":2,\"parts\":[]";
    refusal(() -> read(codec, head + ",\"extras\":null}"), "json.null-value", "$.extras");
    assertThat(read(codec, head + ",\"extras\":[\"x\"]}").extras()).containsExactly("x");
    Kit none = new Kit("a", 2, Optional.empty(), null, 1, List.of(), List.of(), List.of());
    assertThat(write(codec, none)).isEqualTo(head + "}");
    // not null in the schema; the since and minItems marks stay
    assertThat(codec.fields().get(3).schema().toString())
        .isEqualTo(
            "JsonSchema{description=Since bengkel 0.4.0., allOf=[JsonSchema{type=array,"
                + " items=JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000}, minItems=1}]}");
    assertThat(codec.schema().orElseThrow().toString()).contains("required=[label, count, parts]");
  }

  @Test
  void aNullRefusedOptionalFieldKeepsItsInlineSchema() {
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .optional("note", new Plain<>(Scalars.TEXT), Kit::note, Kit.Builder::note)
            .inline()
            .nullRefused()
            .build();
    assertThat(codec.fields().get(0).schema().toString())
        .isEqualTo("JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000}");
  }

  @Test
  void anotherPresenceCannotRefuseNull() {
    assertThatThrownBy(
            () ->
                ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
                    .list("parts", Scalars.TEXT, Kit::parts, Kit.Builder::parts)
                    .nullRefused())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not an optional field: parts");
  }

  @Test
  void dependentRequiredNamesOnlyDeclaredFields() {
    ObjectCodec.Builder<Kit, Kit.Builder> b = kitDeclaration();
    assertThatThrownBy(() -> b.dependentRequired("note", "count", "weight"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a declared field: weight");
    assertThatThrownBy(() -> b.dependentRequired("weight", "count"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a declared field: weight");
    // the rule goes before the keywords a declaration adds
    ObjectCodec<Kit, Kit.Builder> codec =
        b.dependentRequired("note", "count", "label").schema("minProperties", 3L).build();
    assertThat(codec.schema().orElseThrow().toString())
        .endsWith(
            "additionalProperties=false, dependentRequired={note=[count, label]},"
                + " minProperties=3}");
  }

  @Test
  void aKeywordAddedByTheDeclarationIsInTheSchemaAlone() {
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .required("label", Scalars.text(0, 20), Kit::label, Kit.Builder::label)
            .schema("minProperties", 1L)
            .build();
    assertThat(codec.schema().orElseThrow().toString())
        .endsWith("additionalProperties=false, minProperties=1}");
  }

  @Test
  void oneOfNamesOnlyDeclaredFieldsOnEitherSide() {
    assertThatThrownBy(() -> kitDeclaration().oneOf(List.of("weight"), List.of("note")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not all declared fields: [weight], [note]");
    assertThatThrownBy(() -> kitDeclaration().oneOf(List.of("note"), List.of("weight")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachPairOfGroupsExcludesOnlyTheOtherGroupOfItsPair() {
    // note or colour; and, separately, extras or tags
    ObjectCodec<Kit, Kit.Builder> codec =
        kitDeclaration()
            .oneOf(List.of("note"), List.of("colour"))
            .oneOf(List.of("extras"), List.of("tags"))
            .build();
    String head = "{\"label\":\"a\",\"count\":2,\"parts\":[]";
    // one of each pair, in either order of the pairs
    Kit read = read(codec, head + ",\"note\":\"n\",\"tags\":[\"t\"]}");
    assertThat(read.note()).contains("n");
    assertThat(read.tags()).containsExactly("t");
    assertThat(read(codec, head + ",\"extras\":[\"x\"],\"colour\":\"red\"}").colour())
        .isEqualTo("red");
    refusal(
        () -> read(codec, head + ",\"tags\":[],\"extras\":[]}"),
        "json.unknown-property",
        "$.extras");
    refusal(
        () -> read(codec, head + ",\"extras\":[],\"tags\":[]}"), "json.unknown-property", "$.tags");
    refusal(
        () -> read(codec, head + ",\"colour\":\"red\",\"note\":\"n\"}"),
        "json.unknown-property",
        "$.note");
  }

  /** A codec that is not one of {@link Scalars}: a field refers to its definition. */
  private record Plain<V>(Codec<V> of) implements Codec<V> {
    @Override
    public Class<V> type() {
      return of.type();
    }

    @Override
    public void write(V value, org.bengkel.json.JsonWriter out) {
      of.write(value, out);
    }

    @Override
    public V read(JsonReader in) {
      return of.read(in);
    }

    @Override
    public Optional<org.bengkel.json.schema.JsonSchema> schema() {
      return of.schema();
    }
  }

  /** Core's factory of a kit's first four properties, counting its calls. */
  private static final class KitFactory
      implements ObjectCodec.Factory4<String, Long, String, Integer, Kit> {
    int calls;

    @Override
    public Kit apply(String label, Long count, String colour, Integer size) {
      calls++;
      if (count > 40) {
        throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "kit.count", count, 0, 40);
      }
      return new Kit(label, count, Optional.empty(), colour, size, List.of(), List.of(), List.of());
    }
  }

  private static ObjectCodec.Builder<Kit, Kit.Builder> firstFour() {
    return ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
        .required("label", Scalars.text(1, 20), Kit::label, Kit.Builder::label)
        .required("count", Scalars.integer(0, 50), Kit::count, Kit.Builder::count)
        .nullable("colour", Scalars.TEXT, Kit::colour, Kit.Builder::colour)
        .defaulted("size", Scalars.int32(1, 9), Kit::size, Kit.Builder::size);
  }

  @Test
  void theFactoryBuildsAValueOfItsFourPropertiesAndNothingElse() {
    KitFactory factory = new KitFactory();
    ObjectCodec<Kit, Kit.Builder> codec =
        firstFour()
            .list("parts", Scalars.TEXT, Kit::parts, Kit.Builder::parts)
            .optional("note", Scalars.TEXT, Kit::note, Kit.Builder::note)
            .orFactory(factory)
            .dropPrefix("kit")
            .build();
    String four = "{\"label\":\"a\",\"count\":2,\"colour\":\"red\",\"size\":3";
    Kit plain = new Kit("a", 2, Optional.empty(), "red", 3, List.of(), List.of(), List.of());
    // all four, the rest absent or an empty list: the factory (the builder needs the parts)
    assertThat(read(codec, four + "}")).isEqualTo(plain);
    assertThat(read(codec, four + ",\"parts\":[]}")).isEqualTo(plain);
    assertThat(read(codec, four + ",\"note\":null}")).isEqualTo(plain);
    assertThat(factory.calls).isEqualTo(3);
    // a list with elements, or another property: the builder
    assertThat(read(codec, four + ",\"parts\":[\"p\"]}").parts()).containsExactly("p");
    assertThat(read(codec, four + ",\"parts\":[],\"note\":\"n\"}").note()).contains("n");
    // one of the four absent: the builder, which names what it misses or uses its default
    refusal(
        () -> read(codec, "{\"count\":2,\"colour\":\"red\",\"size\":3,\"parts\":[]}"),
        "json.missing-property",
        "$.label");
    refusal(
        () -> read(codec, "{\"label\":\"a\",\"colour\":\"red\",\"size\":3,\"parts\":[]}"),
        "json.missing-property",
        "$.count");
    assertThat(read(codec, "{\"label\":\"a\",\"count\":2,\"size\":3,\"parts\":[]}").colour())
        .isNull();
    assertThat(read(codec, "{\"label\":\"a\",\"count\":2,\"colour\":\"red\",\"parts\":[]}").size())
        .isEqualTo(1);
    assertThat(factory.calls).isEqualTo(3);
    // the factory's refusal at the property's path, the prefix dropped
    refusal(
        () -> read(codec, "{\"label\":\"a\",\"count\":41,\"colour\":\"red\",\"size\":3}"),
        "value.out-of-range",
        "$.count");
    assertThat(factory.calls).isEqualTo(4);
  }

  @Test
  void theFactoryNeedsFourFieldsAndNoDerivedOrRenamedOnes() {
    KitFactory factory = new KitFactory();
    assertThat(
            read(
                    firstFour().orFactory(factory).build(),
                    "{\"label\":\"a\",\"count\":2," + "\"colour\":\"red\",\"size\":3}")
                .size())
        .isEqualTo(3);
    assertThat(factory.calls).isEqualTo(1);
    assertThatThrownBy(
            () ->
                ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
                    .required("label", Scalars.text(1, 20), Kit::label, Kit.Builder::label)
                    .required("count", Scalars.integer(0, 50), Kit::count, Kit.Builder::count)
                    .nullable("colour", Scalars.TEXT, Kit::colour, Kit.Builder::colour)
                    .orFactory(factory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a factory of four properties needs four fields");
    assertThatThrownBy(
            () ->
                firstFour()
                    .derived("total", Scalars.integer(0, 450), Kit::total, JsonRule.MALFORMED, "x")
                    .orFactory(factory)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("orFactory with derived properties or refusedField");
    assertThatThrownBy(
            () -> firstFour().orFactory(factory).refusedField((b, field) -> field).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("orFactory with derived properties or refusedField");
  }

  @Test
  void aRenamedRefusalIsAtTheWireNamesPath() {
    ObjectCodec<Kit, Kit.Builder> codec =
        kitDeclaration()
            .refusedField((b, field) -> field.equals("kit.count") ? "counts[0]" : field)
            .build();
    String kit = "{\"label\":\"saw\",\"count\":41,\"parts\":[\"blade\"]}";
    assertThat(refusal(() -> read(codec, kit), "value.out-of-range", "$.counts[0]").valueError())
        .isPresent();
    refusal(
        () -> read(codec, "{\"label\":\"a\",\"count\":1,\"parts\":[\"bad\"]}"),
        "value.malformed",
        "$.kit.parts[0]");
    // a missing property is named as always
    refusal(() -> read(codec, "{\"count\":1,\"parts\":[]}"), "json.missing-property", "$.label");
    assertThat(read(codec, "{\"label\":\"a\",\"count\":1,\"parts\":[]}").label()).isEqualTo("a");
  }

  /** A test-only value built by a factory (<i>rentang</i>), as core's small values are. */
  record Span(String from, long length, Optional<String> note, List<String> marks) {
    static Span of(String from, long length, @Nullable String note, List<String> marks) {
      if (length > 9) {
        throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "length", length, 0, 9);
      }
      return new Span(from, length, Optional.ofNullable(note), marks);
    }
  }

  private static final ObjectCodec.Field<Span, String> FROM =
      ObjectCodec.Field.required("from", Scalars.text(1, 9), Span::from);
  private static final ObjectCodec.Field<Span, Long> LENGTH =
      ObjectCodec.Field.required("length", Scalars.integer(0, 9), Span::length);
  private static final ObjectCodec.Field<Span, String> NOTE =
      ObjectCodec.Field.optional("note", Scalars.TEXT, Span::note);
  private static final ObjectCodec.Field<Span, List<String>> MARKS =
      ObjectCodec.Field.list("marks", Scalars.TEXT, Span::marks);

  @Test
  void aFactoryOfTwoThreeOrFourPropertiesGetsThemInOrder() {
    Codec<Span> two =
        ObjectCodec.<Span, String, Long>of(
                Span.class, (f, l) -> Span.of(f, l, null, List.of()), FROM, LENGTH)
            .build();
    assertThat(read(two, "{\"from\":\"a\",\"length\":3}"))
        .isEqualTo(new Span("a", 3, Optional.empty(), List.of()));
    Codec<Span> three =
        ObjectCodec.<Span, String, Long, List<String>>of(
                Span.class, (f, l, m) -> Span.of(f, l, null, m), FROM, LENGTH, MARKS)
            .build();
    assertThat(read(three, "{\"from\":\"a\",\"length\":3,\"marks\":[\"m\"]}"))
        .isEqualTo(new Span("a", 3, Optional.empty(), List.of("m")));
    // an absent list reads as empty
    assertThat(read(three, "{\"from\":\"a\",\"length\":3}").marks()).isEmpty();
    Codec<Span> four =
        ObjectCodec.<Span, String, Long, List<String>, String>of(
                Span.class,
                (f, l, m, n) -> Span.of(f, l, n, m),
                FROM,
                LENGTH,
                MARKS,
                ObjectCodec.Field.required("note", Scalars.TEXT, s -> s.note().orElseThrow()))
            .build();
    assertThat(read(four, "{\"from\":\"a\",\"length\":3,\"marks\":[],\"note\":\"n\"}"))
        .isEqualTo(new Span("a", 3, Optional.of("n"), List.of()));
    assertThat(write(four, new Span("a", 3, Optional.of("n"), List.of("m"))))
        .isEqualTo("{\"from\":\"a\",\"length\":3,\"marks\":[\"m\"],\"note\":\"n\"}");
  }

  @Test
  void theValuesFormChecksTheRequiredPropertiesAndFindsTheOptionalOnes() {
    Codec<Span> codec =
        ObjectCodec.of(
                Span.class,
                v -> Span.of(v.get(FROM), v.get(LENGTH), v.find(NOTE), v.get(MARKS)),
                List.of(FROM, LENGTH, NOTE, MARKS))
            .describedAs("A span")
            .build();
    assertThat(read(codec, "{\"from\":\"a\",\"length\":3,\"note\":\"n\"}"))
        .isEqualTo(new Span("a", 3, Optional.of("n"), List.of()));
    assertThat(read(codec, "{\"from\":\"a\",\"length\":3}").note()).isEmpty();
    // every missing required property in one error, in the declared order
    BengkelJsonException e =
        refusal(() -> read(codec, "{\"note\":\"n\"}"), "json.missing-property", "$.from");
    assertThat(e.details()).containsExactly("from, length");
    assertThat(e.getMessage()).contains("'from' and 'length'");
    refusal(() -> read(codec, "{\"from\":\"a\"}"), "json.missing-property", "$.length");
    // the factory's refusal at its field's path
    refusal(() -> read(codec, "{\"from\":\"a\",\"length\":10}"), "value.out-of-range", "$.length");
    assertThat(write(codec, new Span("a", 3, Optional.empty(), List.of())))
        .isEqualTo("{\"from\":\"a\",\"length\":3,\"marks\":[]}");
  }

  @Test
  void aFieldThatIsNotDeclaredHasNoValue() {
    ObjectCodec.Field<Span, String> other =
        ObjectCodec.Field.optional("other", Scalars.TEXT, Span::note);
    Codec<Span> codec =
        ObjectCodec.of(
                Span.class,
                v -> Span.of(v.get(FROM), v.get(LENGTH), v.find(other), List.of()),
                List.of(FROM, LENGTH))
            .build();
    assertThatThrownBy(() -> read(codec, "{\"from\":\"a\",\"length\":3}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a declared field: other");
  }

  @Test
  void aFieldOfAnotherCodecRefersToItsDefinitionUnlessInline() {
    ObjectCodec<Kit, Kit.Builder> codec =
        ObjectCodec.builder(Kit.class, Kit.Builder::new, Kit.Builder::build)
            .optional("note", new Plain<>(Scalars.TEXT), Kit::note, Kit.Builder::note)
            .required("label", new Plain<>(Scalars.TEXT), Kit::label, Kit.Builder::label)
            .requiredList("parts", new Plain<>(Scalars.TEXT), Kit::parts, Kit.Builder::parts)
            .build();
    assertThat(codec.fields().get(0).schema())
        .hasToString(
            "JsonSchema{anyOf=[JsonSchema{type=null}, JsonSchema[$ref java.lang.String]]}");
    assertThat(codec.fields().get(1).schema()).hasToString("JsonSchema[$ref java.lang.String]");
    assertThat(codec.fields().get(2).schema())
        .hasToString("JsonSchema{type=array, items=JsonSchema[$ref java.lang.String]}");
    // read and written through the codec all the same
    Kit kit = new Kit("a", 0, Optional.of("n"), null, 1, List.of("p"), List.of(), List.of());
    assertThat(write(codec, kit)).isEqualTo("{\"note\":\"n\",\"label\":\"a\",\"parts\":[\"p\"]}");
  }
}
