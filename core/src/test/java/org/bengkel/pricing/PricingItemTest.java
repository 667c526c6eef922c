package org.bengkel.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bengkel.pricing.PricingFixtures.JAN_1;
import static org.bengkel.pricing.PricingFixtures.KUE;
import static org.bengkel.pricing.PricingFixtures.TODAY;
import static org.bengkel.pricing.PricingFixtures.assertRefused;
import static org.bengkel.pricing.PricingFixtures.list;
import static org.bengkel.pricing.PricingFixtures.rp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.Messages;
import org.bengkel.facility.FacilityCode;
import org.bengkel.money.Rate;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.api.Test;

/** A pricing item is made from the catalogue, so its category and unit are the product's. */
class PricingItemTest {

  static final ProgrammeCode BAKERY = ProgrammeCode.of("BOGA-DASAR");
  static final Product NASTAR =
      Product.builder()
          .sku(KUE)
          .name("Kue kering nastar, toples 500 g")
          .category(ProductCategory.COOKIES)
          .unit(Unit.JAR)
          .programme(BAKERY)
          .shelfLifeDays(60)
          .netContent("500 g")
          .addIngredients("tepung terigu", "mentega", "selai nanas")
          .build();
  static final Product KURSI =
      Product.of(
          Sku.of("KURSI-TERAS"),
          "Kursi teras jati",
          ProductCategory.FURNITURE,
          Unit.SET,
          ProgrammeCode.of("MEUBEL"));
  static final Service WASH =
      Service.builder()
          .sku(Sku.of("CUCI-KENDARAAN"))
          .name("Cuci kendaraan")
          .programme(ProgrammeCode.of("CUCI"))
          .putPricePerJob(VehicleClass.CAR, rp(35_000))
          .build();

  @Test
  void anItemOfAProductCarriesTheProductsTypedCategoryUnitAndName() {
    PricingItem item = PricingItem.of(NASTAR, 12, rp(22_588));
    assertThat(item.sku()).isEqualTo(KUE);
    assertThat(item.description()).isEqualTo("Kue kering nastar, toples 500 g");
    assertThat(item.category()).contains(ProductCategory.COOKIES);
    assertThat(item.unit()).contains(Unit.JAR);
    assertThat(item.vehicleClass()).isEmpty();
    assertThat(item.tariff()).isEmpty();
    assertThat(item.cost()).contains(rp(22_588));
    assertThat(item.isService()).isFalse();
  }

  @Test
  void aCategoryRuleMatchesTheProductsCategoryAndNoOther() {
    PriceBook book =
        PriceBook.of(
            list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(KUE, rp(92_500))
                .putListPrice(KURSI.sku(), rp(1_200_000))
                .addRule(
                    PriceRule.forCategory("KUE-10", ProductCategory.COOKIES)
                        .discount(Rate.percent(10))
                        .build())
                .build());
    assertThat(book.price(Channel.GALLERY, TODAY, PricingItem.of(NASTAR, 1)).unitPrice())
        .isEqualTo(rp(83_250));
    assertThat(book.price(Channel.GALLERY, TODAY, PricingItem.of(KURSI, 1)).ruleId()).isEmpty();
  }

  @Test
  void aCategoryRuleMatchesByTheCategoryCode() {
    ProductCategory batik = ProductCategory.custom("BATIK", "Batik tulis", false, false);
    ProductCategory sameCode = ProductCategory.custom("BATIK", "Batik", false, false);
    Product kain = Product.of(Sku.of("KAIN-BATIK"), "Kain batik", batik, Unit.PIECE, BAKERY);
    PriceList gallery =
        list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
            .putListPrice(kain.sku(), rp(100_000))
            .addRule(PriceRule.forCategory("BATIK-5", sameCode).discount(Rate.percent(5)).build())
            .build();
    assertThat(gallery.ruleFor(PricingItem.of(kain, 1), TODAY).map(PriceRule::id))
        .contains("BATIK-5");
  }

