package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.refusal;

import java.time.LocalTime;
import java.util.Locale;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonReader;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.contract.TextJson;
import org.junit.jupiter.api.Test;

/**
 * A date, date-time, instant or time of day that is not written as the format says is refused with
 * {@code json.malformed-date}, and the error names the notation the property expects: a foreign
 * developer told "yyyy-MM-dd" for an instant would send a date and fail again.
 */
class DateNotationsTest {

  private static final String SESSION =
      "{\"programme\":\"KULINER-2026\",\"date\":\"2026-11-02\",\"start\":%s,\"end\":\"12:00\"}";

  private static final String WORK =
      "{\"trainee\":\"B.I-0412/2024\",\"date\":\"2026-11-02\",\"start\":%s,\"end\":\"12:00:00\"}";

  private static void expects(Runnable read, String path, String notation) {
    BengkelJsonException e = refusal(read, "json.malformed-date", path);
    assertThat(e.details()).containsExactly(notation);
    assertThat(e.message(Locale.ENGLISH))
        .contains("must be written in the ISO-8601 form " + notation);
    assertThat(e.message(Locale.forLanguageTag("id")))
        .contains("harus ditulis dalam bentuk ISO-8601 " + notation);
  }

  @Test
  void eachKindOfValueNamesItsOwnNotation() {
    expects(() -> TextJson.reader("\"17-10-2026\"").nextDate(), "$", JsonReader.DATE_NOTATION);
    expects(
        () -> TextJson.reader("\"2026-11-02T14:30+07:00\"").nextDateTime(),
        "$",
        JsonReader.DATE_TIME_NOTATION);
    expects(
        () -> read(StampFields.AT, "\"2026-11-02T14:30:00+07:00\""),
        "$",
        JsonReader.INSTANT_NOTATION);
    startsRefused("\"8:00\"", "\"08:00+07:00\"");
  }

  // a session's and a work interval's start, each refused with the time of day's notation
  private static void startsRefused(String sessionStart, String workStart) {
    expects(
        () -> read(ProgrammeCodecs.SESSION, SESSION.formatted(sessionStart)),
        "$.start",
        JsonReader.TIME_NOTATION);
    expects(
        () -> read(ProductionCodecs.WORK_INTERVAL, WORK.formatted(workStart)),
        "$.start",
        JsonReader.TIME_NOTATION);
  }

  @Test
  void aTimeOfDayHasOneToNineDigitsAfterItsPointAsTheSchemaSays() {
    // The JDK's ISO_LOCAL_TIME also reads "13:00:00." (a point without digits); the format, its
    // schema and the date-times do not.
    startsRefused("\"13:00:00.\"", "\"08:00:00.\"");
    assertThat(read(ProgrammeCodecs.SESSION, SESSION.formatted("\"08:00:00.5\"")).start())
        .isEqualTo(LocalTime.of(8, 0, 0, 500_000_000));
    assertThat(CodecSupport.TIME_FORM).doesNotContain("{0,");
  }
}
