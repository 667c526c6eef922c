package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.contract.TextJson;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * The small types around the reader at their edges, found by mutation testing: the options'
 * identity and limits, the exception's messages, the library helpers' common part, the writer's
 * default methods, the codec factories and the registry.
 */
class JsonApiMutationEdgesTest {

  enum Colour {
    RED,
    GREEN
  }

  // --- BengkelJsonOptions

  /** Each wither, changing one setting to 5 (or lenient). */
  private static final List<UnaryOperator<BengkelJsonOptions>> ONE_CHANGE =
      List.of(
          o -> o.withLenient(true),
          o -> o.withMaxNestingDepth(5),
          o -> o.withMaxStringLength(5),
          o -> o.withMaxNameLength(5),
          o -> o.withMaxNumberLength(5),
          o -> o.withMaxDocumentLength(5),
          o -> o.withMaxCollectionSize(5));

  @Test
  void optionsDifferingInOneSettingAreUnequalAndEqualOnesAreEqual() {
    BengkelJsonOptions strict = BengkelJsonOptions.strict();
    Set<BengkelJsonOptions> distinct = new HashSet<>();
    Set<Integer> hashes = new HashSet<>();
    distinct.add(strict);
    hashes.add(strict.hashCode());
    for (UnaryOperator<BengkelJsonOptions> change : ONE_CHANGE) {
      BengkelJsonOptions changed = change.apply(strict);
      assertThat(changed).isNotEqualTo(strict);
      assertThat(strict).isNotEqualTo(changed);
      assertThat(changed).isEqualTo(change.apply(strict));
      assertThat(changed.hashCode()).isEqualTo(change.apply(strict).hashCode());
      distinct.add(changed);
      hashes.add(changed.hashCode());
    }
    assertThat(distinct).hasSize(8);
    // a hash code that ignored the settings would put all eight in one bucket
    assertThat(hashes).hasSizeGreaterThan(1);
    assertThat(strict).isNotEqualTo("strict");
  }

  @Test
  void eachWitherKeepsEveryOtherSetting() {
    BengkelJsonOptions all =
        BengkelJsonOptions.lenient()
            .withMaxNestingDepth(2)
            .withMaxStringLength(3)
            .withMaxNameLength(4)
            .withMaxNumberLength(6)
            .withMaxDocumentLength(7)
            .withMaxCollectionSize(8);
    assertThat(all.toString())
        .isEqualTo(
            "BengkelJsonOptions[lenient, depth=2, string=3, name=4, number=6, document=7,"
                + " collection=8]");
    // re-applying any one setting to its own value changes nothing
    assertThat(all.withLenient(true)).isEqualTo(all);
    assertThat(all.withMaxNestingDepth(2)).isEqualTo(all);
    assertThat(all.withMaxStringLength(3)).isEqualTo(all);
    assertThat(all.withMaxNameLength(4)).isEqualTo(all);
    assertThat(all.withMaxNumberLength(6)).isEqualTo(all);
    assertThat(all.withMaxDocumentLength(7)).isEqualTo(all);
    assertThat(all.withMaxCollectionSize(8)).isEqualTo(all);
    assertThat(BengkelJsonOptions.strict().toString())
        .isEqualTo(
            "BengkelJsonOptions[strict, depth=64, string=100000, name=1000, number=100,"
                + " document=10000000, collection=100000]");
  }

