package org.bengkel.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.sales.Customer;
import org.bengkel.sales.CustomerKind;
import org.bengkel.sales.GoodsLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building valid bengkel values with every invariant checked, against Hibernate Validator's {@code
 * validate()} on equivalent annotated plain beans ({@link TraineeBean}, {@link OrderBean}).
 *
 * <p>Both sides start from the same raw inputs (strings, numbers, dates, enums) and end with a
 * checked object: bengkel parses the registration number and SKUs and builds the immutable values
 * (every {@code @Value.Check} runs); the baseline constructs the beans and validates them with a
 * {@link Validator} built once and refuses a bean with violations. The order is a quoted {@link
 * SalesOrder} of five {@link GoodsLine}s for a government institution buying directly, with its
 * first history event. Target: bengkel at least 10 times faster.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ValidationBenchmark {

  private static final String NUMBER = "B.I-4711/2024";
  private static final String NAME = "Siti Nurhaliza Binti Contoh";
  private static final String FACILITY = "LAPAS-PAMEKASAN";
  private static final Period LENGTH = Period.of(2, 6, 0);
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 11);
  private static final LocalDate REMISSION_1 = LocalDate.of(2024, 8, 17);
  private static final LocalDate REMISSION_2 = LocalDate.of(2025, 8, 17);

  private static final String ORDER_NUMBER = "SO-2026-11-0042";
  private static final String SATKER = "007123";
  private static final String INSTITUTION = "Dinas Koperasi dan UKM Kabupaten Pamekasan";
  private static final LocalDate ORDER_DATE = LocalDate.of(2026, 11, 27);
  private static final LocalDateTime QUOTED_AT = LocalDateTime.of(2026, 11, 27, 10, 15);
  private static final String[] SKUS = {
    "KUE-KERING-500G", "KERIPIK-150G", "JAHE-INSTAN-30", "KAPAL-MINI-30CM", "KURSI-TERAS"
  };
  private static final String[] DESCRIPTIONS = {
    "Kue kering nastar, toples 500 g",
    "Keripik singkong, bungkus 150 g",
    "Jahe instan, kotak 30 sachet",
    "Miniatur perahu layar 30 cm",
    "Kursi teras kayu jati"
  };
  private static final long[] QUANTITIES = {12, 30, 20, 2, 4};
  private static final long[] PRICES = {45_000, 12_000, 15_000, 250_000, 650_000};

  private ValidatorFactory factory;
  private Validator validator;

  /**
   * Builds the validator once and checks that both sides accept the data and that the validator
   * really sees the constraints (an invalid bean must have violations).
   */
  @Setup
  public void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    long total = 0;
    for (int i = 0; i < SKUS.length; i++) {
      total += PRICES[i] * QUANTITIES[i];
    }

    require(validator.validate(traineeHibernateValidator()).isEmpty(), "valid trainee bean");
    require(validator.validate(orderHibernateValidator()).isEmpty(), "valid order bean");
    TraineeBean.SentenceBean sentence =
        new TraineeBean.SentenceBean(SentenceKind.IMPRISONMENT, LENGTH, FIRST_DAY, List.of());
    Set<ConstraintViolation<TraineeBean>> broken =
        validator.validate(
            new TraineeBean("X-1", " ", "lapas", null, TraineeStatus.CONVICT, sentence, List.of()));
    require(broken.size() == 4, "4 violations on a broken bean, got " + broken.size());
    // number, customer kind, satker code, SKU, description, quantity, unit price, empty history
    OrderBean.CustomerBean customer =
        new OrderBean.CustomerBean(null, null, " ", "12A", null, null);
    OrderBean.LineBean line = new OrderBean.LineBean("kue kering", " ", 0, -1, List.of());
    Set<ConstraintViolation<OrderBean>> brokenOrder =
        validator.validate(
            new OrderBean(
                "SO 42",
                Channel.GOVERNMENT_DIRECT,
                customer,
                ORDER_DATE,
                List.of(line),
                List.of(),
                List.of()));
    require(
        brokenOrder.size() == 9,
        "9 violations on a broken order bean, got " + brokenOrder.size() + ": " + brokenOrder);
    require(traineeBengkel().sentence().isPresent(), "bengkel trainee");
    SalesOrder order = orderBengkel();
    require(
        order.total().amount() == total
            && order.status() == OrderStatus.QUOTED
            && order.lines().size() == SKUS.length,
        "bengkel order");
  }

  /** Closes the validator factory. */
  @TearDown
  public void tearDown() {
    factory.close();
  }

  /**
   * A convict with a sentence of 2 years 6 months and two remissions, every invariant checked.
   *
   * @return the trainee
   */
  @Benchmark
  public Trainee traineeBengkel() {
    Sentence sentence =
        Sentence.builder()
            .kind(SentenceKind.IMPRISONMENT)
            .length(LENGTH)
            .servingFrom(FIRST_DAY)
            .addRemissions(
                Remission.of(30, REMISSION_1, RemissionKind.GENERAL),
                Remission.of(15, REMISSION_2, RemissionKind.SPECIAL))
            .build();
    return Trainee.convict(
        RegistrationNumber.parse(NUMBER),
        NAME,
        FacilityCode.of(FACILITY),
        CrimeCategory.GENERAL,
        sentence);
  }

  /**
   * The same trainee as a bean, validated.
   *
   * @return the bean
   */
  @Benchmark
  public TraineeBean traineeHibernateValidator() {
    TraineeBean.SentenceBean sentence =
        new TraineeBean.SentenceBean(
            SentenceKind.IMPRISONMENT,
            LENGTH,
            FIRST_DAY,
            List.of(
                new TraineeBean.RemissionBean(30, REMISSION_1, RemissionKind.GENERAL),
                new TraineeBean.RemissionBean(15, REMISSION_2, RemissionKind.SPECIAL)));
    TraineeBean bean =
        new TraineeBean(
            NUMBER,
            NAME,
            FACILITY,
            CrimeCategory.GENERAL,
            TraineeStatus.CONVICT,
            sentence,
            List.of());
    return checked(validator.validate(bean), bean);
  }

  /**
   * A quoted five-line order for a government institution, every invariant checked (SKUs, goods
   * lines, customer, history event, order).
   *
   * @return the order
   */
  @Benchmark
  public SalesOrder orderBengkel() {
    List<GoodsLine> lines = new ArrayList<>(SKUS.length);
    for (int i = 0; i < SKUS.length; i++) {
      lines.add(
          GoodsLine.of(Sku.parse(SKUS[i]), DESCRIPTIONS[i], QUANTITIES[i], Rupiah.of(PRICES[i])));
    }
    return SalesOrder.quoted(
        ORDER_NUMBER,
        Channel.GOVERNMENT_DIRECT,
        Customer.government(SATKER, INSTITUTION),
        ORDER_DATE,
        lines,
        org.bengkel.audit.Stamp.ofLocal(
            org.bengkel.audit.Actor.system("benchmark"),
            QUOTED_AT,
            org.bengkel.facility.TimeZoneName.WIB));
  }

  /**
   * The same order as a bean, validated.
   *
   * @return the bean
   */
  @Benchmark
  public OrderBean orderHibernateValidator() {
    List<OrderBean.LineBean> lines = new ArrayList<>(SKUS.length);
    for (int i = 0; i < SKUS.length; i++) {
      lines.add(
          new OrderBean.LineBean(SKUS[i], DESCRIPTIONS[i], QUANTITIES[i], PRICES[i], List.of()));
    }
    OrderBean.CustomerBean customer =
        new OrderBean.CustomerBean(CustomerKind.GOVERNMENT, null, INSTITUTION, SATKER, null, null);
    OrderBean bean =
        new OrderBean(
            ORDER_NUMBER,
            Channel.GOVERNMENT_DIRECT,
            customer,
            ORDER_DATE,
            lines,
            List.of(new OrderBean.EventBean(OrderStatus.QUOTED, QUOTED_AT)),
            List.of());
    return checked(validator.validate(bean), bean);
  }

  /** As a caller would: a bean with violations is refused. */
  private static <T> T checked(Set<ConstraintViolation<T>> violations, T bean) {
    if (!violations.isEmpty()) {
      throw new IllegalStateException("invalid: " + violations);
    }
    return bean;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark set-up is wrong: " + what);
    }
  }
}
