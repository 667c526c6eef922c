package org.bengkel.json.codec.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonReader.PropertyNames;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.schema.JsonSchema;
import org.jspecify.annotations.Nullable;

/**
 * A codec declared as one list of fields (<i>kodek objek</i>): each field's wire name, value codec,
 * getter, builder setter and presence are written once, and writing, reading (strict and lenient,
 * through {@link JsonReader}) and the JSON Schema all follow from that list, so they cannot drift
 * apart. Adding an optional property to a type is one line here.
 *
 * <pre>{@code
 * static final Codec<Officer> OFFICER =
 *     ObjectCodec.builder(Officer.class, Officer::builder, Officer.Builder::build)
 *         .required("nip", FacilityCodecs.NIP, Officer::nip, Officer.Builder::nip)
 *         .required("name", Scalars.text(1, 200), Officer::name, Officer.Builder::name)
 *         .optional("position", Scalars.text(1, 200), Officer::position, Officer.Builder::position)
 *         .describedAs("An officer (petugas) of a facility")
 *         .build();
 * }</pre>
 *
 * <p>What a presence means on the wire:
 *
 * <table>
 *   <caption>Presences</caption>
 *   <tr><th>declared with</th><th>written</th><th>read from {@code null}</th><th>schema</th></tr>
 *   <tr><td>{@code required}</td><td>always</td><td>refused</td><td>required</td></tr>
 *   <tr><td>{@code optional}</td><td>when present</td><td>absent</td><td>may be null</td></tr>
 *   <tr><td>{@code nullable}</td><td>always</td><td>absent</td><td>may be null</td></tr>
 *   <tr><td>{@code defaulted}</td><td>always</td><td>refused</td><td>may be absent</td></tr>
 *   <tr><td>{@code derived}</td><td>always</td><td>absent</td><td>may be null</td></tr>
 *   <tr><td>{@code requiredList}</td><td>always</td><td>refused</td><td>required</td></tr>
 *   <tr><td>{@code list}</td><td>always</td><td>refused</td><td>may be absent</td></tr>
 *   <tr><td>{@code optionalList}</td><td>when not empty</td><td>absent</td><td>may be null</td></tr>
 *   <tr><td>{@code optional(..).nullRefused()}</td><td>when present</td><td>refused</td>
 *       <td>may be absent</td></tr>
 *   <tr><td>{@code optionalList(..).nullRefused()}</td><td>when not empty</td><td>refused</td>
 *       <td>may be absent</td></tr>
 * </table>
 *
 * <p>An absent property is simply not given to the builder: core's builder refuses a missing
 * required field (every missing one in one error, {@code json.missing-property}) and its refusal of
 * a field becomes an error at the field's JSON path ({@link Paths#build}). A derived property (such
 * as a total) is computed by core: it is written for readers in other languages, and when a
 * document carries it, it must equal what core computed (such as {@code json.total-mismatch}).
 * Types built by a factory instead of a builder are declared with {@link #of(Class, BiFunction,
 * Field, Field)} and its siblings; then this codec checks the required properties itself. A type
 * read many times in a document may name core's factory beside its builder ({@link
 * Builder#orFactory}).
 *
 * <p>Reading looks property names up with {@link JsonReader#nextProperty}, the reader's one fast
 * path (the token source may match names in its input). Immutable and thread-safe. Internal: the
 * package is not exported.
 *
 * @param <T> the domain type
 * @param <B> its builder's type
 */
public final class ObjectCodec<T, B> implements Codec<T> {

  /** How a field appears on the wire; see the table in the class comment. */
  enum Presence {
    REQUIRED(false, true, false),
    OPTIONAL(true, false, true),
    NULLABLE(true, false, true),
    DEFAULTED(false, false, false),
    DERIVED(true, false, true),
    REQUIRED_LIST(false, true, false),
    LIST(false, false, false),
    OPTIONAL_LIST(true, false, true),
    OPTIONAL_NOT_NULL(false, false, false),
    OPTIONAL_LIST_NOT_NULL(false, false, false);

    final boolean nullIsAbsent;
    final boolean schemaRequired;
    final boolean schemaNullable;

    Presence(boolean nullIsAbsent, boolean schemaRequired, boolean schemaNullable) {
      this.nullIsAbsent = nullIsAbsent;
      this.schemaRequired = schemaRequired;
      this.schemaNullable = schemaNullable;
    }

    boolean isList() {
      return this == REQUIRED_LIST
          || this == LIST
          || this == OPTIONAL_LIST
          || this == OPTIONAL_LIST_NOT_NULL;
    }
  }

  /**
   * One property of a type (<i>ruas</i>): its wire name, value codec, getter and presence, for
   * types built by a factory ({@link #of(Class, BiFunction, Field, Field)}).
   *
   * @param <T> the domain type
   * @param <V> the property's value type (a list's element type for lists)
   */
  public static final class Field<T, V> {
    final String name;
    final Codec<?> codec;
    final Function<T, ?> getter;
    final Presence presence;
    // a scalar's one reader or writer call, made directly (Scalars.Kind); OTHER: the codec's.
    // Not consulted for lists, whose elements always go through the codec.
    final Scalars.Kind kind;
    final boolean inline;
    final @Nullable String since;
    final @Nullable Long minItems;
    // for derived fields: the rule a different written value breaks, and what core computes the
    // value from, for the message
    @Nullable Rule mismatch;
    @Nullable String from;
    // for lists: whether the schema says the elements are distinct (core checks it)
    boolean uniqueItems;
    // read from older documents only, never written (Builder.legacy)
    boolean legacy;

