package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.JsonReadResult;
import org.bengkel.json.JsonWriter;
import org.bengkel.money.Rupiah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What each Jackson module must do as a Jackson module (<i>kontrak modul Jackson</i>), the same on
 * Jackson 2 and Jackson 3: found by Jackson's discovery, bengkel values inside the caller's own
 * classes, the hardened mapper's refusals, and every failure to read a bengkel value surfacing as
 * the module's {@code BengkelMismatchedInputException}, a Jackson exception whose cause is the
 * {@link BengkelJsonException} with bengkel's path and rule, at the top level, in a list and inside
 * a caller's record alike. Each module's test gives only what the two Jackson APIs force apart.
 */
public abstract class JacksonModuleContract {

  /** A caller's own record holding bengkel values. */
  public record Roster(String unit, Rupiah budget, List<Officer> officers) {}

  /** A caller's record with one bengkel-typed property, such as a request body. */
  public record Wrapper(Officer officer, String note) {}

  /** A caller's mutable bean, bound through its fields in document order. */
  public static final class Unit {
    public String name;
    public Rupiah budget;
    public List<String> tags;
  }

  private static final String OFFICER = "{\"nip\":\"198503152010121002\",\"name\":\"Ahmad Fauzi\"}";

  private static final String ROSTER =
      "{\"unit\":\"Bimker\",\"budget\":2500000,\"officers\":["
          + OFFICER
          + ",{\"nip\":\"199001012015032001\",\"name\":\"Siti Rahma\"},"
          + "{\"nip\":\"198513152010121002\",\"name\":\"Budi\"}]}";

  /** The module's facts, read through the API of its Jackson major. */
  public record ModuleFacts(
      String name, BengkelJsonOptions options, String version, Object registrationId) {}

  /**
   * The module's helpers ({@code BengkelJacksonN.create(options)}).
   *
   * @param options the reading options
   * @return the helpers as a binding
   */
  protected abstract JsonBinding helpers(BengkelJsonOptions options);

  /**
   * The module's shared strict helpers ({@code BengkelJacksonN.create()}).
   *
   * @return the helpers
   */
  protected abstract JsonHelpers strictHelpers();

  /**
   * Reads with the hardened mapper's own {@code readValue} ({@code BengkelJacksonN.mapper()}),
   * which throws Jackson's exceptions.
   */
  protected abstract <T> T mapperRead(String json, Class<T> type) throws Exception;

  /** Reads a list of {@code element} with the hardened mapper's own {@code readValue}. */
  protected abstract <T> List<T> mapperReadList(String json, Class<T> element) throws Exception;

  /** Reads with a plain mapper that found the module by Jackson's discovery, as Spring Boot's. */
  protected abstract <T> T discoveredRead(String json, Class<T> type) throws Exception;

  /** Writes with a plain mapper that found the module by Jackson's discovery. */
  protected abstract String discoveredWrite(Object value) throws Exception;

  /** Writes with a plain mapper without bengkel's module. */
  protected abstract String plainWrite(Object value) throws Exception;

  /** Writes with a plain mapper that registers the module by hand, as "Using it" shows. */
  protected abstract String registeredWrite(Object value) throws Exception;

  /**
   * docs/json-format.md, "Using it": a mapper without bengkel's module writes a trainee as two
   * booleans, with no error; the module registered as documented writes bengkel's format.
   */
  @Test
  void aMapperWithoutTheModuleWritesATraineeWrongAndWithTheModuleRight() throws Exception {
    // Jackson 2 orders a bean's properties as reflection lists its methods, which the JVM does
    // not fix: either order
    assertThat(plainWrite(TraineeSamples.CONVICT))
        .isIn("{\"convict\":true,\"detainee\":false}", "{\"detainee\":false,\"convict\":true}");
    assertThat(registeredWrite(TraineeSamples.CONVICT))
        .isEqualTo(helpers(BengkelJsonOptions.strict()).write(TraineeSamples.CONVICT));
  }

  /** The classes of the modules that Jackson's discovery finds. */
  protected abstract List<Class<?>> discoveredModules();

  /** The module's class. */
  protected abstract Class<?> moduleClass();

  /**
   * The service type under which the module is provided ({@code Module}, {@code JacksonModule}).
   */
  protected abstract Class<?> serviceType();

  /** The facts of a new module with these options. */
  protected abstract ModuleFacts facts(BengkelJsonOptions options);

  /** How many modules the helpers' mapper has registered. */
  protected abstract int helpersModuleCount(BengkelJsonOptions options);

  /** Jackson's tree type, {@code JsonNode}. */
  protected abstract Class<?> treeType();

