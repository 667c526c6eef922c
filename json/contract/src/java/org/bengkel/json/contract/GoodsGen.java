package org.bengkel.json.contract;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PartnerRole;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.foodsafety.Label;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.inventory.WriteOffReason;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.EKatalogPolicy;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.pricing.Channel;
import org.bengkel.trainee.RegistrationNumber;

/**
 * Small seeded generators of valid catalogue, pricing, proceeds and inventory values, built only
 * through bengkel-core's public API, for the JSON round-trip properties. (The testkit has no
 * generators for these packages yet.)
 */
final class GoodsGen {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String[] WORDS = {
    "kue", "nastar", "jati", "ukir", "Gula \"aren\"", "mentega", "batik tulis", "kopi Madura",
    "sabun", "keripik", "½ kg", "tepung", "rotan", "back\\slash", "kayu mahoni", "é", "🌶 pedas"
  };
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  private final SplittableRandom random;

  GoodsGen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  long between(long min, long max) {
    return random.nextLong(min, max + 1);
  }

  boolean chance() {
    return random.nextBoolean();
  }

  String code() {
    StringBuilder b = new StringBuilder();
    int groups = between(1, 3);
    for (int g = 0; g < groups; g++) {
      if (g > 0) {
        b.append('-');
      }
      int n = between(1, 6);
      for (int i = 0; i < n; i++) {
        b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return b.toString();
  }

  String text() {
    int n = between(1, 4);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(pick(WORDS));
    }
    return String.join(" ", words);
  }

  /** One word, for short fields such as a unit (at most 40 characters). */
  String word() {
    return pick(WORDS);
  }

  LocalDate date() {
    return START.plusDays(between(0, 1500));
  }

  Rupiah amount(long max) {
    return Rupiah.of(between(0L, max));
  }

  Rupiah positive(long max) {
    return Rupiah.of(between(1L, max));
  }

  Rate fraction() {
    long den = between(1L, 400L);
    return Rate.of(between(0L, den), den);
  }

  Sku sku() {
    return Sku.parse(code());
  }

  RegistrationNumber registrationNumber(int n) {
    return RegistrationNumber.parse(pick(new String[] {"B.I-", "A.II-", "B.IIa-"}) + n + "/" + between(2018, 2026));
  }

  // ---- catalogue ----

  Quantity quantity() {
    MeasureUnit unit = pick(MeasureUnit.values());
    return Quantity.of(between(0L, 1_000_000L), unit);
  }

  ProductCategory category() {
    if (chance()) {
      return pick(ProductCategory.predefined());
    }
    boolean food = chance();
    return ProductCategory.custom(code(), text(), food, food && chance());
  }

  PirtNumber pirt() {
    StringBuilder b = new StringBuilder().append(between(1, 8));
    for (int i = 0; i < 12; i++) {
      b.append(between(0, 9));
    }
    return PirtNumber.parse(b.append('-').append(between(10, 35)).toString());
  }

  HalalCertificate halal() {
    return HalalCertificate.of("ID" + between(10_000L, 999_999_999_999L), date());
  }

  FoodSafety foodSafety() {
    FoodSafety.Builder b = FoodSafety.builder();
    if (chance()) {
      PirtNumber pirt = pirt();
      b.pirt(pirt);
      if (chance()) {
        // an issue date that agrees with the number: from five years before its expiry year to it
        int year = pirt.expiryYear() - between(0, PirtNumber.VALIDITY_YEARS);
        b.pirtIssued(LocalDate.of(year, between(1, 12), between(1, 28)));
      }
    }
    if (chance()) {
      b.halal(halal());
    } else {
      b.declaredNonHalal(chance());
    }
    return b.build();
  }

  Product product() {
    ProductCategory category = category();
    Product.Builder b =
        Product.builder()
            .sku(sku())
            .name(text())
            .category(category)
            .unit(pick(Unit.values()))
            .programme(ProgrammeCode.parse(code()));
    if (category.isFood()) {
      Set<String> ingredients = new LinkedHashSet<>();
      int n = between(1, 5);
      for (int i = 0; i < n; i++) {
        ingredients.add(text());
      }
      b.shelfLifeDays(between(1, Product.MAX_SHELF_LIFE_DAYS))
          .netContent(between(1, 2000) + " g")
          .ingredients(ingredients);
      if (chance()) {
        b.foodSafety(foodSafety());
      }
    } else if (chance()) {
      b.shelfLifeDays(between(1, 400));
    }
    return b.build();
  }

  Product foodProduct() {
    Product p;
    do {
      p = product();
    } while (!p.isFood());
    return p;
  }

  Service service() {
    Service.Builder b =
        Service.builder().sku(sku()).name(text()).programme(ProgrammeCode.parse(code()));
    int n = between(1, 3);
    for (int i = 0; i < n; i++) {
      b.putPricePerJob(i == 0 ? VehicleClass.CAR : VehicleClass.of(code() + "-" + i), positive(500_000));
    }
    return b.build();
  }

  Label label() {
    return Label.forProduct(
        foodProduct(), GoldenSamples.PAMEKASAN, code(), date());
  }

  Material material() {
    return Material.of(code(), text(), pick(MeasureUnit.values()));
  }

  Partner partner(boolean supplier) {
    Set<PartnerRole> roles = new LinkedHashSet<>();
    if (supplier) {
      roles.add(PartnerRole.SUPPLIER);
    }
    for (PartnerRole r : PartnerRole.values()) {
      if (chance()) {
        roles.add(r);
      }
    }
    if (roles.isEmpty()) {
      roles.add(PartnerRole.BUYER);
    }
    return Partner.builder().code(code()).name(text()).roles(roles).build();
  }

  MaterialPrice materialPrice(Material material) {
    LocalDate from = date();
    MaterialPrice.Builder b =
        MaterialPrice.builder()
            .material(material)
            .partner(partner(true))
            .price(amount(10_000_000))
            .effectiveFrom(from);
    if (chance()) {
      b.effectiveUntil(from.plusDays(between(0, 400)));
    }
    return b.build();
  }

  MaterialPrices materialPrices() {
    List<MaterialPrice> prices = new ArrayList<>();
    int n = between(0, 4);
    for (int i = 0; i < n; i++) {
      // a fresh material code per price, so no two prices overlap
      prices.add(materialPrice(Material.of(code() + "-M" + i, text(), pick(MeasureUnit.values()))));
    }
    return MaterialPrices.of(prices);
  }

  BillOfMaterials billOfMaterials() {
    Sku product = Sku.parse(code() + "-P");
    BillOfMaterials.Builder b = BillOfMaterials.builder().product(product).batchSize(between(1L, 500L));
    int n = between(1, 4);
    for (int i = 0; i < n; i++) {
      Material m = Material.of(code() + "-M" + i, text(), pick(MeasureUnit.values()));
      b.addMaterial(m, Quantity.of(between(1L, 100_000L), m.unit()));
    }
    int s = between(0, 2);
    for (int i = 0; i < s; i++) {
      b.addSubAssembly(Sku.parse(code() + "-S" + i), between(1L, 50L));
    }
    return b.build();
  }

  /**
   * A material cost as {@code BomRegistry.materialCost} computes it: one bill of one to four
   * materials (quantities in any unit of the material's base, so quantities are often rounded up
   * and costs rounded half up), prices effective on the date, some per another unit of the same
   * base under the same code.
   */
  MaterialCost materialCost() {
    Sku product = Sku.parse(code() + "-P");
    LocalDate date = date();
    BillOfMaterials.Builder b = BillOfMaterials.builder().product(product).batchSize(between(1L, 50L));
    List<MaterialPrice> prices = new ArrayList<>();
    int n = between(1, 4);
    for (int i = 0; i < n; i++) {
      Material m = Material.of(code() + "-M" + i, text(), pick(MeasureUnit.values()));
      b.addMaterial(m, Quantity.of(between(1L, 5_000L), compatibleUnit(m.unit())));
      Material priced = chance() ? m : Material.of(m.code(), text(), compatibleUnit(m.unit()));
      MaterialPrice.Builder p =
          MaterialPrice.builder()
              .material(priced)
              .partner(partner(true))
              .price(amount(1_000_000))
              .effectiveFrom(date.minusDays(between(0, 400)));
      if (chance()) {
        p.effectiveUntil(date.plusDays(between(0, 400)));
      }
      prices.add(p.build());
    }
    return BomRegistry.of(List.of(b.build()))
        .materialCost(product, between(1L, 1_000L), date, MaterialPrices.of(prices));
  }

  private MeasureUnit compatibleUnit(MeasureUnit unit) {
    List<MeasureUnit> compatible = new ArrayList<>();
    for (MeasureUnit u : MeasureUnit.values()) {
      if (u.isCompatibleWith(unit)) {
        compatible.add(u);
      }
    }
    return pick(compatible);
  }

  // ---- pricing ----

  PricingItem pricingItem(Sku sku, ProductCategory category) {
    PricingItem.Builder b =
        PricingItem.builder().sku(sku).description(text()).category(category)
            .unit(pick(Unit.values())).quantity(between(1L, 500L));
    if (chance()) {
      b.cost(positive(2_000_000));
    }
    return b.build();
  }

  PriceRule.Builder ruleOptions(PriceRule.Builder b) {
    if (chance()) {
      b.minQuantity(between(1L, 50L));
    }
    if (chance()) {
      LocalDate from = LocalDate.of(2026, 1, 1).minusDays(between(0, 300));
      b.effectiveFrom(from);
      if (chance()) {
        b.effectiveUntil(LocalDate.of(2026, 12, 31).plusDays(between(0, 300)));
      }
    }
    int sign = between(0, 2);
    if (sign == 1) {
      b.markup(Rate.of(between(0L, 200L), between(1L, 100L)));
    } else if (sign == 2) {
      b.discount(fraction());
    }
    if (chance()) {
      b.rounding(RoundingStep.of(pick(new Long[] {100L, 500L, 1000L}), pick(new RoundingMode[] {RoundingMode.UP, RoundingMode.HALF_UP, RoundingMode.DOWN})));
    }
    if (chance()) {
      b.surcharge(amount(50_000));
    }
    if (chance()) {
      Rate min = fraction();
      b.minMargin(min);
      if (chance()) {
        b.maxMargin(min.plus(fraction()));
      }
    }
    if (chance()) {
      b.floor(amount(100_000));
    }
    return b;
  }

  PriceRule priceRule() {
    PriceRule.Builder b =
        switch (between(0, 2)) {
          case 0 -> PriceRule.forAll(code());
          case 1 -> PriceRule.forCategory(code(), category());
          default -> PriceRule.forProduct(code(), sku());
        };
    return ruleOptions(b).build();
  }

  /** A gallery list pricing the given SKUs, and an e-Katalog list based on it. */
  org.bengkel.pricing.PriceBook pricingBook(List<Sku> skus, ProductCategory category) {
    PriceList.Builder gallery =
        PriceList.builder()
            .id("GALERI-" + code())
            .channel(Channel.GALLERY)
            .effectiveFrom(LocalDate.of(2026, 1, 1))
            .basis(PriceBasis.LIST_PRICE);
    for (Sku s : skus) {
      gallery.putListPrice(s, positive(3_000_000));
    }
    int rules = between(0, 3);
    for (int i = 0; i < rules; i++) {
      PriceRule.Builder b =
          switch (between(0, 2)) {
            case 0 -> PriceRule.forAll("R" + i);
            case 1 -> PriceRule.forCategory("R" + i, category);
            default -> PriceRule.forProduct("R" + i, pick(skus));
          };
      gallery.addRule(ruleOptions(b).build());
    }
    PriceList ekatalog =
        PriceList.builder()
            .id("EK-" + code())
            .channel(Channel.E_KATALOG)
            .effectiveFrom(LocalDate.of(2026, 1, 1))
            .basis(PriceBasis.CHANNEL)
            .baseChannel(Channel.GALLERY)
            .addRule(ruleOptions(PriceRule.forAll("EK")).build())
            .build();
    return org.bengkel.pricing.PriceBook.of(gallery.build(), ekatalog);
  }

  TaxPolicy taxPolicy() {
    return TaxPolicy.builder()
        .facilityCode(FacilityCode.of(code()))
        .status(pick(TaxStatus.values()))
        .inclusion(pick(PriceInclusion.values()))
        .taxBaseFraction(fraction())
        .ppnRate(fraction())
        .rounding(pick(new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.FLOOR}))
        .build();
  }

