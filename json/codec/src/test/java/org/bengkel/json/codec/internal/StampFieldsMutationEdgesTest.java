package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.refusal;
import static org.bengkel.json.contract.TextJson.write;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A stamp's three properties on a test-only type declared here, and the instant's forms read
 * directly: the format's own declarations are built once per JVM, before mutation testing.
 */
class StampFieldsMutationEdgesTest {

  /** A test-only entry (<i>catatan</i>) with a stamp and, in older documents, who made it. */
  record Entry(String what, Stamp stamp) {}

  /** The entry's other properties, given to the draft's builder. */
  static final class Draft {
    @Nullable String what;
    @Nullable Actor by;
  }

  private static final Actor CLOCK = Actor.system("clock");
  private static final Actor DESK = Actor.system("desk");

  private static ObjectCodec.Builder<Entry, StampFields<Draft>> entry(boolean byLegacy) {
    return ObjectCodec.<Entry, StampFields<Draft>>builder(
            Entry.class,
            () -> new StampFields<>(new Draft()),
            d ->
                new Entry(
                    JsonReader.required(d.builder().what, "what"),
                    byLegacy ? d.stamp(d.builder().by) : d.stamp()))
        .required("what", Scalars.TEXT, Entry::what, (d, v) -> d.builder().what = v);
  }

  private static Codec<Entry> stamped() {
    return StampFields.declare(entry(false), Entry::stamp).build();
  }

  private static Codec<Entry> dated() {
    return StampFields.declareAfterDate(entry(false), Entry::stamp).build();
  }

  private static Codec<Entry> signed() {
    return StampFields.declare(entry(true), Entry::stamp)
        .legacy("by", StampFields.ACTOR, (d, v) -> d.builder().by = v)
        .build();
  }

  private static final Instant AT = Instant.parse("2026-10-12T02:14:00Z");

  @Test
  void aStampIsWrittenFlatAndReadBack() {
    Entry e = new Entry("x", Stamp.of(CLOCK, AT, TimeZoneName.WITA));
    String json =
        "{\"what\":\"x\",\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WITA\",\"actor\":\"system:clock\"}";
    assertThat(write(stamped(), e)).isEqualTo(json);
    assertThat(read(stamped(), json)).isEqualTo(e);
  }

  @Test
  void aLocalTimeOfAnOlderDocumentIsWibByTheImportUnlessGiven() {
    // 10:15 WIB is 03:15 UTC
    assertThat(read(stamped(), "{\"what\":\"x\",\"at\":\"2026-11-05T10:15:00\"}").stamp())
        .isEqualTo(
            Stamp.of(
                StampFields.LEGACY_ACTOR, Instant.parse("2026-11-05T03:15:00Z"), TimeZoneName.WIB));
    // 10:15 WITA is 02:15 UTC
    assertThat(
            read(
                    stamped(),
                    "{\"what\":\"x\",\"at\":\"2026-11-05T10:15:00\",\"zone\":\"WITA\","
                        + "\"actor\":\"system:desk\"}")
                .stamp())
        .isEqualTo(Stamp.of(DESK, Instant.parse("2026-11-05T02:15:00Z"), TimeZoneName.WITA));
  }

  @Test
  void anInstantNeedsItsZoneAndActor() {
    refusal(
        () -> read(stamped(), "{\"what\":\"x\",\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WIB\"}"),
        "json.missing-property",
        "$.actor");
    refusal(
        () ->
            read(
                stamped(),
                "{\"what\":\"x\",\"at\":\"2026-10-12T02:14:00Z\",\"actor\":\"system:desk\"}"),
        "json.missing-property",
        "$.zone");
    refusal(
        () -> read(stamped(), "{\"what\":\"x\",\"zone\":\"WIB\",\"actor\":\"system:desk\"}"),
        "json.missing-property",
        "$.at");
  }

