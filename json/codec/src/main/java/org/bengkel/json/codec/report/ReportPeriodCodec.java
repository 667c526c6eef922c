package org.bengkel.json.codec.report;

import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.Optional;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.report.ReportPeriod;

/** {@link ReportPeriod} as {@code {"firstDay","lastDay"}}. */
final class ReportPeriodCodec implements Codec<ReportPeriod> {

  // "format" is only an annotation to validators by default: the pattern refuses what is not an
  // ISO date at all; a day past its month's end (2026-11-31) is left to the reader.
  private static final JsonSchema DATE =
      JsonSchema.date()
          .with("pattern", "^[+-]?[0-9]{4,9}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$");

  @Override
  public Class<ReportPeriod> type() {
    return ReportPeriod.class;
  }

  @Override
  public void write(ReportPeriod value, JsonWriter out) {
    out.beginObject();
    out.name("firstDay").date(value.firstDay());
    out.name("lastDay").date(value.lastDay());
    out.endObject();
  }

  @Override
  public Optional<JsonSchema> schema() {
    return Optional.of(
        JsonSchema.object(
                required("firstDay", DATE),
                required("lastDay", DATE))
            .describedAs("A report period (periode laporan), both days inclusive; the reader checks"
                + " that lastDay is not before firstDay"));
  }

  @Override
  public ReportPeriod read(JsonReader in) {
    ReportPeriod.Builder b = ReportPeriod.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "firstDay" -> b.firstDay(in.nextDate());
        case "lastDay" -> b.lastDay(in.nextDate());
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, ReportPeriod.Builder::build);
  }
}
