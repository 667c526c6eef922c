package org.bengkel.json.codec.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bengkel.audit.Actor;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.ObjectCodec.Values;

/**
 * The JSON form of core's domain events (<i>peristiwa domain</i>), derived from the event records
 * themselves: each record component is a property of the same name, in declaration order, and a
 * {@link Stamp} component is written flat as {@code "at"}, {@code "zone"} and {@code "actor"}, as
 * {@link StampFields} writes every stamp. A field added to an event record is therefore on the wire
 * and in the schema with no further edit; what the record cannot say (which components may be null,
 * which codec a {@code long} or {@code String} has) the family declares once, in the codec package
 * of its domain package (for example {@code InventoryCodecs.events()}).
 *
 * <p>Each event is a document kind of its own ({@code org.bengkel.json.document.DocumentKinds}),
 * named by its type code, {@link DomainEvent#typeOf} ({@code inventory.stock-sold}): the one rule
 * that also gives the event's {@code type()}.
 *
 * <p>Not exported.
 */
public final class EventCodecs {

  /** Every event's version: the aggregate's version after it, 1 or more. */
  private static final Codec<Long> VERSION = Scalars.POSITIVE_COUNT;

  private EventCodecs() {}

  /**
   * The codecs of every event of a sealed family, in its {@code permits} order.
   *
   * @param <E> the family
   * @param family the sealed interface, such as {@code StockEvent.class}, not null
   * @param byType the codec of each component type that is not an enum, {@code long} {@code
   *     version} or a {@link Stamp}, not null
   * @param byName codecs by component name, taking precedence over {@code byType} (a {@code long}
   *     {@code quantity}, a {@code String} {@code order}), not null
   * @param nullable the components that may be null, as {@code "StockSold.reservation"}, not null
   * @return the codecs, never null
   * @throws IllegalStateException if a component has no codec, or a name in {@code nullable} names
   *     no component (a declaration error, caught by the first test that loads the family)
   */
  public static <E extends DomainEvent> List<Codec<? extends E>> family(
      Class<E> family,
      Map<Class<?>, Codec<?>> byType,
      Map<String, Codec<?>> byName,
      Set<String> nullable) {
    return family(family, byType, byName, nullable, Set.of());
  }

  /**
   * The codecs of every event of a sealed family, as {@link #family(Class, Map, Map, Set)}, with
   * the list components that core's records refuse empty: their schemas state {@code "minItems":
   * 1}, so that a schema refuses the empty list the reader refuses.
   *
   * @param <E> the family
   * @param family the sealed interface, such as {@code StockEvent.class}, not null
   * @param byType the codec of each component type, as for {@link #family(Class, Map, Map, Set)}
   * @param byName codecs by component name, not null
   * @param nullable the components that may be null, as {@code "StockSold.reservation"}, not null
   * @param nonEmpty the list components that hold one element or more, as {@code
   *     "StockSold.movements"}, not null
   * @return the codecs, never null
   * @throws IllegalStateException if a component has no codec, or a name in {@code nullable} or
   *     {@code nonEmpty} names no component (a declaration error)
   */
  public static <E extends DomainEvent> List<Codec<? extends E>> family(
      Class<E> family,
      Map<Class<?>, Codec<?>> byType,
      Map<String, Codec<?>> byName,
      Set<String> nullable,
      Set<String> nonEmpty) {
    return family(family, byType, byName, nullable, nonEmpty, Set.of());
  }

  /**
   * The codecs of every event of a sealed family, as {@link #family(Class, Map, Map, Set, Set)},
   * with the list components whose elements are distinct (a team, which core's record keeps as a
   * set): their schemas state {@code "uniqueItems": true} and the reader refuses a repeat ({@code
   * value.duplicate}) instead of reading it once.
   *
   * @param <E> the family
   * @param family the sealed interface, not null
   * @param byType the codec of each component type, as for {@link #family(Class, Map, Map, Set)}
   * @param byName codecs by component name, not null
   * @param nullable the components that may be null, not null
   * @param nonEmpty the list components that hold one element or more, not null
   * @param distinct the list components of distinct elements, as {@code "ProductionStarted.team"},
   *     not null
   * @return the codecs, never null
   * @throws IllegalStateException if a component has no codec, or a name in {@code nullable},
   *     {@code nonEmpty} or {@code distinct} names no component (a declaration error)
   */
  public static <E extends DomainEvent> List<Codec<? extends E>> family(
      Class<E> family,
      Map<Class<?>, Codec<?>> byType,
      Map<String, Codec<?>> byName,
      Set<String> nullable,
      Set<String> nonEmpty,
      Set<String> distinct) {
    Class<?>[] permitted = family.getPermittedSubclasses();
    if (permitted == null) {
      throw new IllegalStateException(family.getName() + " is not sealed");
    }
    List<Codec<? extends E>> codecs = new ArrayList<>();
    Set<String> components = new HashSet<>();
    Set<String> lists = new HashSet<>();
    for (Class<?> c : permitted) {
      Class<? extends E> event = c.asSubclass(family);
      codecs.add(of(event, byType, byName, nullable, nonEmpty, distinct));
      for (RecordComponent rc : recordComponents(event)) {
        String component = event.getSimpleName() + "." + rc.getName();
        components.add(component);
        if (rc.getType() == List.class) {
          lists.add(component);
        }
      }
    }
    if (!components.containsAll(nullable)) {
      throw new IllegalStateException("nullable components not found: " + nullable);
    }
    if (!lists.containsAll(nonEmpty)) {
      throw new IllegalStateException("non-empty list components not found: " + nonEmpty);
    }
    if (!lists.containsAll(distinct)) {
      throw new IllegalStateException("distinct list components not found: " + distinct);
    }
    return List.copyOf(codecs);
  }

