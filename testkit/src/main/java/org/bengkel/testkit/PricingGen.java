package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.EKatalogPolicy;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.RuleScope;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.jspecify.annotations.Nullable;

/**
 * Generators of valid pricing values (<i>penetapan harga</i>): items to price, price rules of every
 * scope and step, price lists per channel (cost-plus, list price, chained to another channel),
 * price books whose chains never form a cycle, tax policies, e-Katalog listings and the prices
 * offered elsewhere.
 *
 * <p>Amounts stay within a workshop's range (prices up to Rp5.000.000, markups up to 200 %,
 * rounding steps up to Rp1.000.000) so that chained prices over a quote never overflow; the edges
 * of each rule are mixed in: a 100 % discount, Rp0 costs and list prices, minimum equal to maximum
 * margin, quantity tiers at the quantity, one-day date ranges.
 *
 * <p>Stateless and thread-safe.
 */
public final class PricingGen {

  /** The first day of the generated price lists; quote dates are on or after it. */
  public static final LocalDate LISTS_FROM = LocalDate.of(2024, 1, 1);

  private static final LocalDate LAST_DATE = LocalDate.of(2026, 12, 31);
  private static final List<String> ZONES =
      List.of("JAWA-TIMUR", "MADURA", "NASIONAL", "DKI-JAKARTA");
  private static final List<String> SOURCES =
      List.of(
          "Galeri Lapas Pamekasan",
          "Pasar Kolpajung",
          "Toko daring",
          "Pameran Inacraft",
          "Mitra UD Tani Makmur");

  private PricingGen() {}

  /**
   * Sales channels (<i>saluran penjualan</i>).
   *
   * @return the generator, never null
   */
  public static Gen<Channel> channels() {
    return Gen.enums(Channel.class);
  }

  /**
   * Product categories of pricing items: the catalogue's {@linkplain CatalogGen#categories()
   * predefined and custom ones}.
   *
   * @return the generator, never null
   */
  public static Gen<ProductCategory> categories() {
    return CatalogGen.categories();
  }

  /**
   * Items to price (<i>barang yang dihargai</i>): mostly goods of any SKU, category and unit, now
   * and then jobs of a generated service for one of its vehicle classes; a quantity (mostly 1 to
   * 100, sometimes up to 1.000) and usually a material cost per unit (from Rp0).
   *
   * @return the generator, never null
   */
  public static Gen<PricingItem> pricingItems() {
    return random -> {
      if (random.nextInt(5) == 0) {
        Service service = CatalogGen.services().next(random);
        VehicleClass vehicleClass =
            Gen.choose(List.copyOf(service.pricePerJob().keySet())).next(random);
        PricingItem job = PricingItem.of(service, vehicleClass, quantities().next(random));
        return random.nextBoolean() ? job : job.withCost(MoneyGen.prices().next(random));
      }
      return item(
          random,
          CatalogGen.skus().next(random),
          categories().next(random),
          random.nextInt(4) != 0);
    };
  }

  private static Gen<Long> quantities() {
    return Gen.frequency(
        Gen.weighted(1, Gen.constant(1L)),
        Gen.weighted(8, Gen.longs(1, 100)),
        Gen.weighted(1, Gen.longs(101, 1_000)));
  }

  /**
   * Items to price drawn from a universe of SKUs and their categories, always with a cost, so that
   * a generated price book with lists of any basis can price them.
   *
   * @param categoryBySku the category of each SKU, not empty, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if the map is empty
   */
  public static Gen<PricingItem> pricingItems(Map<Sku, ProductCategory> categoryBySku) {
    if (categoryBySku.isEmpty()) {
      throw new IllegalArgumentException("pricingItems needs a SKU");
    }
    List<Map.Entry<Sku, ProductCategory>> entries = List.copyOf(categoryBySku.entrySet());
    return random -> {
      Map.Entry<Sku, ProductCategory> e = entries.get(random.nextInt(entries.size()));
      return item(random, e.getKey(), e.getValue(), true);
    };
  }

  private static PricingItem item(
      RandomGenerator random, Sku sku, ProductCategory category, boolean withCost) {
    PricingItem.Builder b =
        PricingItem.builder()
            .sku(sku)
            .description(FacilityGen.texts(PricingItem.MAX_DESCRIPTION).next(random))
            .category(category)
            .unit(CatalogGen.units().next(random))
            .quantity(quantities().next(random));
    if (withCost) {
      b.cost(
          Gen.frequency(
                  Gen.weighted(9, MoneyGen.prices()), Gen.weighted(1, Gen.constant(Rupiah.ZERO)))
              .next(random));
    }
    return b.build();
  }

