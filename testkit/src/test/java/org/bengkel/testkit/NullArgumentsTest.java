package org.bengkel.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.error.CoreRule;
import org.bengkel.error.MissingValueException;
import org.bengkel.inventory.StockLot;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.outcome.RefusalException;
import org.bengkel.production.StockLotFactory;
import org.junit.jupiter.api.Test;

/**
 * The README's null contract, for the whole public API of core: every public method and constructor
 * of core's exported packages, given {@code null} for a parameter that is not {@code @Nullable}
 * (JSpecify's, the one the project uses) and valid values for the others, throws {@link
 * MissingValueException} whose {@code field()} is that parameter's name: never a bare {@code
 * NullPointerException}, another exception, or a silent acceptance of the null.
 *
 * <p>Receivers and valid arguments are one seeded sample of every bengkel type reachable from the
 * testkit's generators: their values, what their accessors return, and what the generators that
 * take arguments and core's own public methods return for the values found so far. Besides these:
 * simple JDK values ({@link #JDK_VALUES}), a few bengkel values no generator makes ({@link
 * #OTHER_VALUES}), every enum's first constant, and a fresh builder for a builder's own methods. A
 * method with an argument of a type none of these gives, or a receiver none gives, is not
 * exercised: it is printed, and must be on {@link #NOT_EXERCISED}.
 *
 * <p>Parameter names come from core's class files, compiled with {@code -parameters}. A lambda that
 * core returns for one of its interfaces ({@code EnrolmentCheck.of}, {@code
 * OutsideWorkClearance.nobody}) has no names to read: there any {@code MissingValueException}
 * passes.
 *
 * <p>What the walk leaves out, and why:
 *
 * <ul>
 *   <li>{@code equals(Object)}: null is a legal argument (the answer is false);
 *   <li>{@code compareTo(T)}: {@link Comparable}'s contract asks for a {@code
 *       NullPointerException};
 *   <li>an enum's implicit {@code valueOf(String)}: declared by the language, its null check is the
 *       JDK's;
 *   <li>the members Immutables generates: they are declared in the package-private {@code
 *       Immutable*} classes, so this walk of public classes' own members does not see the setters
 *       that the public {@code Builder}s inherit. Those setters check their value with the
 *       library's {@link MissingValueException} (the style's {@code throwForNullPointer}), as does
 *       {@code build()} for an attribute never set (see core's NullPolicyTest); the generated
 *       methods that take a whole collection or array ({@code addAllX}, {@code x(Iterable)}, {@code
 *       addX(T...)}) loop over it without a check, so a null collection there gives Immutables'
 *       bare NullPointerException. Hand-written methods of the public builders are walked.
 * </ul>
 */
class NullArgumentsTest {

  private static final List<Class<?>> GENERATORS =
      List.of(
          AuditGen.class,
          CatalogGen.class,
          FacilityGen.class,
          InventoryGen.class,
          MoneyGen.class,
          PricingGen.class,
          ProceedsGen.class,
          ProductionGen.class,
          ProgrammeGen.class,
          ReportGen.class,
          SalesGen.class,
          TraineeGen.class);

  /** Valid arguments of JDK types, by the parameter's declared type. */
  private static final Map<Class<?>, Object> JDK_VALUES = new LinkedHashMap<>();

  static {
    JDK_VALUES.put(String.class, "X");
    JDK_VALUES.put(CharSequence.class, "X");
    JDK_VALUES.put(Object.class, "X");
    JDK_VALUES.put(LocalDate.class, LocalDate.of(2026, 10, 15));
    JDK_VALUES.put(LocalDateTime.class, LocalDateTime.of(2026, 10, 15, 9, 0));
    JDK_VALUES.put(LocalTime.class, LocalTime.of(9, 0));
    JDK_VALUES.put(Instant.class, Instant.parse("2026-10-15T02:00:00Z"));
    JDK_VALUES.put(Duration.class, Duration.ofHours(1));
    JDK_VALUES.put(Period.class, Period.ofYears(1));
    JDK_VALUES.put(Year.class, Year.of(2026));
    JDK_VALUES.put(YearMonth.class, YearMonth.of(2026, 10));
    JDK_VALUES.put(BigDecimal.class, BigDecimal.ONE);
    JDK_VALUES.put(RoundingMode.class, RoundingMode.HALF_UP);
    JDK_VALUES.put(Locale.class, Locale.ROOT);
    JDK_VALUES.put(Class.class, Object.class);
    JDK_VALUES.put(Function.class, Function.identity());
    JDK_VALUES.put(List.class, List.of());
    JDK_VALUES.put(Collection.class, List.of());
    JDK_VALUES.put(Iterable.class, List.of());
    JDK_VALUES.put(Set.class, Set.of());
    JDK_VALUES.put(Map.class, Map.of());
    JDK_VALUES.put(long[].class, new long[] {1});
    JDK_VALUES.put(
        ResourceBundle.class,
        new ListResourceBundle() {
          @Override
          protected Object[][] getContents() {
            return new Object[][] {{"X", "X"}};
          }
        });
  }

