package org.bengkel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.bengkel.catalog.Partner;
import org.bengkel.error.Messages;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.Rupiah;
import org.bengkel.trainee.Sentence;
import org.junit.jupiter.api.Test;

/** Rule codes and their messages in English and Indonesian. */
class JsonRuleTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = JsonRule.class.getResourceAsStream(name)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void everyRuleHasAnEnglishAndAnIndonesianMessage() throws IOException {
    Properties en = bundle("messages.properties");
    Properties id = bundle("messages_id.properties");
    // the Indonesian bundle also holds the phrases of a wrong type's details, keyed by the English
    id.keySet().removeIf(k -> k.toString().startsWith("phrase."));
    assertThat(id.keySet()).isEqualTo(en.keySet());
    for (JsonRule rule : JsonRule.values()) {
      assertThat(rule.code()).startsWith("json.");
      assertThat(en).containsKey(rule.code());
      assertThat(rule.pattern(Locale.ENGLISH)).isEqualTo(en.getProperty(rule.code()));
      assertThat(rule.pattern(Messages.INDONESIAN)).isEqualTo(id.getProperty(rule.code()));
    }
  }

  @Test
  void messageNamesThePathAndTheRuleInBothLanguages() {
    BengkelJsonException e = BengkelJsonException.of(JsonRule.UNKNOWN_PROPERTY, "$.rank", "rank");
    assertThat(e.getMessage())
        .isEqualTo(
            "JSON $.rank: the property 'rank' is not part of the format [json.unknown-property]");
    assertThat(e.message(Messages.INDONESIAN))
        .isEqualTo("JSON $.rank: properti 'rank' bukan bagian dari format [json.unknown-property]");
    assertThat(e.valueError()).isEmpty();
    assertThat(e.at("$.x").path()).isEqualTo("$.x");
  }

  @Test
  void severalMissingPropertiesAreNamedWithTheLanguagesGrammar() {
    BengkelJsonException two =
        BengkelJsonException.of(JsonRule.MISSING_PROPERTY, "$.nip", "nip, name");
    assertThat(two.getMessage())
        .isEqualTo(
            "JSON $.nip: the required properties 'nip' and 'name' are missing"
                + " [json.missing-property]");
    assertThat(two.reason(Messages.INDONESIAN))
        .isEqualTo("properti wajib 'nip' dan 'name' tidak ada");
    assertThat(two.details()).containsExactly("nip, name");
    assertThat(
            BengkelJsonException.of(JsonRule.MISSING_PROPERTY, "$.a", "a,b,c").reason(Locale.ROOT))
        .isEqualTo("the required properties 'a', 'b' and 'c' are missing");
    assertThat(BengkelJsonException.of(JsonRule.MISSING_PROPERTY, "$.nip", "nip").getMessage())
        .isEqualTo("JSON $.nip: the required property 'nip' is missing [json.missing-property]");
    // only a missing property's one detail is a list of names
    assertThat(
            BengkelJsonException.of(JsonRule.UNKNOWN_CONSTANT, "$.unit", "JAR, KILOGRAM")
                .reason(Locale.ROOT))
        .isEqualTo("must be one of JAR, KILOGRAM");
    assertThat(
            BengkelJsonException.of(JsonRule.MISSING_PROPERTY, "$.a", "a, b", "c")
                .reason(Locale.ROOT))
        .isEqualTo("the required property 'a, b' is missing");
  }

  @Test
  void aWrongTypeIsSaidInTheReadersLanguage() {
    // Each was "harus a string, ditemukan a number": the expected and the found kind stayed English
    for (JsonToken t : JsonToken.values()) {
      if (t != JsonToken.NULL) {
        assertThat(BengkelJsonException.phrase(t.description(), Messages.INDONESIAN))
            .as(t.name())
            .isNotEqualTo(t.description());
      }
    }
    // every phrase is kept whole in an error's details, where a longer one was cut ("shorter than
    // 1000000000...") and then found no translation
    Properties id;
    try {
      id = bundle("messages_id.properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Object key : id.keySet()) {
      if (key.toString().startsWith("phrase.")) {
        String english = key.toString().substring("phrase.".length());
        assertThat(BengkelJsonException.of(JsonRule.WRONG_TYPE, "$", english, "x").details())
            .startsWith(english);
      }
    }
    // what the Jackson modules and the byte readers say for malformed input, through the same
    // lookup as every detail of these rules
    for (String english :
        new String[] {
          "line 3, column 17",
          "empty document",
          "unexpected end of input",
          "invalid UTF-8",
          "another type",
          "document length 10000000"
        }) {
      assertThat(BengkelJsonException.phrase(english, Messages.INDONESIAN))
          .as(english)
          .isNotEqualTo(english)
          .doesNotContain("line")
          .doesNotContain("length");
      assertThat(BengkelJsonException.phrase(english, Locale.ROOT)).isEqualTo(english);
    }
    assertThat(BengkelJsonException.phrase("line 3, column 17", Messages.INDONESIAN))
        .isEqualTo("baris 3, kolom 17");
    Object[][] wrong = {
      {TextJson.codec(Officer.class), "[]"},
      {TextJson.codec(Officer.class), "{\"nip\":198503152010121002,\"name\":\"Siti\"}"},
      {TextJson.codec(Officer.class), "{\"nip\":\"198503152010121002\",\"name\":true}"},
      {TextJson.codec(Rupiah.class), "\"1000\""},
      {TextJson.codec(Partner.class), "{\"code\":\"TOKO\",\"name\":\"Toko\",\"roles\":{}}"},
      {CodecSupport.DURATION, "\"six hours\""},
      // json.malformed and json.limit-exceeded: their details are fixed phrases too, numbers in
      // them
      {TextJson.codec(Partner.class), "{\"roles\":" + "[".repeat(2000) + "]".repeat(2000) + "}"},
      {
        TextJson.codec(Sentence.class),
        "{\"kind\":\"IMPRISONMENT\",\"length\":\"two years\","
            + "\"firstDayOfDetention\":\"2024-01-02\"}"
      },
    };
    for (Object[] c : wrong) {
      @SuppressWarnings("unchecked")
      Codec<Object> codec = (Codec<Object>) c[0];
      String json = (String) c[1];
      assertThatThrownBy(() -> TextJson.read(codec, json))
          .as(json)
          .isInstanceOfSatisfying(
              BengkelJsonException.class,
              e -> {
                assertThat(e.ruleCode())
                    .isIn("json.wrong-type", "json.malformed", "json.limit-exceeded");
                String indonesian = e.message(Messages.INDONESIAN);
                for (String detail : e.details()) {
                  assertThat(indonesian).as(json).doesNotContain(detail);
                  assertThat(e.getMessage()).contains(detail);
                }
              });
    }
  }

  @Test
  void wrappedCoreErrorKeepsItsRuleAndMessage() {
    assertThatThrownBy(() -> TextJson.reader("\"198513152010121002\"").read(FacilityCodecs.NIP))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("facility.nip.birth-date");
              assertThat(e.valueError()).isPresent();
              assertThat(e.message(Messages.INDONESIAN)).startsWith("JSON $: ");
            });
  }

  @Test
  void longDetailsAreShortened() {
    BengkelJsonException e =
        BengkelJsonException.of(JsonRule.UNKNOWN_PROPERTY, "$", "x".repeat(1000));
    assertThat(e.details().get(0)).hasSize(64).endsWith("...");
  }

  @Test
  void registryFindsCodecsByTypeAndSuperclass() {
    assertThat(Codecs.of(Rupiah.class).type()).isEqualTo(Rupiah.class);
    assertThat(Codecs.find(String.class)).isEmpty();
    assertThat(Codecs.findFor(String.class)).isEmpty();
    assertThatThrownBy(() -> Codecs.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Codecs.of(Nip.class).toString()).contains("Nip");
    assertThat(Codecs.of(org.bengkel.pricing.Channel.class).toString()).contains("Channel");
  }

  @Test
  void readResultHoldsValueAndIgnoredPaths() {
    JsonReadResult<Rupiah> r = JsonReadResult.of(Rupiah.of(1), java.util.List.of("$.x"));
    assertThat(r).isEqualTo(JsonReadResult.of(Rupiah.of(1), java.util.List.of("$.x")));
    assertThat(r.hashCode())
        .isEqualTo(JsonReadResult.of(Rupiah.of(1), java.util.List.of("$.x")).hashCode());
    assertThat(r).isNotEqualTo(JsonReadResult.of(Rupiah.of(2), java.util.List.of("$.x")));
    assertThat(r.toString()).contains("$.x");
  }

  @Test
  void writerHelpersWriteDatesConstantsAndNulls() {
    TextJson.CompactWriter out = new TextJson.CompactWriter();
    out.beginArray()
        .date(java.time.LocalDate.of(2026, 10, 17))
        .constant(java.math.RoundingMode.UP)
        .nullValue()
        .bool(true)
        .endArray();
    assertThat(out.toString()).isEqualTo("[\"2026-10-17\",\"UP\",null,true]");
  }
}