  @Test
  void theStampOfItsPartsChecksWhatAnInstantNeeds() {
    LocalDateTime local = LocalDateTime.of(2026, 11, 5, 10, 15);
    assertThat(StampFields.stamp(local, null, null))
        .isEqualTo(Stamp.ofLocal(StampFields.LEGACY_ACTOR, local, TimeZoneName.WIB));
    assertThat(StampFields.stamp(local, TimeZoneName.WIT, DESK))
        .isEqualTo(Stamp.ofLocal(DESK, local, TimeZoneName.WIT));
    assertThat(StampFields.stamp(AT, TimeZoneName.WIT, DESK))
        .isEqualTo(Stamp.of(DESK, AT, TimeZoneName.WIT));
    assertThatThrownBy(() -> StampFields.stamp(AT, TimeZoneName.WIT, null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("actor"));
    assertThatThrownBy(() -> StampFields.stamp(AT, null, DESK))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("zone"));
    assertThatThrownBy(() -> StampFields.stamp(null, TimeZoneName.WIT, DESK))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("at"));
  }

  @Test
  void theActorAnOlderDocumentNamedStandsInForTheImport() {
    String local = "{\"what\":\"x\",\"at\":\"2026-11-05T10:15:00\"";
    assertThat(read(signed(), local + ",\"by\":\"system:desk\"}").stamp().actor()).isEqualTo(DESK);
    assertThat(
            read(signed(), local + ",\"actor\":\"system:clock\",\"by\":\"system:desk\"}")
                .stamp()
                .actor())
        .isEqualTo(CLOCK);
    assertThat(read(signed(), local + "}").stamp().actor()).isEqualTo(StampFields.LEGACY_ACTOR);
    // the legacy actor is not written
    Entry e = new Entry("x", Stamp.of(DESK, AT, TimeZoneName.WIB));
    assertThat(write(signed(), e))
        .isEqualTo(
            "{\"what\":\"x\",\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WIB\","
                + "\"actor\":\"system:desk\"}");
    assertThat(read(signed(), write(signed(), e))).isEqualTo(e);
  }

  @Test
  void aDayOfAnOlderDocumentIsItsStartWibAndMustBeTheStampsDay() {
    // 02:14 UTC on 12 October is 10:14 WITA the same day
    Entry e = new Entry("x", Stamp.of(CLOCK, AT, TimeZoneName.WITA));
    String json =
        "{\"what\":\"x\",\"date\":\"2026-10-12\",\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WITA\","
            + "\"actor\":\"system:clock\"}";
    assertThat(write(dated(), e)).isEqualTo(json);
    assertThat(read(dated(), json)).isEqualTo(e);
    // the day alone: 00:00 WIB is 17:00 UTC the day before
    assertThat(read(dated(), "{\"what\":\"x\",\"date\":\"2026-10-12\"}").stamp())
        .isEqualTo(
            Stamp.of(
                StampFields.LEGACY_ACTOR, Instant.parse("2026-10-11T17:00:00Z"), TimeZoneName.WIB));
    // a day that is not the stamp's
    BengkelJsonException wrong =
        refusal(
            () ->
                read(
                    dated(),
                    "{\"what\":\"x\",\"date\":\"2026-10-13\",\"at\":\"2026-10-12T02:14:00Z\","
                        + "\"zone\":\"WITA\",\"actor\":\"system:clock\"}"),
            "value.malformed",
            "$.date");
    assertThat(wrong.details()).containsExactly("2026-10-12");
    // neither day nor time
    refusal(() -> read(dated(), "{\"what\":\"x\"}"), "json.missing-property", "$.actor");
  }

  private static Temporal at(String text) {
    return read(StampFields.AT, "\"" + text + "\"");
  }

  private static void notATime(String text) {
    refusal(() -> at(text), "json.malformed-date", "$");
  }

  @Test
  void anInstantIsInUtcWithAnUpperCaseZ() {
    assertThat(at("2026-10-12T02:14:00Z")).isEqualTo(AT);
    assertThat(at("2026-10-12T02:14:00.5Z")).isEqualTo(Instant.parse("2026-10-12T02:14:00.5Z"));
    assertThat(write(StampFields.AT, AT)).isEqualTo("\"2026-10-12T02:14:00Z\"");
    notATime("2026-10-12t02:14:00Z");
    notATime("2026-10-12T02:14:00.Z");
    notATime("+12026-10-12T02:14:00Z");
    notATime("-12026-10-12T02:14:00Z");
    notATime("2026-02-30T02:14:00Z");
    notATime("Z");
  }

  /**
   * The reader accepts a text exactly when the schema's pattern does, but for the calendar (30
   * February), which a pattern cannot know: {@code Instant.parse} alone would read {@code
   * 24:00:00Z} and a leap second, and a schema that allowed an instant without seconds promised
   * what the reader refused.
   */
  @Test
  void theReaderAcceptsExactlyWhatTheSchemasPatternAccepts() {
    java.util.regex.Pattern schema = java.util.regex.Pattern.compile(StampFields.AT_FORM);
    for (String text :
        List.of(
            "2026-10-12T02:14:00Z",
            "2026-10-12T02:14:00.123456789Z",
            "2026-10-12T02:14:00.1234567890Z",
            "2026-10-12T02:14Z",
            "2026-10-12T23:59:60Z",
            "2026-10-12T24:00:00Z",
            "2026-10-12T02:14:60Z",
            "2026-10-12T2:14:00Z",
            "2026-10-12T02:14",
            "2026-10-12T02:14:59.5",
            "2026-10-12T02:14:60",
            "2026-10-12T24:00",
            "2026-10-12 02:14:00Z",
            "0000-10-12T02:14:00Z",
            "0001-10-12T02:14:00Z",
            "0000-10-12T02:14")) {
      boolean read;
      try {
        at(text);
        read = true;
      } catch (BengkelJsonException e) {
        assertThat(e.ruleCode()).isEqualTo("json.malformed-date");
        read = false;
      }
      assertThat(read).as(text).isEqualTo(schema.matcher(text).matches());
    }
    notATime("2026-10-12T02:14Z");
    notATime("2026-10-12T23:59:60Z");
    notATime("2026-10-12T24:00:00Z");
    notATime("0000-10-12T02:14:00Z");
    assertThat(at("2026-10-12T02:14:59.5"))
        .isEqualTo(LocalDateTime.of(2026, 10, 12, 2, 14, 59, 500_000_000));
  }

  /**
   * The usual form of an instant is read without the schema's pattern: it must take exactly the
   * texts of that form that the pattern and {@code Instant.parse} take, with the same instant. Each
   * field at and just beyond its bounds, the calendar's ends of February, and the year 0000.
   */
  @Test
  void theUsualInstantIsReadExactlyAsThePatternAndInstantParseRead() {
    java.util.regex.Pattern schema = java.util.regex.Pattern.compile(StampFields.AT_FORM);
    List<String> years = List.of("0000", "0001", "2024", "2026", "9999");
    List<String> monthsAndDays =
        List.of("00-10", "01-00", "01-01", "01-31", "02-28", "02-29", "02-30", "04-30", "04-31");
    List<String> more = List.of("12-31", "13-01", "19-12", "09-32", "10-40");
    List<String> times = List.of("00:00:00", "23:59:59", "24:00:00", "23:60:00", "23:59:60");
    int read = 0;
    for (String year : years) {
      for (String day :
          java.util.stream.Stream.concat(monthsAndDays.stream(), more.stream()).toList()) {
        for (String time : times) {
          String text = year + "-" + day + "T" + time + "Z";
          Instant expected = null;
          if (schema.matcher(text).matches()) {
            try {
              expected = Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
              // the calendar refuses it
            }
          }
          assertThat(StampFields.usualInstant(text)).as(text).isEqualTo(expected);
          if (expected == null) {
            notATime(text);
          } else {
            assertThat(at(text)).as(text).isEqualTo(expected);
            read++;
          }
        }
      }
    }
    assertThat(read).isGreaterThan(30);
    assertThat(StampFields.usualInstant("2026-10-12T02:14:00.5Z")).isNull();
    assertThat(StampFields.usualInstant("2026-10-12T02:14:00z")).isNull();
    assertThat(StampFields.usualInstant("2026-10-12T02:14:00")).isNull();
  }

  @Test
  void aLocalTimeHasFourDigitsOfAYearFromOne() {
    assertThat(at("2026-11-05T10:15:00")).isEqualTo(LocalDateTime.of(2026, 11, 5, 10, 15));
    assertThat(at("2026-11-05T10:15")).isEqualTo(LocalDateTime.of(2026, 11, 5, 10, 15));
    assertThat(at("0001-11-05T10:15:00.25"))
        .isEqualTo(LocalDateTime.of(1, 11, 5, 10, 15, 0, 250_000_000));
    assertThat(write(StampFields.AT, LocalDateTime.of(2026, 11, 5, 10, 15)))
        .isEqualTo("\"2026-11-05T10:15\"");
    notATime("2026-11-05t10:15:00");
    notATime("2026-11-05T10:15:00.");
    notATime("");
    notATime("+12026-11-05T10:15:00");
    notATime("-12026-11-05T10:15:00");
    notATime("0000-11-05T10:15:00");
    notATime("2026-11-05T10:15:00+07:00");
  }
}
