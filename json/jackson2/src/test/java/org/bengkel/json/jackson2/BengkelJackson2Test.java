package org.bengkel.json.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;

/** Jackson 2 specifics: discovery, the raw mapper, bengkel values inside the caller's classes. */
class BengkelJackson2Test {

  /** A caller's own class holding bengkel values. */
  public record Roster(String unit, Rupiah budget, List<Officer> officers) {}

  static final String ROSTER =
      "{\"unit\":\"Bimker\",\"budget\":2500000,\"officers\":["
          + "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"},"
          + "{\"nip\":\"199001012015032001\",\"name\":\"Siti Rahma\"},"
          + "{\"nip\":\"198513152010121002\",\"name\":\"Budi\"}]}";

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(BengkelJackson2Module.class);
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();
    assertThat(discovered.getRegisteredModuleIds())
        .anySatisfy(id -> assertThat(id.toString()).startsWith(BengkelJackson2Module.class.getName()));
  }

  @Test
  void discoveredModuleReadsAndWritesBengkelTypes() throws JsonProcessingException {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();
    assertThat(discovered.readValue("150000", Rupiah.class)).isEqualTo(Rupiah.of(150_000));
    assertThat(discovered.writeValueAsString(Rupiah.of(150_000))).isEqualTo("150000");
  }

  @Test
  void moduleDescriptorProvidesTheModule() {
    ModuleDescriptor descriptor = BengkelJackson2Module.class.getModule().getDescriptor();
    assertThat(descriptor.name()).isEqualTo("org.bengkel.json.jackson2");
    assertThat(descriptor.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo(Module.class.getName());
              assertThat(p.providers()).containsExactly(BengkelJackson2Module.class.getName());
            });
  }

  @Test
  void errorInsideACollectionNamesTheElementPath() {
    assertThatThrownBy(() -> BengkelJackson2.create().read(ROSTER, Roster.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.officers[2].nip");
              assertThat(e.ruleCode()).isEqualTo("facility.nip.birth-date");
            });
  }

  @Test
  void rawMapperThrowsBengkelExceptionAtTheRoot() {
    assertThatThrownBy(() -> BengkelJackson2.mapper().readValue("1.5", Rupiah.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.float-amount"));
  }

  @Test
  void rawMapperKeepsBengkelExceptionAsCauseInsideBeans() {
    assertThatThrownBy(() -> BengkelJackson2.mapper().readValue(ROSTER, Roster.class))
        .satisfies(
            e -> {
              Throwable t = e;
              while (!(t instanceof BengkelJsonException) && t.getCause() != null) {
                t = t.getCause();
              }
              assertThat(t).isInstanceOf(BengkelJsonException.class);
              assertThat(((BengkelJsonException) t).path()).isEqualTo("$.officers[2].nip");
            });
  }

  @Test
  void rawMapperRefusesTrailingTokens() {
    assertThatThrownBy(() -> BengkelJackson2.mapper().readValue("{\"a\":1} 2", JsonNode.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void callerClassesAreStrictAndReportedWhenLenient() {
    String withExtra =
        ROSTER.replace("198513152010121002", "198503152010121003")
            .replace("{\"unit\"", "{\"extra\":[1,2],\"unit\"")
            .replace("\"name\":\"Budi\"", "\"name\":\"Budi\",\"rank\":\"III/a\"");
    assertThatThrownBy(() -> BengkelJackson2.create().read(withExtra, Roster.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.unknown-property");
              // Jackson reaches the properties of a record in its own order.
              assertThat(e.path()).isIn("$.extra", "$.officers[2].rank");
            });
    JsonReadResult<Roster> result =
        BengkelJackson2.create(BengkelJsonOptions.lenient()).readReporting(withExtra, Roster.class);
    assertThat(result.value().officers()).hasSize(3);
    // A record's properties are buffered by Jackson, which loses the position of "extra".
    assertThat(result.ignoredProperties()).hasSize(2).contains("$.officers[2].rank");
    assertThat(result.ignoredProperties()).containsAnyOf("$.extra", "$..extra");
  }

  @Test
  void duplicateKeysAreRefusedInAnyObject() {
    assertThatThrownBy(() -> BengkelJackson2.create().read("{\"a\":1,\"a\":2}", JsonNode.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.duplicate-key");
              assertThat(e.details()).containsExactly("a");
            });
  }

  @Test
  void duplicateKeysInTreesAreRefusedWithTheirPath() {
    // The parser does not look for duplicates (bengkel's reader does, in bengkel's values); trees
    // are refused by FAIL_ON_READING_DUP_TREE_KEY, reported as the same rule.
    assertThatThrownBy(() -> BengkelJackson2.create().read("{\"x\":[{\"b\":1,\"b\":2}]}", JsonNode.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.duplicate-key");
              assertThat(e.path()).isEqualTo("$.x[0].b");
            });
  }

  @Test
  void limitsAreEnforced() {
    BengkelJackson2 json = BengkelJackson2.create();
    assertThatThrownBy(() -> json.read("1".repeat(200), Rupiah.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded"));
    assertThatThrownBy(() -> json.read("[".repeat(100) + "]".repeat(100), JsonNode.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded"));
    assertThatThrownBy(() -> json.read("{\"a\" 1}", JsonNode.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.malformed"));
    assertThatThrownBy(() -> json.read("{\"unit\":[]}", Roster.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> {
              assertThat(e.ruleCode()).isEqualTo("json.wrong-type");
              assertThat(e.path()).isEqualTo("$.unit");
            });
  }

  @Test
  void callerClassesWriteInDeclarationOrder() {
    Roster roster =
        new Roster(
            "Bimker",
            Rupiah.of(2_500_000),
            List.of(Officer.of(Nip.parse("198503152010121002"), "Ahmad Fauzi")));
    String expected =
        "{\"unit\":\"Bimker\",\"budget\":2500000,\"officers\":["
            + "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}]}";
    BengkelJackson2 json = BengkelJackson2.create();
    assertThat(json.write(roster)).isEqualTo(expected);
    assertThat(json.read(expected.getBytes(StandardCharsets.UTF_8), Roster.class)).isEqualTo(roster);
  }

  @Test
  void entryPointsExposeTheirConfiguration() {
    BengkelJackson2 lenient = BengkelJackson2.create(BengkelJsonOptions.lenient());
    assertThat(lenient.options().isLenient()).isTrue();
    assertThat(lenient.objectMapper().getRegisteredModuleIds()).hasSize(1);
    assertThat(BengkelJackson2.create()).isSameAs(BengkelJackson2.create());
    BengkelJackson2Module module = new BengkelJackson2Module();
    assertThat(module.getModuleName()).isEqualTo("bengkel");
    assertThat(module.options()).isEqualTo(BengkelJsonOptions.strict());
    assertThat(module.version().isUnknownVersion()).isTrue();
    assertThat(module.getTypeId()).isNotEqualTo(new BengkelJackson2Module(BengkelJsonOptions.lenient()).getTypeId());
  }

  @Test
  void bengkelNullInsideACallerClassIsRefused() {
    assertThatThrownBy(() -> BengkelJackson2.create().read(
            "{\"unit\":\"x\",\"budget\":null,\"officers\":[]}", Roster.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> {
              assertThat(e.ruleCode()).isEqualTo("json.null-value");
              assertThat(e.path()).isEqualTo("$.budget");
            });
    assertThat(BengkelJackson2.create().write(Facility.of(FacilityCode.of("A"), "B", org.bengkel.facility.FacilityType.LPKA,
            org.bengkel.facility.FacilityClass.I, "C")))
        .isEqualTo("{\"code\":\"A\",\"name\":\"B\",\"type\":\"LPKA\",\"facilityClass\":\"I\",\"regionalOffice\":\"C\",\"zone\":\"WIB\"}");
  }
}