  /**
   * Price rules (<i>aturan harga</i>) of any scope over any SKU or category.
   *
   * @return the generator, never null
   * @see #priceRules(String, List, List)
   */
  public static Gen<PriceRule> priceRules() {
    return random ->
        rule(
            random,
            CatalogGen.codes(40).next(random),
            List.of(CatalogGen.skus().next(random)),
            List.of(categories().next(random)));
  }

  /**
   * Price rules with a given id over a universe of SKUs and categories: scope all, category or
   * product; a minimum quantity (usually 1, else a tier up to 100); often a date range (open at
   * either end, sometimes a single day); a markup up to 200 % or a discount up to 100 %; a rounding
   * step (Rp1, Rp100, Rp500, Rp1.000 or any up to Rp1.000.000, any mode); a surcharge; a minimum
   * and a maximum margin (minimum never above maximum); a floor price. Each step is present about
   * half the time.
   *
   * @param id the rule id, a code, not null
   * @param skus the SKUs a product rule may name, at least one, not null
   * @param categories the categories a category rule may name, at least one, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if a list is empty
   */
  public static Gen<PriceRule> priceRules(
      String id, List<Sku> skus, List<ProductCategory> categories) {
    MissingValueException.required(id, "id");
    if (skus.isEmpty() || categories.isEmpty()) {
      throw new IllegalArgumentException("priceRules needs a SKU and a category");
    }
    List<Sku> s = List.copyOf(skus);
    List<ProductCategory> c = List.copyOf(categories);
    return random -> rule(random, id, s, c);
  }

  private static PriceRule rule(
      RandomGenerator random, String id, List<Sku> skus, List<ProductCategory> categories) {
    RuleScope scope = Gen.enums(RuleScope.class).next(random);
    PriceRule.Builder b =
        switch (scope) {
          case ALL -> PriceRule.forAll(id);
          case CATEGORY -> PriceRule.forCategory(id, Gen.choose(categories).next(random));
          case PRODUCT -> PriceRule.forProduct(id, Gen.choose(skus).next(random));
        };
    if (random.nextInt(3) == 0) {
      b.minQuantity(Gen.choose(2L, 10L, 12L, 50L, 100L).next(random));
    }
    if (random.nextInt(3) == 0) {
      LocalDate from = Gen.dates(LISTS_FROM, LAST_DATE).next(random);
      switch (random.nextInt(4)) {
        case 0 -> b.effectiveFrom(from);
        case 1 -> b.effectiveUntil(from);
        case 2 -> b.effectiveFrom(from).effectiveUntil(from);
        default -> b.effectiveFrom(from).effectiveUntil(from.plusDays(random.nextInt(1, 400)));
      }
    }
    switch (random.nextInt(3)) {
      case 0 -> b.markup(markups().next(random));
      case 1 -> b.discount(discounts().next(random));
      default -> {}
    }
    if (random.nextBoolean()) {
      b.rounding(priceSteps().next(random));
    }
    if (random.nextBoolean()) {
      b.surcharge(
          Gen.frequency(
                  Gen.weighted(3, Gen.choose(0L, 500L, 1_000L, 2_500L)),
                  Gen.weighted(1, Gen.longs(0, 50_000)))
              .map(Rupiah::of)
              .next(random));
    }
    long low = 0;
    if (random.nextBoolean()) {
      low = random.nextInt(0, 101);
      b.minMargin(Rate.percent(low));
    }
    if (random.nextBoolean()) {
      b.maxMargin(Rate.percent(random.nextInt(4) == 0 ? low : random.nextLong(low, 301)));
    }
    if (random.nextBoolean()) {
      b.floor(
          Gen.frequency(
                  Gen.weighted(4, MoneyGen.prices()), Gen.weighted(1, Gen.constant(Rupiah.ZERO)))
              .next(random));
    }
    return b.build();
  }