  /** Bengkel values that no generator reaches, for the methods that take or are called on them. */
  private static final List<Object> OTHER_VALUES =
      List.of(
          MissingValueException.of("X"),
          Refusal.of(CoreRule.REQUIRED, "X", "X"),
          Outcome.accepted("X"),
          refusalException(),
          // An interface for the caller to implement: core's ProductionBatch.toStockLot takes one.
          (StockLotFactory<StockLot>) StockLot::of);

  private static RefusalException refusalException() {
    try {
      Outcome.refused(Refusal.of(CoreRule.REQUIRED, "X", "X")).orElseThrow();
    } catch (RefusalException e) {
      return e;
    }
    throw new AssertionError("a refused outcome did not throw");
  }

  /**
   * The methods that cannot be exercised, with the reason: no generator makes a value they need.
   * Keep it short; a method added to core belongs here only if no generator can reach its
   * arguments.
   */
  private static final Set<String> NOT_EXERCISED =
      Set.of(
          // An interface for the caller to implement (ProductionBatch.toStockLot takes one); core
          // has no implementation of its own to call.
          "StockLotFactory.create(LotCode, Sku, LocalDate, LocalDate, long, LocalDateTime)"
              + " (no receiver StockLotFactory)");

  private final Map<Class<?>, Object> samples = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Set<String> notExercised = new TreeSet<>();
  private int calls;
  private int nullableSkipped;

  @Test
  void everyNullArgumentIsAMissingValueNamingTheParameter() throws Exception {
    List<Class<?>> classes = publicClassesOfCore();
    assertThat(classes).as("public classes of core's exported packages").hasSizeGreaterThan(150);
    collectSamples(classes);
    for (Class<?> type : classes) {
      for (Executable e : publicExecutables(type)) {
        check(e);
      }
    }
    System.out.printf(
        "NullArgumentsTest: %d calls with a null argument, %d @Nullable parameters skipped,"
            + " %d failures, %d methods not exercised:%n  %s%n",
        calls,
        nullableSkipped,
        failures.size(),
        notExercised.size(),
        String.join("\n  ", notExercised));
    assertThat(calls).as("calls made").isGreaterThan(500);
    assertThat(nullableSkipped)
        .as("@Nullable parameters seen (the annotation is read)")
        .isPositive();
    assertThat(failures).as("null arguments not reported as MissingValueException").isEmpty();
    assertThat(notExercised)
        .as("methods not exercised (no generator for an argument): add a generator")
        .isSubsetOf(NOT_EXERCISED);
    assertThat(NOT_EXERCISED)
        .as("methods on the list that are now exercised: take them off")
        .isSubsetOf(notExercised);
  }

  // ---------------------------------------------------------------- the calls

  /** Calls an executable once for each non-primitive, non-@Nullable parameter, given null. */
  private void check(Executable e) throws ReflectiveOperationException {
    boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
    Object receiver = isStatic ? null : receiverFor(e.getDeclaringClass());
    Class<?>[] types = e.getParameterTypes();
    if (Arrays.stream(types).allMatch(Class::isPrimitive)) {
      return;
    }
    Object[] valid = validArguments(e);
    List<String> missing = new ArrayList<>();
    if (!isStatic && receiver == null) {
      missing.add("receiver " + e.getDeclaringClass().getSimpleName());
    }
    for (int i = 0; i < types.length; i++) {
      if (valid[i] == null) {
        missing.add(types[i].getSimpleName());
      }
    }
    if (!missing.isEmpty()) {
      notExercised.add(describe(e) + " (no " + String.join(", ", missing) + ")");
      return;
    }
    Optional<String[]> names = parameterNames(e);
    for (int i = 0; i < types.length; i++) {
      if (types[i].isPrimitive()) {
        continue;
      }
      if (isNullable(e.getParameters()[i], e.getAnnotatedParameterTypes()[i])) {
        nullableSkipped++;
        continue;
      }
      Object[] args = valid.clone();
      args[i] = null;
      int at = i;
      String name = names.map(n -> n[at]).orElse("arg" + i);
      String what = describe(e) + " with " + name + " = null";
      calls++;
      try {
        Object returned =
            e instanceof Constructor<?> c
                ? c.newInstance(args)
                : ((Method) e).invoke(receiver, args);
        failures.add(what + ": accepted the null, returned " + returned);
      } catch (InvocationTargetException thrown) {
        Throwable cause = thrown.getCause();
        if (!(cause instanceof MissingValueException missingValue)) {
          failures.add(what + ": threw " + cause);
        } else if (names.isPresent() && !missingValue.field().equals(name)) {
          failures.add(what + ": MissingValueException names " + missingValue.field());
        }
      }
    }
  }