  @Test
  void aLimitOfOneIsTheSmallestAndARefusalNamesTheSetting() {
    BengkelJsonOptions ones =
        BengkelJsonOptions.strict()
            .withMaxNestingDepth(1)
            .withMaxStringLength(1)
            .withMaxNameLength(1)
            .withMaxNumberLength(1)
            .withMaxDocumentLength(1)
            .withMaxCollectionSize(1);
    assertThat(
            List.of(
                ones.maxNestingDepth(),
                ones.maxStringLength(),
                ones.maxNameLength(),
                ones.maxNumberLength(),
                ones.maxCollectionSize()))
        .containsExactly(1, 1, 1, 1, 1);
    assertThat(ones.maxDocumentLength()).isEqualTo(1);
    BengkelJsonOptions s = BengkelJsonOptions.strict();
    assertThatThrownBy(() -> s.withMaxCollectionSize(0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("maxCollectionSize");
              assertThat(e.details()).containsExactly("1", String.valueOf(Integer.MAX_VALUE));
            });
    assertThatThrownBy(() -> s.withMaxDocumentLength(0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo("maxDocumentLength");
              assertThat(e.details()).containsExactly("1", String.valueOf(Long.MAX_VALUE));
            });
  }

  // --- BengkelJsonException

  @Test
  void theReasonIsTheRulesTextWithItsDetails() {
    BengkelJsonException e = BengkelJsonException.of(JsonRule.AMOUNT_OUT_OF_RANGE, "$.total", 1, 2);
    assertThat(e.reason(Locale.ROOT)).isEqualTo("must be a whole number between 1 and 2");
    assertThat(e.getMessage())
        .isEqualTo(
            "JSON $.total: must be a whole number between 1 and 2 [json.amount-out-of-range]");
    assertThat(e.valueError()).isEmpty();
  }

  @Test
  void aWrappedCoreErrorGivesItsOwnReasonAndMessageAndMovesWithItsCause() {
    InvalidValueException core = InvalidValueException.of(CoreRule.OUT_OF_RANGE, "count", 5, 1, 4);
    BengkelJsonException e = BengkelJsonException.wrapping(core, "$.count");
    assertThat(e.reason(Locale.ROOT)).isEqualTo(core.reason(Locale.ROOT)).isNotBlank();
    assertThat(e.reason(Messages.INDONESIAN)).isEqualTo(core.reason(Messages.INDONESIAN));
    assertThat(e.getMessage()).isEqualTo("JSON $.count: " + core.message(Locale.ROOT));
    BengkelJsonException moved = e.at("$.order.count");
    assertThat(moved.path()).isEqualTo("$.order.count");
    assertThat(moved.valueError()).containsSame(core);
    assertThat(moved.ruleCode()).isEqualTo("value.out-of-range");
    assertThat(moved.details()).isEqualTo(e.details());
  }