  /**
   * Markups (<i>kenaikan</i>): whole percentages 0 % to 200 % and fractions such as 1/3.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> markups() {
    return Gen.frequency(
        Gen.weighted(3, Gen.longs(0, 200).map(Rate::percent)),
        Gen.weighted(
            1, Gen.longs(1, 1_000).flatMap(d -> Gen.longs(0, 2 * d).map(n -> Rate.of(n, d)))));
  }

  /**
   * Discounts (<i>potongan</i>): 0 % to 100 % (both often), and fractions up to one.
   *
   * @return the generator, never null
   */
  public static Gen<Rate> discounts() {
    return Gen.frequency(
        Gen.weighted(1, Gen.choose(Rate.ZERO, Rate.ONE)),
        Gen.weighted(4, Gen.longs(0, 100).map(Rate::percent)),
        Gen.weighted(1, Gen.longs(1, 1_000).flatMap(d -> Gen.longs(0, d).map(n -> Rate.of(n, d)))));
  }

  /**
   * Price rounding steps (<i>pembulatan</i>): mostly Rp1, Rp100, Rp500 and Rp1.000, sometimes any
   * step up to Rp1.000.000; any rounding mode but {@code UNNECESSARY}.
   *
   * @return the generator, never null
   */
  public static Gen<RoundingStep> priceSteps() {
    Gen<Long> steps =
        Gen.frequency(
            Gen.weighted(4, Gen.choose(1L, 100L, 500L, 1_000L)),
            Gen.weighted(1, Gen.longs(1, 1_000_000)));
    return Gen.zip(steps, MoneyGen.roundingModes(), RoundingStep::of);
  }

  /**
   * Single price lists (<i>daftar harga</i>) of any channel and basis, with list prices and zero to
   * six rules; a chained list names another channel.
   *
   * @return the generator, never null
   */
  public static Gen<PriceList> priceLists() {
    return random -> {
      Map<Sku, ProductCategory> universe = universes().next(random);
      Channel channel = channels().next(random);
      PriceBasis basis = Gen.enums(PriceBasis.class).next(random);
      Channel base =
          basis == PriceBasis.CHANNEL ? channels().filter(c -> c != channel).next(random) : null;
      LocalDate from = Gen.dates(LISTS_FROM, LAST_DATE).next(random);
      LocalDate until = random.nextBoolean() ? null : from.plusDays(random.nextInt(0, 400));
      return list(
          random,
          "DH-" + channel.name().replace('_', '-'),
          channel,
          basis,
          base,
          from,
          until,
          universe);
    };
  }

  private static PriceList list(
      RandomGenerator random,
      String id,
      Channel channel,
      PriceBasis basis,
      @Nullable Channel base,
      LocalDate from,
      @Nullable LocalDate until,
      Map<Sku, ProductCategory> universe) {
    PriceList.Builder b =
        PriceList.builder().id(id).channel(channel).effectiveFrom(from).basis(basis);
    if (until != null) {
      b.effectiveUntil(until);
    }
    if (base != null) {
      b.baseChannel(base);
    }
    if (basis == PriceBasis.LIST_PRICE) {
      for (Sku sku : universe.keySet()) {
        b.putListPrice(
            sku,
            Gen.frequency(
                    Gen.weighted(9, MoneyGen.prices()), Gen.weighted(1, Gen.constant(Rupiah.ZERO)))
                .next(random));
      }
    }
    List<Sku> skus = List.copyOf(universe.keySet());
    List<ProductCategory> categories = List.copyOf(new LinkedHashSet<>(universe.values()));
    int rules = random.nextInt(0, 7);
    for (int i = 0; i < rules; i++) {
      b.addRule(rule(random, id + "-R" + (i + 1), skus, categories));
    }
    return b.build();
  }

  /**
   * Universes of one to six distinct SKUs, each with a category from a few shared ones, in SKU
   * order.
   *
   * @return the generator of unmodifiable maps, never null
   */
  public static Gen<Map<Sku, ProductCategory>> universes() {
    return random -> {
      List<Sku> skus = CatalogGen.distinctSkus(random.nextInt(1, 7)).next(random);
      List<ProductCategory> categories = Gen.listOf(categories(), 1, 3).next(random);
      Map<Sku, ProductCategory> map = new LinkedHashMap<>();
      for (Sku sku : skus) {
        map.put(sku, categories.get(random.nextInt(categories.size())));
      }
      return Collections.unmodifiableMap(map);
    };
  }

