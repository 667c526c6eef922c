package org.bengkel.json.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
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
import org.bengkel.foodsafety.Label;
import org.bengkel.json.contract.GoldenSamples.Sample;
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
import org.junit.jupiter.params.provider.Arguments;

/** The golden samples and invalid documents of the catalogue ({@code org.bengkel.catalog}). */
final class CatalogSamples {

  private CatalogSamples() {}

  static final Sku KUE_KERING = Sku.parse("KUE-KERING-500G");
  static final ProgrammeCode KULINER = ProgrammeCode.parse("KULINER-2026");
  static final PirtNumber PIRT = PirtNumber.parse("2063527010123-29");
  static final HalalCertificate HALAL =
      HalalCertificate.of("ID35110000123450824", LocalDate.of(2024, 8, 12));

  /** Licence issued 5 August 2024, number ending -29 (2024 + 5): valid through 4 August 2029. */
  static final FoodSafety SAFETY = FoodSafety.of(PIRT, LocalDate.of(2024, 8, 5), HALAL);

  static final Product COOKIES =
      Product.builder()
          .sku(KUE_KERING)
          .name("Kue kering nastar, toples 500 g")
          .category(ProductCategory.COOKIES)
          .unit(Unit.JAR)
          .programme(KULINER)
          .shelfLifeDays(60)
          .netContent("500 g")
          .addIngredients("tepung terigu", "mentega", "selai nanas", "gula")
          .foodSafety(SAFETY)
          .build();

  static final Product CHAIR =
      Product.of(
          Sku.parse("KURSI-JATI"),
          "Kursi jati ukir",
          ProductCategory.FURNITURE,
          Unit.PIECE,
          ProgrammeCode.parse("MEUBEL-2026"));

