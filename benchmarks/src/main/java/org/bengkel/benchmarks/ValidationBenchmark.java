package org.bengkel.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bengkel.catalog.Sku;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.Channel;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Building valid bengkel values with every invariant checked, against Hibernate Validator's
 * {@code validate()} on equivalent annotated plain beans ({@link TraineeBean}, {@link OrderBean}).
 *
 * <p>Both sides start from the same raw inputs (strings, numbers, dates, enums) and end with a
 * checked object: bengkel parses the registration number and SKUs and builds the immutable values
 * (every {@code @Value.Check} runs); the baseline constructs the beans and validates them with a
 * {@link Validator} built once. The order is a {@link Quote} of five lines (the stand-in while
 * {@code org.bengkel.sales} has no order type). Target: bengkel at least 10 times faster.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
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

  private static final LocalDate ORDER_DATE = LocalDate.of(2026, 11, 27);
  private static final String LIST = "GALERI-2026";
  private static final String[] SKUS = {
    "KUE-KERING-500G", "KERIPIK-150G", "JAHE-INSTAN-30", "KAPAL-MINI-30CM", "KURSI-TERAS"
  };
  private static final String[] CATEGORIES = {"FOOD", "FOOD", "DRINK", "CRAFT", "FURNITURE"};
  private static final String[] UNITS = {"jar", "pack", "box", "piece", "piece"};
  private static final long[] QUANTITIES = {12, 30, 20, 2, 4};
  private static final long[] COSTS = {28_000, 6_500, 9_000, 120_000, 310_000};
  private static final long[] PRICES = {45_000, 12_000, 15_000, 250_000, 650_000};
  private static final String[] DESCRIPTIONS = new String[SKUS.length];

  private ValidatorFactory factory;
  private Validator validator;
  private long taxBase;
  private long ppn;

  /**
   * Builds the validator once and checks that both sides accept the data and that the validator
   * really sees the constraints (an invalid bean must have violations).
   */
  @Setup
  public void setUp() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
    long subtotal = 0;
    for (int i = 0; i < SKUS.length; i++) {
      DESCRIPTIONS[i] = "base: list price of " + SKUS[i] + " " + Rupiah.of(PRICES[i]);
      subtotal += PRICES[i] * QUANTITIES[i];
    }
    TaxBreakdown tax =
        TaxPolicy.of(FACILITY, TaxStatus.PKP, PriceInclusion.EXCLUSIVE).apply(Rupiah.of(subtotal));
    taxBase = tax.taxBase().amount();
    ppn = tax.ppn().amount();

    require(validator.validate(traineeHibernateValidator()).isEmpty(), "valid trainee bean");
    require(validator.validate(orderHibernateValidator()).isEmpty(), "valid order bean");
    TraineeBean.SentenceBean sentence =
        new TraineeBean.SentenceBean(SentenceKind.IMPRISONMENT, LENGTH, FIRST_DAY, List.of());
    Set<ConstraintViolation<TraineeBean>> broken =
        validator.validate(
            new TraineeBean("X-1", " ", "lapas", null, TraineeStatus.CONVICT, sentence, List.of()));
    require(broken.size() == 4, "4 violations on a broken bean, got " + broken.size());
    require(traineeBengkel().sentence().isPresent(), "bengkel trainee");
    require(orderBengkel().subtotal().amount() == subtotal, "bengkel order");
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
            .firstDayOfDetention(FIRST_DAY)
            .addRemissions(
                Remission.of(30, REMISSION_1, RemissionKind.GENERAL),
                Remission.of(15, REMISSION_2, RemissionKind.SPECIAL))
            .build();
    return Trainee.convict(
        RegistrationNumber.parse(NUMBER), NAME, FACILITY, CrimeCategory.GENERAL, sentence);
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
            NUMBER, NAME, FACILITY, CrimeCategory.GENERAL, TraineeStatus.CONVICT, sentence,
            List.of());
    return checked(validator.validate(bean), bean);
  }

  /**
   * A five-line quote, every invariant checked (items, steps, lines, tax, quote).
   *
   * @return the quote
   */
  @Benchmark
  public Quote orderBengkel() {
    List<QuotedLine> lines = new ArrayList<>(SKUS.length);
    for (int i = 0; i < SKUS.length; i++) {
      Rupiah price = Rupiah.of(PRICES[i]);
      lines.add(
          QuotedLine.builder()
              .item(
                  PricingItem.of(
                      Sku.parse(SKUS[i]), CATEGORIES[i], UNITS[i], QUANTITIES[i],
                      Rupiah.of(COSTS[i])))
              .listId(LIST)
              .addSteps(PriceStep.of(LIST, StepKind.BASE, DESCRIPTIONS[i], price, price))
              .unitPrice(price)
              .build());
    }
    TaxBreakdown tax =
        TaxBreakdown.builder()
            .status(TaxStatus.PKP)
            .inclusion(PriceInclusion.EXCLUSIVE)
            .quoted(Rupiah.of(taxBase))
            .taxBase(Rupiah.of(taxBase))
            .ppn(Rupiah.of(ppn))
            .build();
    return Quote.builder().channel(Channel.GALLERY).date(ORDER_DATE).lines(lines).tax(tax).build();
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
          new OrderBean.LineBean(
              SKUS[i], CATEGORIES[i], UNITS[i], QUANTITIES[i], COSTS[i], LIST,
              List.of(
                  new OrderBean.StepBean(
                      LIST, StepKind.BASE, DESCRIPTIONS[i], PRICES[i], PRICES[i])),
              PRICES[i]));
    }
    OrderBean.TaxBean tax =
        new OrderBean.TaxBean(TaxStatus.PKP, PriceInclusion.EXCLUSIVE, taxBase, taxBase, ppn);
    OrderBean bean = new OrderBean(Channel.GALLERY, ORDER_DATE, lines, tax);
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