  @Test
  void aDeserializedErrorStillHasAMessageFromItsCode() throws Exception {
    // the rule object is not serialized: the message falls back to the rule's code
    BengkelJsonException e = BengkelJsonException.of(JsonRule.NULL_VALUE, "$.nip");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    BengkelJsonException back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (BengkelJsonException) in.readObject();
    }
    assertThat(back.path()).isEqualTo("$.nip");
    assertThat(back.getMessage()).isEqualTo("JSON $.nip: json.null-value [json.null-value]");
  }

  // --- JsonHelpers, over the text tokens

  /** The common part of a library's helpers over bengkel's own text tokens. */
  private static final class TextHelpers extends JsonHelpers {
    TextHelpers(BengkelJsonOptions options) {
      super(options);
    }

    @Override
    protected <T> T readValue(String json, Class<T> type, List<String> ignored) {
      JsonReader in =
          JsonReader.of(new TextJson.Tokens(json), JsonPath.ROOT, options(), ignored::add);
      if (in.nextIfNull()) {
        in.endDocument();
        return null; // as a library reads the document "null"
      }
      T value = in.read(TextJson.codec(type));
      in.endDocument();
      return value;
    }

    @Override
    protected String writeValue(Object value) {
      return TextJson.write(value);
    }
  }

  @Test
  void helpersReadTextAndBytesAndReportIgnoredProperties() {
    TextHelpers strict = new TextHelpers(BengkelJsonOptions.strict());
    assertThat(strict.options()).isEqualTo(BengkelJsonOptions.strict());
    assertThat(strict.read("15000", Rupiah.class)).isEqualTo(Rupiah.of(15000));
    assertThat(strict.read("15000".getBytes(StandardCharsets.UTF_8), Rupiah.class))
        .isEqualTo(Rupiah.of(15000));
    assertThat(strict.write(Rupiah.of(2500))).isEqualTo("2500");
    assertThatThrownBy(() -> strict.write(null)).isInstanceOf(MissingValueException.class);

    Officer officer = Officer.of(Nip.parse("199001012015032001"), "Siti Rahma");
    String json = strict.write(officer);
    String withExtra = "{\"extra\":[1]," + json.substring(1);
    TextHelpers lenient = new TextHelpers(BengkelJsonOptions.lenient());
    JsonReadResult<Officer> read = lenient.readReporting(withExtra, Officer.class);
    assertThat(read.value()).isEqualTo(officer);
    assertThat(read.ignoredProperties()).containsExactly("$.extra");
    assertThatThrownBy(() -> strict.read(withExtra, Officer.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.unknown-property"));
  }

  @Test
  void helpersRefuseANullDocumentAndTooLongOnes() {
    TextHelpers strict = new TextHelpers(BengkelJsonOptions.strict());
    assertThatThrownBy(() -> strict.read("null", Rupiah.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.null-value");
              assertThat(e.path()).isEqualTo("$");
            });
    TextHelpers four = new TextHelpers(BengkelJsonOptions.strict().withMaxDocumentLength(4));
    assertThat(four.read("1234", Rupiah.class)).isEqualTo(Rupiah.of(1234));
    for (Runnable tooLong :
        List.<Runnable>of(
            () -> four.read("12345", Rupiah.class),
            () -> four.read("12345".getBytes(StandardCharsets.UTF_8), Rupiah.class))) {
      assertThatThrownBy(tooLong::run)
          .isInstanceOfSatisfying(
              BengkelJsonException.class,
              e -> {
                assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded");
                assertThat(e.details()).containsExactly("document length 4");
              });
    }
  }

  @Test
  void bytesThatAreNoUtf8AreMalformed() {
    byte[] broken = {'"', (byte) 0xC3, '(', '"'};
    assertThatThrownBy(() -> JsonText.decodeUtf8(broken, BengkelJsonOptions.strict()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.malformed");
              assertThat(e.path()).isEqualTo("$");
              assertThat(e.details()).containsExactly("invalid UTF-8");
            });
    assertThat(
            JsonText.decodeUtf8(
                "\"Dapur Ā\"".getBytes(StandardCharsets.UTF_8), BengkelJsonOptions.strict()))
        .isEqualTo("\"Dapur Ā\"");
  }

  // --- JsonWriter's default methods

  @Test
  void theWritersDefaultMethodsWriteNamesDateTimesAndValues() {
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    JsonReader.PropertyNames names = JsonReader.PropertyNames.of("at", "nip");
    assertThat(out.beginObject().name(names, 0)).isSameAs(out);
    out.dateTime(LocalDateTime.of(2026, 11, 2, 14, 30));
    out.name(names, 1);
    assertThat(out.value(FacilityCodecs.NIP, Nip.parse("199001012015032001"))).isSameAs(out);
    out.name("later").dateTime(LocalDateTime.of(2026, 11, 2, 14, 30, 5, 250_000_000));
    out.endObject();
    assertThat(out.toString())
        .isEqualTo(
            "{\"at\":\"2026-11-02T14:30:00\",\"nip\":\"199001012015032001\","
                + "\"later\":\"2026-11-02T14:30:05.25\"}");
  }

  // --- Codec's factories

  @Test
  void aStringCodecReadsWritesAndDescribesItsType() {
    JsonSchema nipSchema = JsonSchema.pattern("[0-9]{18}", 18);
    Codec<Nip> withSchema = Codec.ofString(Nip.class, Nip::parse, Nip::toString, nipSchema);
    assertThat(withSchema.type()).isEqualTo(Nip.class);
    assertThat(withSchema.schema()).containsSame(nipSchema);
    assertThat(withSchema.toString()).isEqualTo("Codec[Nip as string]");
    assertThat(TextJson.reader("\"199001012015032001\"").read(withSchema))
        .isEqualTo(Nip.parse("199001012015032001"));
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    withSchema.write(Nip.parse("199001012015032001"), out);
    assertThat(out.toString()).isEqualTo("\"199001012015032001\"");
    Codec<Nip> plain = Codec.ofString(Nip.class, Nip::parse, Nip::toString);
    assertThat(plain.schema().map(Object::toString)).contains(JsonSchema.string().toString());
  }

  @Test
  void aConstantCodecReadsWritesAndDescribesItsConstants() {
    Codec<Colour> colours = Codec.ofEnum(Colour.class);
    assertThat(colours.type()).isEqualTo(Colour.class);
    assertThat(colours.toString()).isEqualTo("Codec[Colour as constant name]");
    assertThat(colours.schema().map(Object::toString))
        .contains(JsonSchema.constants(Colour.class).toString());
    assertThat(TextJson.reader("\"GREEN\"").read(colours)).isEqualTo(Colour.GREEN);
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    colours.write(Colour.RED, out);
    assertThat(out.toString()).isEqualTo("\"RED\"");
  }

  // --- Codecs, the registry

  @Test
  void theRegistryFindsACodecThroughTheGeneratedSubclass() {
    Officer officer = Officer.of(Nip.parse("199001012015032001"), "Siti Rahma");
    Class<? extends Officer> generated = officer.getClass();
    assertThat(generated).isNotEqualTo(Officer.class);
    assertThat(Codecs.find(generated)).isEmpty();
    assertThat(Codecs.findFor(generated)).containsSame(FacilityCodecs.OFFICER);
    assertThat(Codecs.findFor(Officer.class)).containsSame(FacilityCodecs.OFFICER);
    assertThat(Codecs.find(Officer.class)).containsSame(FacilityCodecs.OFFICER);
    assertThat(Codecs.all()).contains(FacilityCodecs.OFFICER);
  }

  @Test
  void theRegistryIndexRefusesTwoCodecsOfOneType() {
    Codec<Colour> one = Codec.ofEnum(Colour.class);
    Codec<Colour> two = Codec.ofEnum(Colour.class);
    assertThatThrownBy(() -> Codecs.index(List.of(one, FacilityCodecs.NIP, two)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two codecs for " + Colour.class.getName());
    assertThat(Codecs.index(List.of(one, FacilityCodecs.NIP)))
        .containsExactly(
            java.util.Map.entry(Colour.class, one),
            java.util.Map.entry(Nip.class, FacilityCodecs.NIP));
    assertThat(Codecs.concat(List.of(List.of(one), List.of(), List.of(FacilityCodecs.NIP, two))))
        .containsExactly(one, FacilityCodecs.NIP, two);
  }

  @Test
  void readResultsDifferInValueOrInIgnoredPaths() {
    JsonReadResult<Rupiah> r = JsonReadResult.of(Rupiah.of(1), List.of("$.x"));
    assertThat(r).isNotEqualTo(JsonReadResult.of(Rupiah.of(1), List.of("$.y")));
    assertThat(r).isNotEqualTo(JsonReadResult.of(Rupiah.of(2), List.of("$.x")));
    assertThat(r).isNotEqualTo(Rupiah.of(1));
    assertThat(r.toString()).isEqualTo("JsonReadResult[" + Rupiah.of(1) + ", ignored=[$.x]]");
    assertThat(r.hashCode())
        .isNotEqualTo(JsonReadResult.of(Rupiah.of(2), List.of("$.x")).hashCode())
        .isNotEqualTo(JsonReadResult.of(Rupiah.of(1), List.of("$.y")).hashCode());
  }
}
