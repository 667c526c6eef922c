package org.bengkel.json.jackson3;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JacksonRoutesContract;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared {@link JacksonRoutesContract} on Jackson 3's hardened mapper, with {@code Optional},
 * which Jackson 3 reads without another module.
 */
class Jackson3RoutesTest extends JacksonRoutesContract {

  private static final JsonMapper MAPPER = BengkelJackson3.mapper();

  @TempDir Path dir;

  /** A caller's generic record. */
  public record Box<T>(T value) {}

  /** A caller's generic bean with a setter. */
  public static final class Bean<T> {
    private T value;

    public T getValue() {
      return value;
    }

    public void setValue(T value) {
      this.value = value;
    }
  }

  private static byte[] wrap(String before, byte[] json, String after) {
    byte[] b = before.getBytes(StandardCharsets.UTF_8);
    byte[] a = after.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + json.length + a.length];
    System.arraycopy(b, 0, out, 0, b.length);
    System.arraycopy(json, 0, out, b.length, json.length);
    System.arraycopy(a, 0, out, b.length + json.length, a.length);
    return out;
  }

  private static Route wrapped(
      String name, String at, String before, String after, Function<Class<?>, JavaType> type) {
    return new Route(
        name, at, (json, t) -> MAPPER.readValue(wrap(before, json, after), type.apply(t)));
  }

  @Override
  protected Read dataInput() {
    return (json, type) ->
        MAPPER
            .readerFor(type)
            .readValue((DataInput) new DataInputStream(new ByteArrayInputStream(json)));
  }

  @Override
  protected Read constrainedDataInput() {
    BengkelJsonOptions limits = BengkelJsonOptions.strict();
    JsonMapper mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNameLength(limits.maxNameLength())
                            .maxStringLength(limits.maxStringLength())
                            .maxNumberLength(limits.maxNumberLength())
                            .build())
                    .build())
            .addModule(new BengkelJackson3Module())
            .build();
    return (json, type) ->
        mapper
            .readerFor(type)
            .readValue((DataInput) new DataInputStream(new ByteArrayInputStream(json)));
  }

  @Override
  protected List<Route> routes() {
    var types = MAPPER.getTypeFactory();
    return List.of(
        new Route(
            "readValue(String)",
            "$",
            (json, type) -> MAPPER.readValue(new String(json, StandardCharsets.UTF_8), type)),
        new Route("readValue(byte[])", "$", MAPPER::readValue),
        new Route(
            "readValue(byte[], offset, length)",
            "$",
            (json, type) -> MAPPER.readValue(wrap("[[", json, "]]"), 2, json.length, type)),
        new Route(
            "readValue(InputStream)",
            "$",
            (json, type) -> MAPPER.readValue(new ByteArrayInputStream(json), type)),
        new Route(
            "readValue(Reader)",
            "$",
            (json, type) ->
                MAPPER.readValue(new StringReader(new String(json, StandardCharsets.UTF_8)), type)),
        new Route(
            "readValue(File)",
            "$",
            (json, type) ->
                MAPPER.readValue(Files.write(dir.resolve("d.json"), json).toFile(), type)),
        new Route(
            "readValues over an array",
            "$[0]",
            (json, type) -> {
              try (MappingIterator<?> values =
                  MAPPER.readerFor(type).readValues(wrap("[", json, "]"))) {
                return values.readAll();
              }
            }),
        new Route(
            "treeToValue",
            "$",
            (json, type) -> {
              JsonNode tree;
              try {
                tree = MAPPER.readTree(json);
              } catch (Exception e) {
                return NOT_BENGKELS;
              }
              return MAPPER.treeToValue(tree, type);
            }),
        new Route(
            "convertValue",
            "$",
            (json, type) -> {
              Object plain;
              try {
                plain = MAPPER.readValue(json, Object.class);
              } catch (Exception e) {
                return NOT_BENGKELS;
              }
              return MAPPER.convertValue(plain, type);
            }),
        wrapped(
            "Box<T>",
            "$.value",
            "{\"value\":",
            "}",
            t -> types.constructParametricType(Box.class, t)),
        wrapped(
            "Bean<T>",
            "$.value",
            "{\"value\":",
            "}",
            t -> types.constructParametricType(Bean.class, t)),
        wrapped("List<T>", "$[0]", "[", "]", t -> types.constructCollectionType(List.class, t)),
        wrapped("T[]", "$[0]", "[", "]", types::constructArrayType),
        new Route(
            "Optional<T>",
            "$",
            (json, type) ->
                MAPPER.readValue(
                    json, types.constructReferenceType(Optional.class, types.constructType(type)))),
        wrapped(
            "Map<String, T> keyed by a registration number",
            "$[<key>]",
            "{\"" + PERSONAL_KEY + "\":",
            "}",
            t -> types.constructMapType(Map.class, String.class, t)));
  }

  @Override
  protected Class<? extends Exception> jacksonException() {
    return tools.jackson.core.JacksonException.class;
  }
}
