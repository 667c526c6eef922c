package org.bengkel.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bengkel.catalog.Catalog;
import org.bengkel.catalog.CatalogItem;
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
import org.bengkel.error.MissingValueException;
import org.bengkel.foodsafety.Label;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rupiah;
import org.bengkel.programme.ProgrammeCode;

/**
 * Generators of valid catalogue values (<i>katalog</i>): SKUs, categories, products with their
 * food-safety data (P-IRT, halal), services priced per vehicle class, materials, partners,
 * effective-dated material prices, {@link MaterialPrices} and acyclic bills of materials.
 *
 * <p>Ordinary values follow the example products of Lapas Pamekasan (kue kering, Arek Lancor
 * miniatures, furniture, car wash); edges are mixed in: the longest codes and names, shelf lives of
 * 1, 90, 91 and 3650 days, P-IRT packaging digits 1 and 8, the largest quantities.
 *
 * <p>Stateless and thread-safe.
 */
public final class CatalogGen {

  /** The first day of the generated material prices; costing dates are on or after it. */
  public static final LocalDate PRICES_FROM = LocalDate.of(2024, 1, 1);

  private static final List<String> SKU_NAMES =
      List.of(
          "KUE-KERING-500G",
          "NASTAR-250G",
          "PUTRI-SALJU-250G",
          "AREK-LANCOR-30CM",
          "AREK-LANCOR-70CM",
          "PERAHU-KAYU-70CM",
          "KURSI-TERAS",
          "MEJA-TAMU",
          "JAMU-KUNYIT-ASAM",
          "KERIPIK-SINGKONG",
          "DODOL-MADURA",
          "RENGGINANG");
  private static final List<String> PRODUCT_NAMES =
      List.of(
          "Kue kering nastar",
          "Putri salju",
          "Miniatur Arek Lancor 30 cm",
          "Perahu kayu 70 cm",
          "Kursi teras jati",
          "Meja tamu",
          "Jamu kunyit asam",
          "Keripik singkong",
          "Dodol Madura",
          "Rengginang");
  private static final List<String> INGREDIENTS =
      List.of(
          "tepung terigu",
          "mentega",
          "gula",
          "telur",
          "keju",
          "selai nanas",
          "kunyit",
          "asam jawa",
          "singkong",
          "garam",
          "minyak kelapa",
          "ketan",
          "gula merah",
          "santan");
  private static final List<String> MATERIAL_NAMES =
      List.of(
          "Kayu jati",
          "Kayu mahoni",
          "Cat emas",
          "Plitur",
          "Tepung terigu",
          "Mentega",
          "Gula pasir",
          "Telur ayam",
          "Toples plastik",
          "Amplas",
          "Lem kayu",
          "Paku");
  private static final List<String> PARTNER_NAMES =
      List.of(
          "CV Sumber Kayu Madura", "UD Tani Makmur", "Toko Bahan Kue Sejahtera", "PT Mitra Binaan");
  private static final List<String> PROGRAMMES =
      List.of("KRIYA-KAYU", "TATA-BOGA", "MEUBEL", "CUCI-KENDARAAN", "JAMU");
  private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String HALAL_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./-";

  private CatalogGen() {}

  /**
   * Codes of the form {@code [A-Z0-9]+(-[A-Z0-9]+)*}, 1 to {@code maxLength} characters, from one
   * to five groups.
   */
  static Gen<String> codes(int maxLength) {
    return Gen.listOf(Gen.strings(CODE_ALPHABET, 1, 8), 1, 5)
        .map(groups -> String.join("-", groups))
        .map(code -> code.length() <= maxLength ? code : code.substring(0, maxLength))
        .map(code -> code.endsWith("-") ? code.substring(0, code.length() - 1) : code);
  }

  /**
   * SKUs (<i>kode barang</i>): usually the Pamekasan products such as {@code KUE-KERING-500G},
   * sometimes arbitrary codes up to the 40 characters allowed.
   *
   * @return the generator, never null
   */
  public static Gen<Sku> skus() {
    return Gen.frequency(Gen.weighted(3, Gen.choose(SKU_NAMES)), Gen.weighted(1, codes(40)))
        .map(Sku::of);
  }

