package org.bengkel.json.jackson2;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.contract.JacksonRoutesContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared {@link JacksonRoutesContract} on Jackson 2's hardened mapper. {@code convertValue}
 * throws {@code IllegalArgumentException} around Jackson's exception whatever fails (Jackson 2's
 * API), so its route unwraps it; {@code Optional} needs Jackson's {@code jdk8} module, which the
 * hardened mapper does not register.
 */
class Jackson2RoutesTest extends JacksonRoutesContract {

  private static final ObjectMapper MAPPER = BengkelJackson2.mapper();

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
        MAPPER.readValue((DataInput) new DataInputStream(new ByteArrayInputStream(json)), type);
  }

  @Override
  protected Read constrainedDataInput() {
    BengkelJsonOptions limits = BengkelJsonOptions.strict();
    ObjectMapper mapper =
        JsonMapper.builder(
                new JsonFactoryBuilder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNameLength(limits.maxNameLength())
                            .maxStringLength(limits.maxStringLength())
                            .maxNumberLength(limits.maxNumberLength())
                            .build())
                    .build())
            .addModule(new BengkelJackson2Module())
            .build();
    return (json, type) ->
        mapper.readValue((DataInput) new DataInputStream(new ByteArrayInputStream(json)), type);
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
              try {
                return MAPPER.convertValue(plain, type);
              } catch (IllegalArgumentException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
              }
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
        wrapped(
            "Map<String, T> keyed by a registration number",
            "$[<key>]",
            "{\"" + PERSONAL_KEY + "\":",
            "}",
            t -> types.constructMapType(Map.class, String.class, t)));
  }

  @Override
  protected Class<? extends Exception> jacksonException() {
    return com.fasterxml.jackson.core.JsonProcessingException.class;
  }
}