  Quote quote() {
    ProductCategory category = category();
    List<Sku> skus = new ArrayList<>();
    int n = between(1, 4);
    for (int i = 0; i < n; i++) {
      skus.add(Sku.parse(code() + "-" + i));
    }
    org.bengkel.pricing.PriceBook book = pricingBook(skus, category);
    List<PricingItem> items = new ArrayList<>();
    for (Sku s : skus) {
      items.add(pricingItem(s, category));
    }
    Channel channel = chance() ? Channel.GALLERY : Channel.E_KATALOG;
    return book.quote(channel, LocalDate.of(2026, 1, 1).plusDays(between(0, 364)), items, taxPolicy());
  }

  EKatalogListing listing() {
    return EKatalogListing.builder()
        .sku(sku())
        .unit(pick(Unit.values()))
        .zone(code())
        .price(positive(5_000_000))
        .minimumOrder(between(1L, 100L))
        .localContent(fraction())
        .producerScale(pick(ProducerScale.values()))
        .build();
  }

  EKatalogCheck eKatalogCheck() {
    EKatalogListing listing = listing();
    List<OfferedPrice> elsewhere = new ArrayList<>();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      elsewhere.add(
          OfferedPrice.of(
              text(),
              listing.sku(),
              chance() ? listing.unit() : pick(Unit.values()),
              listing.zone(),
              positive(5_000_000)));
    }
    return EKatalogPolicy.standard().check(listing, elsewhere);
  }

  // ---- proceeds ----

  SplitPolicy splitPolicy(FacilityCode facility, LocalDate from) {
    long den = between(1L, 60L);
    long a = between(0L, den);
    long b = between(0L, den - a);
    return SplitPolicy.of(
        facility,
        from,
        pick(SplitBase.values()),
        Rate.of(a, den),
        Rate.of(b, den),
        Rate.of(den - a - b, den));
  }

  SplitPolicies splitPolicies() {
    FacilityCode facility = FacilityCode.of(code());
    List<SplitPolicy> policies = new ArrayList<>();
    LocalDate from = date();
    int n = between(0, 3);
    for (int i = 0; i < n; i++) {
      SplitPolicy p = splitPolicy(facility, from);
      LocalDate until = from.plusDays(between(0, 500));
      policies.add(i < n - 1 || chance() ? p.withEffectiveUntil(until) : p);
      from = until.plusDays(between(1, 30));
    }
    java.util.Collections.shuffle(policies, new java.util.Random(random.nextLong()));
    return SplitPolicies.of(facility, policies);
  }

  org.bengkel.proceeds.ProceedsSplit split() {
    return splitPolicy(FacilityCode.of(code()), date()).split(amount(1_000_000_000L), amount(1_000_000_000L));
  }

  PremiAllocation premiAllocation() {
    List<Contribution> contributions = new ArrayList<>();
    int n = between(1, 6);
    for (int i = 0; i < n; i++) {
      contributions.add(Contribution.of(registrationNumber(100 + i), i == 0 ? between(1L, 600L) : between(0L, 600L)));
    }
    return PremiAllocation.allocate(amount(50_000_000), pick(ContributionBasis.values()), contributions);
  }

  PremiAccount premiAccount() {
    PremiAccount account = PremiAccount.open(registrationNumber(between(1, 999)), fraction());
    LocalDate day = date();
    int n = between(0, 8);
    for (int i = 0; i < n; i++) {
      day = day.plusDays(between(0, 20));
      PremiAccount before = account;
      account =
          (chance()
              ? account.credit(day, positive(500_000), text())
              : account.spend(day, positive(200_000), text()))
              .orElse(before);
    }
    if (chance()) {
      account = account.payOut(day.plusDays(between(0, 20)), text()).orElseThrow();
    }
    return account;
  }

  PnbpLedger pnbpLedger() {
    int year = between(2024, 2027);
    PnbpLedger ledger = PnbpLedger.of(FacilityCode.of(code()), Year.of(year), positive(100_000_000));
    int n = between(0, 5);
    for (int i = 0; i < n; i++) {
      LocalDate d = LocalDate.of(year, 1, 1).plusDays(between(0, 364));
      ledger = ledger.record(d, text(), positive(5_000_000)).orElseThrow();
      if (chance() && !ledger.undeposited().isZero()) {
        ledger = ledger.deposit(d.plusDays(between(0, 10)), Rupiah.of(between(1L, ledger.undeposited().amount())), text()).orElseThrow();
      }
    }
    return ledger;
  }

  // ---- inventory ----

  StockLot stockLot() {
    LocalDate produced = date();
    Optional<LocalDate> expiry = chance() ? Optional.of(produced.plusDays(between(0, 700))) : Optional.empty();
    return StockLot.of(
        LotCode.parse(code()),
        sku(),
        produced,
        expiry.orElse(null),
        between(1L, StockLot.MAX_QUANTITY),
        produced.plusDays(between(0, 5)).atTime(between(0, 23), between(0, 59), between(0, 59)));
  }

  List<Movement> movements() {
    StockLot lot = stockLot();
    StockLedger ledger = StockLedger.empty(ContractStamps.LEDGER).receive(lot, ContractStamps.at(lot.receivedAt())).orElseThrow();
    LocalDateTime at = lot.receivedAt();
    if (chance()) {
      at = at.plusMinutes(between(1, 600));
      ReservationId id = ReservationId.forLine(code(), between(1, 20));
      ledger = ledger.reserveFromLot(id, lot.lotCode(), 1, ContractStamps.at(at)).orElse(ledger);
    }
    if (chance()) {
      at = at.plusMinutes(between(1, 600));
      ledger = ledger.writeOff(lot.lotCode(), 1, WriteOffReason.DAMAGED, ContractStamps.at(at)).orElse(ledger);
    }
    return ledger.movements();
  }
}
