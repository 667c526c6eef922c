package org.bengkel.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bengkel.error.BengkelException;
import org.bengkel.error.InvalidValueException;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.report.ChannelSales;
import org.bengkel.report.PeriodReport;
import org.junit.jupiter.api.Test;

/**
 * Every core value, built through its builder or factory with one number or date replaced by an
 * extreme (Long.MAX_VALUE, Integer.MIN_VALUE, LocalDate.MAX, 1e999999999, ...), is either built or
 * refused with bengkel's own exception; so is every computation on it that takes such arguments.
 * Never an ArithmeticException, DateTimeException, NumberFormatException or OutOfMemoryError.
 *
 * <p>The values come from the testkit's generators (one sample of each type reachable from them),
 * so a new value type is covered as soon as a generator makes it.
 */
class ExtremesTest {

  private static final List<Class<?>> GENERATORS =
      List.of(
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

  /** For each type of argument: the extremes, then (last) one mild value for other arguments. */
  private static final Map<Class<?>, List<Object>> EXTREMES = new LinkedHashMap<>();

  static {
    EXTREMES.put(long.class, List.of(Long.MAX_VALUE, Long.MIN_VALUE, 1L << 62, -1L, 0L, 1L));
    EXTREMES.put(int.class, List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, 1));
    EXTREMES.put(
        LocalDate.class,
        List.of(
            LocalDate.MAX, LocalDate.MIN, LocalDate.MAX.minusDays(1), LocalDate.of(2026, 1, 1)));
    EXTREMES.put(
        LocalDateTime.class,
        List.of(LocalDateTime.MAX, LocalDateTime.MIN, LocalDateTime.of(2026, 1, 1, 8, 0)));
    EXTREMES.put(
        BigDecimal.class,
        List.of(
            new BigDecimal("1e999999999"), new BigDecimal("1e-999999999"),
            new BigDecimal("1e2147483647"), new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
            new BigDecimal("-1e999999999"), BigDecimal.ONE));
    EXTREMES.put(
        Duration.class,
        List.of(
            Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), Duration.ofSeconds(Long.MIN_VALUE),
            Duration.ofSeconds(Long.MAX_VALUE / 2 + 1), Duration.ofHours(1)));
    EXTREMES.put(
        Period.class,
        List.of(
            Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE),
            Period.of(Integer.MIN_VALUE, 0, 0),
            Period.ofDays(Integer.MAX_VALUE),
            Period.ofDays(1)));
    EXTREMES.put(
        Rupiah.class, List.of(Rupiah.of(Long.MAX_VALUE), Rupiah.of(1L << 62), Rupiah.of(1)));
    EXTREMES.put(
        Rate.class,
        List.of(
            Rate.of(Long.MAX_VALUE, 1), Rate.of(1, Long.MAX_VALUE),
            Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Rate.percent(1)));
    EXTREMES.put(
        Year.class, List.of(Year.of(Year.MAX_VALUE), Year.of(Year.MIN_VALUE), Year.of(2026)));
  }

  private final List<String> escapes = new ArrayList<>();
  private int calls;

  @Test
  void extremeNumbersAndDatesGiveOnlyBengkelExceptions() throws Exception {
    Map<Class<?>, Object> samples = samples();
    assertThat(samples).as("value types reached from the generators").hasSizeGreaterThan(60);
    for (Object value : samples.values()) {
      viaBuilder(value);
      viaMethods(value.getClass(), value);
      viaMethods(value.getClass(), null);
    }
    assertThat(calls).as("calls made").isGreaterThan(1_000);
    assertThat(escapes).as("foreign exceptions out of bengkel").isEmpty();
  }

  @Test
  void countsThatOverflowOnlyWhenSummedAreRefusedByTheReport() {
    // The example: two channels of 2^62 service jobs each sum to 2^63, one more than a
    // long holds; the report's check refuses it instead of throwing ArithmeticException.
    PeriodReport report = ReportGen.reports().sample(18L, 1).get(0);
    List<ChannelSales> two =
        List.of(
            ChannelSales.of(Channel.GALLERY, 1, 0, 1L << 62, Rupiah.ZERO),
            ChannelSales.of(Channel.EXHIBITION, 1, 0, 1L << 62, Rupiah.ZERO));
    assertThatThrownBy(() -> PeriodReport.builder().from(report).salesByChannel(two).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.overflow");
              assertThat(e.field()).isEqualTo("salesByChannel.serviceJobs");
            });
  }

  /** One sample of every bengkel type reachable from the generators' values, by accessors. */
  private static Map<Class<?>, Object> samples() throws Exception {
    Map<Class<?>, Object> found = new LinkedHashMap<>();
    for (Class<?> generators : GENERATORS) {
      for (Method m : generators.getMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0
            && Gen.class.isAssignableFrom(m.getReturnType())) {
          for (Object v : ((Gen<?>) m.invoke(null)).sample(18L, 2)) {
            ValueWalk.collect(v, found, ExtremesTest::follows, 0);
          }
        }
      }
    }
    return found;
  }

  /** Accessors the walk follows: not Object's, not the {@code with} copies. */
  private static boolean follows(Method m) {
    return m.getDeclaringClass() != Object.class && !m.getName().startsWith("with");
  }

  /** {@code Type.builder().from(value)}, one setter given an extreme, then {@code build()}. */
  private void viaBuilder(Object value) throws ReflectiveOperationException {
    Class<?> type = ValueWalk.publicType(value.getClass());
    Method builder;
    try {
      builder = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      return;
    }
    if (!Modifier.isStatic(builder.getModifiers())) {
      return;
    }
    Class<?> builderType = builder.getReturnType();
    Method from;
    Method build;
    try {
      from = builderType.getMethod("from", type);
      build = builderType.getMethod("build");
      from.setAccessible(true);
      build.setAccessible(true);
    } catch (NoSuchMethodException e) {
      return;
    }
    for (Method setter : builderType.getMethods()) {
      if (setter.getParameterCount() != 1
          || setter.getDeclaringClass() == Object.class
          || !EXTREMES.containsKey(setter.getParameterTypes()[0])) {
        continue;
      }
      setter.setAccessible(true); // a final method of Immutables' package-private builder
      for (Object extreme : EXTREMES.get(setter.getParameterTypes()[0])) {
        Object b = builder.invoke(null);
        String what = type.getSimpleName() + ".builder()." + setter.getName() + "(" + extreme + ")";
        if (!call(what, () -> from.invoke(b, value))) {
          continue;
        }
        if (!call(what, () -> setter.invoke(b, extreme))) {
          continue;
        }
        Object[] built = new Object[1];
        if (call(what + ".build()", () -> built[0] = build.invoke(b)) && built[0] != null) {
          viaMethods(built[0].getClass(), built[0]);
        }
      }
    }
  }

  /**
   * Every public method of the type (static, or of {@code value}) whose parameters are all of the
   * extreme types, with each parameter in turn given each extreme, the others a mild value; then
   * every no-argument method of each value it builds.
   */
  private void viaMethods(Class<?> implementation, Object value) {
    Class<?> type = ValueWalk.publicType(implementation);
    for (Method m : type.getMethods()) {
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      if (m.getDeclaringClass() == Object.class
          || isStatic != (value == null)
          || !m.getDeclaringClass().getName().startsWith("org.bengkel.")
          || m.getName().equals("builder")) {
        continue;
      }
      Class<?>[] params = m.getParameterTypes();
      if (!List.of(params).stream().allMatch(EXTREMES::containsKey)) {
        continue;
      }
      if (params.length == 0) {
        call(type.getSimpleName() + "." + m.getName() + "()", () -> m.invoke(value));
        continue;
      }
      for (int p = 0; p < params.length; p++) {
        List<Object> extremes = EXTREMES.get(params[p]);
        for (Object extreme : extremes) {
          Object[] args = new Object[params.length];
          for (int q = 0; q < params.length; q++) {
            List<Object> xs = EXTREMES.get(params[q]);
            args[q] = q == p ? extreme : xs.get(xs.size() - 1);
          }
          Object[] out = new Object[1];
          String what = type.getSimpleName() + "." + m.getName() + List.of(args);
          if (call(what, () -> out[0] = m.invoke(value, args))
              && isStatic
              && out[0] != null
              && out[0].getClass().getName().startsWith("org.bengkel.")) {
            for (Method getter : ValueWalk.publicType(out[0].getClass()).getMethods()) {
              if (getter.getParameterCount() == 0
                  && !Modifier.isStatic(getter.getModifiers())
                  && getter.getDeclaringClass() != Object.class) {
                call(what + "." + getter.getName() + "()", () -> getter.invoke(out[0]));
              }
            }
          }
        }
      }
    }
  }

  private interface Call {
    void run() throws ReflectiveOperationException;
  }

  /** Runs a call; true when it returned, false when bengkel refused; records anything else. */
  private boolean call(String what, Call call) {
    calls++;
    try {
      call.run();
      return true;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BengkelException) {
        return false;
      }
      escapes.add(what + " -> " + cause);
      return false;
    } catch (ReflectiveOperationException e) {
      escapes.add(what + " -> " + e);
      return false;
    }
  }
}
