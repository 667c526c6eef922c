package org.bengkel.json.codec.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Stamp} written flat into the object that carries it, as three properties:
 * {@code "at"} the instant in UTC ({@code "2026-10-12T02:14:00Z"}), {@code "zone"} the facility's
 * zone ({@code "WIB"}) and {@code "actor"} ({@code "officer:198503122010121001"} or
 * {@code "system:import"}).
 *
 * <p>Documents written before stamps existed carry {@code "at"} as a local date-time
 * ({@code "2026-11-05T10:15:00"}, no {@code Z}) and neither zone nor actor: such a time is read as
 * WIB local time and the actor as {@link #LEGACY_ACTOR}, unless the document gives them. An
 * instant ({@code Z}) needs both. One reader per object being read; not thread-safe. Not exported.
 */
public final class StampFields {

  /** Who recorded a change read from a document older than stamps. */
  public static final Actor LEGACY_ACTOR = Actor.system("import");

  /**
   * An instant as {@link Instant#toString()} writes it (UTC, {@code Z}, seconds and fraction
   * optional), or, in older documents, a local date-time without {@code Z}.
   */
  public static final JsonSchema INSTANT =
      JsonSchema.pattern(
              "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                  + "T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?Z?",
              40)
          .describedAs("An ISO-8601 instant in UTC such as 2026-10-12T02:14:00Z (older documents:"
              + " a WIB local date-time without Z); the calendar is checked by the reader");

  /** The time zone of the facility: {@code WIB}, {@code WITA} or {@code WIT}. */
  public static final JsonSchema ZONE = JsonSchema.constants(TimeZoneName.class);

  /** An actor as {@link Actor#toString()} writes it. */
  public static final JsonSchema ACTOR =
      JsonSchema.pattern("(officer:[0-9]{18}|system:[a-z][a-z0-9]*(-[a-z0-9]+)*)", 47)
          .describedAs("Who made the change: officer:<NIP> or system:<name>");

  private @Nullable Instant at;
  private @Nullable LocalDateTime local;
  private @Nullable TimeZoneName zone;
  private @Nullable Actor actor;

  /**
   * Writes the three properties.
   *
   * @param stamp the stamp, not null
   * @param out the writer, inside an object, not null
   */
  public static void write(Stamp stamp, JsonWriter out) {
    out.name("at").string(stamp.at().toString());
    out.name("zone").string(stamp.zone().name());
    out.name("actor").string(stamp.actor().toString());
  }

  /**
   * Reads one of the three properties.
   *
   * @param name the property's name, not null
   * @param in the reader, positioned at its value, not null
   * @return whether the property was one of the stamp's (and was read)
   */
  public boolean read(String name, JsonReader in) {
    switch (name) {
      case "at" -> {
        String text = in.nextString();
        if (text.endsWith("Z")) {
          at = instant(text, in);
        } else {
          local = localDateTime(text, in);
        }
      }
      case "zone" -> zone = zoneOf(in.nextString(), in);
      case "actor" -> actor = in.nextString(Actor::parse);
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * The stamp read.
   *
   * @param in the reader, for the error, not null
   * @return the stamp, never null
   * @throws org.bengkel.json.BengkelJsonException naming the property missing
   */
  public Stamp stamp(JsonReader in) {
    LocalDateTime l = local;
    Instant a = at;
    TimeZoneName z = zone;
    Actor who = actor;
    return in.build(() -> l != null
        ? Stamp.ofLocal(who == null ? LEGACY_ACTOR : who, l, z == null ? TimeZoneName.WIB : z)
        : Stamp.of(JsonReader.required(who, "actor"), JsonReader.required(a, "at"),
            JsonReader.required(z, "zone")));
  }

  private static Instant instant(String text, JsonReader in) {
    try {
      // Instant.parse also reads offsets and lower-case letters; the format says UTC and Z
      if (text.indexOf('t') < 0 && !text.contains(".Z") && text.charAt(0) != '+'
          && text.charAt(0) != '-') {
        return Instant.parse(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw in.error(JsonRule.MALFORMED_DATE);
  }

  private static LocalDateTime localDateTime(String text, JsonReader in) {
    try {
      if (text.indexOf('t') < 0 && !text.endsWith(".") && !text.isEmpty()
          && text.charAt(0) != '+' && text.charAt(0) != '-') {
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw in.error(JsonRule.MALFORMED_DATE);
  }

  private static TimeZoneName zoneOf(String text, JsonReader in) {
    for (TimeZoneName z : TimeZoneName.values()) {
      if (z.name().equals(text)) {
        return z;
      }
    }
    throw in.error(JsonRule.UNKNOWN_CONSTANT, "WIB, WITA, WIT");
  }
}
