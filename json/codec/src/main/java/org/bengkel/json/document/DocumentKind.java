package org.bengkel.json.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.schema.JsonSchema;

/**
 * One kind of versioned document exchanged between systems (<i>jenis dokumen</i>): its name (the
 * envelope's {@code kind}), the payload's codec at the current {@code schemaVersion}, and for every
 * older version still read, the codec of that version's form and the function that upgrades its
 * value to the current payload type.
 *
 * <p>Register a kind with one line in {@link DocumentKinds}; see {@code docs/json-format.md},
 * "Versioned documents".
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the payload type at the current version
 */
public final class DocumentKind<T> {

  private static final Pattern NAME =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)?");

  /** An older version: the codec of its form and the upgrade to the current payload. */
  private record Older<P, T>(Codec<P> form, Function<? super P, ? extends T> upgrade) {
    T read(JsonReader in) {
      P old = in.read(form);
      return in.build(() -> upgrade.apply(old));
    }
  }

  private final String name;
  private final int currentVersion;
  private final Codec<T> codec;
  private final Map<Integer, Older<?, T>> older;

  private DocumentKind(
      String name, int currentVersion, Codec<T> codec, Map<Integer, Older<?, T>> older) {
    this.name = name;
    this.currentVersion = currentVersion;
    this.codec = codec;
    this.older = Collections.unmodifiableMap(new TreeMap<>(older));
  }

  /**
   * A kind read and written at one version.
   *
   * @param <T> the payload type
   * @param name the kind's name, lower-case words joined by hyphens such as {@code
   *     "trainee-record"}, or for a domain event its type, such as {@code "inventory.stock-sold"},
   *     not null
   * @param currentVersion the version written, at least 1
   * @param codec the payload's codec, not null; it should describe its {@link Codec#schema()}
   * @return the kind, never null
   * @throws IllegalArgumentException for a malformed name or a version below 1
   */
  public static <T> DocumentKind<T> of(String name, int currentVersion, Codec<T> codec) {
    MissingValueException.required(name, "name");
    MissingValueException.required(codec, "codec");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("document kind names are lower-case-hyphenated: " + name);
    }
    if (currentVersion < 1) {
      throw new IllegalArgumentException("schema versions start at 1: " + currentVersion);
    }
    return new DocumentKind<>(name, currentVersion, codec, Map.of());
  }

  /**
   * A copy that also reads an older version, upgrading its value to the current payload (for
   * example filling a field that the older version lacked with its default).
   *
   * @param <P> the older form's type
   * @param version the older version, at least 1 and below the current version, not yet added
   * @param form the codec of the older form, not null; it should describe its schema
   * @param upgrade turns an older value into the current payload, not null; may throw
   *     bengkel-core's {@code InvalidValueException}, reported at the payload's path
   * @return the kind, never null
   * @throws IllegalArgumentException for a version out of range or added twice
   */
  public <P> DocumentKind<T> withOlderVersion(
      int version, Codec<P> form, Function<? super P, ? extends T> upgrade) {
    MissingValueException.required(form, "form");
    MissingValueException.required(upgrade, "upgrade");
    if (version < 1 || version >= currentVersion || older.containsKey(version)) {
      throw new IllegalArgumentException("older version out of range or repeated: " + version);
    }
    Map<Integer, Older<?, T>> more = new TreeMap<>(older);
    more.put(version, new Older<>(form, upgrade));
    return new DocumentKind<>(name, currentVersion, codec, more);
  }

  /**
   * The kind's name, the envelope's {@code kind}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The version written, and the newest read.
   *
   * @return the version, at least 1
   */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * The payload's codec at the current version.
   *
   * @return the codec, never null
   */
  public Codec<T> codec() {
    return codec;
  }

  /**
   * The payload's type at the current version.
   *
   * @return the class, never null
   */
  public Class<T> type() {
    return codec.type();
  }

  /**
   * Every version read, oldest first, the current one last.
   *
   * @return an unmodifiable list, never null
   */
  public List<Integer> supportedVersions() {
    List<Integer> versions = new ArrayList<>(older.keySet());
    versions.add(currentVersion);
    return List.copyOf(versions);
  }

  /**
   * Whether a version is read.
   *
   * @param version the version
   * @return true for the current version and the registered older ones
   */
  public boolean supports(long version) {
    // a version beyond int's range is none of them; the cast alone would wrap it onto one
    return version == (int) version
        && (version == currentVersion || older.containsKey((int) version));
  }

  /**
   * Reads the payload of a supported version and upgrades it to the current type.
   *
   * @param version a version for which {@link #supports(long)} holds
   * @param in the reader, positioned before the payload
   * @return the payload, never null
   * @throws IllegalArgumentException for a version that is not supported
   * @throws org.bengkel.json.BengkelJsonException as the version's codec or upgrade
   */
  public T readPayload(int version, JsonReader in) {
    if (version == currentVersion) {
      return in.read(codec);
    }
    Older<?, T> old = older.get(version);
    if (old == null) {
      throw new IllegalArgumentException("unsupported version " + version);
    }
    return old.read(in);
  }

  /**
   * The envelope's schema: {@code kind} this kind's name, {@code schemaVersion} one of the
   * supported versions, {@code data} the form of that version.
   *
   * @return the schema, never null
   * @throws IllegalStateException when a version's codec describes no schema
   */
  public JsonSchema schema() {
    List<Integer> versions = supportedVersions();
    List<Object> cases = new ArrayList<>();
    for (int v : versions) {
      Older<?, T> old = older.get(v);
      // the current version is the one version not among the older ones
      Codec<?> form = old == null ? codec : old.form();
      form.schema().orElseThrow(() -> new IllegalStateException("no schema for " + form.type()));
      cases.add(
          JsonSchema.map(
              "if",
                  JsonSchema.map(
                      "properties",
                      JsonSchema.map("schemaVersion", JsonSchema.map("const", (long) v))),
              "then", JsonSchema.map("properties", JsonSchema.map("data", JsonSchema.ref(form)))));
    }
    return JsonSchema.object(
            JsonSchema.required("kind", JsonSchema.constant(name)),
            JsonSchema.required(
                "schemaVersion",
                JsonSchema.integers(versions.stream().mapToLong(Integer::longValue).toArray())),
            JsonSchema.required("data", JsonSchema.any()))
        .describedAs(
            "bengkel document '"
                + name
                + "', schema versions "
                + versions
                + "; readers refuse other versions")
        .with("allOf", List.copyOf(cases));
  }

  @Override
  public String toString() {
    return "DocumentKind[" + name + " v" + currentVersion + ", reads " + supportedVersions() + "]";
  }
}
