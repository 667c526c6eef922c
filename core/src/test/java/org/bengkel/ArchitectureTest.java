package org.bengkel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.error.CoreRule;
import org.bengkel.error.Rule;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.RefusalException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conventions of docs/architecture.md that can be checked on the compiled classes of core. */
class ArchitectureTest {

  /** The packages of core in story order: a package may depend only on those before it. */
  static final List<String> ORDER =
      List.of(
          "error",
          "outcome",
          "money",
          "facility",
          "audit",
          "trainee",
          "programme",
          "catalog",
          "material",
          "foodsafety",
          "production",
          "inventory",
          "pricing",
          "sales",
          "proceeds",
          "report");

  private static JavaClasses core;

  @BeforeAll
  static void importCore() throws URISyntaxException {
    Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    core = new ClassFileImporter().importPath(classes);
    assertThat(core.contain("org.bengkel.money.Rupiah"))
        .as("core's classes were imported")
        .isTrue();
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.bengkel.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void aPackageNeverDependsOnOneAfterItInStoryOrder() {
    for (int i = 0; i < ORDER.size() - 1; i++) {
      String[] later =
          ORDER.subList(i + 1, ORDER.size()).stream()
              .map(p -> "org.bengkel." + p + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("org.bengkel." + ORDER.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(later)
          .allowEmptyShould(true) // packages still without classes
          .check(core);
    }
  }

  @Test
  void internalHelpersUseOnlyTheErrorModel() {
    String[] domain =
        ORDER.stream()
            .filter(p -> !p.equals("error"))
            .map(p -> "org.bengkel." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.bengkel.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(domain)
        .check(core);
  }

  @Test
  void coreNeverSeesAJsonLibrary() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "tools.jackson..")
        .check(core);
  }

  @Test
  void noFloatingPointFields() {
    noFields()
        .should()
        .haveRawType(double.class)
        .orShould()
        .haveRawType(float.class)
        .orShould()
        .haveRawType(Double.class)
        .orShould()
        .haveRawType(Float.class)
        .check(core);
  }

  @Test
  void noFloatingPointInMethodSignatures() {
    noMethods()
        .should()
        .haveRawReturnType(double.class)
        .orShould()
        .haveRawReturnType(float.class)
        .orShould()
        .haveRawReturnType(Double.class)
        .orShould()
        .haveRawReturnType(Float.class)
        .orShould()
        .haveRawParameterTypes(double.class)
        .orShould()
        .haveRawParameterTypes(float.class)
        .check(core);
  }

  @Test
  void nullsAreNeverCheckedWithObjectsRequireNonNull() throws IOException {
    // Checks.required throws MissingValueException naming the parameter; Immutables' generated
    // classes use their own check, which throws it too (BengkelStyle.throwForNullPointer).
    // javac itself emits Objects.requireNonNull(Object) for a bound method reference such as
    // `lots::get`, so the compiled classes are checked for the forms javac never emits, and the
    // sources (core's, the JSON modules' and the testkit's) for any form.
    for (String module :
        List.of("core", "json/codec", "json/jackson2", "json/jackson3", "testkit")) {
      try (Stream<Path> sources = Files.walk(Path.of("..", module, "src", "main", "java"))) {
        List<Path> callers =
            sources
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> read(f).contains("requireNonNull("))
                .toList();
        assertThat(callers).as(module).isEmpty();
      }
    }
    noClasses()
        .should()
        .callMethod(Objects.class, "requireNonNull", Object.class, String.class)
        .orShould()
        .callMethod(Objects.class, "requireNonNull", Object.class, Supplier.class)
        .because(
            "a null where none is allowed throws MissingValueException, never a bare NullPointerException")
        .check(core);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noCodeThrowsANullPointerException() {
    noClasses()
        .should()
        .callConstructor(NullPointerException.class)
        .orShould()
        .callConstructor(NullPointerException.class, String.class)
        .because("a null where none is allowed throws MissingValueException")
        .check(core);
  }

  @Test
  void everyPackageIsNullMarked() {
    Set<String> packages =
        core.stream()
            .map(JavaClass::getPackageName)
            .filter(p -> p.startsWith("org.bengkel."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(packages).contains("org.bengkel.money", "org.bengkel.internal");
    for (String p : packages) {
      assertThat(core.getPackage(p).isAnnotatedWith("org.jspecify.annotations.NullMarked"))
          .as("package-info.java of %s is @NullMarked", p)
          .isTrue();
    }
  }

  @Test
  void everyPackageOfTheJsonModulesAndTheTestkitIsNullMarked() throws IOException {
    // Their classes are not on core's test path: their sources are read instead.
    for (String module : List.of("json/codec", "json/jackson2", "json/jackson3", "testkit")) {
      Path root = Path.of("..", module, "src", "main", "java");
      Set<Path> packages;
      try (Stream<Path> files = Files.walk(root)) {
        packages =
            files
                .filter(f -> f.toString().endsWith(".java"))
                .filter(f -> !f.getFileName().toString().equals("module-info.java"))
                .map(Path::getParent)
                .collect(Collectors.toCollection(TreeSet::new));
      }
      assertThat(packages).as(module).isNotEmpty();
      for (Path dir : packages) {
        Path info = dir.resolve("package-info.java");
        assertThat(Files.exists(info) && read(info).contains("\n@NullMarked\n"))
            .as("%s is @NullMarked", info)
            .isTrue();
      }
    }
  }

  @Test
  void generatedImmutablesAreNotPublic() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(core);
  }

  @Test
  void aRequiredValueIsRefusedOneWayForEachCase() {
    // An empty required list was an InvalidValueException with rule REQUIRED in nine places and a
    // MissingValueException in five, so a reader of a document called "lines": [] a missing
    // property in some types and an empty one in others. Now a null is MissingValueException and
    // an empty list, map or optional part goes through Checks.requireNotEmpty/requirePresent: this
    // keeps the rule's plain InvalidValueException in Checks alone. It cannot see a
    // MissingValueException thrown for an empty list; the types' own tests check that.
    noClasses()
        .that()
        .resideOutsideOfPackage("org.bengkel.error..")
        .and()
        .doNotHaveFullyQualifiedName("org.bengkel.internal.Checks")
        .should()
        .accessField(CoreRule.class, "REQUIRED")
        .because("nulls are MissingValueException, empties go through Checks")
        .check(core);
  }

  @Test
  void outcomeIsTheOnlyOutcomeShape() {
    // A type of its own with isAccepted/orElseThrow is a second outcome shape, as LedgerResult,
    // OrderResult and PremiAccountResult were before issue 14.
    methods()
        .that()
        .arePublic()
        .and()
        .haveNameMatching("isAccepted|isRefused|orElseThrow")
        .should()
        .beDeclaredIn(Outcome.class)
        .check(core);
  }

  /** State changes that no rule can refuse (only a null argument, a broken contract, throws). */
  private static final Set<String> NEVER_REFUSED =
      Set.of("org.bengkel.production.BatchCosting.consume(org.bengkel.material.MaterialLine)");

  @Test
  void anAggregateThatMayRefuseChangesStateOnlyThroughOutcomes() {
    // In a type that answers some operation with an Outcome, a public instance method returning
    // the type itself would be a state change that throws instead of refusing. Copies named withX
    // are construction (an invalid copy is an InvalidValueException), not operations.
    for (JavaClass type : core) {
      boolean answersWithOutcomes =
          type.getMethods().stream()
              .anyMatch(
                  m ->
                      m.getModifiers().contains(JavaModifier.PUBLIC)
                          && m.getRawReturnType().isEquivalentTo(Outcome.class));
      if (!answersWithOutcomes
          || type.getSimpleName().startsWith("Immutable")
          || type.getPackageName().equals(Outcome.class.getPackageName())) {
        continue;
      }
      List<String> bypasses =
          type.getMethods().stream()
              .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
              .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
              .filter(m -> m.getRawReturnType().equals(type))
              .filter(m -> !m.getName().startsWith("with"))
              .map(JavaMethod::getFullName)
              .filter(name -> !NEVER_REFUSED.contains(name))
              .toList();
      assertThat(bypasses).as(type.getName()).isEmpty();
    }
  }

  @Test
  void onlyOutcomeThrowsTheRefusalException() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Outcome.class.getName())
        .should()
        .callConstructorWhere(
            DescribedPredicate.describe(
                "of RefusalException",
                c -> c.getTargetOwner().isEquivalentTo(RefusalException.class)))
        .check(core);
  }

  @Test
  void noPublicMethodTakesAnOptional() {
    // An absent argument is a @Nullable parameter or an overload; Immutables' generated builder
    // setters for Optional attributes are the exception, and live in the Immutable* classes.
    noMethods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .haveNameNotMatching(".*\\.Immutable[^.]*")
        .should()
        .haveRawParameterTypes(
            DescribedPredicate.describe(
                "an Optional among them",
                (List<JavaClass> types) ->
                    types.stream().anyMatch(t -> t.isEquivalentTo(java.util.Optional.class))))
        .check(core);
  }
}
