package org.bengkel.json.codec.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.internal.IsoText;
import org.bengkel.json.schema.JsonSchema;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Stamp} written flat into the object that carries it, as three properties declared once
 * here ({@link #declare}): {@code "at"} the instant in UTC ({@code "2026-10-12T02:14:00Z"}), {@code
 * "zone"} the facility's zone ({@code "WIB"}) and {@code "actor"} ({@code
 * "officer:198503122010121001"} or {@code "system:import"}).
 *
 * <p>Documents written before stamps existed carry {@code "at"} as a local date-time ({@code
 * "2026-11-05T10:15:00"}, no {@code Z}) and neither zone nor actor: such a time is read as WIB
 * local time and the actor as {@link #LEGACY_ACTOR}, unless the document gives them. An instant
 * ({@code Z}) needs both, so the schema lists zone and actor as optional and the reader refuses
 * their absence ({@code json.missing-property}) for an instant.
 *
 * <p>Objects that carried only a calendar day before stamps (a premi or PNBP entry's {@code
 * "date"}) are declared with {@link #declareAfterDate}: such a document's day reads as the start of
 * that day, WIB, recorded by {@link #LEGACY_ACTOR}, so that the entry keeps its day.
 *
 * <p>An instance is the draft of one object being read: the core builder (or whatever the type is
 * built from) and the stamp's three parts; not thread-safe. Not exported.
 *
 * @param <B> what the object's other properties are given to, such as {@code Movement.Builder}
 */
public final class StampFields<B> {

  /** Who recorded a change read from a document older than stamps. */
  public static final Actor LEGACY_ACTOR = Actor.system("import");

  /**
   * The form of {@link #AT}, for the schema and the reader alike: an instant in UTC with its
   * seconds ({@link Instant#parse} needs them) and an optional fraction, or a local date-time whose
   * seconds are optional; a calendar day of RFC 3339's years, 0001 to 9999 ({@link
   * CodecSupport#DATE_FORM}), as {@code JsonReader.nextDateTime} reads them. Hours 00 to 23 and
   * seconds 00 to 59: {@code Instant.parse} would also read {@code 24:00:00Z} and a leap second,
   * which the schema cannot follow.
   */
  static final String AT_FORM =
      CodecSupport.DATE_FORM
          + "T([01][0-9]|2[0-3]):[0-5][0-9]"
          + "(:[0-5][0-9](\\.[0-9]{1,9})?Z|(:[0-5][0-9](\\.[0-9]{1,9})?)?)";

  private static final Pattern AT_TEXT = Pattern.compile(AT_FORM);

  /**
   * An instant as {@link Instant#toString()} writes it (UTC, {@code Z}, fraction optional), or, in
   * older documents, a local date-time without {@code Z}.
   */
  static final Codec<Temporal> AT =
      Scalars.of(
          Temporal.class,
          JsonSchema.pattern(AT_FORM, 40)
              .describedAs(
                  "An ISO-8601 instant in UTC such as 2026-10-12T02:14:00Z (older"
                      + " documents: a WIB local date-time without Z), a calendar day of the years"
                      + " 0001 to 9999"),
          StampFields::readAt,
          StampFields::writeAt);

  /** An instant or (in older documents) a local date-time, in a year a reader reads back. */
  private static void writeAt(JsonWriter out, Temporal at) {
    // as toString() writes either, which older documents carry
    IsoText.writable(
        at instanceof Instant i
            ? i.atOffset(ZoneOffset.UTC).getYear()
            : ((LocalDateTime) at).getYear(),
        at instanceof Instant ? JsonReader.INSTANT_NOTATION : JsonReader.DATE_TIME_NOTATION);
    out.string(at.toString());
  }

  /** The time zone of the facility: {@code WIB}, {@code WITA} or {@code WIT}, in place. */
  static final Codec<TimeZoneName> ZONE =
      Scalars.withSchema(
          Codec.ofEnum(TimeZoneName.class), JsonSchema.constants(TimeZoneName.class));

  /** An actor as {@link Actor#toString()} writes it. */
  static final Codec<Actor> ACTOR =
      Scalars.of(
          Actor.class,
          JsonSchema.pattern("(officer:[0-9]{18}|system:[a-z][a-z0-9]*(-[a-z0-9]+)*)", 47)
              .describedAs("Who made the change: officer:<NIP> or system:<name>"),
          in -> in.nextString(Actor::parse),
          (o, v) -> o.string(v.toString()));

  private final B builder;
  private @Nullable Instant at;
  private @Nullable LocalDateTime local;
  private @Nullable TimeZoneName zone;
  private @Nullable Actor actor;
  private @Nullable LocalDate date;

  /**
   * The draft of one object.
   *
   * @param builder what the object's other properties are given to, not null
   */
  public StampFields(B builder) {
    this.builder = builder;
  }

  /**
   * Declares the stamp's three properties at this point of a type's field list: {@code at}
   * required, {@code zone} and {@code actor} always written and optional in the schema.
   *
   * @param <T> the domain type
   * @param <B> what its other properties are given to
   * @param codec the declaration so far, built from a {@code StampFields} draft, not null
   * @param stamp reads the stamp from the domain type, not null
   * @return the declaration, never null
   */
  public static <T, B> ObjectCodec.Builder<T, StampFields<B>> declare(
      ObjectCodec.Builder<T, StampFields<B>> codec, Function<T, Stamp> stamp) {
    return instantNeedsZoneAndActor(
        codec
            .required("at", AT, (T t) -> stamp.apply(t).at(), StampFields::at)
            .nullable("zone", ZONE, (T t) -> stamp.apply(t).zone(), (d, v) -> d.zone = v)
            .nullable("actor", ACTOR, (T t) -> stamp.apply(t).actor(), (d, v) -> d.actor = v));
  }

  /**
   * States in the schema what the reader refuses of a stamp's properties ({@link #stamp(Temporal,
   * TimeZoneName, Actor)}): an {@code "at"} that is an instant ({@code Z}) without {@code "zone"}
   * or {@code "actor"} is refused with {@code json.missing-property}, so the schema says {@code if}
   * {@code at} ends with {@code Z} {@code then} both are required. Only an older document's local
   * date-time may go without them.
   *
   * @param <T> the domain type
   * @param <B> what its other properties are given to
   * @param codec a declaration with the stamp's three properties, not null
   * @return the declaration, never null
   */
  public static <T, B> ObjectCodec.Builder<T, B> instantNeedsZoneAndActor(
      ObjectCodec.Builder<T, B> codec) {
    return codec
        .schema(
            "if",
            JsonSchema.of(
                JsonSchema.map(
                    "properties",
                    JsonSchema.map("at", JsonSchema.of(JsonSchema.map("pattern", "Z$"))),
                    "required",
                    List.of("at"))))
        .schema(
            "then",
            JsonSchema.of(
                JsonSchema.map(
                    "properties",
                    // null is an absent zone or actor to the reader
                    JsonSchema.map("zone", JsonSchema.string(), "actor", JsonSchema.string()),
                    "required",
                    List.of("zone", "actor"))));
  }

  /**
   * As {@link #declare}, after a calendar day {@code "date"}, for an object whose older documents
   * carry only that day: {@code "date"} is always written, the stamp's local date in its zone (so
   * that a reader of the older form still finds it), and {@code "at"} may be absent in an older
   * document, whose day is then read as its start, WIB, by {@link #LEGACY_ACTOR}. The schema lists
   * both as optional; the reader refuses the absence of both ({@code json.missing-property}) and a
   * day that is not the stamp's local date ({@code value.malformed} at {@code date}).
   *
   * @param <T> the domain type
   * @param <B> what its other properties are given to
   * @param codec the declaration so far, built from a {@code StampFields} draft, not null
   * @param stamp reads the stamp from the domain type, not null
   * @return the declaration, never null
   */
  public static <T, B> ObjectCodec.Builder<T, StampFields<B>> declareAfterDate(
      ObjectCodec.Builder<T, StampFields<B>> codec, Function<T, Stamp> stamp) {
    // the reader needs the day or the instant: anyOf states it
    return instantNeedsZoneAndActor(
            codec
                .defaulted(
                    "date", Scalars.DATE, (T t) -> stamp.apply(t).localDate(), (d, v) -> d.date = v)
                .defaulted("at", AT, (T t) -> stamp.apply(t).at(), StampFields::at)
                .nullable("zone", ZONE, (T t) -> stamp.apply(t).zone(), (d, v) -> d.zone = v)
                .nullable("actor", ACTOR, (T t) -> stamp.apply(t).actor(), (d, v) -> d.actor = v))
        .schema(
            "anyOf",
            List.of(
                JsonSchema.of(JsonSchema.map("required", List.of("date"))),
                JsonSchema.of(JsonSchema.map("required", List.of("at")))));
  }

  /**
   * What the object's other properties were given to.
   *
   * @return the builder, never null
   */
  public B builder() {
    return builder;
  }

  /**
   * The stamp read.
   *
   * @return the stamp, never null
   * @throws org.bengkel.error.MissingValueException naming the property missing ({@code actor},
   *     {@code at} or {@code zone})
   */
  public Stamp stamp() {
    Temporal read = local != null ? local : at;
    LocalDate day = date;
    if (read == null && day != null) {
      // an entry older than stamps held only its day: the start of that day
      read = day.atStartOfDay();
    }
    Stamp stamp = stamp(read, zone, actor);
    if (day != null && !day.equals(stamp.localDate())) {
      throw InvalidValueException.of(CoreRule.MALFORMED, "date", day, stamp.localDate());
    }
    return stamp;
  }

  /**
   * The stamp read, for a type whose documents older than stamps named who acted in a property of
   * their own (a batch's stage event, {@code "by"}, an officer): that actor stands in for {@link
   * #LEGACY_ACTOR} when the document carries no {@code actor}.
   *
   * @param legacy the actor the older document named, or null
   * @return the stamp, never null
   * @throws org.bengkel.error.MissingValueException naming the property missing
   */
  public Stamp stamp(@Nullable Actor legacy) {
    return stamp(local != null ? local : at, zone, actor != null ? actor : legacy);
  }

  /**
   * A stamp from its three properties as read: an instant needs zone and actor; a local date-time
   * (a document older than stamps) is WIB local time by {@link #LEGACY_ACTOR} unless they are
   * given.
   *
   * @param at the instant or local date-time read, or null when absent
   * @param zone the zone read, or null
   * @param actor the actor read, or null
   * @return the stamp, never null
   * @throws org.bengkel.error.MissingValueException naming the property missing
   */
  static Stamp stamp(@Nullable Temporal at, @Nullable TimeZoneName zone, @Nullable Actor actor) {
    return at instanceof LocalDateTime l
        ? Stamp.ofLocal(
            actor == null ? LEGACY_ACTOR : actor, l, zone == null ? TimeZoneName.WIB : zone)
        : Stamp.of(
            JsonReader.required(actor, "actor"),
            (Instant) JsonReader.required(at, "at"),
            JsonReader.required(zone, "zone"));
  }

  private void at(Temporal value) {
    if (value instanceof Instant i) {
      at = i;
    } else {
      local = (LocalDateTime) value;
    }
  }

  private static Temporal readAt(JsonReader in) {
    String text = in.nextString();
    Instant usual = usualInstant(text);
    if (usual != null) {
      return usual;
    }
    // the schema's form first, so that the reader accepts nothing the schema refuses; the
    // calendar (30 February) is the parsers'
    if (!AT_TEXT.matcher(text).matches()) {
      throw in.error(JsonRule.MALFORMED_DATE, JsonReader.INSTANT_NOTATION);
    }
    try {
      return text.endsWith("Z") ? instant(text) : localDateTime(text);
    } catch (DateTimeParseException e) {
      throw in.error(JsonRule.MALFORMED_DATE, JsonReader.INSTANT_NOTATION);
    }
  }

  /**
   * The instant of the usual form, {@code 2026-10-12T02:14:00Z} (every stamp bengkel writes without
   * a fraction of a second), read without the schema's regular expression and the formatter, which
   * together cost more than the rest of an order event's read; null for any other text, which
   * {@link #readAt} checks against the form. A text this reads matches the form: its digits are
   * where the form has them, {@link IsoText#dateTime} takes only a month, day, hour, minute and
   * second in the form's ranges (and in the calendar), and the year 0000 is refused here.
   */
  static @Nullable Instant usualInstant(String text) {
    if (text.length() != 20 || text.charAt(19) != 'Z' || text.startsWith("0000")) {
      return null;
    }
    LocalDateTime usual = IsoText.dateTime(text, 19);
    return usual == null ? null : usual.toInstant(ZoneOffset.UTC);
  }

  private static Instant instant(String text) {
    // a fraction of a second, as Instant.parse reads it (the usual form is read by usualInstant)
    return Instant.parse(text);
  }

  private static LocalDateTime localDateTime(String text) {
    return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }
}
