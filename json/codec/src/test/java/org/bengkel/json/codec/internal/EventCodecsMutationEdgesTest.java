package org.bengkel.json.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bengkel.json.contract.TextJson.read;
import static org.bengkel.json.contract.TextJson.write;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.schema.JsonSchema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Event codecs derived from a test-only sealed family, made inside each test: the format's families
 * are derived once per JVM, before mutation testing changes {@link EventCodecs}.
 */
class EventCodecsMutationEdgesTest {

  enum Condition {
    GOOD,
    WORN
  }

  /** A test-only family of events of a lent tool (<i>alat dipinjam</i>). */
  sealed interface ToolEvent extends DomainEvent permits ToolLent, ToolReturned {
    @Override
    default List<Object> auditFacts(Disclosure disclosure) {
      return List.of();
    }
  }

  record ToolLent(
      String aggregateId,
      long version,
      Stamp stamp,
      String borrower,
      @Nullable String note,
      Condition condition,
      List<String> parts)
      implements ToolEvent {}

  record ToolReturned(String aggregateId, long version, Stamp stamp, long count)
      implements ToolEvent {
    ToolReturned {
      if (count > 5) {
        throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "count", count, 0, 5);
      }
      if (count == 4) {
        throw new AssertionError("four");
      }
      if (count == 3) {
        // a checked exception no canonical constructor can declare
        EventCodecsMutationEdgesTest.<RuntimeException>sneakyThrow(new IOException("three"));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <X extends Throwable> void sneakyThrow(Throwable t) throws X {
    throw (X) t;
  }

  /** A family with a member that is not a record. */
  sealed interface OddEvent extends DomainEvent permits OddOne {}

  static final class OddOne implements OddEvent {
    @Override
    public String aggregateId() {
      return "";
    }

    @Override
    public long version() {
      return 1;
    }

    @Override
    public Stamp stamp() {
      return Stamp.of(Actor.system("clock"), Instant.EPOCH, TimeZoneName.WIB);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      return List.of();
    }
  }

  /** Not sealed. */
  interface LooseEvent extends DomainEvent {}

  private static final Map<Class<?>, Codec<?>> BY_TYPE = Map.of(String.class, Scalars.TEXT);
  private static final Map<String, Codec<?>> BY_NAME = Map.of("count", Scalars.integer(0, 9));

  private static List<Codec<? extends ToolEvent>> family() {
    return EventCodecs.family(ToolEvent.class, BY_TYPE, BY_NAME, Set.of("ToolLent.note"));
  }

  @SuppressWarnings("unchecked")
  private static <T> Codec<T> codecOf(Class<T> type) {
    return (Codec<T>) family().stream().filter(c -> c.type() == type).findFirst().orElseThrow();
  }

  private static final Stamp STAMP =
      Stamp.of(Actor.system("clock"), Instant.parse("2026-10-12T02:14:00Z"), TimeZoneName.WITA);
  private static final String STAMP_JSON =
      "\"at\":\"2026-10-12T02:14:00Z\",\"zone\":\"WITA\",\"actor\":\"system:clock\"";

  @Test
  void eachEventIsItsComponentsInOrderWithTheStampFlat() {
    List<Codec<? extends ToolEvent>> codecs = family();
    assertThat(codecs.stream().map(c -> (Object) c.type()).toList())
        .containsExactly(ToolLent.class, ToolReturned.class);
    Codec<ToolLent> lent = codecOf(ToolLent.class);
    ToolLent e = new ToolLent("T-1", 2, STAMP, "budi", "oiled", Condition.WORN, List.of("a", "b"));
    String json =
        "{\"aggregateId\":\"T-1\",\"version\":2,"
            + STAMP_JSON
            + ",\"borrower\":\"budi\",\"note\":\"oiled\",\"condition\":\"WORN\","
            + "\"parts\":[\"a\",\"b\"]}";
    assertThat(write(lent, e)).isEqualTo(json);
    assertThat(read(lent, json)).isEqualTo(e);
    // a nullable component: absent when null, and null reads as absent
    ToolLent plain = new ToolLent("T-1", 2, STAMP, "budi", null, Condition.GOOD, List.of());
    String noNote =
        "{\"aggregateId\":\"T-1\",\"version\":2,"
            + STAMP_JSON
            + ",\"borrower\":\"budi\",\"condition\":\"GOOD\",\"parts\":[]}";
    assertThat(write(lent, plain)).isEqualTo(noNote);
    assertThat(read(lent, noNote)).isEqualTo(plain);
    assertThat(read(lent, noNote.replace("\"condition\"", "\"note\":null,\"condition\"")))
        .isEqualTo(plain);
    // the others are required
    assertThatThrownBy(() -> read(lent, noNote.replace("\"borrower\":\"budi\",", "")))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            x -> {
              assertThat(x.ruleCode()).isEqualTo("json.missing-property");
              assertThat(x.path()).isEqualTo("$.borrower");
            });
  }

  @Test
  void theSchemaNamesTheEventAndItsVersionFromOne() {
    String schema = codecOf(ToolReturned.class).schema().orElseThrow().toString();
    assertThat(schema)
        .startsWith("JsonSchema{description=The event internal.tool-returned, type=object,")
        .contains("version=JsonSchema{type=integer, minimum=1, maximum=9223372036854775807}")
        .contains("count=JsonSchema{type=integer, minimum=0, maximum=9}")
        .contains("required=[aggregateId, version, at, count]");
  }

  @Test
  void theConstructorsRefusalReachesTheReaderAtItsField() {
    Codec<ToolReturned> returned = codecOf(ToolReturned.class);
    String head = "{\"aggregateId\":\"T-1\",\"version\":3," + STAMP_JSON + ",\"count\":";
    assertThat(read(returned, head + "5}")).isEqualTo(new ToolReturned("T-1", 3, STAMP, 5));
    assertThatThrownBy(() -> read(returned, head + "6}"))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            x -> {
              assertThat(x.ruleCode()).isEqualTo("value.out-of-range");
              assertThat(x.path()).isEqualTo("$.count");
            });
    // an error is not wrapped; a checked exception is
    assertThatThrownBy(() -> read(returned, head + "4}"))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("four");
    assertThatThrownBy(() -> read(returned, head + "3}"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .cause()
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("three");
  }

  @Test
  void aDeclarationErrorIsCaughtWhenTheFamilyIsDerived() {
    assertThatThrownBy(
            () -> EventCodecs.family(ToolEvent.class, BY_TYPE, BY_NAME, Set.of("ToolLent.nope")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("nullable components not found: [ToolLent.nope]");
    assertThatThrownBy(
            () ->
                EventCodecs.family(
                    ToolEvent.class,
                    BY_TYPE,
                    BY_NAME,
                    Set.of("ToolLent.note", "ToolReturned.note")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> EventCodecs.family(ToolEvent.class, Map.of(), BY_NAME, Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no codec for ToolLent.aggregateId");
    assertThatThrownBy(() -> EventCodecs.family(LooseEvent.class, BY_TYPE, BY_NAME, Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("LooseEvent is not sealed");
    assertThatThrownBy(() -> EventCodecs.family(OddEvent.class, BY_TYPE, BY_NAME, Set.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("OddOne is not a record");
  }

  @Test
  void aCodecByNameComesBeforeOneByTypeAndVersionHasItsOwn() {
    // count by name: a long with no codec by type; a String by name instead of by type
    List<Codec<? extends ToolEvent>> codecs =
        EventCodecs.family(
            ToolEvent.class,
            BY_TYPE,
            Map.of("count", Scalars.integer(0, 9), "borrower", Scalars.text(1, 5)),
            Set.of("ToolLent.note"));
    assertThat(codecs.get(0).schema().orElseThrow().toString())
        .contains(
            "borrower=JsonSchema{type=string, minLength=1, maxLength=5, not={pattern=\\u0000}, pattern="
                + Scalars.NON_BLANK
                + "}")
        .contains("aggregateId=JsonSchema{type=string, not={pattern=\\u0000}, maxLength=4000}");
    // a version by name wins over the events' own
    assertThat(
            EventCodecs.family(
                    ToolEvent.class,
                    BY_TYPE,
                    Map.of("count", Scalars.integer(0, 9), "version", Scalars.integer(0, 7)),
                    Set.of("ToolLent.note"))
                .get(1)
                .schema()
                .orElseThrow()
                .toString())
        .contains("version=JsonSchema{type=integer, minimum=0, maximum=7}");
    // a long that is not the version has no codec of its own
    assertThatThrownBy(
            () -> EventCodecs.family(ToolEvent.class, BY_TYPE, Map.of(), Set.of("ToolLent.note")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no codec for ToolReturned.count");
  }

  @Test
  void anEnumsCodecByTypeComesBeforeItsConstants() {
    Codec<Condition> condition =
        Scalars.withSchema(
            Codec.ofEnum(Condition.class),
            JsonSchema.constants(Condition.class).describedAs("worn or not"));
    List<Codec<? extends ToolEvent>> codecs =
        EventCodecs.family(
            ToolEvent.class,
            Map.of(String.class, Scalars.TEXT, Condition.class, condition),
            BY_NAME,
            Set.of("ToolLent.note"));
    assertThat(codecs.get(0).schema().orElseThrow().toString())
        .contains("condition=JsonSchema{description=worn or not, type=string, enum=[GOOD, WORN]}");
    // without it, the constants' own codec, referred to
    assertThat(family().get(0).schema().orElseThrow().toString())
        .contains("condition=JsonSchema[$ref " + Condition.class.getName() + "]");
  }
}
