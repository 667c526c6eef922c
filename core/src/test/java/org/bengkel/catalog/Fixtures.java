package org.bengkel.catalog;

import java.time.LocalDate;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rupiah;
import org.bengkel.programme.ProgrammeCode;

/**
 * Hand-built test data for the catalogue: the Pamekasan workshop's products and materials. Public
 * so that the production tests use the same materials, bills and prices instead of a copy.
 */
public final class Fixtures {

  public static final ProgrammeCode KULINER = ProgrammeCode.of("KULINER-2026");
  public static final ProgrammeCode KAYU = ProgrammeCode.of("KERAJINAN-KAYU-2026");
  public static final ProgrammeCode CUCI = ProgrammeCode.of("CUCI-KENDARAAN-2026");

  public static final Sku KUE_KERING = Sku.of("KUE-KERING-500G");
  public static final Sku AREK_LANCOR = Sku.of("MINIATUR-AREK-LANCOR");
  public static final Sku KURSI = Sku.of("KURSI-TERAS");
  public static final Sku KAKI = Sku.of("KAKI-KURSI");

  public static final PirtNumber PIRT_2026 = PirtNumber.of("2123456780126-26");
  public static final HalalCertificate HALAL =
      HalalCertificate.of("ID35110000123450821", LocalDate.of(2026, 3, 1));

  public static final Partner SUMBER_REJEKI =
      Partner.of("UD-SUMBER-REJEKI", "UD Sumber Rejeki", PartnerRole.SUPPLIER);
  public static final Partner TOKO_MADURA =
      Partner.of("TOKO-MADURA", "Toko Madura Jaya", PartnerRole.SUPPLIER, PartnerRole.RESELLER);

  public static final Material TEPUNG =
      Material.of("TEPUNG-TERIGU", "Tepung terigu", MeasureUnit.KILOGRAM);
  public static final Material MENTEGA = Material.of("MENTEGA", "Mentega", MeasureUnit.KILOGRAM);
  public static final Material GULA = Material.of("GULA-HALUS", "Gula halus", MeasureUnit.KILOGRAM);
  public static final Material TOPLES =
      Material.of("TOPLES-500G", "Toples plastik 500 g", MeasureUnit.PIECE);
  public static final Material KAYU_BALOK =
      Material.of("KAYU-MAHONI", "Balok kayu mahoni", MeasureUnit.PIECE);
  public static final Material CAT_EMAS = Material.of("CAT-EMAS", "Cat emas", MeasureUnit.LITRE);
  public static final Material PERNIS = Material.of("PERNIS", "Pernis kayu", MeasureUnit.LITRE);
  public static final Material AMPLAS = Material.of("AMPLAS", "Amplas", MeasureUnit.SHEET);
  public static final Material KAYU_JATI =
      Material.of("KAYU-JATI", "Papan kayu jati", MeasureUnit.PIECE);

  public static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private Fixtures() {}

  public static Product kueKering() {
    return Product.builder()
        .sku(KUE_KERING)
        .name("Kue kering nastar 500 g")
        .category(ProductCategory.COOKIES)
        .unit(Unit.JAR)
        .programme(KULINER)
        .shelfLifeDays(60)
        .netContent("500 g")
        .addIngredients("tepung terigu", "mentega", "gula halus", "selai nanas")
        .foodSafety(FoodSafety.of(PIRT_2026, HALAL))
        .build();
  }

  public static Product arekLancor() {
    return Product.of(
        AREK_LANCOR,
        "Miniatur Monumen Arek Lancor",
        ProductCategory.WOOD_MINIATURE,
        Unit.PIECE,
        KAYU);
  }

  public static Product food(ProductCategory category, FoodSafety safety) {
    return Product.builder()
        .sku(Sku.of("PANGAN-UJI"))
        .name("Pangan uji")
        .category(category)
        .unit(Unit.PACK)
        .programme(KULINER)
        .shelfLifeDays(30)
        .netContent("150 g")
        .addIngredients("singkong")
        .foodSafety(safety)
        .build();
  }

  /** 20 jars: 5 kg flour, 3 kg butter, 2 kg sugar, 20 jars. */
  public static BillOfMaterials kueKeringBom() {
    return BillOfMaterials.builder()
        .product(KUE_KERING)
        .batchSize(20)
        .addMaterial(TEPUNG, Quantity.of(5, MeasureUnit.KILOGRAM))
        .addMaterial(MENTEGA, Quantity.of(3000, MeasureUnit.GRAM))
        .addMaterial(GULA, Quantity.of(2000, MeasureUnit.GRAM))
        .addMaterial(TOPLES, Quantity.of(20, MeasureUnit.PIECE))
        .build();
  }

  /** 10 miniatures: 5 wood blocks, 500 ml gold paint, 750 ml varnish, 20 sheets of sandpaper. */
  public static BillOfMaterials arekLancorBom() {
    return BillOfMaterials.builder()
        .product(AREK_LANCOR)
        .batchSize(10)
        .addMaterial(KAYU_BALOK, Quantity.of(5, MeasureUnit.PIECE))
        .addMaterial(CAT_EMAS, Quantity.of(500, MeasureUnit.MILLILITRE))
        .addMaterial(PERNIS, Quantity.of(750, MeasureUnit.MILLILITRE))
        .addMaterial(AMPLAS, Quantity.of(20, MeasureUnit.SHEET))
        .build();
  }

  /** Open-ended prices from 1 January 2026, all from UD Sumber Rejeki. */
  public static MaterialPrices prices() {
    return MaterialPrices.of(
        java.util.List.of(
            price(TEPUNG, 12_000),
            price(MENTEGA, 80_000),
            price(GULA, 16_000),
            price(TOPLES, 3_500),
            price(KAYU_BALOK, 40_000),
            price(CAT_EMAS, 120_000),
            price(PERNIS, 90_000),
            price(AMPLAS, 2_000),
            price(KAYU_JATI, 150_000)));
  }

  public static MaterialPrice price(Material material, long rupiah) {
    return MaterialPrice.of(material, SUMBER_REJEKI, Rupiah.of(rupiah), JAN_1);
  }
}
