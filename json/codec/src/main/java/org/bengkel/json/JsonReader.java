package org.bengkel.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.error.Rule;
import org.bengkel.json.internal.IsoText;
import org.jspecify.annotations.Nullable;

/**
 * The neutral pull reader that {@link Codec}s read from (<i>pembaca JSON</i>): tokens from a {@link
 * JsonTokenSource}, the JSON path of the current value, and typed reads that refuse what bengkel's
 * format does not allow, always with a {@link BengkelJsonException} naming the path.
 *
 * <p>It enforces, identically for every JSON library behind it: no duplicate property names, no
 * unknown properties in strict mode (lenient mode skips them and reports their paths), no floats or
 * out-of-range numbers where whole numbers are read, no {@code null} where a value is required, and
 * the nesting limit of its {@link BengkelJsonOptions}. Values are built by the codecs through
 * bengkel-core's public factories; {@link #build(Supplier)} and {@link #nextString(Function)} turn
 * the core's {@link InvalidValueException} into a {@link BengkelJsonException} at the right path.
 *
 * <p>Stateful and not thread-safe: one reader reads one value.
 */
public final class JsonReader {

  /**
   * A date's notation as the error of one names it (detail {@code {2}} of {@code
   * json.malformed-date}), {@code yyyy-MM-dd}; the other notations follow.
   */
  public static final String DATE_NOTATION = "yyyy-MM-dd";

  /** A local date-time's notation: seconds and a fraction of one to nine digits optional. */
  public static final String DATE_TIME_NOTATION = "yyyy-MM-ddTHH:mm[:ss[.SSSSSSSSS]]";

  /** An instant's notation: in UTC, seconds required, a fraction of one to nine digits optional. */
  public static final String INSTANT_NOTATION = "yyyy-MM-ddTHH:mm:ss[.SSSSSSSSS]Z";

  /** A time of day's notation: seconds and a fraction of one to nine digits optional. */
  public static final String TIME_NOTATION = "HH:mm[:ss[.SSSSSSSSS]]";

  /** {@link #nextProperty} found a name that is not one of the codec's. */
  public static final int UNKNOWN = -1;

  /** {@link #nextProperty} consumed the end of the object. */
  public static final int END = -2;

