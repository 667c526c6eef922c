package org.bengkel.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.contract.JacksonModuleContract;
import org.bengkel.json.contract.JsonBinding;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The shared {@link JacksonModuleContract} on Jackson 3. */
class BengkelJackson3Test extends JacksonModuleContract {

  private static final JsonMapper MAPPER = BengkelJackson3.mapper();
  private static final JsonMapper DISCOVERED = JsonMapper.builder().findAndAddModules().build();

  /**
   * The guard (one answer to each question of the format) is the hardened mapper's parser factory,
   * which Jackson keeps in the state a mapper is rebuilt from: a host that adds its mix-ins through
   * {@code rebuild()} keeps it (the whole {@code HostileReadersContract} runs on such a mapper,
   * Jackson3HostileReadersTest); a mapper a host builds itself, with bengkel's module alone,
   * answers in Jackson's words.
   */
  @Test
  void aRebuiltMapperKeepsTheGuardAMapperBuiltWithTheModuleAloneHasNot() {
    JsonMapper rebuilt = MAPPER.rebuild().build();
    assertThat(rebuilt.tokenStreamFactory()).isInstanceOf(GuardedJsonFactory.class);
    assertThatThrownBy(() -> rebuilt.readValue("", Officer.class))
        .isInstanceOfSatisfying(
            BengkelMismatchedInputException.class,
            e -> assertThat(e.bengkelException().ruleCode()).isEqualTo("json.malformed"));
    JsonMapper own =
        JsonMapper.builder()
            .addModule(new BengkelJackson3Module(BengkelJsonOptions.strict()))
            .build();
    assertThatThrownBy(() -> own.readValue("", Officer.class))
        .isInstanceOf(JacksonException.class)
        .isNotInstanceOf(BengkelMismatchedInputException.class);
  }

  @Override
  protected JsonBinding helpers(BengkelJsonOptions options) {
    return Jackson3JsonFormatTest.bindingOf(options);
  }

  @Override
  protected JsonHelpers strictHelpers() {
    return BengkelJackson3.create();
  }

  @Override
  protected <T> T mapperRead(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  @Override
  protected <T> List<T> mapperReadList(String json, Class<T> element) {
    return MAPPER.readValue(
        json, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
  }

  @Override
  protected <T> T discoveredRead(String json, Class<T> type) {
    return DISCOVERED.readValue(json, type);
  }

  @Override
  protected String plainWrite(Object value) {
    return new ObjectMapper().writeValueAsString(value);
  }

  @Override
  protected String registeredWrite(Object value) {
    return JsonMapper.builder()
        .addModule(new BengkelJackson3Module())
        .build()
        .writeValueAsString(value);
  }

  @Override
  protected String discoveredWrite(Object value) {
    return DISCOVERED.writeValueAsString(value);
  }

  @Override
  protected List<Class<?>> discoveredModules() {
    return MapperBuilder.findModules().stream().<Class<?>>map(JacksonModule::getClass).toList();
  }

  @Override
  protected Class<?> moduleClass() {
    return BengkelJackson3Module.class;
  }

  @Override
  protected Class<?> serviceType() {
    return JacksonModule.class;
  }

  @Override
  protected ModuleFacts facts(BengkelJsonOptions options) {
    BengkelJackson3Module module = new BengkelJackson3Module(options);
    return new ModuleFacts(
        module.getModuleName(),
        module.options(),
        module.version().toString(),
        module.getRegistrationId());
  }

  @Override
  protected int helpersModuleCount(BengkelJsonOptions options) {
    return BengkelJackson3.create(options).jsonMapper().registeredModules().size();
  }

  @Override
  protected Class<?> treeType() {
    return JsonNode.class;
  }

  @Override
  protected Class<? extends Exception> jacksonException() {
    return JacksonException.class;
  }

  @Override
  protected Class<? extends Exception> bengkelJacksonException() {
    return BengkelMismatchedInputException.class;
  }

  @Override
  protected String jacksonPath(Exception e) {
    return Jackson3Support.path(((JacksonException) e).getPath());
  }

  @Override
  protected String writeTokens(Consumer<JsonWriter> tokens) {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = MAPPER.createGenerator(text)) {
      tokens.accept(new Jackson3Writer(gen));
    }
    return text.toString();
  }
}