  @Test
  void aServiceJobStartsFromTheTariffOfItsVehicleClassAndNoCategoryRuleApplies() {
    PricingItem job = PricingItem.of(WASH, VehicleClass.CAR, 1);
    assertThat(job.isService()).isTrue();
    assertThat(job.category()).isEmpty();
    assertThat(job.unit()).isEmpty();
    assertThat(job.tariff()).contains(rp(35_000));
    PriceBook book =
        PriceBook.of(
            list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .addRule(
                    PriceRule.forCategory("KUE-10", ProductCategory.COOKIES)
                        .discount(Rate.percent(10))
                        .build())
                .build());
    QuotedLine line = book.price(Channel.GALLERY, TODAY, job);
    assertThat(line.unitPrice()).isEqualTo(rp(35_000));
    assertThat(line.ruleId()).isEmpty();
    assertThat(line.steps().get(0).code()).isEqualTo(StepCode.BASE_TARIFF);
    assertThat(line.steps().get(0).params())
        .containsExactly(
            entry("sku", "CUCI-KENDARAAN"),
            entry("vehicleClass", "CAR"),
            entry("tariff", "Rp35.000"));
    assertThat(line.steps().get(0).message(Locale.ROOT))
        .isEqualTo("base: tariff of CUCI-KENDARAAN for a car, Rp35.000");
    assertThat(line.steps().get(0).message(Messages.INDONESIAN))
        .isEqualTo("harga dasar: tarif CUCI-KENDARAAN untuk mobil, Rp35.000");
  }

  @Test
  void aListPriceForTheServiceWinsOverItsTariff() {
    PriceBook book =
        PriceBook.of(
            list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putListPrice(WASH.sku(), rp(30_000))
                .build());
    assertThat(
            book.price(Channel.GALLERY, JAN_1, PricingItem.of(WASH, VehicleClass.CAR, 2))
                .lineTotal())
        .isEqualTo(rp(60_000));
  }

  @Test
  void aServiceClassWithoutTariffIsRefused() {
    assertRefused(
        () -> PricingItem.of(WASH, VehicleClass.MOTORCYCLE, 1),
        "pricing.item.no-tariff",
        "vehicleClass");
  }

  @Test
  void anItemIsEitherGoodsOrAServiceJob() {
    PricingItem goods = PricingItem.of(NASTAR, 1);
    PricingItem job = PricingItem.of(WASH, VehicleClass.CAR, 1);
    assertRefused(
        () -> PricingItem.builder().from(goods).vehicleClass(VehicleClass.CAR).build(),
        "pricing.item.kind",
        "category");
    assertRefused(
        () -> PricingItem.builder().from(goods).tariff(rp(1)).build(),
        "pricing.item.kind",
        "tariff");
    assertRefused(
        () -> PricingItem.builder().from(job).unit(Unit.PIECE).build(),
        "pricing.item.kind",
        "unit");
    assertRefused(
        () -> PricingItem.builder().sku(KUE).description("Kue").unit(Unit.JAR).quantity(1).build(),
        "pricing.item.kind",
        "category");
    assertRefused(
        () ->
            PricingItem.builder()
                .sku(KUE)
                .description("Kue")
                .category(ProductCategory.COOKIES)
                .quantity(1)
                .build(),
        "pricing.item.kind",
        "unit");
    assertRefused(
        () ->
            PricingItem.builder()
                .sku(KUE)
                .description("Cuci")
                .vehicleClass(VehicleClass.CAR)
                .quantity(1)
                .build(),
        "pricing.item.kind",
        "tariff");
    assertRefused(() -> PricingItem.of(NASTAR, 0), "value.out-of-range", "quantity");
  }

  @Test
  void quotingKeepsTheItemsInOrder() {
    PriceBook book =
        PriceBook.of(
            list("GAL", Channel.GALLERY, PriceBasis.LIST_PRICE)
                .putAllListPrices(Map.of(KUE, rp(92_500)))
                .build());
    Quote quote =
        book.quote(
            Channel.GALLERY,
            TODAY,
            List.of(PricingItem.of(NASTAR, 2), PricingItem.of(WASH, VehicleClass.CAR, 1)),
            TaxPolicy.of(FacilityCode.of("LAPAS-X"), TaxStatus.NON_PKP, PriceInclusion.INCLUSIVE));
    assertThat(quote.subtotal()).isEqualTo(rp(220_000));
  }
}