  // Class.getEnumConstants() copies the array on every call; this keeps one copy per enumeration.
  private static final ClassValue<Enum<?>[]> ENUM_CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          return (Enum<?>[]) type.getEnumConstants();
        }
      };

  private final JsonTokenSource source;
  private final String base;
  private final BengkelJsonOptions options;
  private final Consumer<String> ignored;

  private @Nullable JsonToken peeked;

  // The open objects and arrays: the innermost is `top`, null outside any; `depth` counts them.
  // A frame is created the first time its depth is reached and reused by every later object or
  // array at that depth, so reading allocates nothing per object or array, and a reader that only
  // ever opens a few levels creates only a few frames.
  private int depth;
  private @Nullable Frame top;
  private @Nullable Frame outermost;

  // The options' limits, read once: they are compared for every token.
  private final int maxNestingDepth;
  private final int maxCollectionSize;
  private final int maxNameLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  // Whether the source's library refuses over-long names, strings and numbers itself.
  private final boolean lengthsChecked;

  /** An open object or array (<i>bingkai</i>), linked to the one around it and the one inside. */
  private static final class Frame {
    final @Nullable Frame outer;
    @Nullable Frame inner;
    boolean isObject;
    // For arrays: the index of the current element, -1 before the first.
    int index;
    // For objects read with nextName: the names seen (created with the first), for duplicates,
    // and the last, for the path of an error. For objects read with nextProperty: the known names
    // seen (bit i for index i), the index of the current property (-1 when it is not a known one)
    // and the names it indexes. For both: the properties read, for the size limit.
    @Nullable Set<String> seen;
    @Nullable String lastName;
    long knownSeen;
    int propertyIndex;
    @Nullable PropertyNames propertyNames;
    int propertyCount;
    // For an object keyed by personal data: what its keys are shown as in paths and details.
    @Nullable String redactedKeys;

    Frame(@Nullable Frame outer) {
      this.outer = outer;
    }

    /** The name of the current property of this object, or null before one. */
    @Nullable String currentName() {
      int i = propertyIndex;
      PropertyNames names = propertyNames;
      return i >= 0 && names != null ? names.name(i) : lastName;
    }
  }

  /**
   * The property names a codec reads, in a fixed order (<i>nama properti</i>), for {@link
   * #nextProperty}: at most 64, so that the names seen in an object fit the bits of a {@code long}.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class PropertyNames {
    private final String[] names;
    // What token sources and writers derived from the names (see adapted): the class asked for
    // and the form made for it, alternating.
    private volatile Object[] adapters = new Object[0];

    private PropertyNames(String[] names) {
      this.names = names;
    }

    /**
     * The names, each at its index.
     *
     * @param names 1 to 64 distinct names, not null
     * @return the names, never null
     * @throws IllegalArgumentException if there are none, more than 64, or the same twice
     * @throws MissingValueException if a name is null
     */
    public static PropertyNames of(String... names) {
      String[] copy = names.clone();
      if (copy.length == 0 || copy.length > Long.SIZE) {
        throw new IllegalArgumentException("1 to 64 property names, not " + copy.length);
      }
      Set<String> distinct = new HashSet<>();
      for (String n : copy) {
        if (!distinct.add(MissingValueException.required(n, "name"))) {
          throw new IllegalArgumentException("property name twice: " + n);
        }
      }
      return new PropertyNames(copy);
    }

    /**
     * The number of names.
     *
     * @return 1 to 64
     */
    public int size() {
      return names.length;
    }

    /**
     * The name at an index.
     *
     * @param index 0 to {@code size() - 1}
     * @return the name, never null
     * @throws IndexOutOfBoundsException for another index
     */
    public String name(int index) {
      return names[index];
    }

    /**
     * A token source's own form of these names, such as its library's name matcher, made once for
     * each type and kept with the names (which are usually constants of a codec), for {@link
     * JsonTokenSource#nextName}.
     *
     * @param <T> the form's type
     * @param type its class, not null
     * @param make makes it from these names, not null; it must not return null
     * @return the form of that type, made by {@code make} on first use
     */
    @SuppressWarnings("unchecked") // each form is kept with the class it was made for
    public <T> T adapted(Class<T> type, Function<? super PropertyNames, ? extends T> make) {
      // Called for every name read or written: the class asked for is compared by identity, as an
      // instance check against an interface or an array of one scans the class's supertypes.
      Object[] known = adapters;
      for (int i = 0; i < known.length; i += 2) {
        if (known[i] == type) {
          return (T) known[i + 1];
        }
      }
      return adapt(type, make);
    }

    @SuppressWarnings("unchecked") // as in adapted
    private synchronized <T> T adapt(
        Class<T> type, Function<? super PropertyNames, ? extends T> make) {
      Object[] known = adapters;
      for (int i = 0; i < known.length; i += 2) {
        if (known[i] == type) {
          return (T) known[i + 1];
        }
      }
      T made = type.cast(MissingValueException.required(make.apply(this), "adapted form"));
      Object[] more = Arrays.copyOf(known, known.length + 2);
      more[known.length] = type;
      more[known.length + 1] = made;
      adapters = more;
      return made;
    }

    /**
     * The index of a name.
     *
     * @param name any name, not null
     * @return its index, or {@link #UNKNOWN}
     */
    public int indexOf(String name) {
      // Jackson hands out interned names and the codecs' names are literals, so the same name is
      // usually the same object: a scan by identity needs neither the hash code nor equals. The
      // scan by equals is for other sources; a codec has a few dozen names at most.
      String[] known = names;
      for (int i = 0; i < known.length; i++) {
        if (known[i] == name) {
          return i;
        }
      }
      for (int i = 0; i < known.length; i++) {
        if (known[i].equals(name)) {
          return i;
        }
      }
      return UNKNOWN;
    }

    /**
     * The index of a name that is probably the one at {@code expected}: documents usually list a
     * codec's names in the order it writes them, so the name after the previous one is tried first,
     * with one comparison.
     */
    int indexOf(String name, int expected) {
      String[] known = names;
      return expected < known.length && known[expected] == name ? expected : indexOf(name);
    }
  }

  private JsonReader(
      JsonTokenSource source, String base, BengkelJsonOptions options, Consumer<String> ignored) {
    this.source = MissingValueException.required(source, "source");
    this.base = MissingValueException.required(base, "base");
    this.options = MissingValueException.required(options, "options");
    this.ignored = MissingValueException.required(ignored, "ignored");
    this.maxNestingDepth = options.maxNestingDepth();
    this.maxCollectionSize = options.maxCollectionSize();
    this.maxNameLength = options.maxNameLength();
    this.maxStringLength = options.maxStringLength();
    this.maxNumberLength = options.maxNumberLength();
    this.lengthsChecked = source.checksLengths(options);
  }

  /**
   * A reader of a whole document with default options; ignored properties are not reported.
   *
   * @param source the tokens, not null
   * @return the reader, never null
   */
  public static JsonReader of(JsonTokenSource source) {
    return of(source, JsonPath.ROOT, BengkelJsonOptions.strict(), path -> {});
  }

  /**
   * A reader of a value that starts at {@code base} in its document.
   *
   * @param source the tokens, not null; its next token is the value's first
   * @param base the JSON path of the value, such as {@code $} or {@code $.order.total}, not null
   * @param options strict or lenient, and the limits, not null
   * @param ignored receives the path of every property skipped in lenient mode, not null
   * @return the reader, never null
   */
  public static JsonReader of(
      JsonTokenSource source, String base, BengkelJsonOptions options, Consumer<String> ignored) {
    return new JsonReader(source, base, options, ignored);
  }

  /**
   * The JSON path of the value being read: after {@link #nextName()} the property's path, inside an
   * array the current element's path, after {@link #endObject()} the object's own path.
   *
   * @return the path, never null
   */
  public String path() {
    String path = base;
    Frame f = outermost;
    for (int d = 0; d < depth && f != null; d++, f = f.inner) {
      String name = f.isObject ? f.currentName() : null;
      if (name != null && f.redactedKeys != null) {
        path = path + "[<" + f.redactedKeys + ">]";
      } else if (name != null) {
        path = JsonPath.property(path, name);
      } else if (!f.isObject && f.index >= 0) {
        path = JsonPath.index(path, f.index);
      }
    }
    return path;
  }

  /**
   * The options this reader applies.
   *
   * @return the options, never null
   */
  public BengkelJsonOptions options() {
    return options;
  }

  /**
   * The next token without consuming it.
   *
   * @return the token, never null
   * @throws BengkelJsonException rule {@code json.malformed} (or a limit) from the source
   */
  public JsonToken peek() {
    // Kept tiny so that the JIT inlines it into every codec: the work is in fetch().
    JsonToken t = peeked;
    return t != null ? t : (peeked = fetch());
  }

  /** The source's next token, its length checked. */
  private JsonToken fetch() {
    JsonToken t = next();
    if (!lengthsChecked) {
      checkLength(t);
    }
    return t;
  }

  private JsonToken next() {
    try {
      return source.next();
    } catch (BengkelJsonException e) {
      throw relocated(e);
    }
  }

  private int matchName(PropertyNames names, int expected) {
    try {
      return source.nextName(names, expected);
    } catch (BengkelJsonException e) {
      throw relocated(e);
    }
  }

  /**
   * The current token's text; a library that decodes it lazily may refuse it here. Every string and
   * property name the codecs receive passes here, so two characters are refused here once: a lone
   * surrogate, which is no Unicode text and would not be written back as the same JSON, and NUL,
   * which no text of the domain holds and text stores cannot keep.
   */
  private String text() {
    String text;
    try {
      text = source.text();
    } catch (BengkelJsonException e) {
      throw relocated(e);
    }
    JsonRule refused = refusedCharacter(text);
    if (refused != null) {
      throw error(refused);
    }
    return text;
  }

  /**
   * The rule {@code text} breaks by one of its characters: a UTF-16 surrogate that is not a high
   * one followed by a low one, or NUL; null when it breaks none. One pass over the text.
   */
  private static @Nullable JsonRule refusedCharacter(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return JsonRule.NUL_CHARACTER;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || ++i == n
            || !Character.isLowSurrogate(text.charAt(i))) {
          return JsonRule.UNPAIRED_SURROGATE;
        }
      }
    }
    return null;
  }

  /**
   * A source's error without a path (it knew none) placed at the reader's current path; inside an
   * object keyed by personal data always at the reader's path, which does not show the keys.
   */
  private BengkelJsonException relocated(BengkelJsonException e) {
    return depth > 0 && (e.path().equals(JsonPath.ROOT) || redacting()) ? e.at(path()) : e;
  }

  /** Whether an open object's keys are personal data. */
  private boolean redacting() {
    Frame f = outermost;
    for (int d = 0; d < depth && f != null; d++, f = f.inner) {
      if (f.redactedKeys != null) {
        return true;
      }
    }
    return false;
  }

  // The limits are checked here too, not only by the library's parser, so that every token source
  // is held to the same options. textLength() lets a source answer without creating the text.
  private void checkLength(JsonToken t) {
    if (t != JsonToken.NAME && t != JsonToken.STRING && t != JsonToken.NUMBER) {
      return;
    }
    int length;
    try {
      length = source.textLength();
    } catch (BengkelJsonException e) {
      throw relocated(e);
    }
    if (t == JsonToken.NAME
        ? length > maxNameLength
        : t == JsonToken.STRING ? length > maxStringLength : length > maxNumberLength) {
      throw tooLong(t);
    }
  }

  private BengkelJsonException tooLong(JsonToken t) {
    return t == JsonToken.NAME
        ? error(JsonRule.LIMIT_EXCEEDED, "property name length " + maxNameLength)
        : t == JsonToken.STRING
            ? error(JsonRule.LIMIT_EXCEEDED, "string length " + maxStringLength)
            : error(JsonRule.LIMIT_EXCEEDED, "number length " + maxNumberLength);
  }

  // The methods below run for every token: their slow paths are separate methods, so that each
  // stays small enough for the JIT to inline it into the codecs.

  // Consumes the next token: the one peeked, if any, or straight from the source without keeping
  // it (most tokens are consumed without being peeked first). A caller that refuses the token
  // puts it back (peeked = t) before building its error, so the reader's state is as before.
  private JsonToken take() {
    JsonToken t = peeked;
    if (t != null) {
      peeked = null;
      return t;
    }
    return fetch();
  }

  private void startValue() {
    Frame f = top;
    if (f != null && !f.isObject) {
      nextIndex(f);
    }
  }

  private void nextIndex(Frame f) {
    if (++f.index >= maxCollectionSize) {
      throw tooManyElements();
    }
  }

  private BengkelJsonException tooManyElements() {
    return error(JsonRule.LIMIT_EXCEEDED, "collection size " + maxCollectionSize);
  }

  private void expect(JsonToken wanted, String description) {
    JsonToken t = take();
    if (t != wanted) {
      peeked = t;
      throw unexpected(description);
    }
  }

  private BengkelJsonException unexpected(String description) {
    JsonToken t = peek();
    if (t == JsonToken.NULL) {
      return error(JsonRule.NULL_VALUE);
    }
    if (t == JsonToken.END_DOCUMENT) {
      return error(JsonRule.MALFORMED, "unexpected end of input");
    }
    return error(JsonRule.WRONG_TYPE, description, t.description());
  }

  private void pushObject() {
    Frame f = push();
    f.isObject = true;
    Set<String> seen = f.seen;
    if (seen != null) {
      seen.clear();
    }
    f.lastName = null;
    f.knownSeen = 0;
    f.propertyIndex = -1;
    f.propertyCount = 0;
    f.redactedKeys = null;
  }

  private void pushArray() {
    Frame f = push();
    f.isObject = false;
    f.index = -1;
  }

  /** The frame of the object or array being opened, now the innermost. */
  private Frame push() {
    Frame t = top;
    Frame f = t == null ? outermost : t.inner;
    // No frame is ever made at the nesting limit (newFrame refuses it), so at the limit there is
    // none to reuse and newFrame is reached, which refuses the object or array.
    if (f == null) {
      f = newFrame(t);
    }
    top = f;
    depth++;
    return f;
  }

  private Frame newFrame(@Nullable Frame outer) {
    if (depth >= maxNestingDepth) {
      throw error(JsonRule.LIMIT_EXCEEDED, "nesting depth " + maxNestingDepth);
    }
    Frame f = new Frame(outer);
    if (outer == null) {
      outermost = f;
    } else {
      outer.inner = f;
    }
    return f;
  }

  /** Closes the innermost object or array. */
  private void pop() {
    top = open(top).outer;
    depth--;
  }

  /** The frame of an object or array that the caller knows is open. */
  private static Frame open(@Nullable Frame f) {
    if (f == null) {
      throw new IllegalStateException("bengkel: no open object or array");
    }
    return f;
  }

  private boolean inObject() {
    Frame f = top;
    return f != null && f.isObject;
  }

  private boolean inArray() {
    Frame f = top;
    return f != null && !f.isObject;
  }

  /**
   * Consumes the start of an object.
   *
   * @throws BengkelJsonException rule {@code json.wrong-type}, {@code json.null-value} or {@code
   *     json.limit-exceeded} (nesting)
   */
  public void beginObject() {
    startValue();
    expect(JsonToken.BEGIN_OBJECT, "an object");
    pushObject();
  }

  /**
   * Consumes the start of an object whose property names are personal data, such as a batch's
   * {@code pieces} keyed by registration number (<i>kunci data pribadi</i>): paths through its
   * properties show {@code [<description>]} instead of the name ({@code $.pieces[<registration
   * number>]}), and so does a duplicate key's detail.
   *
   * @param description what the keys are, such as {@code "registration number"}, not null
   * @throws BengkelJsonException as {@link #beginObject()}
   */
  public void beginObjectKeyedBy(String description) {
    MissingValueException.required(description, "description");
    beginObject();
    open(top).redactedKeys = description;
  }

  /**
   * Consumes the end of the current object.
   *
   * @throws BengkelJsonException rule {@code json.wrong-type} when properties remain
   */
  public void endObject() {
    JsonToken t = take();
    if (t != JsonToken.END_OBJECT || !inObject()) {
      peeked = t;
      throw notThe("the end of an object");
    }
    pop();
  }

  private BengkelJsonException notThe(String wanted) {
    return error(JsonRule.WRONG_TYPE, wanted, peek().description());
  }

  /**
   * Consumes the start of an array.
   *
   * @throws BengkelJsonException rule {@code json.wrong-type}, {@code json.null-value} or {@code
   *     json.limit-exceeded} (nesting)
   */
  public void beginArray() {
    startValue();
    expect(JsonToken.BEGIN_ARRAY, "an array");
    pushArray();
  }

  /**
   * Consumes the end of the current array.
   *
   * @throws BengkelJsonException rule {@code json.wrong-type} when elements remain
   */
  public void endArray() {
    JsonToken t = take();
    if (t != JsonToken.END_ARRAY || !inArray()) {
      peeked = t;
      throw notThe("the end of an array");
    }
    pop();
  }

  /**
   * Whether the current object or array has another property or element.
   *
   * @return false at the end of the object or array
   * @throws BengkelJsonException rule {@code json.malformed} from the source
   */
  public boolean hasNext() {
    JsonToken t = peek();
    return t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && t != JsonToken.END_DOCUMENT;
  }

  /**
   * Consumes a property name; the path now ends with it.
   *
   * @return the name, never null
   * @throws BengkelJsonException rule {@code json.duplicate-key} if the object already had it
   */
  public String nextName() {
    JsonToken t = take();
    if (t != JsonToken.NAME || !inObject()) {
      peeked = t;
      throw notThe("a property name");
    }
    String name = text();
    recordUnknown(open(top), name);
    return name;
  }

  /** Records a name that is not one of a codec's known names, for duplicates and paths. */
  private void recordUnknown(Frame f, String name) {
    f.propertyIndex = -1;
    f.lastName = name;
    Set<String> seen = f.seen;
    if (seen == null) {
      seen = f.seen = new HashSet<>();
    }
    if (!seen.add(name)) {
      String shown = f.redactedKeys;
      throw error(JsonRule.DUPLICATE_KEY, shown == null ? name : "<" + shown + ">");
    }
    if (++f.propertyCount > maxCollectionSize) {
      throw tooManyElements();
    }
  }

  /**
   * Consumes the next property name of the current object and says which of the codec's known names
   * it is (<i>properti berikutnya</i>), or consumes the object's end: the faster form of {@code
   * hasNext()}, {@link #nextName()} and {@link #endObject()} for codecs whose property names are
   * fixed. A known name is looked up in {@code names} (or matched by the source in its input, see
   * {@link JsonTokenSource#nextName}) and checked for duplicates with one bit; any other name is
   * handled as {@link #nextName()} does, and the codec then calls {@link #unknownProperty()}. The
   * path ends with the property's name, as after {@link #nextName()}; after {@link #END} it is the
   * object's own path, as after {@link #endObject()}. Read an object with this method or with
   * {@link #nextName()}, not both: a name read one way is not compared with names read the other.
   *
   * <pre>{@code
   * in.beginObject();
   * for (int p = in.nextProperty(NAMES); p != JsonReader.END; p = in.nextProperty(NAMES)) {
   *   switch (p) {
   *     case SKU -> b.sku(in.read(CatalogCodecs.SKU));
   *     case QUANTITY -> b.quantity(in.nextLong());
   *     default -> in.unknownProperty();
   *   }
   * }
   * }</pre>
   *
   * @param names the codec's property names, not null
   * @return the index of the name in {@code names}, {@link #UNKNOWN} for another name, or {@link
   *     #END} once the object's end is consumed
   * @throws BengkelJsonException rule {@code json.duplicate-key}, {@code json.limit-exceeded}
   *     (properties of one object) or {@code json.wrong-type} (not in an object)
   */
  public int nextProperty(PropertyNames names) {
    Frame f = top;
    if (peeked == null && lengthsChecked && f != null && f.isObject) {
      // the source may match the name in its input (it checks the name's length itself)
      int m = matchName(names, f.propertyIndex + 1);
      if (m >= 0) {
        recordKnown(f, names, m);
        return m;
      }
      if (m == UNKNOWN) {
        recordUnknown(f, text());
        return UNKNOWN;
      }
      if (m == END) {
        pop();
        return END;
      }
    }
    JsonToken t = take();
    if (t == JsonToken.NAME && f != null && f.isObject) {
      String name = text();
      // the name after the previous one (0 first, and after an unknown name)
      int i = names.indexOf(name, f.propertyIndex + 1);
      if (i < 0) {
        recordUnknown(f, name);
        return UNKNOWN;
      }
      recordKnown(f, names, i);
      return i;
    }
    if (t == JsonToken.END_OBJECT && inObject()) {
      pop();
      return END;
    }
    peeked = t;
    throw notThe("a property name");
  }

  private void recordKnown(Frame f, PropertyNames names, int i) {
    f.propertyNames = names;
    f.propertyIndex = i;
    long bit = 1L << i;
    if ((f.knownSeen & bit) != 0) {
      throw error(JsonRule.DUPLICATE_KEY, names.name(i));
    }
    f.knownSeen |= bit;
    if (++f.propertyCount > maxCollectionSize) {
      throw tooManyElements();
    }
  }

  /**
   * Consumes a string.
   *
   * @return the string, never null
   * @throws BengkelJsonException rule {@code json.wrong-type} or {@code json.null-value}
   */
  public String nextString() {
    startValue();
    expect(JsonToken.STRING, "a string");
    return text();
  }

  /**
   * Consumes a string and converts it with a factory of bengkel-core, such as {@code Nip::parse};
   * the factory's refusal becomes an error at this value's path with the core rule code.
   *
   * @param <T> the result type
   * @param parser the factory, not null
   * @return the converted value, never null
   * @throws BengkelJsonException rule {@code json.wrong-type}, {@code json.null-value} or the
   *     factory's own rule (then with its {@link InvalidValueException} as cause)
   */
  public <T> T nextString(Function<String, T> parser) {
    String text = nextString();
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      throw BengkelJsonException.wrapping(e, path());
    }
  }

  /**
   * Consumes a whole number that fits a {@code long}, such as an amount in rupiah.
   *
   * @return the number
   * @throws BengkelJsonException rule {@code json.float-amount} for a fraction or exponent, {@code
   *     json.amount-out-of-range} beyond a {@code long}, {@code json.wrong-type}, {@code
   *     json.null-value}
   */
  public long nextLong() {
    startValue();
    expect(JsonToken.NUMBER, "a whole number");
    return source.isIntegral() ? longValue() : notWhole();
  }

  private long longValue() {
    try {
      return source.longValue();
    } catch (ArithmeticException e) {
      throw error(JsonRule.AMOUNT_OUT_OF_RANGE, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  private long notWhole() {
    throw error(JsonRule.FLOAT_AMOUNT);
  }

  /**
   * Consumes {@code true} or {@code false}.
   *
   * @return the value
   * @throws BengkelJsonException rule {@code json.wrong-type} or {@code json.null-value}
   */
  public boolean nextBoolean() {
    startValue();
    expect(JsonToken.BOOLEAN, "a boolean");
    return source.booleanValue();
  }

  /**
   * Consumes an enumeration constant written as its name.
   *
   * @param <E> the enumeration
   * @param type the enumeration's class, not null
   * @return the constant, never null
   * @throws BengkelJsonException rule {@code json.unknown-constant}, {@code json.wrong-type} or
   *     {@code json.null-value}
   */
  public <E extends Enum<E>> E nextEnum(Class<E> type) {
    String name = nextString();
    for (Enum<?> constant : ENUM_CONSTANTS.get(type)) {
      if (constant.name().equals(name)) {
        return type.cast(constant);
      }
    }
    throw unknown(JsonRule.UNKNOWN_CONSTANT, Arrays.asList(type.getEnumConstants()));
  }

  /**
   * Consumes an ISO-8601 date string, {@code "2026-10-17"}.
   *
   * @return the date, never null
   * @throws BengkelJsonException rule {@code json.malformed-date}, {@code json.wrong-type} or
   *     {@code json.null-value}
   */
  public LocalDate nextDate() {
    String text = nextString();
    LocalDate date = rfc3339Year(text) ? IsoText.date(text) : null;
    if (date == null) {
      throw error(JsonRule.MALFORMED_DATE, DATE_NOTATION);
    }
    return date;
  }

  /**
   * Whether a date's year is RFC 3339's, four digits from 0001 to 9999, as {@code "format": "date"}
   * and the date-time pattern of the schemas say: {@code 0000}, {@code +10000} and {@code -0001}
   * are refused.
   */
  private static boolean rfc3339Year(String text) {
    return text.length() > 4
        && text.charAt(4) == '-'
        && isDigit(text.charAt(0))
        && isDigit(text.charAt(1))
        && isDigit(text.charAt(2))
        && isDigit(text.charAt(3))
        && !text.startsWith("0000");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Consumes an ISO-8601 local date-time string, {@code "2026-11-02T14:30:00"}: seconds and a
   * fraction of one to nine digits optional, the {@code T} upper-case, a year of four digits from
   * 0001 to 9999 (RFC 3339); the calendar is checked ({@code "2026-02-30T08:00"} is refused).
   *
   * @return the date-time, never null
   * @throws BengkelJsonException rule {@code json.malformed-date}, {@code json.wrong-type} or
   *     {@code json.null-value}
   */
  public LocalDateTime nextDateTime() {
    String text = nextString();
    if (!rfc3339Year(text)) {
      throw error(JsonRule.MALFORMED_DATE, DATE_TIME_NOTATION);
    }
    LocalDateTime usual = IsoText.dateTime(text, text.length());
    if (usual != null) {
      return usual;
    }
    try {
      if (text.indexOf('t') < 0 && !text.endsWith(".")) {
        // the formatter also reads a lower-case t and a point without digits; the format and its
        // schema say upper-case T and one to nine digits after the point
        return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      }
    } catch (DateTimeException e) {
      // refused below
    }
    throw error(JsonRule.MALFORMED_DATE, DATE_TIME_NOTATION);
  }

  /**
   * Consumes a {@code null} if one comes next; for optional properties, where {@code null} means
   * the same as an absent property.
   *
   * @return true if a {@code null} was consumed
   */
  public boolean nextIfNull() {
    if (peek() == JsonToken.NULL) {
      startValue();
      take();
      return true;
    }
    return false;
  }

  /**
   * Reads a value with its codec: the one place where building a value from JSON is guarded. Every
   * failure while the codec builds the value arrives as a {@link BengkelJsonException} at the path
   * the reader was at: a core refusal that a codec did not translate keeps its rule, and an
   * exception of the JDK or of core that names no rule ({@code DateTimeException}, {@code
   * ArithmeticException}, {@code IllegalArgumentException}...) becomes {@code json.value-refused}
   * without its message, which may repeat the document. Token sources and the helpers of each
   * library read the top-level value through here.
   *
   * @param <T> the value's type
   * @param codec the codec, not null
   * @return the value, never null
   * @throws BengkelJsonException as the codec, or rule {@code json.value-refused}
   */
  public <T> T read(Codec<T> codec) {
    try {
      return codec.read(this);
    } catch (BengkelJsonException | java.io.UncheckedIOException e) {
      throw e; // already bengkel's error, or the library's input failing: passed on as they are
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** A failure while building a value that was not bengkel's error, at the current path. */
  private BengkelJsonException refused(RuntimeException e) {
    if (e instanceof MissingValueException m) {
      return build(
          () -> {
            throw m;
          });
    }
    if (e instanceof InvalidValueException v) {
      return BengkelJsonException.wrapping(v, path());
    }
    // The foreign message is dropped: it may quote the document (a date, a number, a name).
    return error(JsonRule.VALUE_REFUSED, e.getClass().getSimpleName());
  }

  /**
   * Reads an array whose elements are read with {@code codec}.
   *
   * @param <T> the elements' type
   * @param codec the elements' codec, not null
   * @return an unmodifiable list, never null
   * @throws BengkelJsonException as the codec, or rule {@code json.wrong-type} if not an array
   */
  public <T> List<T> readList(Codec<T> codec) {
    beginArray();
    if (!hasNext()) {
      endArray();
      return List.of();
    }
    List<T> list = new ArrayList<>();
    do {
      list.add(codec.read(this));
    } while (hasNext());
    endArray();
    // The list never escapes except through this view, so it is not copied again.
    return Collections.unmodifiableList(list);
  }

  /**
   * Handles a property name the codec does not know, just read with {@link #nextName()}: strict
   * readers refuse it, lenient readers skip its value and report its path.
   *
   * @throws BengkelJsonException rule {@code json.unknown-property} in strict mode
   */
  public void unknownProperty() {
    String current = inObject() ? open(top).currentName() : null;
    String name = current == null ? "" : current;
    if (!options.isLenient()) {
      throw error(JsonRule.UNKNOWN_PROPERTY, name);
    }
    ignored.accept(path());
    skipValue();
  }

  /**
   * Consumes the next value whatever it is, with everything nested in it.
   *
   * @throws BengkelJsonException rule {@code json.malformed} from the source, or {@code
   *     json.limit-exceeded} (nesting)
   */
  public void skipValue() {
    int start = depth;
    do {
      JsonToken t = peek();
      switch (t) {
        case BEGIN_OBJECT -> {
          startValue();
          take();
          pushObject();
        }
        case BEGIN_ARRAY -> {
          startValue();
          take();
          pushArray();
        }
        case END_OBJECT -> endObject();
        case END_ARRAY -> endArray();
        case NAME -> nextName();
        case END_DOCUMENT -> throw error(JsonRule.MALFORMED, "unexpected end of input");
        default -> {
          if (lengthsChecked) {
            // A library may skip the text of a value nobody reads without measuring it.
            checkLength(t);
          }
          startValue();
          take();
        }
      }
    } while (depth > start);
  }

  /**
   * Builds a value from what a codec read, just after {@link #endObject()}: a refusal by
   * bengkel-core becomes an error at the path of the refused field with the core rule code, and a
   * missing required field becomes {@code json.missing-property}.
   *
   * @param <T> the value's type
   * @param builder calls the core builder or factory, not null
   * @return the value, never null
   * @throws BengkelJsonException rule {@code json.missing-property} or the core rule
   */
  public <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (MissingValueException e) {
      // "".split gives one empty name: the path stays the value's own, and the detail is empty
      String[] missing = e.field().split(",");
      String first = missing.length == 0 ? "" : missing[0];
      throw BengkelJsonException.of(
          JsonRule.MISSING_PROPERTY,
          first.isEmpty() ? path() : JsonPath.property(path(), first),
          String.join(", ", missing));
    } catch (InvalidValueException e) {
      String at = path();
      for (String part : e.field().split("\\.")) {
        at = JsonPath.property(at, part);
      }
      throw BengkelJsonException.wrapping(e, at);
    }
  }

  /**
   * Converts a scalar just read (a number, a string) with a factory of bengkel-core: a refusal
   * becomes an error at this value's own path with the core rule code.
   *
   * @param <T> the value's type
   * @param factory calls the core factory, such as {@code () -> Rupiah.of(amount)}, not null
   * @return the value, never null
   * @throws BengkelJsonException with the factory's rule
   */
  public <T> T value(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw BengkelJsonException.wrapping(e, path());
    }
  }

  /**
   * Checks that a required property was read, for codecs that collect properties in local variables
   * before calling a factory; use it inside {@link #build(Supplier)}, which reports {@code
   * json.missing-property} at the property's path.
   *
   * @param <T> the value's type
   * @param value the value read, or null if the property was absent
   * @param name the property's name, not null
   * @return {@code value}, never null
   * @throws MissingValueException when {@code value} is null
   */
  public static <T> T required(@Nullable T value, String name) {
    if (value == null) {
      throw MissingValueException.of(name);
    }
    return value;
  }

  /**
   * Checks that the document ends after the value that was read.
   *
   * @throws BengkelJsonException rule {@code json.trailing-tokens} otherwise
   */
  public void endDocument() {
    boolean end;
    try {
      end = peek() == JsonToken.END_DOCUMENT;
    } catch (BengkelJsonException e) {
      end = false; // not even a token, but content after the value all the same
    }
    if (!end) {
      throw BengkelJsonException.of(JsonRule.TRAILING_TOKENS, base);
    }
  }

  /**
   * An error of the JSON format at the current path, for codecs with rules of their own.
   *
   * @param rule the broken rule, not null
   * @param details the values the message refers to, not null
   * @return the exception to throw, never null
   */
  public BengkelJsonException error(Rule rule, Object... details) {
    return BengkelJsonException.of(rule, path(), details);
  }

  /**
   * An error at the current position for a text that is not one of the values bengkel knows, such
   * as {@code json.unknown-constant}: the values are listed up to the length of every detail of an
   * error (they are bengkel's names, not the document's text, which {@link #error} shortens to 64
   * characters).
   *
   * @param rule the broken rule, not null
   * @param known the values the text may take, in the order to show them, not null
   * @return the exception to throw, never null
   */
  public BengkelJsonException unknown(Rule rule, Collection<?> known) {
    return BengkelJsonException.ofKnown(rule, path(), known);
  }
}