  /**
   * Price books (<i>buku harga</i>) over a universe of SKUs: one to all seven channels, each with
   * one list, or two consecutive lists, in force on every day from {@link #LISTS_FROM}. The first
   * channel is priced from cost or a list price; each later channel from cost, a list price or an
   * earlier channel, so chains never form a cycle. List-price lists price every SKU of the
   * universe.
   *
   * @param universe the SKUs and their categories, not empty, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if the universe is empty
   */
  public static Gen<PriceBook> priceBooks(Map<Sku, ProductCategory> universe) {
    if (universe.isEmpty()) {
      throw new IllegalArgumentException("priceBooks needs a SKU");
    }
    Map<Sku, ProductCategory> copy = Map.copyOf(universe);
    return random -> {
      List<Channel> channels = new ArrayList<>(EnumSet.allOf(Channel.class));
      List<Channel> order = new ArrayList<>();
      int k = random.nextInt(1, channels.size() + 1);
      for (int i = 0; i < k; i++) {
        order.add(channels.remove(random.nextInt(channels.size())));
      }
      List<PriceList> lists = new ArrayList<>();
      for (int i = 0; i < order.size(); i++) {
        Channel channel = order.get(i);
        String stem = "DH-" + channel.name().replace('_', '-');
        boolean split = random.nextInt(3) == 0;
        LocalDate until = split ? Gen.dates(LISTS_FROM, LAST_DATE).next(random) : null;
        lists.add(list(random, stem + "-1", channel, i, order, LISTS_FROM, until, copy));
        if (until != null) {
          lists.add(list(random, stem + "-2", channel, i, order, until.plusDays(1), null, copy));
        }
      }
      return PriceBook.of(lists);
    };
  }

  private static PriceList list(
      RandomGenerator random,
      String id,
      Channel channel,
      int index,
      List<Channel> order,
      LocalDate from,
      @Nullable LocalDate until,
      Map<Sku, ProductCategory> universe) {
    PriceBasis basis =
        index == 0
            ? Gen.choose(PriceBasis.COST, PriceBasis.LIST_PRICE).next(random)
            : Gen.enums(PriceBasis.class).next(random);
    Channel base = basis == PriceBasis.CHANNEL ? order.get(random.nextInt(index)) : null;
    return list(random, id, channel, basis, base, from, until, universe);
  }

  /**
   * Price books over a {@linkplain #universes() generated universe}.
   *
   * @return the generator, never null
   */
  public static Gen<PriceBook> priceBooks() {
    return universes().flatMap(PricingGen::priceBooks);
  }

