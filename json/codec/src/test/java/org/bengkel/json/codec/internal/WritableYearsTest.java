package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bengkel.json.contract.TextJson.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.junit.jupiter.api.Test;

/**
 * A date, date-time, instant or year outside RFC 3339's years 0001 to 9999, which core's JDK types
 * hold but no reader reads, is refused when written ({@code json.malformed-date} at {@code $},
 * without the value), never written as a document that cannot be read back; the years at both ends
 * are written.
 */
class WritableYearsTest {

  private static <T> void refused(Codec<T> codec, T value, String notation) {
    BengkelJsonException e =
        catchThrowableOfType(BengkelJsonException.class, () -> write(codec, value));
    assertThat(e).as("%s", value).isNotNull();
    assertThat(e.ruleCode()).isEqualTo("json.malformed-date");
    assertThat(e.path()).isEqualTo("$");
    // the message names the notation of what was written, not the date, which may be a sentence's
    assertThat(e.details()).containsExactly(notation);
  }

  @Test
  void aYearBeyondRfc3339IsRefusedOnWriting() {
    refused(Scalars.DATE, LocalDate.of(10_000, 2, 29), JsonReader.DATE_NOTATION);
    refused(Scalars.DATE, LocalDate.of(0, 1, 1), JsonReader.DATE_NOTATION);
    refused(Scalars.DATE, LocalDate.MIN, JsonReader.DATE_NOTATION);
    refused(Scalars.DATE_TIME, LocalDateTime.of(10_000, 1, 1, 0, 0), JsonReader.DATE_TIME_NOTATION);
    refused(Scalars.YEAR, Year.of(0), "yyyy");
    refused(Scalars.YEAR, Year.of(10_000), "yyyy");
    refused(StampFields.AT, Instant.parse("+10000-01-01T00:00:00Z"), JsonReader.INSTANT_NOTATION);
    refused(StampFields.AT, LocalDateTime.of(-1, 1, 1, 0, 0), JsonReader.DATE_TIME_NOTATION);
  }

  @Test
  void theYearsAtBothEndsAreWritten() {
    assertThat(write(Scalars.DATE, LocalDate.of(1, 1, 1))).isEqualTo("\"0001-01-01\"");
    assertThat(write(Scalars.DATE, LocalDate.of(9999, 12, 31))).isEqualTo("\"9999-12-31\"");
    assertThat(write(Scalars.YEAR, Year.of(9999))).isEqualTo("9999");
    assertThat(write(StampFields.AT, Instant.parse("9999-12-31T23:59:59Z")))
        .isEqualTo("\"9999-12-31T23:59:59Z\"");
  }
}