  /**
   * The parameters' source names, which core's class files carry (compiled with {@code
   * -parameters}); empty for a lambda's, which have none.
   */
  private static Optional<String[]> parameterNames(Executable e) {
    Parameter[] parameters = e.getParameters();
    return Arrays.stream(parameters).allMatch(Parameter::isNamePresent)
        ? Optional.of(Arrays.stream(parameters).map(Parameter::getName).toArray(String[]::new))
        : Optional.empty();
  }

  /** JSpecify's {@code @Nullable} is a type-use annotation; a declaration one is accepted too. */
  private static boolean isNullable(Parameter parameter, AnnotatedType type) {
    return Stream.concat(
            Arrays.stream(type.getAnnotations()), Arrays.stream(parameter.getAnnotations()))
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static String describe(Executable e) {
    String type = typeName(e.getDeclaringClass());
    String name = e instanceof Constructor ? type : type + "." + e.getName();
    return name
        + Arrays.stream(e.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String typeName(Class<?> type) {
    return type.getEnclosingClass() == null
        ? type.getSimpleName()
        : typeName(type.getEnclosingClass()) + "." + type.getSimpleName();
  }

  // ---------------------------------------------------------------- what is walked

  /** Every public class of core's exported packages, nested ones included. */
  private static List<Class<?>> publicClassesOfCore() throws IOException {
    Module core = Rupiah.class.getModule();
    assertThat(core.isNamed()).as("core on the module path, as surefire runs it").isTrue();
    ResolvedModule resolved =
        ModuleLayer.boot().configuration().findModule(core.getName()).orElseThrow();
    List<Class<?>> classes = new ArrayList<>();
    try (ModuleReader reader = resolved.reference().open();
        Stream<String> resources = reader.list()) {
      for (String resource : (Iterable<String>) resources.sorted()::iterator) {
        if (!resource.endsWith(".class") || resource.endsWith("-info.class")) {
          continue;
        }
        String name = resource.substring(0, resource.length() - 6).replace('/', '.');
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (!core.isExported(pkg)) {
          continue;
        }
        Class<?> type = Class.forName(core, name);
        if (type != null && isPublic(type)) {
          classes.add(type);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return classes;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  /** The public methods and constructors a class declares, less the ones left out (see above). */
  private static List<Executable> publicExecutables(Class<?> type) {
    List<Executable> all = new ArrayList<>();
    all.addAll(Arrays.asList(type.getDeclaredConstructors()));
    all.addAll(Arrays.asList(type.getDeclaredMethods()));
    return all.stream()
        .filter(e -> Modifier.isPublic(e.getModifiers()) && !e.isSynthetic())
        .filter(e -> !(e instanceof Method m && m.isBridge()))
        .filter(e -> !isLeftOut(type, e))
        .sorted((a, b) -> describe(a).compareTo(describe(b)))
        .toList();
  }

  private static boolean isLeftOut(Class<?> type, Executable e) {
    Class<?>[] p = e.getParameterTypes();
    return (e.getName().equals("equals") && p.length == 1 && p[0] == Object.class)
        || (e.getName().equals("compareTo")
            && p.length == 1
            && Comparable.class.isAssignableFrom(type))
        || (type.isEnum()
            && e.getName().equals("valueOf")
            && p.length == 1
            && p[0] == String.class);
  }

  // ---------------------------------------------------------------- the values

  /** Valid arguments for an executable's parameters; null for a parameter with none. */
  private Object[] validArguments(Executable e) {
    Type[] generic = e.getGenericParameterTypes();
    Class<?>[] types = e.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      // A constructor of a nested class may have fewer generic types than parameters.
      Type t = generic.length == types.length ? generic[i] : types[i];
      args[i] = valueOf(t);
    }
    return args;
  }

  /**
   * A valid value of a parameter's type, or null if there is none; a list or set of one element
   * when there is a value of the element type, since some lists must not be empty.
   */
  private Object valueOf(Type generic) {
    if (generic instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> element
        && !element.isEnum()
        && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      Object one = valueOf(element);
      if (one != null) {
        return raw == Set.class ? Set.of(one) : List.of(one);
      }
    }
    return valueOf(
        generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : raw(generic));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof GenericArrayType a) {
      return Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /** A valid value of a type, or null if there is none. */
  private Object valueOf(Class<?> type) {
    if (type.isPrimitive()) {
      return primitive(type);
    }
    if (JDK_VALUES.containsKey(type)) {
      return JDK_VALUES.get(type);
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Object exact = samples.get(type);
    if (exact != null) {
      return exact;
    }
    for (Object v : samples.values()) {
      if (type.isInstance(v)) {
        return v;
      }
    }
    return null;
  }

  private static Object primitive(Class<?> type) {
    return switch (type.getName()) {
      case "boolean" -> false;
      case "int" -> 1;
      case "long" -> 1L;
      default -> throw new IllegalArgumentException("no value of " + type);
    };
  }

  /** A receiver of an instance method: core's own value of the type, or a fresh builder. */
  private Object receiverFor(Class<?> type) throws ReflectiveOperationException {
    if (type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null) {
      return type.getEnclosingClass().getMethod("builder").invoke(null);
    }
    Object exact = samples.get(type);
    if (exact != null) {
      return exact;
    }
    for (Object v : samples.values()) {
      if (type.isInstance(v) && v.getClass().getModule() == Rupiah.class.getModule()) {
        return v;
      }
    }
    return null;
  }

  /**
   * One value of every bengkel type that the generators reach: their samples, the values reachable
   * from those by accessors, and (in rounds, until nothing new turns up) what the generators that
   * take arguments and core's own methods give for the values found so far.
   */
  private void collectSamples(List<Class<?>> classes) throws ReflectiveOperationException {
    OTHER_VALUES.forEach(v -> collect(v, 0));
    for (Class<?> type : classes) {
      if (type.isEnum()) {
        samples.put(type, type.getEnumConstants()[0]); // for parameters of an interface type
      }
    }
    List<Method> generatorsWithArguments = new ArrayList<>();
    for (Class<?> generators : GENERATORS) {
      for (Method m : generators.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() != generators) {
          continue;
        }
        if (m.getParameterCount() == 0 && Gen.class.isAssignableFrom(m.getReturnType())) {
          collectResult(m.invoke(null));
        } else {
          generatorsWithArguments.add(m);
        }
      }
    }
    List<Executable> api = new ArrayList<>();
    classes.forEach(type -> api.addAll(publicExecutables(type)));
    for (int round = 0; round < 4; round++) {
      int before = samples.size();
      generatorsWithArguments.forEach(this::callWithValidArguments);
      api.forEach(this::callWithValidArguments);
      if (samples.size() == before) {
        break;
      }
    }
  }

  /** Calls a method or constructor with valid arguments and collects what it returns. */
  private void callWithValidArguments(Executable e) {
    try {
      boolean isStatic = e instanceof Constructor || Modifier.isStatic(e.getModifiers());
      Object receiver = isStatic ? null : receiverFor(e.getDeclaringClass());
      Object[] args = validArguments(e);
      if ((isStatic || receiver != null) && Arrays.stream(args).allMatch(a -> a != null)) {
        collectResult(
            e instanceof Constructor<?> c
                ? c.newInstance(args)
                : ((Method) e).invoke(receiver, args));
      }
    } catch (ReflectiveOperationException | RuntimeException refused) {
      // refused for these arguments: nothing gained
    }
  }

  private void collectResult(Object result) {
    if (result instanceof Gen<?> gen) {
      gen.sample(15L, 1).forEach(v -> collect(v, 0));
    } else {
      collect(result, 0);
    }
  }

  private void collect(Object value, int depth) {
    ValueWalk.collect(
        value, samples, m -> m.getDeclaringClass().getName().startsWith("org.bengkel."), depth);
  }
}