  /**
   * Jackson's root exception of this major: {@code JsonProcessingException} or {@code
   * JacksonException}.
   */
  protected abstract Class<? extends Exception> jacksonException();

  /** The module's {@code BengkelMismatchedInputException}. */
  protected abstract Class<? extends Exception> bengkelJacksonException();

  /** The path that Jackson itself gives an exception (its references), as a JSON path. */
  protected abstract String jacksonPath(Exception e);

  /** Writes tokens through the module's writer over a generator of the hardened mapper. */
  protected abstract String writeTokens(Consumer<JsonWriter> tokens);

  // --- discovery and configuration

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(discoveredModules()).contains(moduleClass());
  }

  @Test
  void discoveredModuleReadsAndWritesBengkelTypes() throws Exception {
    assertThat(discoveredRead("150000", Rupiah.class)).isEqualTo(Rupiah.of(150_000));
    assertThat(discoveredWrite(Rupiah.of(150_000))).isEqualTo("150000");
  }

  @Test
  void moduleDescriptorProvidesTheModule() {
    // On the class path (json/matrix) the module is unnamed and has no descriptor.
    assumeThat(moduleClass().getModule().isNamed()).isTrue();
    ModuleDescriptor descriptor = moduleClass().getModule().getDescriptor();
    assertThat(descriptor.name()).isEqualTo(moduleClass().getPackageName());
    assertThat(descriptor.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo(serviceType().getName());
              assertThat(p.providers()).containsExactly(moduleClass().getName());
            });
  }

  @Test
  void entryPointsExposeTheirConfiguration() {
    assertThat(strictHelpers()).isSameAs(strictHelpers());
    assertThat(strictHelpers().options()).isEqualTo(BengkelJsonOptions.strict());
    assertThat(helpersModuleCount(BengkelJsonOptions.lenient())).isEqualTo(1);
    ModuleFacts strict = facts(BengkelJsonOptions.strict());
    assertThat(strict.name()).isEqualTo("bengkel");
    assertThat(strict.options()).isEqualTo(BengkelJsonOptions.strict());
    assertThat(strict.registrationId())
        .isNotEqualTo(facts(BengkelJsonOptions.lenient()).registrationId());
  }

  @Test
  void moduleReportsTheProjectVersion() {
    // Surefire passes the Maven project version; the module reads it from a filtered resource.
    String expected = System.getProperty("bengkel.version", "");
    assertThat(expected).isNotBlank();
    assertThat(facts(BengkelJsonOptions.strict()).version()).isEqualTo(expected);
  }

  // --- every failure to read a bengkel value is the module's Jackson exception

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a NIP that breaks its rule | {'nip':'198513152010121002','name':'Budi'} | facility.nip.birth-date | .nip",
        "a missing property         | {'name':'Budi'}                            | json.missing-property   | .nip",
        "an empty object            | {}                                         | json.missing-property   | .nip",
        "an unknown property        | {'nip':'198503152010121002','name':'Budi','rank':1} | json.unknown-property | .rank",
        "a number for a string      | {'nip':198503152010121002,'name':'Budi'}   | json.wrong-type         | .nip",
        "a null for a string        | {'nip':null,'name':'Budi'}                 | json.null-value         | .nip",
        "malformed JSON             | {'nip':                                    | json.malformed          | .nip",
      })
  void everyFailureIsTheModulesJacksonExceptionWithBengkelsErrorAsCause(
      String what, String body, String rule, String at) throws Exception {
    String officer = body.replace('\'', '"');
    // At the top level: path $ then the place in the officer.
    assertBengkelFailure(() -> mapperRead(officer, Officer.class), rule, "$" + at, "$");
    assertBengkelFailure(() -> discoveredRead(officer, Officer.class), rule, "$" + at, "$");
    if (rule.equals("json.malformed")) {
      return; // a document cut short cannot go on with a caller's record or a list around it
    }
    // Inside a caller's record: Jackson's path names the record's property.
    assertBengkelFailure(
        () -> mapperRead("{\"note\":\"x\",\"officer\":" + officer + "}", Wrapper.class),
        rule,
        "$.officer" + at,
        "$.officer");
    assertBengkelFailure(
        () -> discoveredRead("{\"officer\":" + officer + ",\"note\":\"x\"}", Wrapper.class),
        rule,
        "$.officer" + at,
        "$.officer");
    // In a list: Jackson's path names the element.
    assertBengkelFailure(
        () -> mapperReadList("[" + OFFICER + "," + officer + "]", Officer.class),
        rule,
        "$[1]" + at,
        "$[1]");
  }

  @Test
  void tokensAfterABengkelValueAreTheModulesJacksonException() {
    assertBengkelFailure(
        () -> mapperRead(OFFICER + " 2", Officer.class), "json.trailing-tokens", "$", "$");
    assertBengkelFailure(
        () -> mapperRead("150000 }", Rupiah.class), "json.trailing-tokens", "$", "$");
    assertBengkelFailure(() -> mapperRead("1.5", Rupiah.class), "json.float-amount", "$", "$");
  }

  /**
   * bengkel's codecs read from the parser behind the hardened mapper's guard (their token source
   * translates Jackson's errors itself); the caller's own classes still read through the guard, so
   * their input cut short is bengkel's {@code json.malformed} too, named by line and column, never
   * quoting the document.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a caller's string cut short         | {'name':'Slamet",
        "a string in a caller's list cut short | {'tags':['Slamet",
        "a caller's property name cut short  | {'name':'x','Slamet",
      })
  void theCallersOwnClassesStillReadThroughTheGuard(String what, String body) {
    String cut = body.replace('\'', '"');
    Exception e = catchFailure(() -> mapperRead(cut, Unit.class));
    assertThat(e).as(what).isInstanceOf(bengkelJacksonException());
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            BengkelJsonException.class, b -> assertThat(b.ruleCode()).isEqualTo("json.malformed"));
    assertThat(e.getMessage()).doesNotContain("Slamet");
  }

  @Test
  void aValueSkippedInLenientModeCutShortIsMalformed() {
    // the caller's unknown property is skipped through the guard (skipChildren)
    assertThatThrownBy(
            () ->
                helpers(BengkelJsonOptions.lenient())
                    .read("{\"name\":\"x\",\"rank\":{\"a\":[\"Slamet", Unit.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.malformed");
              assertThat(e.getMessage()).doesNotContain("Slamet");
            });
  }

  @Test
  void bengkelsMessageIsLocalisedFromTheCause() {
    Exception e = catchFailure(() -> mapperRead("{\"name\":\"Budi\"}", Officer.class));
    BengkelJsonException cause = (BengkelJsonException) e.getCause();
    String english = cause.message(Locale.ENGLISH);
    String indonesian = cause.message(Locale.forLanguageTag("id"));
    assertThat(english).contains("nip").isNotEqualTo(indonesian);
    assertThat(indonesian).contains("nip");
    assertThat(e.getMessage()).contains(cause.getMessage());
  }

  @Test
  void aJsonNullForABengkelPropertyOfACallersRecordIsJavaNull() throws Exception {
    assertThat(mapperRead("{\"officer\":null,\"note\":\"x\"}", Wrapper.class))
        .isEqualTo(new Wrapper(null, "x"));
    assertThat(mapperRead("{}", Wrapper.class)).isEqualTo(new Wrapper(null, null));
    assertThat(discoveredRead("{\"note\":\"x\"}", Wrapper.class)).isEqualTo(new Wrapper(null, "x"));
    assertThat(mapperReadList("[null]", Officer.class)).containsExactly((Officer) null);
    // A null document is Java null for a mapper, as for any type; the helpers refuse it.
    assertThat(mapperRead("null", Officer.class)).isNull();
    assertThat(
            helpers(BengkelJsonOptions.strict())
                .read("{\"unit\":\"x\",\"budget\":null,\"officers\":[]}", Roster.class))
        .isEqualTo(new Roster("x", null, List.of()));
    // An empty officer is still refused, at the property that holds it.
    assertBengkelFailure(
        () -> mapperRead("{\"officer\":{},\"note\":\"x\"}", Wrapper.class),
        "json.missing-property",
        "$.officer.nip",
        "$.officer");
  }

  private void assertBengkelFailure(
      Read read, String rule, String bengkelPath, String jacksonPath) {
    Exception e = catchFailure(read);
    assertThat(e).isInstanceOf(jacksonException()).isInstanceOf(bengkelJacksonException());
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            b -> {
              assertThat(b.ruleCode()).isEqualTo(rule);
              assertThat(b.path()).isEqualTo(bengkelPath);
            });
    assertThat(jacksonPath(e)).isEqualTo(jacksonPath);
    try {
      assertThat(e.getClass().getMethod("bengkelException").invoke(e)).isSameAs(e.getCause());
    } catch (ReflectiveOperationException r) {
      throw new AssertionError(r);
    }
  }

  private static Exception catchFailure(Read read) {
    try {
      read.run();
    } catch (Exception e) {
      return e;
    }
    throw new AssertionError("read without failure");
  }

  /** A read that may throw Jackson's checked exceptions. */
  private interface Read {
    void run() throws Exception;
  }

  // --- the helpers and the hardened mapper

  @Test
  void errorInsideACollectionNamesTheElementPath() {
    assertRefused(
        () -> helpers(BengkelJsonOptions.strict()).read(ROSTER, Roster.class),
        "facility.nip.birth-date",
        "$.officers[2].nip");
  }

  /**
   * Content after the top-level value that is not even a token trails it whatever type was read:
   * after the caller's own record the hardened mapper and the helpers give the rule a bengkel value
   * gets (Jackson's parser would call it malformed). A second whole value after a caller's record
   * is Jackson's own trailing-token check on the mapper (below).
   */
  @Test
  void whatCannotBeATokenAfterTheCallersRecordTrailsIt() throws Exception {
    String wrapper = "{\"officer\":" + OFFICER + ",\"note\":\"piket pagi\"}";
    assertThat(mapperRead(wrapper, Wrapper.class).note()).isEqualTo("piket pagi");
    for (String tail : List.of(" x", "]", " }")) {
      assertBengkelFailure(
          () -> mapperRead(wrapper + tail, Wrapper.class), "json.trailing-tokens", "$", "$");
      assertRefused(
          () -> helpers(BengkelJsonOptions.strict()).read(wrapper + tail, Wrapper.class),
          "json.trailing-tokens",
          "$");
    }
  }

  @Test
  void rawMapperRefusesTrailingTokensAfterTheCallersValues() {
    assertThatThrownBy(() -> mapperRead("{\"a\":1} 2", treeType()))
        .isInstanceOf(jacksonException());
  }

  @Test
  void callerClassesAreStrictAndReportedWhenLenient() {
    String withExtra =
        ROSTER
            .replace("198513152010121002", "198503152010121003")
            .replace("{\"unit\"", "{\"extra\":[1,2],\"unit\"")
            .replace("\"name\":\"Budi\"", "\"name\":\"Budi\",\"rank\":\"III/a\"");
    assertThatThrownBy(() -> helpers(BengkelJsonOptions.strict()).read(withExtra, Roster.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.unknown-property");
              // Jackson reaches the properties of a record in its own order.
              assertThat(e.path()).isIn("$.extra", "$.officers[2].rank");
            });
    JsonReadResult<Roster> result =
        helpers(BengkelJsonOptions.lenient()).readReporting(withExtra, Roster.class);
    assertThat(result.value().officers()).hasSize(3);
    // A record's properties are buffered by Jackson, which loses the position of "extra".
    assertThat(result.ignoredProperties()).hasSize(2).contains("$.officers[2].rank");
    assertThat(result.ignoredProperties()).containsAnyOf("$.extra", "$..extra");
  }

  @Test
  void duplicateKeysAreRefusedInAnyObject() {
    assertThatThrownBy(
            () -> helpers(BengkelJsonOptions.strict()).read("{\"a\":1,\"a\":2}", treeType()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.duplicate-key");
              assertThat(e.details()).containsExactly("a");
            });
    // The parser does not look for duplicates (bengkel's reader does, in bengkel's values); trees
    // are refused by FAIL_ON_READING_DUP_TREE_KEY, reported as the same rule.
    assertRefused(
        () -> helpers(BengkelJsonOptions.strict()).read("{\"x\":[{\"b\":1,\"b\":2}]}", treeType()),
        "json.duplicate-key",
        "$.x[0].b");
  }

  /**
   * A tree keyed by registration numbers (the CLI's report-data keys pieces so): no error under
   * such a key repeats it, in its path or its message. Found by the hostile-input pass: the CLI
   * printed {@code $.batches[4].pieces['B.I-0231/2023'] [json.duplicate-key] the property
   * 'B.I-0231/2023' appears twice}.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"p\":{\"B.I-0231/2023\":1,\"B.I-0231/2023\":2}}|json.duplicate-key",
        "{\"p\":{\"B.IIa 45/P/2023\":\"LONG\"}}|json.limit-exceeded",
        "{\"p\":{\"A.I-7/2026\":1NUMBER}}|json.limit-exceeded",
        "{\"p\":{\"B.I-0231/2023\":DEEP}}|json.limit-exceeded",
        "{\"p\":{\"B.I-0231/2023\":[1,}}|json.malformed"
      })
  void noErrorUnderATreeKeyRepeatsARegistrationNumber(String json, String rule) {
    String text =
        json.replace("LONG", "x".repeat(BengkelJsonOptions.DEFAULT_MAX_STRING_LENGTH + 1))
            .replace("NUMBER", "0".repeat(BengkelJsonOptions.DEFAULT_MAX_NUMBER_LENGTH + 1))
            .replace("DEEP", "[".repeat(100) + "]".repeat(100));
    assertThatThrownBy(() -> helpers(BengkelJsonOptions.strict()).read(text, treeType()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule);
              assertThat(e.path()).startsWith("$.p[<registration number>]");
              assertThat(e.getMessage() + e.details())
                  .doesNotContain("0231/2023")
                  .doesNotContain("45/P/2023")
                  .doesNotContain("7/2026");
            });
  }

  @Test
  void limitsAreEnforced() {
    JsonBinding json = helpers(BengkelJsonOptions.strict());
    assertRefused(() -> json.read("1".repeat(200), Rupiah.class), "json.limit-exceeded", "$");
    assertThatThrownBy(() -> json.read("[".repeat(100) + "]".repeat(100), treeType()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("json.limit-exceeded"));
    assertThatThrownBy(() -> json.read("{\"a\" 1}", treeType()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.malformed"));
    assertRefused(() -> json.read("{\"unit\":[]}", Roster.class), "json.wrong-type", "$.unit");
  }

  @Test
  void callerRecordsWriteInDeclarationOrderAndReadBack() {
    // Records are what Jackson's annotations introspection must handle: a jackson-annotations
    // older than the Jackson in use fails here with NoClassDefFoundError.
    Roster roster =
        new Roster(
            "Bimker",
            Rupiah.of(2_500_000),
            List.of(Officer.of(Nip.parse("198503152010121002"), "Ahmad Fauzi")));
    String expected = "{\"unit\":\"Bimker\",\"budget\":2500000,\"officers\":[" + OFFICER + "]}";
    JsonBinding json = helpers(BengkelJsonOptions.strict());
    assertThat(json.write(roster)).isEqualTo(expected);
    assertThat(json.readBytes(expected.getBytes(StandardCharsets.UTF_8), Roster.class))
        .isEqualTo(roster);
    assertThat(
            json.write(
                Facility.of(FacilityCode.of("A"), "B", FacilityType.LPKA, FacilityClass.I, "C")))
        .isEqualTo(
            "{\"code\":\"A\",\"name\":\"B\",\"type\":\"LPKA\",\"facilityClass\":\"I\",\"regionalOffice\":\"C\",\"zone\":\"WIB\"}");
  }

  @Test
  void unknownPropertyOfABeanHasItsPath() {
    assertRefused(
        () -> helpers(BengkelJsonOptions.strict()).read("{\"name\":\"x\",\"rank\":1}", Unit.class),
        "json.unknown-property",
        "$.rank");
    JsonReadResult<Unit> r =
        helpers(BengkelJsonOptions.lenient())
            .readReporting("{\"name\":\"x\",\"rank\":{\"a\":1},\"budget\":5}", Unit.class);
    assertThat(r.ignoredProperties()).containsExactly("$.rank");
    assertThat(r.value().budget).isEqualTo(Rupiah.of(5));
  }

  @Test
  void wrongTypeInsideABeanListHasTheIndex() {
    assertRefused(
        () -> helpers(BengkelJsonOptions.strict()).read("{\"tags\":[\"a\",{}]}", Unit.class),
        "json.wrong-type",
        "$.tags[1]");
  }

  @Test
  void theHelpersRefuseANullDocumentAndGarbageAfterTheValue() {
    JsonBinding json = helpers(BengkelJsonOptions.strict());
    assertRefused(() -> json.read("null", Unit.class), "json.null-value", "$");
    assertRefused(() -> json.read("null", Officer.class), "json.null-value", "$");
    assertRefused(() -> json.read("{} }", Unit.class), "json.trailing-tokens", "$");
    assertRefused(() -> json.read(OFFICER + " 2", Officer.class), "json.trailing-tokens", "$");
  }

  @Test
  void unwritableValueIsReportedAsBengkelException() {
    assertThatThrownBy(() -> helpers(BengkelJsonOptions.strict()).write(new Object()))
        .isInstanceOfSatisfying(
            BengkelJsonException.class, e -> assertThat(e.ruleCode()).isEqualTo("json.malformed"));
  }

  @Test
  void writerWritesEveryKindOfToken() {
    assertThat(
            writeTokens(
                w -> w.beginArray().bool(false).nullValue().number(-1).string("a/b").endArray()))
        .isEqualTo("[false,null,-1,\"a/b\"]");
  }

  private static void assertRefused(Runnable read, String rule, String path) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo(rule);
              assertThat(e.path()).isEqualTo(path);
            });
  }
}