  /**
   * {@code count} distinct SKUs, each a realistic or arbitrary code with a serial suffix.
   *
   * @param count how many, zero or more
   * @return the generator of unmodifiable lists, never null
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static Gen<List<Sku>> distinctSkus(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return random -> {
      List<Sku> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String suffix = "-" + (i + 1);
        String stem =
            Gen.frequency(Gen.weighted(3, Gen.choose(SKU_NAMES)), Gen.weighted(1, codes(30)))
                .next(random);
        out.add(Sku.of(stem + suffix));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Skill programme codes (<i>program keterampilan</i>) such as {@code TATA-BOGA}.
   *
   * @return the generator, never null
   */
  public static Gen<ProgrammeCode> programmes() {
    return Gen.frequency(Gen.weighted(9, Gen.choose(PROGRAMMES)), Gen.weighted(1, codes(40)))
        .map(ProgrammeCode::of);
  }

  /**
   * Product categories (<i>kategori</i>): the predefined ones (wood miniature, furniture, cookies,
   * traditional snacks, herbal drinks and the high-risk foods), and custom ones that are food,
   * non-food or high-risk food.
   *
   * @return the generator, never null
   */
  public static Gen<ProductCategory> categories() {
    Gen<ProductCategory> custom =
        random -> {
          boolean food = random.nextBoolean();
          boolean highRisk = food && random.nextInt(3) == 0;
          return ProductCategory.custom(
              codes(40).next(random), FacilityGen.texts(100).next(random), food, highRisk);
        };
    return Gen.frequency(
        Gen.weighted(4, Gen.choose(ProductCategory.predefined())), Gen.weighted(1, custom));
  }

  /**
   * Food categories that may use a P-IRT (not high-risk): cookies, traditional snacks, herbal
   * drinks and custom ones.
   *
   * @return the generator, never null
   */
  public static Gen<ProductCategory> lowRiskFoodCategories() {
    return Gen.frequency(
        Gen.weighted(
            4,
            Gen.choose(
                ProductCategory.COOKIES,
                ProductCategory.TRADITIONAL_SNACKS,
                ProductCategory.HERBAL_DRINKS)),
        Gen.weighted(
            1,
            random ->
                ProductCategory.custom(codes(40).next(random), "Pangan olahan", true, false)));
  }

  /**
   * Units of sale (<i>satuan</i>): piece, jar, pack, set, ...
   *
   * @return the generator, never null
   */
  public static Gen<Unit> units() {
    return Gen.enums(Unit.class);
  }

  /**
   * Units of measure of materials (<i>satuan ukur</i>).
   *
   * @return the generator, never null
   */
  public static Gen<MeasureUnit> measureUnits() {
    return Gen.enums(MeasureUnit.class);
  }

  /**
   * Quantities in any unit: mostly everyday amounts up to 10.000, sometimes any amount up to the
   * largest a unit can hold (including zero and the largest).
   *
   * @return the generator, never null
   */
  public static Gen<Quantity> quantities() {
    return random -> {
      MeasureUnit unit = measureUnits().next(random);
      long max = Long.MAX_VALUE / unit.factor();
      long amount =
          random.nextInt(4) == 0
              ? MoneyGen.magnitudes(0, max).next(random)
              : random.nextLong(0, 10_001);
      return Quantity.of(amount, unit);
    };
  }

  /**
   * P-IRT numbers (<i>nomor P-IRT</i>) of any form: packaging digit 1 to 8 (both often), twelve
   * digits, and any expiry year 2000 to 2099.
   *
   * @return the generator, never null
   */
  public static Gen<PirtNumber> pirtNumbers() {
    return random -> pirt(random, random.nextInt(0, 100));
  }