    Field(
        String name,
        Codec<?> codec,
        Function<T, ?> getter,
        Presence presence,
        boolean inline,
        @Nullable String since,
        @Nullable Long minItems) {
      this.name = MissingValueException.required(name, "name");
      this.codec = MissingValueException.required(codec, "codec");
      this.getter = MissingValueException.required(getter, "getter");
      this.presence = presence;
      this.kind = Scalars.kind(codec);
      this.inline = inline;
      this.since = since;
      this.minItems = minItems;
    }

    /**
     * A property that is always written and must be present.
     *
     * @param <T> the domain type
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value from the domain type, not null
     * @return the field, never null
     */
    public static <T, V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> getter) {
      return new Field<>(name, codec, getter, Presence.REQUIRED, false, null, null);
    }

    /**
     * A property written only when present; {@code null} reads as absent.
     *
     * @param <T> the domain type
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value from the domain type, not null
     * @return the field, never null
     */
    public static <T, V> Field<T, V> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> getter) {
      return new Field<>(name, codec, getter, Presence.OPTIONAL, false, null, null);
    }

    /**
     * A list that is always written and must be present.
     *
     * @param <T> the domain type
     * @param <V> the elements' type
     * @param name the wire name, not null
     * @param codec the elements' codec, not null
     * @param getter reads the list from the domain type, not null
     * @return the field, never null
     */
    public static <T, V> Field<T, List<V>> requiredList(
        String name, Codec<V> codec, Function<T, List<V>> getter) {
      return new Field<>(name, codec, getter, Presence.REQUIRED_LIST, false, null, null);
    }

    /**
     * A list that is always written (empty as {@code []}) and may be absent, reading as empty; not
     * {@code null}.
     *
     * @param <T> the domain type
     * @param <V> the elements' type
     * @param name the wire name, not null
     * @param codec the elements' codec, not null
     * @param getter reads the list from the domain type, not null
     * @return the field, never null
     */
    public static <T, V> Field<T, List<V>> list(
        String name, Codec<V> codec, Function<T, List<V>> getter) {
      return new Field<>(name, codec, getter, Presence.LIST, false, null, null);
    }

    /**
     * This field with its value's schema written in place instead of as a reference to the value
     * codec's own definition.
     *
     * @return the field, never null
     */
    public Field<T, V> inline() {
      return new Field<>(name, codec, getter, presence, true, since, minItems);
    }

    /**
     * This list field with at least {@code n} elements in its schema (core checks it).
     *
     * @param n the least number of elements
     * @return the field, never null
     */
    public Field<T, V> minItems(long n) {
      return new Field<>(name, codec, getter, presence, inline, since, n);
    }

    /**
     * This field marked as added in a version of bengkel, for the documentation of the format: the
     * property's schema says {@code "description": "Since bengkel 0.3.0."}.
     *
     * @param version such as {@code "0.3.0"}, not null
     * @return the field, never null
     */
    public Field<T, V> since(String version) {
      return new Field<>(name, codec, getter, presence, inline, version, minItems);
    }

    /**
     * The wire name.
     *
     * @return the name, never null
     */
    public String name() {
      return name;
    }

    /**
     * Whether this property is only read, from documents older than its replacement.
     *
     * @return true for a field declared with {@link Builder#legacy}
     */
    public boolean isLegacy() {
      return legacy;
    }

    /**
     * The version of bengkel that added this field, if declared.
     *
     * @return the version, or empty
     */
    public Optional<String> sinceVersion() {
      return Optional.ofNullable(since);
    }

    JsonSchema schema() {
      JsonSchema value;
      if (inline || Scalars.isScalar(codec)) {
        // scalars (strings, numbers, dates) have no definition of their own
        value =
            codec
                .schema()
                .orElseThrow(() -> new IllegalStateException("no schema for field " + name));
      } else {
        value = JsonSchema.ref(codec);
      }
      if (presence.isList()) {
        value = JsonSchema.arrayOf(value);
        Long least = minItems;
        if (least != null) {
          value = value.with("minItems", least);
        }
        if (uniqueItems) {
          value = value.with("uniqueItems", Boolean.TRUE);
        }
      }
      // the version that added the field is an annotation for readers of the schema: a
      // description beside the value's own schema (which may be a reference, or described itself)
      @Nullable String added = since == null ? null : "Since bengkel " + since + ".";
      if (presence.schemaNullable) {
        Map<String, Object> anyOf = new LinkedHashMap<>();
        if (added != null) {
          anyOf.put("description", added);
        }
        anyOf.put("anyOf", List.of(JsonSchema.of(JsonSchema.map("type", "null")), value));
        return JsonSchema.of(anyOf);
      }
      return added == null
          ? value
          : JsonSchema.of(JsonSchema.map("description", added, "allOf", List.of(value)));
    }
  }

  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<? super B, T> build;
  private final List<Field<T, ?>> fields;
  // The same as arrays, indexed by JsonReader.nextProperty's answer: read for every property.
  private final Field<T, ?>[] byIndex;
  private final BiConsumer<B, Object>[] setters;
  private final PropertyNames names;
  private final @Nullable String description;
  private final String dropPrefix;
  private final boolean hasDerived;
  private final @Nullable BiFunction<B, String, String> rename;
  // schema keywords beyond the properties (dependentRequired, oneOf, and what a declaration adds)
  private final Map<String, Object> keywords;
  // for each field, the fields it excludes (bit i for index i), 0 for most: see Builder.oneOf
  private final long[] excludes;
  // core's factory for a value read whole (see Builder.orFactory): null when it does not apply
  private final @Nullable Function<@Nullable Object[], @Nullable T> shortcut;
  // the fields whose absence read refuses itself before building, bit i for index i: all the
  // required properties of a type built by a factory (which would be handed null), only the
  // required lists of a type built by a builder (which takes an absent list for an empty one,
  // and refuses its other missing fields itself). Neither presence reads null as absent, so a
  // field is missing exactly when readValues did not read it.
  private final long refusedIfAbsent;

  @SuppressWarnings("unchecked") // the arrays hold exactly the lists' elements
  private ObjectCodec(
      Class<T> type,
      Supplier<B> newBuilder,
      Function<? super B, T> build,
      List<Field<T, ?>> fields,
      List<BiConsumer<B, Object>> setters,
      @Nullable String description,
      String dropPrefix,
      boolean hasDerived,
      @Nullable BiFunction<B, String, String> rename,
      Map<String, Object> keywords,
      long[] excludes,
      @Nullable Function<@Nullable Object[], @Nullable T> shortcut,
      boolean factoryBuilt) {
    // copied in order: the schema lists the properties as declared
    this.keywords = Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
    this.excludes = excludes.clone();
    this.hasDerived = hasDerived;
    this.rename = rename;
    this.shortcut = shortcut;
    if (fields.size() > Long.SIZE) {
      // read keeps the fields it has read as the bits of a long
      throw new IllegalStateException("more than " + Long.SIZE + " fields: " + type.getName());
    }
    long refused = 0;
    for (int i = 0; i < fields.size(); i++) {
      Presence presence = fields.get(i).presence;
      if (factoryBuilt ? presence.schemaRequired : presence == Presence.REQUIRED_LIST) {
        refused |= 1L << i;
      }
    }
    this.refusedIfAbsent = refused;
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = List.copyOf(fields);
    this.byIndex = (Field<T, ?>[]) this.fields.toArray(new Field<?, ?>[0]);
    this.setters = (BiConsumer<B, Object>[]) setters.toArray(new BiConsumer<?, ?>[0]);
    this.names = PropertyNames.of(fields.stream().map(Field::name).toArray(String[]::new));
    this.description = description;
    this.dropPrefix = dropPrefix;
  }

  /**
   * Starts the declaration of a type built by a core builder.
   *
   * @param <T> the domain type
   * @param <B> the builder's type
   * @param type the domain type's class, not null
   * @param newBuilder a new builder, such as {@code Officer::builder}, not null
   * @param build builds the value, such as {@code Officer.Builder::build}, not null
   * @return the declaration, never null
   */
  public static <T, B> Builder<T, B> builder(
      Class<T> type, Supplier<B> newBuilder, Function<? super B, T> build) {
    return new Builder<>(type, newBuilder, build);
  }

  /**
   * A type built by a core factory from two properties, such as {@code MaterialLine.of}.
   *
   * @param <T> the domain type
   * @param <A> the first property's type
   * @param <C> the second property's type
   * @param type the domain type's class, not null
   * @param factory core's factory, not null
   * @param a the first property, not null
   * @param c the second property, not null
   * @return a declaration to complete (description, prefix), never null
   */
  public static <T, A, C> Builder<T, Object[]> of(
      Class<T> type, BiFunction<A, C, T> factory, Field<T, A> a, Field<T, C> c) {
    return factory(type, v -> factory.apply(arg(v, 0), arg(v, 1)), List.of(a, c));
  }

  /**
   * A type built by a core factory from three properties.
   *
   * @param <T> the domain type
   * @param <A> the first property's type
   * @param <C> the second property's type
   * @param <D> the third property's type
   * @param type the domain type's class, not null
   * @param factory core's factory, not null
   * @param a the first property, not null
   * @param c the second property, not null
   * @param d the third property, not null
   * @return a declaration to complete (description, prefix), never null
   */
  public static <T, A, C, D> Builder<T, Object[]> of(
      Class<T> type, Factory3<A, C, D, T> factory, Field<T, A> a, Field<T, C> c, Field<T, D> d) {
    return factory(type, v -> factory.apply(arg(v, 0), arg(v, 1), arg(v, 2)), List.of(a, c, d));
  }

  /**
   * A type built by a core factory from four properties, such as {@code ProductCategory.custom}.
   *
   * @param <T> the domain type
   * @param <A> the first property's type
   * @param <C> the second property's type
   * @param <D> the third property's type
   * @param <E> the fourth property's type
   * @param type the domain type's class, not null
   * @param factory core's factory, not null
   * @param a the first property, not null
   * @param c the second property, not null
   * @param d the third property, not null
   * @param e the fourth property, not null
   * @return a declaration to complete (description, prefix), never null
   */
  public static <T, A, C, D, E> Builder<T, Object[]> of(
      Class<T> type,
      Factory4<A, C, D, E, T> factory,
      Field<T, A> a,
      Field<T, C> c,
      Field<T, D> d,
      Field<T, E> e) {
    return factory(
        type, v -> factory.apply(arg(v, 0), arg(v, 1), arg(v, 2), arg(v, 3)), List.of(a, c, d, e));
  }

  /**
   * A core factory of three values.
   *
   * @param <A> the first value's type
   * @param <C> the second value's type
   * @param <D> the third value's type
   * @param <T> the result
   */
  @FunctionalInterface
  public interface Factory3<A, C, D, T> {
    /**
     * Builds the value.
     *
     * @param a the first value
     * @param c the second value
     * @param d the third value
     * @return the value
     */
    T apply(A a, C c, D d);
  }

  /**
   * A core factory of four values.
   *
   * @param <A> the first value's type
   * @param <C> the second value's type
   * @param <D> the third value's type
   * @param <E> the fourth value's type
   * @param <T> the result
   */
  @FunctionalInterface
  public interface Factory4<A, C, D, E, T> {
    /**
     * Builds the value.
     *
     * @param a the first value
     * @param c the second value
     * @param d the third value
     * @param e the fourth value
     * @return the value
     */
    T apply(A a, C c, D d, E e);
  }

  /**
   * A type built by a core factory that chooses among several factories from what was read, such as
   * an included or an added tax; required fields are checked before {@code factory} runs.
   *
   * @param <T> the domain type
   * @param type the domain type's class, not null
   * @param factory builds the value from the values read, not null
   * @param fields the properties in their written order, not null
   * @return a declaration to complete (description, prefix), never null
   */
  public static <T> Builder<T, Object[]> of(
      Class<T> type, Function<Values<T>, T> factory, List<Field<T, ?>> fields) {
    List<Field<T, ?>> declared = List.copyOf(fields);
    return factory(type, v -> factory.apply(new Values<>(declared, v)), declared);
  }

  /**
   * The values read for a factory, by field (<i>nilai terbaca</i>).
   *
   * @param <T> the domain type
   */
  public static final class Values<T> {
    private final List<Field<T, ?>> fields;
    private final @Nullable Object[] values;

    private Values(List<Field<T, ?>> fields, @Nullable Object[] values) {
      this.fields = fields;
      this.values = values;
    }

    /**
     * The value read for a required field or list (an absent list is empty).
     *
     * @param <V> the value's type
     * @param field one of the declared fields, not null
     * @return the value, never null
     */
    public <V> V get(Field<T, V> field) {
      return arg(values, index(field));
    }

    /**
     * The value read for an optional field.
     *
     * @param <V> the value's type
     * @param field one of the declared fields, not null
     * @return the value, or null when absent or {@code null}
     */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V find(Field<T, V> field) {
      return (V) values[index(field)];
    }

    private int index(Field<T, ?> field) {
      int i = fields.indexOf(field);
      if (i < 0) {
        throw new IllegalArgumentException("not a declared field: " + field.name);
      }
      return i;
    }
  }

  // The values read for a factory are kept in an array, one slot per field; the casts are safe
  // because each slot is only ever filled by its own field's codec.
  @SuppressWarnings("unchecked")
  private static <V> V arg(@Nullable Object[] values, int i) {
    return (V) MissingValueException.required(values[i], "values[" + i + "]");
  }

  private static <T> Builder<T, Object[]> factory(
      Class<T> type, Function<@Nullable Object[], T> factory, List<Field<T, ?>> fields) {
    int n = fields.size();
    Builder<T, Object[]> b =
        new Builder<>(
            type,
            () -> {
              Object[] values = new Object[n];
              for (int i = 0; i < n; i++) {
                Presence presence = fields.get(i).presence;
                if (presence.isList() && presence != Presence.REQUIRED_LIST) {
                  values[i] = List.of(); // an absent list reads as empty
                }
              }
              return values;
            },
            factory); // readValues has refused a missing required property
    for (int i = 0; i < n; i++) {
      int slot = i;
      b.add(fields.get(i), (values, v) -> values[slot] = v);
    }
    b.factoryBuilt = true;
    return b;
  }

  /**
   * The declaration of an {@link ObjectCodec} (<i>deklarasi</i>): fields in their written order.
   *
   * @param <T> the domain type
   * @param <B> its builder's type
   */
  public static final class Builder<T, B> {
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<? super B, T> build;
    private final List<Field<T, ?>> fields = new ArrayList<>();
    private final List<BiConsumer<B, Object>> setters = new ArrayList<>();
    private @Nullable String description;
    private String dropPrefix = "";
    private int derivedCount;
    private @Nullable BiFunction<B, String, String> rename;
    private final Map<String, Object> dependentRequired = new LinkedHashMap<>();
    private final Map<String, Object> keywords = new LinkedHashMap<>();
    private final List<List<String>> exclusive = new ArrayList<>();
    private @Nullable Function<@Nullable Object[], @Nullable T> shortcut;
    // set by factory(): read refuses every missing required property, not only lists
    private boolean factoryBuilt;

    private Builder(Class<T> type, Supplier<B> newBuilder, Function<? super B, T> build) {
      this.type = MissingValueException.required(type, "type");
      this.newBuilder = MissingValueException.required(newBuilder, "newBuilder");
      this.build = MissingValueException.required(build, "build");
    }

    @SuppressWarnings("unchecked")
    private <V> Builder<T, B> add(Field<T, ?> field, BiConsumer<B, V> setter) {
      MissingValueException.required(setter, "setter");
      fields.add(field);
      setters.add((BiConsumer<B, Object>) setter);
      return this;
    }

    /**
     * A property that is always written and must be present ({@code null} refused).
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> required(
        String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(Field.required(name, codec, getter), setter);
    }

    /**
     * A property written only when present; {@code null} reads as absent.
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      return add(new Field<>(name, codec, getter, Presence.OPTIONAL, false, null, null), setter);
    }

    /**
     * A property always written whose {@code null} reads as absent (the builder's default).
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> nullable(
        String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(new Field<>(name, codec, getter, Presence.NULLABLE, false, null, null), setter);
    }

    /**
     * A property always written ({@code null} refused) that may be absent: the builder's default.
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the value, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> defaulted(
        String name, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(new Field<>(name, codec, getter, Presence.DEFAULTED, false, null, null), setter);
    }

    /**
     * A property that core computes, such as a total: always written; when a document carries it
     * (not {@code null}), it must equal the built value's ({@code mismatch}, such as {@code
     * json.total-mismatch}, at the property's path).
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param getter reads the computed value, not null
     * @param mismatch the rule a different written value breaks, not null
     * @param from what core computes it from, for the error's message, not null
     * @return this declaration
     */
    public <V> Builder<T, B> derived(
        String name, Codec<V> codec, Function<T, V> getter, Rule mismatch, String from) {
      Field<T, V> f = new Field<>(name, codec, getter, Presence.DERIVED, false, null, null);
      f.mismatch = MissingValueException.required(mismatch, "mismatch");
      f.from = MissingValueException.required(from, "from");
      derivedCount++;
      return add(f, (b, v) -> {});
    }

    /**
     * A list always written and required.
     *
     * @param <V> the elements' type
     * @param name the wire name, not null
     * @param codec the elements' codec, not null
     * @param getter reads the list, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> requiredList(
        String name, Codec<V> codec, Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
      return add(Field.requiredList(name, codec, getter), setter);
    }

    /**
     * A list always written (empty as {@code []}) that may be absent but not {@code null}.
     *
     * @param <V> the elements' type
     * @param name the wire name, not null
     * @param codec the elements' codec, not null
     * @param getter reads the list, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> list(
        String name, Codec<V> codec, Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
      return add(Field.list(name, codec, getter), setter);
    }

    /**
     * A list written only when not empty; {@code null} reads as absent.
     *
     * @param <V> the elements' type
     * @param name the wire name, not null
     * @param codec the elements' codec, not null
     * @param getter reads the list, not null
     * @param setter gives it to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> optionalList(
        String name, Codec<V> codec, Function<T, List<V>> getter, BiConsumer<B, List<V>> setter) {
      return add(
          new Field<>(name, codec, getter, Presence.OPTIONAL_LIST, false, null, null), setter);
    }

    /**
     * Marks the field declared last as written in place in the schema ({@link Field#inline()}).
     *
     * @return this declaration
     */
    public Builder<T, B> inline() {
      return replaceLast(last().inline());
    }

    /**
     * Gives the list declared last a least number of elements in the schema.
     *
     * @param n the least number
     * @return this declaration
     */
    public Builder<T, B> minItems(long n) {
      return replaceLast(last().minItems(n));
    }

    /**
     * Says that the list declared last has distinct elements: its schema says {@code "uniqueItems":
     * true}, and the reader refuses a repeat ({@code value.duplicate}), also where core would keep
     * a repeated element once.
     *
     * @return this declaration
     */
    public Builder<T, B> uniqueItems() {
      last().uniqueItems = true;
      return this;
    }

    /**
     * Marks the field declared last as added in a version of bengkel ({@link Field#since}), stated
     * in the property's schema.
     *
     * @param version such as {@code "0.3.0"}, not null
     * @return this declaration
     */
    public Builder<T, B> since(String version) {
      return replaceLast(last().since(version));
    }

    /**
     * Refuses {@code null} for the optional field or list declared last: it is still written only
     * when present (a list when not empty) and may be absent, but a {@code null} is refused and the
     * schema does not allow it, for a property whose absence means something, such as a sentence's
     * {@code detention}.
     *
     * @return this declaration
     * @throws IllegalStateException if the field declared last is not {@code optional} or {@code
     *     optionalList}
     */
    public Builder<T, B> nullRefused() {
      Field<T, ?> f = last();
      Presence presence =
          switch (f.presence) {
            case OPTIONAL -> Presence.OPTIONAL_NOT_NULL;
            case OPTIONAL_LIST -> Presence.OPTIONAL_LIST_NOT_NULL;
            default -> throw new IllegalStateException("not an optional field: " + f.name);
          };
      return replaceLast(
          new Field<T, Object>(f.name, f.codec, f.getter, presence, f.inline, f.since, f.minItems));
    }

    /**
     * Says in the schema ({@code dependentRequired}) that when {@code property} is present, the
     * {@code needed} properties must be too. The schema only states it: the declaration's builder
     * (a draft, for a rule across fields) checks it on reading and refuses with {@code
     * json.missing-property}.
     *
     * @param property a declared field's name, not null
     * @param needed the declared fields it needs, not null
     * @return this declaration
     * @throws IllegalArgumentException if a name is not a declared field
     */
    public Builder<T, B> dependentRequired(String property, String... needed) {
      List<String> names = fields.stream().map(Field::name).toList();
      List<String> needs = List.of(needed);
      for (String name : needs) {
        if (!names.contains(name)) {
          throw new IllegalArgumentException("not a declared field: " + name);
        }
      }
      if (!names.contains(property)) {
        throw new IllegalArgumentException("not a declared field: " + property);
      }
      dependentRequired.put(property, needs);
      return this;
    }

    /**
     * A property of older documents, read and never written, such as a form that a newer property
     * replaced; {@code null} is refused and the schema says it may be absent. Usually one of the
     * groups of {@link #oneOf}.
     *
     * @param <V> the value type
     * @param name the wire name, not null
     * @param codec the value's codec, not null
     * @param setter gives the value read to the builder, not null
     * @return this declaration
     */
    public <V> Builder<T, B> legacy(String name, Codec<V> codec, BiConsumer<B, V> setter) {
      Field<T, V> f =
          new Field<>(
              name, codec, t -> Optional.empty(), Presence.OPTIONAL_NOT_NULL, false, null, null);
      f.legacy = true;
      return add(f, setter);
    }

    /**
     * Says that an object has the properties of exactly one of two groups, such as a current form
     * and the form of older documents: on reading, a property of one group after a property of the
     * other is an unknown property ({@code json.unknown-property} in strict mode, skipped and
     * reported in lenient mode); the schema says {@code oneOf} the groups is required. The fields
     * are declared optional, as either group may be absent.
     *
     * @param first the declared fields of one group, not null
     * @param second those of the other, not null
     * @return this declaration
     * @throws IllegalArgumentException if a name is not a declared field
     */
    public Builder<T, B> oneOf(List<String> first, List<String> second) {
      List<String> names = fields.stream().map(Field::name).toList();
      if (!names.containsAll(first) || !names.containsAll(second)) {
        throw new IllegalArgumentException("not all declared fields: " + first + ", " + second);
      }
      exclusive.add(List.copyOf(first));
      exclusive.add(List.copyOf(second));
      keywords.put(
          "oneOf",
          List.of(
              JsonSchema.of(JsonSchema.map("required", List.copyOf(first))),
              JsonSchema.of(JsonSchema.map("required", List.copyOf(second)))));
      return this;
    }

    /**
     * Adds a keyword to the schema, for a rule across properties that the field list cannot state,
     * such as {@code allOf} with {@code if}/{@code then}; the reader must refuse what it states.
     *
     * @param keyword the keyword, not null
     * @param value its value, not null
     * @return this declaration
     */
    public Builder<T, B> schema(String keyword, Object value) {
      keywords.put(
          MissingValueException.required(keyword, "keyword"),
          MissingValueException.required(value, "value"));
      return this;
    }

    /**
     * For each field, the bits of the fields of the groups it does not belong to ({@link #oneOf}).
     */
    private long[] excludes() {
      List<String> names = fields.stream().map(Field::name).toList();
      long[] excludes = new long[names.size()];
      for (int g = 0; g < exclusive.size(); g += 2) {
        for (String a : exclusive.get(g)) {
          for (String b : exclusive.get(g + 1)) {
            excludes[names.indexOf(a)] |= 1L << names.indexOf(b);
            excludes[names.indexOf(b)] |= 1L << names.indexOf(a);
          }
        }
      }
      return excludes;
    }

    private Map<String, Object> schemaKeywords() {
      Map<String, Object> all = new LinkedHashMap<>();
      if (!dependentRequired.isEmpty()) {
        all.put("dependentRequired", dependentRequired);
      }
      all.putAll(keywords);
      return all;
    }

    private Field<T, ?> last() {
      if (fields.isEmpty()) {
        throw new IllegalStateException("no field declared yet");
      }
      return fields.get(fields.size() - 1);
    }

    // field is always a new Field (inline, minItems, since, nullRefused), so the marks set after
    // construction are the last field's
    private Builder<T, B> replaceLast(Field<T, ?> field) {
      field.mismatch = last().mismatch;
      field.from = last().from;
      field.uniqueItems = last().uniqueItems;
      field.legacy = last().legacy;
      fields.set(fields.size() - 1, field);
      return this;
    }

    /**
     * The schema's description of the type.
     *
     * @param text the description, not null
     * @return this declaration
     */
    public Builder<T, B> describedAs(String text) {
      this.description = MissingValueException.required(text, "text");
      return this;
    }

    /**
     * A prefix that core puts before the names of the fields it refuses, such as {@code "halal"}
     * for {@code halal.number}, dropped from the error's JSON path because the path already ends at
     * this object.
     *
     * @param prefix the prefix, not null
     * @return this declaration
     */
    public Builder<T, B> dropPrefix(String prefix) {
      this.dropPrefix = MissingValueException.required(prefix, "prefix");
      return this;
    }

    /**
     * Renames the field that core refuses before it becomes a JSON path, for a type whose wire form
     * nests a field deeper than core's name says (such as an order line's wrapper).
     *
     * @param rename from the filled builder and core's field name to the field's name on the wire,
     *     not null
     * @return this declaration
     */
    public Builder<T, B> refusedField(BiFunction<B, String, String> rename) {
      this.rename = MissingValueException.required(rename, "rename");
      return this;
    }

    /**
     * Core's factory of the first four declared properties, such as {@code GoodsLine.of}, used
     * instead of the builder when a value read has all four and nothing else (later properties
     * absent, {@code null} or empty lists): one object fewer for a value that documents hold many
     * of. Otherwise the builder, which names every missing property. Not with derived properties or
     * {@link #refusedField}. The factory must check what the builder checks; its refusals become
     * errors at the same paths.
     *
     * @param <A> the first property's type
     * @param <C> the second property's type
     * @param <D> the third property's type
     * @param <E> the fourth property's type
     * @param factory core's factory, not null
     * @return this declaration
     */
    @SuppressWarnings("unchecked") // each slot holds what its field's codec read
    public <A, C, D, E> Builder<T, B> orFactory(Factory4<A, C, D, E, T> factory) {
      MissingValueException.required(factory, "factory");
      if (fields.size() < 4) {
        throw new IllegalStateException("a factory of four properties needs four fields");
      }
      this.shortcut =
          v -> {
            for (int i = 4; i < v.length; i++) {
              Object rest = v[i];
              if (rest != null && !(rest instanceof List<?> l && l.isEmpty())) {
                return null;
              }
            }
            Object a = v[0];
            Object c = v[1];
            Object d = v[2];
            Object e = v[3];
            if (a == null || c == null || d == null || e == null) {
              return null;
            }
            return factory.apply((A) a, (C) c, (D) d, (E) e);
          };
      return this;
    }

    /**
     * The codec.
     *
     * @return the codec, never null
     */
    public ObjectCodec<T, B> build() {
      if (shortcut != null && (derivedCount > 0 || rename != null)) {
        throw new IllegalStateException("orFactory with derived properties or refusedField");
      }
      return new ObjectCodec<>(
          type,
          newBuilder,
          build,
          fields,
          setters,
          description,
          dropPrefix,
          derivedCount > 0,
          rename,
          schemaKeywords(),
          excludes(),
          shortcut,
          factoryBuilt);
    }
  }

  @Override
  public Class<T> type() {
    return type;
  }

  /**
   * The declared fields in their written order.
   *
   * @return the fields, never null
   */
  public List<Field<T, ?>> fields() {
    return fields;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(T value, JsonWriter out) {
    out.beginObject();
    Field<T, ?>[] declared = byIndex;
    for (int i = 0; i < declared.length; i++) {
      Field<T, ?> f = declared[i];
      Object v = f.getter.apply(value);
      Codec<Object> codec = (Codec<Object>) f.codec;
      switch (f.presence) {
        case REQUIRED, NULLABLE, DEFAULTED, DERIVED -> writeValue(f, v, out.name(names, i));
        case OPTIONAL, OPTIONAL_NOT_NULL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isPresent()) {
            writeValue(f, o.get(), out.name(names, i));
          }
        }
        case OPTIONAL_LIST, OPTIONAL_LIST_NOT_NULL -> {
          List<?> list = (List<?>) v;
          if (!list.isEmpty()) {
            writeList(list, codec, out.name(names, i));
          }
        }
        case REQUIRED_LIST, LIST -> writeList((List<?>) v, codec, out.name(names, i));
      }
    }
    out.endObject();
  }

  // The same calls as the scalar codecs of Scalars make, without the call through their lambdas.
  @SuppressWarnings("unchecked")
  private static void writeValue(Field<?, ?> f, Object v, JsonWriter out) {
    switch (f.kind) {
      case STRING -> out.string((String) v);
      case LONG -> out.number((Long) v);
      case INT -> out.number((Integer) v);
      case BOOLEAN -> out.bool((Boolean) v);
      case DATE -> out.date((LocalDate) v);
      case DATE_TIME -> out.dateTime((LocalDateTime) v);
      case OTHER -> ((Codec<Object>) f.codec).write(v, out);
    }
  }

  private static Object readValue(Field<?, ?> f, JsonReader in) {
    return switch (f.kind) {
      case STRING -> Scalars.nextText(in);
      case LONG -> in.nextLong();
      case INT -> CodecSupport.nextInt(in);
      case BOOLEAN -> in.nextBoolean();
      case DATE -> in.nextDate();
      case DATE_TIME -> in.nextDateTime();
      case OTHER -> f.codec.read(in);
    };
  }

  private static void writeList(List<?> list, Codec<Object> codec, JsonWriter out) {
    out.beginArray();
    for (Object e : list) {
      codec.write(e, out);
    }
    out.endArray();
  }

  @Override
  public T read(JsonReader in) {
    @Nullable Object[] values = readValues(in);
    Function<@Nullable Object[], @Nullable T> whole = shortcut;
    if (whole != null) {
      // core's factory if the values are all it takes, else the builder
      T value = Paths.build(in, dropPrefix, values, whole);
      if (value != null) {
        return value;
      }
    }
    B b = newBuilder.get();
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v != null) {
        setters[i].accept(b, v); // a derived field's setter does nothing
      }
    }
    T value = rename == null ? Paths.build(in, dropPrefix, b, build) : buildRenaming(in, b, rename);
    if (hasDerived) {
      for (int i = 0; i < values.length; i++) {
        Field<T, ?> f = byIndex[i];
        Object w = values[i];
        if (f.presence == Presence.DERIVED && w != null && !w.equals(f.getter.apply(value))) {
          throw BengkelJsonException.of(
              MissingValueException.required(f.mismatch, "mismatch"),
              JsonPath.property(in.path(), f.name),
              MissingValueException.required(f.from, "from"));
        }
      }
    }
    return value;
  }

  /**
   * Refuses an object without one of the properties in {@link #refusedIfAbsent} ({@code
   * json.missing-property}), as its schema does, naming every missing required property in one
   * error in the declared order, as core's builder names its own.
   */
  private void refuseMissing(JsonReader in, @Nullable Object[] values) {
    StringJoiner missing = new StringJoiner(",");
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null && byIndex[i].presence.schemaRequired) {
        missing.add(byIndex[i].name);
      }
    }
    MissingValueException e = MissingValueException.of(missing.toString());
    Paths.build(
        in,
        dropPrefix,
        () -> {
          throw e;
        });
  }

  /**
   * The object's properties, each in its field's slot; null for those absent or null. Refuses a
   * missing property of {@link #refusedIfAbsent}.
   */
  private @Nullable Object[] readValues(JsonReader in) {
    Field<T, ?>[] declared = byIndex;
    @Nullable Object[] values = new Object[declared.length];
    long read = 0; // the fields read so far, bit i for index i
    in.beginObject();
    for (int p = in.nextProperty(names); p != JsonReader.END; p = in.nextProperty(names)) {
      if (p == JsonReader.UNKNOWN || (excludes[p] & read) != 0) {
        in.unknownProperty();
        continue;
      }
      read |= 1L << p;
      Field<T, ?> f = declared[p];
      if (f.presence.nullIsAbsent && in.nextIfNull()) {
        continue;
      }
      values[p] = f.presence.isList() ? readList(f, in) : readValue(f, in);
    }
    if ((refusedIfAbsent & ~read) != 0) {
      refuseMissing(in, values);
    }
    return values;
  }

  /**
   * A list field's elements; for a list of distinct elements ({@link Builder#uniqueItems}), a
   * repeat is refused ({@code value.duplicate}, the value not shown: it may be a person's number),
   * where core, holding a set, would keep the element once and lose nothing a reader could see.
   */
  private static List<Object> readList(Field<?, ?> f, JsonReader in) {
    @SuppressWarnings("unchecked")
    Codec<Object> codec = (Codec<Object>) f.codec;
    List<Object> list = in.readList(codec);
    if (f.uniqueItems && new HashSet<>(list).size() != list.size()) {
      throw in.error(CoreRule.DUPLICATE);
    }
    return list;
  }

  private T buildRenaming(JsonReader in, B b, BiFunction<B, String, String> rename) {
    try {
      return build.apply(b);
    } catch (MissingValueException e) {
      return Paths.build(
          in,
          dropPrefix,
          () -> {
            throw e;
          });
    } catch (InvalidValueException e) {
      throw BengkelJsonException.wrapping(e, Paths.path(in.path(), rename.apply(b, e.field())));
    }
  }

  @Override
  public Optional<JsonSchema> schema() {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (Field<T, ?> f : fields) {
      properties.put(f.name, f.schema());
      if (f.presence.schemaRequired) {
        required.add(f.name);
      }
    }
    Map<String, Object> map = new LinkedHashMap<>();
    if (description != null) {
      map.put("description", description);
    }
    map.put("type", "object");
    map.put("properties", properties);
    map.put("required", List.copyOf(required));
    map.put("additionalProperties", Boolean.FALSE);
    map.putAll(keywords);
    return Optional.of(JsonSchema.of(map));
  }

  @Override
  public String toString() {
    return "ObjectCodec[" + type.getSimpleName() + "]";
  }
}