  /**
   * A universe, an empty price book and 1 to 25 changes of it, stamped by generated actors in one
   * zone: lists added (any channel, basis and period, so that many overlap or chain into a cycle
   * and must be refused; now and then an id used before), lists replaced by a new version (now and
   * then one the book does not hold) and lists retired on a day (sometimes before they start, after
   * they already end, or unknown).
   *
   * @return the generator, never null
   */
  public static Gen<PriceBookScenario> priceBookScenarios() {
    return random -> {
      Map<Sku, ProductCategory> universe = universes().next(random);
      TimeZoneName zone = AuditGen.zones().next(random);
      LocalDateTime time = LISTS_FROM.atTime(8, 0);
      int n = random.nextInt(1, 26);
      List<String> ids = new ArrayList<>();
      List<PriceBookOperation> ops = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        time = time.plusMinutes(random.nextInt(1, 3_000));
        Stamp at = AuditGen.stamp(random, time, zone);
        int pick = ids.isEmpty() ? 0 : random.nextInt(10);
        String id =
            pick < 5
                ? (!ids.isEmpty() && random.nextInt(10) == 0
                    ? ids.get(random.nextInt(ids.size()))
                    : "DH-" + (i + 1))
                : random.nextInt(10) == 0 ? "DH-X" : ids.get(random.nextInt(ids.size()));
        if (pick < 8) {
          Channel channel = channels().next(random);
          PriceBasis basis = Gen.enums(PriceBasis.class).next(random);
          Channel base =
              basis == PriceBasis.CHANNEL
                  ? channels().filter(c -> c != channel).next(random)
                  : null;
          LocalDate from = Gen.dates(LISTS_FROM, LAST_DATE).next(random);
          LocalDate until = random.nextBoolean() ? null : from.plusDays(random.nextInt(0, 400));
          PriceList list = list(random, id, channel, basis, base, from, until, universe);
          ops.add(pick < 5 ? new AddList(list, at) : new ReplaceList(list, at));
          ids.add(id);
        } else {
          LocalDate lastDay = Gen.dates(LISTS_FROM.minusDays(30), LAST_DATE).next(random);
          ops.add(new RetireList(id, lastDay, at));
        }
      }
      return new PriceBookScenario(universe, ops);
    };
  }

  /**
   * A universe of SKUs and the changes to make, in order, to an empty price book.
   *
   * <p>Immutable and thread-safe.
   *
   * @param universe the SKUs the lists price, not null
   * @param operations the changes, not null
   */
  public record PriceBookScenario(
      Map<Sku, ProductCategory> universe, List<PriceBookOperation> operations) {

    /**
     * Checks and copies the parts.
     *
     * @param universe the SKUs, not null
     * @param operations the changes, not null
     * @throws MissingValueException if a part is null
     */
    public PriceBookScenario {
      universe = Map.copyOf(universe);
      operations = List.copyOf(operations);
    }
  }

  /**
   * One change of a {@link PriceBook}.
   *
   * <p>Implementations are immutable and thread-safe.
   */
  public sealed interface PriceBookOperation permits AddList, ReplaceList, RetireList {

    /**
     * Makes this change.
     *
     * @param book the book, not null
     * @return the book's outcome, never null
     */
    Outcome<PriceBook> applyTo(PriceBook book);
  }

  /**
   * {@link PriceBook#addList(PriceList, Stamp)}.
   *
   * @param list the list, not null
   * @param at who and when, not null
   */
  public record AddList(PriceList list, Stamp at) implements PriceBookOperation {
    @Override
    public Outcome<PriceBook> applyTo(PriceBook book) {
      return book.addList(list, at);
    }
  }

  /**
   * {@link PriceBook#replaceList(PriceList, Stamp)}.
   *
   * @param list the list as it is to be, not null
   * @param at who and when, not null
   */
  public record ReplaceList(PriceList list, Stamp at) implements PriceBookOperation {
    @Override
    public Outcome<PriceBook> applyTo(PriceBook book) {
      return book.replaceList(list, at);
    }
  }

  /**
   * {@link PriceBook#retireList(String, LocalDate, Stamp)}.
   *
   * @param listId the list, not null
   * @param lastDay its last day in force, not null
   * @param at who and when, not null
   */
  public record RetireList(String listId, LocalDate lastDay, Stamp at)
      implements PriceBookOperation {
    @Override
    public Outcome<PriceBook> applyTo(PriceBook book) {
      return book.retireList(listId, lastDay, at);
    }
  }

  /**
   * Tax policies (<i>kebijakan PPN</i>): PKP or not, prices inclusive or exclusive; usually the
   * statutory 11/12 base and 12 % rate with {@code HALF_UP}, sometimes other fractions up to one
   * and any rounding mode but {@code UNNECESSARY}.
   *
   * @return the generator, never null
   */
  public static Gen<TaxPolicy> taxPolicies() {
    return random -> {
      TaxPolicy.Builder b =
          TaxPolicy.builder()
              .facilityCode(FacilityGen.facilityCodes().next(random))
              .status(Gen.enums(TaxStatus.class).next(random))
              .inclusion(Gen.enums(PriceInclusion.class).next(random));
      if (random.nextInt(4) == 0) {
        b.taxBaseFraction(
                Gen.longs(1, 100)
                    .flatMap(d -> Gen.longs(0, d).map(n -> Rate.of(n, d)))
                    .next(random))
            .ppnRate(MoneyGen.percents().next(random))
            .rounding(MoneyGen.roundingModes().next(random));
      }
      return b.build();
    };
  }

  /**
   * Everything needed to price a quote: a price book over a universe, a channel that has a list, a
   * date from {@link #LISTS_FROM} to 2027, one to ten items of the universe (all with a cost) and a
   * tax policy.
   *
   * @return the generator, never null
   */
  public static Gen<QuoteCase> quoteCases() {
    return random -> {
      Map<Sku, ProductCategory> universe = universes().next(random);
      PriceBook book = priceBooks(universe).next(random);
      List<Channel> channels = book.lists().stream().map(PriceList::channel).distinct().toList();
      return new QuoteCase(
          book,
          Gen.choose(channels).next(random),
          Gen.dates(LISTS_FROM, LocalDate.of(2027, 12, 31)).next(random),
          Gen.listOf(pricingItems(universe), 1, 10).next(random),
          taxPolicies().next(random));
    };
  }

  /**
   * Quotes (<i>penawaran harga</i>) priced from {@link #quoteCases()}: each line explained, with
   * its tax.
   *
   * @return the generator, never null
   */
  public static Gen<Quote> quotes() {
    return quoteCases().map(c -> c.book().quote(c.channel(), c.date(), c.items(), c.tax()));
  }

  /**
   * The inputs of {@link PriceBook#quote}.
   *
   * <p>Immutable and thread-safe.
   *
   * @param book the price book, not null
   * @param channel a channel with a list in force on {@code date}, not null
   * @param date the pricing date, not null
   * @param items the items, at least one, not null
   * @param tax the tax policy, not null
   */
  public record QuoteCase(
      PriceBook book, Channel channel, LocalDate date, List<PricingItem> items, TaxPolicy tax) {

    /**
     * Checks and copies the parts.
     *
     * @param book the price book, not null
     * @param channel the channel, not null
     * @param date the pricing date, not null
     * @param items the items, not null
     * @param tax the tax policy, not null
     * @throws MissingValueException if a part is null
     */
    public QuoteCase {
      MissingValueException.required(book, "book");
      MissingValueException.required(channel, "channel");
      MissingValueException.required(date, "date");
      items = List.copyOf(items);
      MissingValueException.required(tax, "tax");
    }
  }

  /**
   * e-Katalog listings (<i>tayangan e-Katalog</i>): a SKU, unit and zone, a price, a minimum order,
   * a local-content share from 0 % to 100 % (often near the 25 % minimum) and a producer scale.
   *
   * @return the generator, never null
   */
  public static Gen<EKatalogListing> eKatalogListings() {
    return random ->
        EKatalogListing.builder()
            .sku(CatalogGen.skus().next(random))
            .unit(CatalogGen.units().next(random))
            .zone(Gen.choose(ZONES).next(random))
            .price(MoneyGen.prices().next(random))
            .minimumOrder(
                Gen.frequency(Gen.weighted(3, Gen.constant(1L)), Gen.weighted(2, Gen.longs(1, 100)))
                    .next(random))
            .localContent(
                Gen.frequency(
                        Gen.weighted(
                            1,
                            Gen.choose(
                                Rate.percent(24),
                                Rate.percent(25),
                                Rate.percent(26),
                                Rate.ZERO,
                                Rate.ONE)),
                        Gen.weighted(3, MoneyGen.percents()))
                    .next(random))
            .producerScale(Gen.enums(ProducerScale.class).next(random))
            .build();
  }

  /**
   * Prices offered elsewhere (<i>harga pembanding</i>) for a listing: zero to five offers, each for
   * the listing's item, unit and zone or, now and then, another unit or zone; prices around the
   * listed price, equal to it now and then.
   *
   * @param listing the listing, not null
   * @return the generator of unmodifiable lists, never null
   */
  public static Gen<List<OfferedPrice>> offeredPrices(EKatalogListing listing) {
    MissingValueException.required(listing, "listing");
    Gen<OfferedPrice> offer =
        random -> {
          long p = listing.price().amount();
          long price =
              switch (random.nextInt(4)) {
                case 0 -> p;
                case 1 -> p + random.nextLong(1, 1_000);
                case 2 -> Math.max(0, p - random.nextLong(1, 1_000));
                default -> random.nextLong(0, 2 * p + 2);
              };
          boolean same = random.nextInt(5) != 0;
          return OfferedPrice.of(
              Gen.choose(SOURCES).next(random),
              listing.sku(),
              same || random.nextBoolean() ? listing.unit() : CatalogGen.units().next(random),
              same ? listing.zone() : Gen.choose(ZONES).next(random),
              Rupiah.of(price));
        };
    return Gen.listOf(offer, 0, 5);
  }

  /**
   * e-Katalog checks (<i>pemeriksaan e-Katalog</i>): a policy's verdict on a listing against the
   * prices offered elsewhere, accepted or refused with reasons.
   *
   * @return the generator, never null
   */
  public static Gen<EKatalogCheck> eKatalogChecks() {
    return random -> {
      EKatalogListing listing = eKatalogListings().next(random);
      return eKatalogPolicies().next(random).check(listing, offeredPrices(listing).next(random));
    };
  }

  /**
   * e-Katalog policies: usually the standard 25 % minimum local content, sometimes any whole
   * percentage.
   *
   * @return the generator, never null
   */
  public static Gen<EKatalogPolicy> eKatalogPolicies() {
    return Gen.frequency(
        Gen.weighted(3, Gen.constant(EKatalogPolicy.standard())),
        Gen.weighted(
            1,
            MoneyGen.percents().map(r -> EKatalogPolicy.builder().minimumLocalContent(r).build())));
  }
}