  private static RecordComponent[] recordComponents(Class<?> event) {
    RecordComponent[] components = event.getRecordComponents();
    if (components == null) {
      throw new IllegalStateException(event.getName() + " is not a record");
    }
    return components;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <R> Codec<R> of(
      Class<R> event,
      Map<Class<?>, Codec<?>> byType,
      Map<String, Codec<?>> byName,
      Set<String> nullable,
      Set<String> nonEmpty,
      Set<String> distinct) {
    RecordComponent[] components = recordComponents(event);
    List<Field<R, ?>> fields = new ArrayList<>();
    // per component: its field, or for a stamp its three fields at, zone, actor
    List<List<Field<R, ?>>> slots = new ArrayList<>();
    boolean stamped = false;
    for (RecordComponent rc : components) {
      Function<R, Object> get = getter(rc.getAccessor());
      String name = rc.getName();
      List<Field<R, ?>> slot;
      if (rc.getType() == Stamp.class) {
        stamped = true;
        Function<R, Stamp> stamp = r -> (Stamp) get.apply(r);
        slot =
            List.of(
                Field.required("at", StampFields.AT, r -> (Temporal) stamp.apply(r).at()),
                Field.optional("zone", StampFields.ZONE, r -> Optional.of(stamp.apply(r).zone())),
                Field.optional(
                    "actor", StampFields.ACTOR, r -> Optional.of(stamp.apply(r).actor())));
      } else if (rc.getType() == List.class) {
        Class<?> element =
            (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
        Codec codec = codec(event, name, element, byType, byName);
        Field<R, ?> list = Field.requiredList(name, codec, (Function) get);
        if (nonEmpty.contains(event.getSimpleName() + "." + name)) {
          list = list.minItems(1);
        }
        list.uniqueItems = distinct.contains(event.getSimpleName() + "." + name);
        slot = List.of(list);
      } else {
        Codec codec = codec(event, name, rc.getType(), byType, byName);
        Function<R, Optional<Object>> present = r -> Optional.ofNullable(get.apply(r));
        slot =
            List.of(
                nullable.contains(event.getSimpleName() + "." + name)
                    ? Field.optional(name, codec, (Function) present)
                    : Field.required(name, codec, (Function) get));
      }
      slots.add(slot);
      fields.addAll(slot);
    }
    Constructor<R> canonical = canonical(event, components);
    ObjectCodec.Builder<R, Object[]> codec =
        ObjectCodec.of(event, values -> construct(canonical, slots, values), fields);
    if (stamped) {
      codec = StampFields.instantNeedsZoneAndActor(codec);
    }
    return codec
        .describedAs("The event " + DomainEvent.typeOf(event.asSubclass(DomainEvent.class)))
        .build();
  }

  private static Codec<?> codec(
      Class<?> event,
      String name,
      Class<?> type,
      Map<Class<?>, Codec<?>> byType,
      Map<String, Codec<?>> byName) {
    Codec<?> codec = byName.get(name);
    // DomainEvent.version() is a long: a component named version can have no other type
    if (codec == null && name.equals("version")) {
      codec = VERSION;
    }
    if (codec == null) {
      codec = byType.get(type);
    }
    if (codec == null && type.isEnum()) {
      codec = enumCodec(type.asSubclass(Enum.class));
    }
    if (codec == null) {
      throw new IllegalStateException("no codec for " + event.getSimpleName() + "." + name);
    }
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Codec<?> enumCodec(Class<? extends Enum> type) {
    return Codec.ofEnum((Class) type);
  }

  private static <R> Function<R, Object> getter(Method accessor) {
    return r -> {
      try {
        return accessor.invoke(r);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        throw rethrown(e);
      }
    };
  }

  private static <R> Constructor<R> canonical(Class<R> event, RecordComponent[] components) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      return event.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <R> R construct(
      Constructor<R> canonical, List<List<Field<R, ?>>> slots, Values<R> values) {
    Object[] args = new Object[slots.size()];
    for (int i = 0; i < args.length; i++) {
      List<Field<R, ?>> slot = slots.get(i);
      // the required values were checked before the factory runs (an absent list is empty), so
      // find gives them as they are, and null for an absent nullable component
      args[i] = slot.size() == 3 ? stamp(values, slot) : values.find(slot.get(0));
    }
    try {
      return canonical.newInstance(args);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      // core's own refusal of a value (InvalidValueException...) reaches the reader as it is
      throw rethrown(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <R> Stamp stamp(Values<R> values, List<Field<R, ?>> slot) {
    return StampFields.stamp(
        values.get((Field<R, Temporal>) slot.get(0)),
        values.find((Field<R, TimeZoneName>) slot.get(1)),
        values.find((Field<R, Actor>) slot.get(2)));
  }

  private static RuntimeException rethrown(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(cause);
  }
}
