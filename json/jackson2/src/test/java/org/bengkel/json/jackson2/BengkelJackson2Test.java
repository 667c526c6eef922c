package org.bengkel.json.jackson2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.contract.JacksonModuleContract;
import org.bengkel.json.contract.JsonBinding;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/**
 * The shared {@link JacksonModuleContract} on Jackson 2, and what only Jackson 2 has: checked
 * {@link IOException}s while writing.
 */
class BengkelJackson2Test extends JacksonModuleContract {

  private static final ObjectMapper MAPPER = BengkelJackson2.mapper();
  private static final ObjectMapper DISCOVERED = JsonMapper.builder().findAndAddModules().build();

  @Override
  protected JsonBinding helpers(BengkelJsonOptions options) {
    return Jackson2JsonFormatTest.bindingOf(options);
  }

  @Override
  protected JsonHelpers strictHelpers() {
    return BengkelJackson2.create();
  }

  @Override
  protected <T> T mapperRead(String json, Class<T> type) throws IOException {
    return MAPPER.readValue(json, type);
  }

  @Override
  protected <T> List<T> mapperReadList(String json, Class<T> element) throws IOException {
    return MAPPER.readValue(
        json, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
  }

  @Override
  protected <T> T discoveredRead(String json, Class<T> type) throws IOException {
    return DISCOVERED.readValue(json, type);
  }

  @Override
  protected String plainWrite(Object value) throws IOException {
    return new ObjectMapper().writeValueAsString(value);
  }

  @Override
  protected String registeredWrite(Object value) throws IOException {
    return new ObjectMapper().registerModule(new BengkelJackson2Module()).writeValueAsString(value);
  }

  @Override
  protected String discoveredWrite(Object value) throws IOException {
    return DISCOVERED.writeValueAsString(value);
  }

  @Override
  protected List<Class<?>> discoveredModules() {
    return ObjectMapper.findModules().stream().<Class<?>>map(Module::getClass).toList();
  }

  @Override
  protected Class<?> moduleClass() {
    return BengkelJackson2Module.class;
  }

  @Override
  protected Class<?> serviceType() {
    return Module.class;
  }

  @Override
  protected ModuleFacts facts(BengkelJsonOptions options) {
    BengkelJackson2Module module = new BengkelJackson2Module(options);
    return new ModuleFacts(
        module.getModuleName(), module.options(), module.version().toString(), module.getTypeId());
  }

  @Override
  protected int helpersModuleCount(BengkelJsonOptions options) {
    return BengkelJackson2.create(options).objectMapper().getRegisteredModuleIds().size();
  }

  @Override
  protected Class<?> treeType() {
    return JsonNode.class;
  }

  @Override
  protected Class<? extends Exception> jacksonException() {
    return com.fasterxml.jackson.core.JsonProcessingException.class;
  }

  @Override
  protected Class<? extends Exception> bengkelJacksonException() {
    return BengkelMismatchedInputException.class;
  }

  @Override
  protected String jacksonPath(Exception e) {
    return Jackson2Support.path(((JsonMappingException) e).getPath());
  }

  @Override
  protected String writeTokens(Consumer<JsonWriter> tokens) {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = MAPPER.getFactory().createGenerator(text)) {
      tokens.accept(new Jackson2Writer(gen));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Test
  void ioFailuresWhileReadingSurfaceAsIoExceptions() {
    // The document breaks off inside an officer: the codec's I/O error leaves as an IOException.
    Reader broken =
        new Reader() {
          private boolean given;

          @Override
          public int read(char[] c, int off, int len) throws IOException {
            if (given) {
              throw new IOException("connection reset");
            }
            given = true;
            String start = "{\"nip\":\"198503152010121002\",";
            start.getChars(0, start.length(), c, off);
            return start.length();
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> MAPPER.readValue(broken, Officer.class))
        .isInstanceOf(IOException.class)
        .hasMessage("connection reset");
  }

  @Test
  void ioFailuresWhileWritingSurfaceAsIoExceptions() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] c, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> MAPPER.writeValue(broken, Rupiah.of(1)))
        .isInstanceOf(IOException.class);
    // Enough officers that the generator's buffer fills inside one of them: the codec's I/O error
    // leaves as the IOException Jackson 2's callers expect.
    Officer officer = Officer.of(Nip.parse("198503152010121002"), "Ahmad Fauzi");
    assertThatThrownBy(() -> MAPPER.writeValue(broken, Collections.nCopies(2_000, officer)))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThatThrownBy(
            () -> {
              try (JsonGenerator gen = MAPPER.getFactory().createGenerator(broken)) {
                new Jackson2Writer(gen).string("x".repeat(100_000));
              }
            })
        .isInstanceOfAny(UncheckedIOException.class, IOException.class);
  }
}
