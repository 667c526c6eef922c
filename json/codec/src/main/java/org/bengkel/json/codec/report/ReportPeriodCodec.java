package org.bengkel.json.codec.report;

import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.report.ReportPeriod;

/** {@link ReportPeriod} as {@code {"firstDay","lastDay"}}. */
final class ReportPeriodCodec implements Codec<ReportPeriod> {

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
    return Paths.build(in, "", b::build);
  }
}