  /**
   * P-IRT numbers valid on a date: the expiry year is from the date's year to five years later,
   * including both edges.
   *
   * @param date the date, not null, in 2000 to 2094
   * @return the generator, never null
   */
  public static Gen<PirtNumber> pirtNumbersValidOn(LocalDate date) {
    MissingValueException.required(date, "date");
    return random ->
        pirt(random, date.getYear() - 2000 + random.nextInt(0, PirtNumber.VALIDITY_YEARS + 1));
  }

  private static PirtNumber pirt(RandomGenerator random, int yearDigits) {
    int packaging =
        switch (random.nextInt(8)) {
          case 0 -> 1;
          case 1 -> 8;
          default -> random.nextInt(1, 9);
        };
    StringBuilder sb = new StringBuilder().append(packaging);
    for (int i = 0; i < 12; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    sb.append('-').append(String.format(Locale.ROOT, "%02d", yearDigits));
    return PirtNumber.parse(sb);
  }

  /**
   * Halal certificates (<i>sertifikat halal</i>): numbers like {@code ID35110000123450924}, or any
   * allowed number up to 50 characters; issued 2019 to 2026.
   *
   * @return the generator, never null
   */
  public static Gen<HalalCertificate> halalCertificates() {
    Gen<String> realistic = Gen.strings("0123456789", 17, 17).map(d -> "ID" + d);
    Gen<String> arbitrary = Gen.strings(HALAL_ALPHABET, 1, 48).map(s -> "ID" + s);
    return random ->
        HalalCertificate.of(
            Gen.frequency(Gen.weighted(3, realistic), Gen.weighted(1, arbitrary)).next(random),
            Gen.dates(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31)).next(random));
  }