  static final Material FLOUR = Material.of("TEPUNG-TERIGU", "Tepung terigu", MeasureUnit.KILOGRAM);
  static final Material BUTTER = Material.of("MENTEGA", "Mentega", MeasureUnit.GRAM);
  static final Partner TOKO =
      Partner.of(
          "TOKO-SUMBER-REJEKI", "Toko Sumber Rejeki", PartnerRole.SUPPLIER, PartnerRole.BUYER);
  static final MaterialPrice FLOUR_PRICE =
      MaterialPrice.of(
          FLOUR, TOKO, Rupiah.of(13_500), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  static final MaterialPrice BUTTER_PRICE =
      MaterialPrice.of(BUTTER, TOKO, Rupiah.of(95), LocalDate.of(2026, 1, 1));

  /**
   * 7 jars from a bill of 12: flour 4 kg x 7/12 = 2.333,33 g (2334 g issued) x Rp13.500/kg =
   * Rp31.500; butter 1500 g x 7/12 = 875 g x Rp95 = Rp83.125; total Rp114.625; per jar 114.625 / 7
   * = Rp16.375.
   */
  static final MaterialCost COOKIE_COST =
      BomRegistry.of(
              List.of(
                  BillOfMaterials.builder()
                      .product(KUE_KERING)
                      .batchSize(12)
                      .addMaterial(FLOUR, Quantity.of(4, MeasureUnit.KILOGRAM))
                      .addMaterial(BUTTER, Quantity.of(1_500, MeasureUnit.GRAM))
                      .build()))
          .materialCost(
              KUE_KERING,
              7,
              LocalDate.of(2026, 3, 2),
              MaterialPrices.of(List.of(FLOUR_PRICE, BUTTER_PRICE)));

  static List<Sample> samples() {
    return List.of(
        new Sample("catalog-unit", Unit.class, Unit.JAR),
        new Sample("catalog-measure-unit", MeasureUnit.class, MeasureUnit.KILOGRAM),
        new Sample("catalog-partner-role", PartnerRole.class, PartnerRole.CONSIGNMENT),
        new Sample("catalog-vehicle-class", VehicleClass.class, VehicleClass.MOTORCYCLE),
        new Sample("catalog-pirt-number", PirtNumber.class, PIRT),
        new Sample("catalog-quantity", Quantity.class, Quantity.of(500, MeasureUnit.GRAM)),
        new Sample("catalog-product-category", ProductCategory.class, ProductCategory.COOKIES),
        new Sample(
            "catalog-product-category-custom",
            ProductCategory.class,
            ProductCategory.custom("BATIK", "Batik tulis", false, false)),
        new Sample("catalog-halal-certificate", HalalCertificate.class, HALAL),
        new Sample("catalog-food-safety", FoodSafety.class, SAFETY),
        new Sample(
            "catalog-food-safety-halal-review",
            FoodSafety.class,
            SAFETY.withHalalReviewFrom(LocalDate.of(2026, 11, 2))),
        new Sample(
            "catalog-food-safety-non-halal",
            FoodSafety.class,
            FoodSafety.builder().pirt(PIRT).declaredNonHalal(true).build()),
        new Sample("catalog-product", Product.class, COOKIES),
        new Sample("catalog-product-minimal", Product.class, CHAIR),
        new Sample(
            "catalog-service",
            Service.class,
            Service.builder()
                .sku(Sku.parse("CUCI-MOBIL"))
                .name("Cuci mobil SAE")
                .programme(ProgrammeCode.parse("SAE-CUCI-2026"))
                .putPricePerJob(VehicleClass.MOTORCYCLE, Rupiah.of(15_000))
                .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
                .build()),
        new Sample(
            "catalog-label",
            Label.class,
            Label.forProduct(
                COOKIES, GoldenSamples.PAMEKASAN, "KK-20261102-01", LocalDate.of(2026, 11, 2))),
        new Sample("catalog-material", Material.class, FLOUR),
        new Sample("catalog-partner", Partner.class, TOKO),
        new Sample("catalog-material-price", MaterialPrice.class, FLOUR_PRICE),
        new Sample(
            "catalog-material-prices",
            MaterialPrices.class,
            MaterialPrices.of(List.of(FLOUR_PRICE, BUTTER_PRICE))),
        new Sample(
            "catalog-bill-of-materials",
            BillOfMaterials.class,
            BillOfMaterials.builder()
                .product(KUE_KERING)
                .batchSize(20)
                .addMaterial(FLOUR, Quantity.of(4, MeasureUnit.KILOGRAM))
                .addMaterial(BUTTER, Quantity.of(1_500, MeasureUnit.GRAM))
                .addSubAssembly(Sku.parse("SELAI-NANAS-1KG"), 2)
                .build()),
        new Sample("catalog-material-cost", MaterialCost.class, COOKIE_COST));
  }

  static Stream<Arguments> invalidDocuments() {
    String product =
        "{\"sku\":\"KUE-KERING-500G\",\"name\":\"Nastar\",\"category\":{\"code\":\"COOKIES\","
            + "\"indonesianName\":\"Kue kering\",\"food\":true,\"highRisk\":false},\"unit\":\"JAR\","
            + "\"programme\":\"KULINER-2026\"";
    String flour = "{\"code\":\"TEPUNG-TERIGU\",\"name\":\"Tepung terigu\",\"unit\":\"KILOGRAM\"}";
    String supplier = "{\"code\":\"TOKO\",\"name\":\"Toko\",\"roles\":[\"SUPPLIER\"]}";
    String buyer = "{\"code\":\"TOKO\",\"name\":\"Toko\",\"roles\":[\"BUYER\"]}";
    String cost = TextJson.compact(JsonFormatContract.golden("catalog-material-cost"));
    return Stream.of(
        // packaging digit 9 is not a packaging code (Peraturan BPOM 22/2018)
        Arguments.of(PirtNumber.class, "\"9063527010123-29\"", "$", "catalog.pirt.packaging"),
        Arguments.of(PirtNumber.class, "\"206352701012329\"", "$", "catalog.pirt.format"),
        Arguments.of(Quantity.class, "\"500 ons\"", "$", "value.malformed"),
        Arguments.of(Quantity.class, "\"-5 g\"", "$", "value.malformed"),
        Arguments.of(Unit.class, "\"KARUNG\"", "$", "json.unknown-constant"),
        Arguments.of(VehicleClass.class, "\"truk\"", "$", "value.malformed"),
        Arguments.of(
            HalalCertificate.class,
            "{\"number\":\"12345\",\"issued\":\"2024-08-12\"}",
            "$.number",
            "catalog.halal.format"),
        Arguments.of(
            HalalCertificate.class,
            "{\"number\":\"ID1\",\"issued\":\"12-08-2024\"}",
            "$.issued",
            "json.malformed-date"),
        Arguments.of(
            FoodSafety.class,
            "{\"halal\":{\"number\":\"ID1\",\"issued\":\"2024-08-12\"},\"declaredNonHalal\":true}",
            "$.halal",
            "catalog.halal.conflict"),
        // a licence issued in 2021 is valid at most until 2026 (Peraturan BPOM 22/2018): -29
        // disagrees
        Arguments.of(
            FoodSafety.class,
            "{\"pirt\":\"2063527010123-29\",\"pirtIssued\":\"2021-03-15\"}",
            "$.pirtIssued",
            "catalog.pirt.issue-year"),
        // a review pending without a certificate, and one dated before the certificate's issue
        Arguments.of(
            FoodSafety.class,
            "{\"halalReviewSince\":\"2026-11-02\"}",
            "$.halalReviewSince",
            "catalog.halal.review"),
        Arguments.of(
            FoodSafety.class,
            "{\"halal\":{\"number\":\"ID1\",\"issued\":\"2024-08-12\"},\"halalReviewSince\":\"2024-08-11\"}",
            "$.halalReviewSince",
            "catalog.halal.review"),
        Arguments.of(
            FoodSafety.class,
            "{\"pirtIssued\":\"2024-08-05\"}",
            "$.pirtIssued",
            "catalog.pirt.issued-without-number"),
        Arguments.of(
            FoodSafety.class,
            "{\"pirt\":\"2063527010123-29\",\"pirtIssued\":\"05-08-2024\"}",
            "$.pirtIssued",
            "json.malformed-date"),
        Arguments.of(
            ProductCategory.class,
            "{\"code\":\"BATIK\",\"indonesianName\":\"Batik\",\"food\":false,\"highRisk\":true}",
            "$.highRisk",
            "catalog.food.not-food"),
        Arguments.of(
            ProductCategory.class,
            "{\"code\":\"batik\",\"indonesianName\":\"Batik\",\"food\":false,\"highRisk\":false}",
            "$.code",
            "value.malformed"),
        Arguments.of(
            ProductCategory.class,
            "{\"code\":\"BATIK\",\"food\":false,\"highRisk\":false}",
            "$.indonesianName",
            "json.missing-property"),
        // food needs shelf life, net content and ingredients (Peraturan BPOM 31/2018)
        Arguments.of(Product.class, product + "}", "$.shelfLifeDays", "catalog.food.data-required"),
        Arguments.of(
            Product.class,
            product + ",\"shelfLifeDays\":0,\"netContent\":\"500 g\",\"ingredients\":[\"gula\"]}",
            "$.shelfLifeDays",
            "value.out-of-range"),
        Arguments.of(
            Product.class,
            product
                + ",\"shelfLifeDays\":9999999999,\"netContent\":\"500 g\",\"ingredients\":[\"gula\"]}",
            "$.shelfLifeDays",
            "json.amount-out-of-range"),
        Arguments.of(
            Product.class,
            product
                + ",\"shelfLifeDays\":60,\"netContent\":\"500 g\",\"ingredients\":[\"gula\",\" \"]}",
            "$.ingredients[1]",
            "value.blank"),
        Arguments.of(
            Product.class,
            product.replace("\"food\":true", "\"food\":false") + ",\"ingredients\":[\"gula\"]}",
            "$.ingredients",
            "catalog.food.not-food"),
        Arguments.of(
            Service.class,
            "{\"sku\":\"CUCI-MOBIL\",\"name\":\"Cuci\",\"programme\":\"SAE-2026\",\"pricePerJob\":{}}",
            "$.pricePerJob",
            "value.required"),
        Arguments.of(
            Service.class,
            "{\"sku\":\"CUCI-MOBIL\",\"name\":\"Cuci\",\"programme\":\"SAE-2026\",\"pricePerJob\":{\"CAR\":0}}",
            "$.pricePerJob.CAR",
            "value.out-of-range"),
        Arguments.of(
            Service.class,
            "{\"sku\":\"CUCI-MOBIL\",\"name\":\"Cuci\",\"programme\":\"SAE-2026\",\"pricePerJob\":{\"car\":5}}",
            "$.pricePerJob.car",
            "value.malformed"),
        Arguments.of(
            Label.class,
            "{\"productName\":\"Nastar\",\"ingredients\":[],\"netContent\":\"500 g\",\"producer\":\"B\","
                + "\"productionCode\":\"KK-1\",\"bestBefore\":\"2027-01-01\",\"shelfLifeDays\":60}",
            "$.ingredients",
            "catalog.food.data-required"),
        Arguments.of(
            Label.class,
            "{\"productName\":\"Nastar\",\"ingredients\":[\"gula\"],\"netContent\":\"500 g\","
                + "\"producer\":\"B\",\"halal\":{\"number\":\"ID1\",\"issued\":\"2024-08-12\"},"
                + "\"declaredNonHalal\":true,\"productionCode\":\"KK-1\",\"bestBefore\":\"2027-01-01\","
                + "\"shelfLifeDays\":60}",
            "$.halal",
            "catalog.halal.conflict"),
        Arguments.of(
            Material.class, flour.replace("KILOGRAM", "KG"), "$.unit", "json.unknown-constant"),
        Arguments.of(
            Partner.class,
            "{\"code\":\"TOKO\",\"name\":\"Toko\",\"roles\":[]}",
            "$.roles",
            "value.required"),
        Arguments.of(
            MaterialPrice.class,
            "{\"material\":"
                + flour
                + ",\"partner\":"
                + buyer
                + ",\"price\":13500,\"effectiveFrom\":\"2026-01-01\"}",
            "$.partner",
            "catalog.price.partner-not-supplier"),
        Arguments.of(
            MaterialPrice.class,
            "{\"material\":"
                + flour
                + ",\"partner\":"
                + supplier
                + ",\"price\":13500,\"effectiveFrom\":\"2026-06-01\",\"effectiveUntil\":\"2026-01-01\"}",
            "$.effectiveUntil",
            "value.date-order"),
        Arguments.of(
            MaterialPrices.class,
            "{\"prices\":[{\"material\":"
                + flour
                + ",\"partner\":"
                + supplier
                + ",\"price\":13500,\"effectiveFrom\":\"2026-01-01\"},{\"material\":"
                + flour
                + ",\"partner\":"
                + supplier
                + ",\"price\":14000,\"effectiveFrom\":\"2026-03-01\"}]}",
            "$.prices",
            "catalog.price.overlap"),
        Arguments.of(
            BillOfMaterials.class,
            "{\"product\":\"KUE-KERING-500G\",\"batchSize\":20,\"materials\":[],"
                + "\"subAssemblies\":[{\"sku\":\"KUE-KERING-500G\",\"units\":1}]}",
            "$.subAssemblies",
            "catalog.bom.cycle"),
        Arguments.of(
            BillOfMaterials.class,
            "{\"product\":\"KUE-KERING-500G\",\"batchSize\":20,\"materials\":[{\"material\":"
                + flour
                + ",\"quantity\":\"5 l\"}],\"subAssemblies\":[]}",
            "$.materials[0].quantity",
            "catalog.quantity.unit-mismatch"),
        Arguments.of(
            BillOfMaterials.class,
            "{\"product\":\"KUE-KERING-500G\",\"batchSize\":0,\"materials\":[{\"material\":"
                + flour
                + ",\"quantity\":\"5 kg\"}],\"subAssemblies\":[]}",
            "$.batchSize",
            "value.out-of-range"),
        // a material cost read back must add up and each line must be one its quantity and price
        // can give; whether the prices are those in force is the caller's check
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"total\":114625", "\"total\":114626"),
            "$.total",
            "json.total-mismatch"),
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"perUnit\":16375", "\"perUnit\":16374"),
            "$.perUnit",
            "json.total-mismatch"),
        // 875 g at Rp95/g cost Rp83.030 to Rp83.125, not Rp90.000
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"cost\":83125", "\"cost\":90000"),
            "$.lines[1].cost",
            "catalog.cost.line"),
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"2334 g\"", "\"3 kg\""),
            "$.lines[0].quantity",
            "catalog.cost.quantity-unit"),
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"code\":\"MENTEGA\"", "\"code\":\"TEPUNG-TERIGU\""),
            "$.lines[1].material",
            "value.duplicate"),
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"date\":\"2026-03-02\"", "\"date\":\"2026-07-01\""),
            "$.lines[0].price",
            "catalog.cost.price-not-effective"),
        Arguments.of(
            MaterialCost.class,
            cost.replace("\"units\":7", "\"units\":0"),
            "$.units",
            "value.out-of-range"),
        Arguments.of(
            MaterialCost.class,
            cost.replaceFirst("\"lines\":\\[.*\\],\"total\"", "\"lines\":[],\"total\""),
            "$.lines",
            "value.required"));
  }
}
