package org.bengkel.json.jackson3;

import org.bengkel.error.MissingValueException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.internal.ModuleSupport;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of bengkel's JSON format: registers a serializer and a deserializer for
 * every type in {@link Codecs}, delegating to the codecs, so a Jackson 3 mapper writes and reads
 * the same bytes as the Jackson 2 module.
 *
 * <p>Listed in {@code META-INF/services} and in {@code module-info} ({@code provides}), so {@code
 * JsonMapper.builder().findAndAddModules()} and Spring Boot find it; found that way it reads
 * strictly with default limits. A mapper with only this module is not hardened: the parser's
 * limits, trailing tokens and duplicate keys in trees are properties of the mapper (duplicate keys
 * and the limits inside bengkel's values are checked by the codecs' reader on any mapper); use
 * {@link BengkelJackson3#mapper()} for that. Every failure to read a bengkel value is a {@link
 * BengkelMismatchedInputException} (a {@code JacksonException}) whose cause is the {@link
 * org.bengkel.json.BengkelJsonException}, at the top level, in a list or inside the caller's
 * classes alike; a JSON {@code null} for a bengkel-typed property of a caller's class reads as Java
 * {@code null}.
 *
 * <p>Immutable and thread-safe.
 */
public final class BengkelJackson3Module extends JacksonModule {

  private final BengkelJsonOptions options;

  /** The module with strict reading, as {@link java.util.ServiceLoader} creates it. */
  public BengkelJackson3Module() {
    this(BengkelJsonOptions.strict());
  }

  /**
   * The module with the given reading options.
   *
   * @param options strict or lenient, not null
   */
  public BengkelJackson3Module(BengkelJsonOptions options) {
    this.options = MissingValueException.required(options, "options");
  }

  /**
   * The module's name, {@code bengkel}.
   *
   * @return the name, never null
   */
  @Override
  public String getModuleName() {
    return "bengkel";
  }

  /**
   * Distinguishes modules with different options, so that registering a lenient module after the
   * discovered strict one is not ignored as a duplicate.
   *
   * @return the class name and the options, never null
   */
  @Override
  public Object getRegistrationId() {
    return getClass().getName() + ":" + options;
  }

  /**
   * bengkel's version, that of this module's artifact.
   *
   * @return the version, such as {@code 0.1.0}, with group {@code org.bengkel} and artifact {@code
   *     bengkel-json-jackson3}, never null
   */
  @Override
  public Version version() {
    return VersionUtil.parseVersion(
        ModuleSupport.version(), "org.bengkel", "bengkel-json-jackson3");
  }

  /**
   * Registers the serializers and deserializers, and marks the objects of a caller's {@code Map} so
   * that an error's path does not show their keys.
   *
   * @param context Jackson's setup context, not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codec<?> codec : ModuleSupport.registeredCodecs()) {
      add(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.addDeserializerModifier(new MapKeysHidden.Modifier());
  }

  private <T> void add(Codec<T> codec, SimpleSerializers s, SimpleDeserializers d) {
    s.addSerializer(codec.type(), new CodecSerializer<>(codec));
    d.addDeserializer(codec.type(), new CodecDeserializer<>(codec, options));
  }

  /**
   * The options the deserializers read with.
   *
   * @return the options, never null
   */
  public BengkelJsonOptions options() {
    return options;
  }
}