  /**
   * Food-safety data of a food product: always a P-IRT (expiring 2022 to 2035, so some are expired
   * on a given day), half the time with the issue date of its licence (in the expiry year minus
   * five, as Peraturan BPOM 22/2018 issues it, three times in four; else in any year that agrees
   * with the number), and either a halal certificate or a declaration that the product is not
   * halal.
   *
   * @return the generator, never null
   */
  public static Gen<FoodSafety> foodSafety() {
    return random -> {
      PirtNumber pirt = pirt(random, random.nextInt(22, 36));
      FoodSafety.Builder b = FoodSafety.builder().pirt(pirt);
      if (random.nextBoolean()) {
        int year =
            pirt.expiryYear()
                - (random.nextInt(4) == 0
                    ? random.nextInt(0, PirtNumber.VALIDITY_YEARS + 1)
                    : PirtNumber.VALIDITY_YEARS);
        b.pirtIssued(Gen.dates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).next(random));
      }
      return random.nextInt(4) == 0
          ? b.declaredNonHalal(true).build()
          : b.halal(halalCertificates().next(random)).build();
    };
  }

  /**
   * Valid products of any category: non-food ones (miniatures, furniture) without food data, and
   * food ones, high-risk included, with shelf life (often 1, 90, 91 or 3650 days), net content,
   * ingredients and {@link #foodSafety() food-safety data}.
   *
   * @return the generator, never null
   */
  public static Gen<Product> products() {
    return random ->
        product(random, skus().next(random), categories().next(random), foodSafety().next(random));
  }

  /**
   * Food products that the default food-safety policy allows on a date: a category that may use a
   * P-IRT, a P-IRT valid on the date, and a halal certificate issued on or before it or a non-halal
   * declaration.
   *
   * @param date the date, not null, in 2019 to 2094
   * @return the generator, never null
   */
  public static Gen<Product> productsSafeOn(LocalDate date) {
    MissingValueException.required(date, "date");
    return random -> {
      PirtNumber pirt = pirtNumbersValidOn(date).next(random);
      FoodSafety safety =
          random.nextInt(4) == 0
              ? FoodSafety.builder().pirt(pirt).declaredNonHalal(true).build()
              : FoodSafety.of(
                  pirt,
                  HalalCertificate.of(
                      "ID" + Gen.strings("0123456789", 17, 17).next(random),
                      Gen.dates(date.minusYears(5), date).next(random)));
      return product(random, skus().next(random), lowRiskFoodCategories().next(random), safety);
    };
  }

  private static Product product(
      RandomGenerator random, Sku sku, ProductCategory category, FoodSafety safety) {
    Product.Builder b =
        Product.builder()
            .sku(sku)
            .name(
                Gen.frequency(
                        Gen.weighted(9, Gen.choose(PRODUCT_NAMES)),
                        Gen.weighted(1, FacilityGen.texts(200)))
                    .next(random))
            .category(category)
            .unit(units().next(random))
            .programme(programmes().next(random));
    if (category.isFood()) {
      int shelfLife =
          random.nextInt(3) == 0
              ? Gen.choose(1, 90, 91, Product.MAX_SHELF_LIFE_DAYS).next(random)
              : random.nextInt(7, 366);
      List<String> ingredients =
          new ArrayList<>(
              new LinkedHashSet<>(Gen.listOf(Gen.choose(INGREDIENTS), 1, 6).next(random)));
      b.shelfLifeDays(shelfLife)
          .netContent(Gen.choose("250 g", "500 g", "1 kg", "350 ml", "10 x 20 g").next(random))
          .ingredients(ingredients)
          .foodSafety(safety);
    } else if (random.nextInt(4) == 0) {
      b.shelfLifeDays(random.nextInt(1, Product.MAX_SHELF_LIFE_DAYS + 1));
    }
    return b.build();
  }

  /**
   * Food labels (<i>label pangan</i>) made by {@link Label#forProduct} from a generated food
   * product, facility, production code and production date in 2024 to 2027.
   *
   * @return the generator, never null
   */
  public static Gen<Label> labels() {
    return random -> {
      Product p =
          product(
              random,
              skus().next(random),
              lowRiskFoodCategories().next(random),
              foodSafety().next(random));
      return Label.forProduct(
          p,
          FacilityGen.facilities().next(random),
          codes(40).next(random),
          Gen.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)).next(random));
    };
  }

  /**
   * Vehicle classes (<i>golongan kendaraan</i>): motorcycle and car, now and then a custom code.
   *
   * @return the generator, never null
   */
  public static Gen<VehicleClass> vehicleClasses() {
    return Gen.frequency(
        Gen.weighted(8, Gen.choose(VehicleClass.MOTORCYCLE, VehicleClass.CAR)),
        Gen.weighted(1, codes(40).map(VehicleClass::of)));
  }

  /**
   * Services (<i>jasa</i>) such as car and motorcycle washes, with a price per job (Rp1 to a few
   * million) for one to three vehicle classes.
   *
   * @return the generator, never null
   */
  public static Gen<Service> services() {
    return random -> {
      Map<VehicleClass, Rupiah> prices = new LinkedHashMap<>();
      int n = random.nextInt(1, 4);
      for (int i = 0; i < n; i++) {
        prices.put(
            vehicleClasses().next(random),
            Gen.frequency(
                    Gen.weighted(9, MoneyGen.prices()), Gen.weighted(1, Gen.constant(Rupiah.of(1))))
                .next(random));
      }
      return Service.builder()
          .sku(
              Gen.frequency(
                      Gen.weighted(3, Gen.choose("CUCI-MOBIL", "CUCI-MOTOR", "CUCI-KENDARAAN")),
                      Gen.weighted(1, codes(40)))
                  .map(Sku::of)
                  .next(random))
          .name(
              Gen.frequency(
                      Gen.weighted(9, Gen.choose("Cuci mobil", "Cuci motor", "Cuci steam")),
                      Gen.weighted(1, FacilityGen.texts(200)))
                  .next(random))
          .programme(programmes().next(random))
          .pricePerJob(prices)
          .build();
    };
  }

  /**
   * Catalogues (<i>katalog</i>) of zero to eight products and services with distinct SKUs.
   *
   * @return the generator, never null
   */
  public static Gen<Catalog> catalogs() {
    return random -> {
      int n = random.nextInt(0, 9);
      List<Sku> skus = distinctSkus(n).next(random);
      List<CatalogItem> items = new ArrayList<>(n);
      for (Sku sku : skus) {
        if (random.nextInt(4) == 0) {
          items.add(Service.builder().from(services().next(random)).sku(sku).build());
        } else {
          items.add(product(random, sku, categories().next(random), foodSafety().next(random)));
        }
      }
      return Catalog.of(items);
    };
  }

  /**
   * Materials (<i>bahan baku</i>) with a code, a name and any unit of measure.
   *
   * @return the generator, never null
   */
  public static Gen<Material> materials() {
    return random ->
        Material.of(
            codes(40).next(random),
            Gen.frequency(
                    Gen.weighted(9, Gen.choose(MATERIAL_NAMES)),
                    Gen.weighted(1, FacilityGen.texts(200)))
                .next(random),
            measureUnits().next(random));
  }

  /**
   * Private partners (<i>mitra swasta</i>) with one or more roles.
   *
   * @return the generator, never null
   */
  public static Gen<Partner> partners() {
    return random -> {
      Set<PartnerRole> roles =
          new LinkedHashSet<>(Gen.listOf(Gen.enums(PartnerRole.class), 1, 4).next(random));
      return Partner.builder()
          .code(codes(40).next(random))
          .name(
              Gen.frequency(
                      Gen.weighted(9, Gen.choose(PARTNER_NAMES)),
                      Gen.weighted(1, FacilityGen.texts(200)))
                  .next(random))
          .roles(roles)
          .build();
    };
  }

  /**
   * Partners that supply materials (they have the {@link PartnerRole#SUPPLIER} role, maybe others).
   *
   * @return the generator, never null
   */
  public static Gen<Partner> suppliers() {
    return partners()
        .map(
            p ->
                p.has(PartnerRole.SUPPLIER)
                    ? p
                    : Partner.builder().from(p).addRoles(PartnerRole.SUPPLIER).build());
  }

  /**
   * Single material prices (<i>harga bahan</i>): a supplier, a price from Rp0, a start in 2024 to
   * 2027 and often an end on or after it.
   *
   * @return the generator, never null
   */
  public static Gen<MaterialPrice> materialPrices() {
    return random -> {
      LocalDate from = Gen.dates(PRICES_FROM, LocalDate.of(2027, 12, 31)).next(random);
      MaterialPrice.Builder b =
          MaterialPrice.builder()
              .material(materials().next(random))
              .partner(suppliers().next(random))
              .price(
                  Gen.frequency(
                          Gen.weighted(9, MoneyGen.prices()),
                          Gen.weighted(1, Gen.constant(Rupiah.ZERO)))
                      .next(random))
              .effectiveFrom(from);
      if (random.nextBoolean()) {
        b.effectiveUntil(from.plusDays(random.nextInt(0, 400)));
      }
      return b.build();
    };
  }

  /**
   * The price history of one material from one supplier: one to five consecutive, non-overlapping
   * periods from {@link #PRICES_FROM}, the last open-ended, so that a price is in force on every
   * day from then on; periods may be a single day.
   *
   * @param material the material, not null
   * @param supplier the supplier, not null, with the supplier role
   * @return the generator of unmodifiable lists in date order, never null
   */
  public static Gen<List<MaterialPrice>> materialPriceHistories(
      Material material, Partner supplier) {
    MissingValueException.required(material, "material");
    MissingValueException.required(supplier, "supplier");
    return random -> {
      int n = random.nextInt(1, 6);
      List<MaterialPrice> out = new ArrayList<>(n);
      LocalDate from = PRICES_FROM;
      for (int i = 0; i < n; i++) {
        Rupiah price = MoneyGen.prices().next(random);
        if (i == n - 1) {
          out.add(MaterialPrice.of(material, supplier, price, from));
        } else {
          LocalDate until = from.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(1, 400));
          out.add(MaterialPrice.of(material, supplier, price, from, until));
          from = until.plusDays(1);
        }
      }
      return List.copyOf(out);
    };
  }

  /**
   * {@link MaterialPrices} (<i>daftar harga bahan</i>) for the given materials: one to three
   * suppliers per material, each with a {@linkplain #materialPriceHistories price history} covering
   * every day from {@link #PRICES_FROM}; suppliers are shared between materials.
   *
   * @param materials the materials to price, not null
   * @return the generator, never null
   */
  public static Gen<MaterialPrices> pricesOfMaterials(List<Material> materials) {
    List<Material> copy = List.copyOf(materials);
    return random -> {
      List<Partner> suppliers = new ArrayList<>();
      int s = random.nextInt(1, 4);
      for (int i = 0; i < s; i++) {
        suppliers.add(
            Partner.builder().from(suppliers().next(random)).code("MITRA-" + (i + 1)).build());
      }
      List<MaterialPrice> prices = new ArrayList<>();
      for (Material m : copy) {
        List<Partner> shuffled = new ArrayList<>(suppliers);
        int k = random.nextInt(1, shuffled.size() + 1);
        for (int i = 0; i < k; i++) {
          Partner p = shuffled.remove(random.nextInt(shuffled.size()));
          prices.addAll(materialPriceHistories(m, p).next(random));
        }
      }
      return MaterialPrices.of(prices);
    };
  }

  /**
   * {@link MaterialPrices} of one to six generated materials with distinct codes.
   *
   * @return the generator, never null
   */
  public static Gen<MaterialPrices> pricesOfMaterials() {
    return random ->
        pricesOfMaterials(distinctMaterials(random.nextInt(1, 7)).next(random)).next(random);
  }

  /**
   * {@code count} materials with distinct codes ({@code BAHAN-1}, ... or an arbitrary code with a
   * serial), each with any unit.
   *
   * @param count how many, zero or more
   * @return the generator of unmodifiable lists, never null
   * @throws IllegalArgumentException if {@code count < 0}
   */
  public static Gen<List<Material>> distinctMaterials(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return random -> {
      List<Material> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        Material m = materials().next(random);
        String stem = random.nextBoolean() ? "BAHAN" : codes(30).next(random);
        out.add(Material.of(stem + "-" + (i + 1), m.name(), m.unit()));
      }
      return List.copyOf(out);
    };
  }

  /**
   * A quantity of a material for a bill of materials: 1 to 5.000 of the material's unit or of
   * another unit of the same base (grams for a kilogram material, centimetres for metres).
   */
  static Gen<Quantity> lineQuantities(MeasureUnit materialUnit) {
    List<MeasureUnit> compatible = new ArrayList<>();
    for (MeasureUnit u : MeasureUnit.values()) {
      if (u.isCompatibleWith(materialUnit)) {
        compatible.add(u);
      }
    }
    return Gen.zip(Gen.longs(1, 5_000), Gen.choose(compatible), Quantity::of);
  }

  /**
   * Bills of materials (<i>daftar bahan</i>) of one product without sub-assemblies: one to five
   * distinct materials in compatible units, for a batch of 1 to 500 units.
   *
   * @return the generator, never null
   */
  public static Gen<BillOfMaterials> billsOfMaterials() {
    return random -> {
      BillOfMaterials.Builder b =
          BillOfMaterials.builder()
              .product(skus().next(random))
              .batchSize(batchSizes().next(random));
      for (Material m : distinctMaterials(random.nextInt(1, 6)).next(random)) {
        b.addMaterial(m, lineQuantities(m.unit()).next(random));
      }
      return b.build();
    };
  }

  private static Gen<Long> batchSizes() {
    return Gen.frequency(Gen.weighted(1, Gen.constant(1L)), Gen.weighted(6, Gen.longs(1, 500)));
  }

  /**
   * Registries of acyclic bills of materials (<i>daftar bahan dengan sub-rakitan</i>) over the
   * given materials: two to six products, each product's bill uses some of the materials and may
   * need sub-assemblies of 1 to 10 units of products listed after it (never itself nor, through
   * others, itself), so every bill reached is in the registry.
   *
   * @param materials the materials to use, at least one, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code materials} is empty
   */
  public static Gen<BomRegistry> bomRegistries(List<Material> materials) {
    if (materials.isEmpty()) {
      throw new IllegalArgumentException("bomRegistries needs a material");
    }
    List<Material> copy = List.copyOf(materials);
    return random -> {
      int n = random.nextInt(2, 7);
      List<Sku> skus = distinctSkus(n).next(random);
      List<BillOfMaterials> bills = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        BillOfMaterials.Builder b =
            BillOfMaterials.builder().product(skus.get(i)).batchSize(batchSizes().next(random));
        List<Material> pool = new ArrayList<>(copy);
        int materialsWanted = random.nextInt(i == n - 1 ? 1 : 0, Math.min(3, pool.size()) + 1);
        for (int k = 0; k < materialsWanted; k++) {
          Material m = pool.remove(random.nextInt(pool.size()));
          b.addMaterial(m, lineQuantities(m.unit()).next(random));
        }
        int subs =
            i == n - 1
                ? 0
                : random.nextInt(materialsWanted == 0 ? 1 : 0, Math.min(2, n - 1 - i) + 1);
        List<Integer> later = new ArrayList<>();
        for (int j = i + 1; j < n; j++) {
          later.add(j);
        }
        for (int k = 0; k < subs; k++) {
          b.addSubAssembly(
              skus.get(later.remove(random.nextInt(later.size()))), random.nextLong(1, 11));
        }
        bills.add(b.build());
      }
      List<BillOfMaterials> shuffled = new ArrayList<>(bills);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        BillOfMaterials t = shuffled.get(i);
        shuffled.set(i, shuffled.get(j));
        shuffled.set(j, t);
      }
      return BomRegistry.of(shuffled);
    };
  }

  /**
   * A costing case (<i>perhitungan biaya bahan</i>): a registry of acyclic bills, material prices
   * that price every material on every day from {@link #PRICES_FROM}, a product of the registry, a
   * number of units and a production date in 2024 to 2027.
   *
   * @return the generator, never null
   */
  public static Gen<Costing> costings() {
    return random -> {
      List<Material> materials = distinctMaterials(random.nextInt(1, 6)).next(random);
      BomRegistry registry = bomRegistries(materials).next(random);
      List<BillOfMaterials> bills = registry.bills();
      return new Costing(
          registry,
          pricesOfMaterials(materials).next(random),
          bills.get(random.nextInt(bills.size())).product(),
          Gen.frequency(Gen.weighted(1, Gen.constant(1L)), Gen.weighted(5, Gen.longs(1, 1_000)))
              .next(random),
          Gen.dates(PRICES_FROM, LocalDate.of(2027, 12, 31)).next(random));
    };
  }

  /**
   * Material cost breakdowns (<i>rincian biaya bahan</i>) as {@link BomRegistry#materialCost}
   * computes them from a {@link #costings()} case: sub-assemblies expanded, quantities rounded up
   * to whole base units and costs rounded half up.
   *
   * @return the generator, never null
   */
  public static Gen<MaterialCost> materialCosts() {
    return costings()
        .map(c -> c.registry().materialCost(c.product(), c.units(), c.date(), c.prices()));
  }

  /**
   * The inputs of {@link BomRegistry#materialCost}: everything needed to cost {@code units} of
   * {@code product} on {@code date}.
   *
   * <p>Immutable and thread-safe.
   *
   * @param registry the bills of materials, not null
   * @param prices the material prices, not null
   * @param product a product of the registry, not null
   * @param units how many units, one or more
   * @param date the production date, not null
   */
  public record Costing(
      BomRegistry registry, MaterialPrices prices, Sku product, long units, LocalDate date) {

    /**
     * Checks the parts.
     *
     * @param registry the bills of materials, not null
     * @param prices the material prices, not null
     * @param product a product of the registry, not null
     * @param units how many units, one or more
     * @param date the production date, not null
     * @throws MissingValueException if a part is null
     * @throws IllegalArgumentException if {@code units < 1}
     */
    public Costing {
      MissingValueException.required(registry, "registry");
      MissingValueException.required(prices, "prices");
      MissingValueException.required(product, "product");
      MissingValueException.required(date, "date");
      if (units < 1) {
        throw new IllegalArgumentException("units must be at least 1: " + units);
      }
    }
  }
}
