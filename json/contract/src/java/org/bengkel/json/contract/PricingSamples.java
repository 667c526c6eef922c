package org.bengkel.json.contract;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
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
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.programme.ProgrammeCode;
import org.junit.jupiter.params.provider.Arguments;

/** The golden samples and invalid documents of pricing ({@code org.bengkel.pricing}). */
final class PricingSamples {

  private PricingSamples() {}

  static final Sku KUE_KERING = CatalogSamples.KUE_KERING;
  static final Sku KURSI = Sku.parse("KURSI-JATI");
  static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  static final PricingItem COOKIES_10 =
      PricingItem.of(CatalogSamples.COOKIES, 10, Rupiah.of(61_250));
  static final PricingItem CHAIR_1 = PricingItem.of(CatalogSamples.CHAIR, 1);
  static final Service CAR_WASH =
      Service.builder()
          .sku(Sku.parse("CUCI-MOBIL"))
          .name("Cuci mobil")
          .programme(ProgrammeCode.parse("CUCI-2026"))
          .putPricePerJob(VehicleClass.CAR, Rupiah.of(35_000))
          .build();
  static final PricingItem CAR_WASH_2 = PricingItem.of(CAR_WASH, VehicleClass.CAR, 2);

  /** Every option set except discount (markup and discount exclude each other). */
  static final PriceRule FULL_RULE =
      PriceRule.forCategory("KUE-GROSIR", ProductCategory.COOKIES)
          .minQuantity(10)
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .effectiveUntil(LocalDate.of(2026, 12, 31))
          .markup(Rate.percent(10))
          .rounding(RoundingStep.of(500, RoundingMode.HALF_UP))
          .surcharge(Rupiah.of(1_000))
          .minMargin(Rate.percent(25))
          .maxMargin(Rate.of(3, 2))
          .floor(Rupiah.of(80_000))
          .build();

  static final PriceRule DISCOUNT_RULE =
      PriceRule.forProduct("KURSI-PROMO", KURSI).discount(Rate.of(1, 8)).build();

  static final PriceList GALLERY =
      PriceList.builder()
          .id("GALERI-2026")
          .channel(Channel.GALLERY)
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .effectiveUntil(LocalDate.of(2026, 12, 31))
          .basis(PriceBasis.LIST_PRICE)
          .putListPrice(KUE_KERING, Rupiah.of(92_500))
          .putListPrice(KURSI, Rupiah.of(1_200_000))
          .addRules(FULL_RULE, DISCOUNT_RULE)
          .build();

  static final PriceList E_KATALOG =
      PriceList.builder()
          .id("E-KATALOG-2026")
          .channel(Channel.E_KATALOG)
          .effectiveFrom(LocalDate.of(2026, 1, 1))
          .basis(PriceBasis.CHANNEL)
          .baseChannel(Channel.GALLERY)
          .addRules(PriceRule.forAll("E-KATALOG-DISKON").discount(Rate.percent(5)).build())
          .build();

  static final PriceBook BOOK = PriceBook.of(GALLERY, E_KATALOG);

  static final TaxPolicy PKP_INCLUSIVE =
      TaxPolicy.of(FacilityCode.of("LAPAS-PAMEKASAN"), TaxStatus.PKP, PriceInclusion.INCLUSIVE);

  static final Quote QUOTE =
      BOOK.quote(Channel.E_KATALOG, DAY, List.of(COOKIES_10, CHAIR_1), PKP_INCLUSIVE);

  static final EKatalogListing LISTING =
      EKatalogListing.builder()
          .sku(KUE_KERING)
          .unit(Unit.JAR)
          .zone("JATIM")
          .price(Rupiah.of(92_500))
          .minimumOrder(10)
          .localContent(Rate.percent(40))
          .producerScale(ProducerScale.SMALL)
          .build();

  static final OfferedPrice ELSEWHERE =
      OfferedPrice.of(
          "Toko daring \"Oleh-oleh Madura\"", KUE_KERING, Unit.JAR, "JATIM", Rupiah.of(90_000));

  static List<Sample> samples() {
    return List.of(
        new Sample("pricing-item", PricingItem.class, COOKIES_10),
        new Sample("pricing-item-minimal", PricingItem.class, CHAIR_1),
        new Sample("pricing-item-service", PricingItem.class, CAR_WASH_2),
        new Sample("pricing-rule", PriceRule.class, FULL_RULE),
        new Sample("pricing-rule-discount", PriceRule.class, DISCOUNT_RULE),
        new Sample("pricing-price-list", PriceList.class, GALLERY),
        new Sample("pricing-price-list-chained", PriceList.class, E_KATALOG),
        new Sample("pricing-price-book", PriceBook.class, BOOK),
        new Sample("pricing-tax-policy", TaxPolicy.class, PKP_INCLUSIVE),
        new Sample("pricing-tax-breakdown", TaxBreakdown.class, QUOTE.tax()),
        new Sample("pricing-price-step", PriceStep.class, QUOTE.lines().get(0).steps().get(1)),
        new Sample("pricing-quoted-line", QuotedLine.class, QUOTE.lines().get(1)),
        new Sample("pricing-quote", Quote.class, QUOTE),
        new Sample("pricing-e-katalog-listing", EKatalogListing.class, LISTING),
        new Sample("pricing-offered-price", OfferedPrice.class, ELSEWHERE),
        new Sample(
            "pricing-e-katalog-check",
            EKatalogCheck.class,
            EKatalogPolicy.standard().check(LISTING, List.of(ELSEWHERE))));
  }

  static Stream<Arguments> invalidDocuments() {
    String gallery =
        "{\"id\":\"GALERI\",\"channel\":\"GALLERY\",\"effectiveFrom\":\"2026-01-01\","
            + "\"basis\":\"LIST_PRICE\",\"listPrices\":{},\"rules\":[]}";
    String step =
        "{\"source\":\"GALERI\",\"kind\":\"BASE\",\"code\":\"pricing.step.base-cost\","
            + "\"params\":{\"cost\":\"Rp1.000\"},\"before\":1000,\"after\":1000}";
    String markup =
        "{\"source\":\"R\",\"kind\":\"MARKUP\",\"code\":\"pricing.step.markup\","
            + "\"params\":{\"rate\":\"10%\"},\"before\":1000,\"after\":1100}";
    String line =
        "{\"item\":{\"sku\":\"KURSI-JATI\",\"description\":\"Kursi\",\"category\":\"FURNITURE\","
            + "\"unit\":\"PIECE\",\"quantity\":2},\"listId\":\"GALERI\",\"steps\":["
            + step
            + "],\"unitPrice\":1000}";
    return Stream.of(
        // a rule either raises or lowers the price, never both
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"markup\":\"10%\",\"discount\":\"5%\"}",
            "$.discount",
            "pricing.rule.markup-and-discount"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"discount\":\"3/2\"}",
            "$.discount",
            "pricing.rate-above-whole"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"CATEGORY\"}",
            "$.category",
            "pricing.rule.scope"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"minMargin\":\"50%\",\"maxMargin\":\"10%\"}",
            "$.minMargin",
            "pricing.rule.margin-order"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"minQuantity\":0}",
            "$.minQuantity",
            "value.out-of-range"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"markup\":0.1}",
            "$.markup",
            "json.wrong-type"),
        Arguments.of(
            PriceRule.class,
            "{\"id\":\"R\",\"scope\":\"ALL\",\"kind\":null}",
            "$.kind",
            "json.unknown-property"),
        Arguments.of(PriceRule.class, "{\"id\":null,\"scope\":\"ALL\"}", "$.id", "json.null-value"),
        Arguments.of(
            PricingItem.class,
            "{\"sku\":\"KURSI-JATI\",\"description\":\"Kursi\",\"category\":\"FURNITURE\",\"unit\":\"PIECE\",\"quantity\":0}",
            "$.quantity",
            "value.out-of-range"),
        // the unit is the catalogue's: a unit as a seller wrote it is refused, never guessed
        Arguments.of(
            PricingItem.class,
            "{\"sku\":\"KURSI-JATI\",\"description\":\"Kursi\",\"category\":\"FURNITURE\",\"unit\":\"buah\",\"quantity\":1}",
            "$.unit",
            "json.unknown-constant"),
        // a category code that is not predefined needs the whole category object
        Arguments.of(
            PricingItem.class,
            "{\"sku\":\"KUE\",\"description\":\"Kue\",\"category\":\"FOOD\",\"unit\":\"JAR\",\"quantity\":1}",
            "$.category",
            "catalog.category.unknown"),
        // goods have a unit; a service job has a vehicle class and a tariff, not a category
        Arguments.of(
            PricingItem.class,
            "{\"sku\":\"KUE\",\"description\":\"Kue\",\"category\":\"COOKIES\",\"quantity\":1}",
            "$.unit",
            "pricing.item.kind"),
        Arguments.of(
            PricingItem.class,
            "{\"sku\":\"CUCI\",\"description\":\"Cuci\",\"category\":\"COOKIES\",\"vehicleClass\":\"CAR\","
                + "\"tariff\":35000,\"quantity\":1}",
            "$.category",
            "pricing.item.kind"),
        Arguments.of(
            PriceList.class,
            gallery.replace("\"LIST_PRICE\"", "\"CHANNEL\""),
            "$.baseChannel",
            "pricing.list.base-channel"),
        Arguments.of(
            PriceList.class,
            gallery.replace("{}", "{\"kursi\":5}"),
            "$.listPrices.kursi",
            "value.malformed"),
        Arguments.of(
            PriceBook.class,
            "{\"lists\":[" + gallery + "," + gallery.replace("GALERI\"", "GALERI-2\"") + "]}",
            "$.lists[1].from",
            "pricing.list.overlap"),
        Arguments.of(
            TaxPolicy.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"status\":\"PKP\",\"ppnRate\":\"112%\"}",
            "$.ppnRate",
            "pricing.rate-above-whole"),
        Arguments.of(
            TaxPolicy.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"status\":\"PKP\",\"rounding\":\"UNNECESSARY\"}",
            "$.rounding",
            "money.invalid-rounding-mode"),
        Arguments.of(
            TaxBreakdown.class,
            "{\"status\":\"NON_PKP\",\"inclusion\":\"INCLUSIVE\",\"quoted\":1100,\"priceExcludingTax\":1000,\"otherTaxBase\":0,\"ppn\":100}",
            "$.ppn",
            "pricing.quote.inconsistent"),
        // DPP nilai lain above the price without PPN: 11/12 x 1000 = 917, not 1001
        Arguments.of(
            TaxBreakdown.class,
            "{\"status\":\"PKP\",\"inclusion\":\"EXCLUSIVE\",\"quoted\":1000,\"priceExcludingTax\":1000,"
                + "\"otherTaxBase\":1001,\"ppn\":110}",
            "$.otherTaxBase",
            "pricing.quote.inconsistent"),
        Arguments.of(
            PriceStep.class,
            step.replace("\"after\":1000", "\"after\":900"),
            "$.after",
            "pricing.quote.inconsistent"),
        // a step is a code with exactly its parameters, each in its canonical text
        Arguments.of(
            PriceStep.class,
            markup.replace("pricing.step.markup", "pricing.step.tip"),
            "$.code",
            "value.malformed"),
        Arguments.of(
            PriceStep.class,
            markup.replace("\"rate\"", "\"percent\""),
            "$.params",
            "pricing.step.params"),
        Arguments.of(
            PriceStep.class,
            markup.replace("10%", "sepuluh persen"),
            "$.params.rate",
            "value.malformed"),
        Arguments.of(
            PriceStep.class,
            markup.replace(
                "\"code\":\"pricing.step.markup\"", "\"code\":\"pricing.step.discount\""),
            "$.code",
            "pricing.quote.inconsistent"),
        // prose (documents before steps had codes) or a code, not both
        Arguments.of(
            PriceStep.class,
            markup.replace("\"before\"", "\"description\":\"markup\",\"before\""),
            "$.description",
            "json.unknown-property"),
        Arguments.of(
            QuotedLine.class,
            line.replace("\"unitPrice\":1000", "\"unitPrice\":900"),
            "$.unitPrice",
            "pricing.quote.inconsistent"),
        // totals must equal the sum of the lines: 2 x 1000 = 2000, not 2500
        Arguments.of(
            Quote.class,
            "{\"channel\":\"GALLERY\",\"date\":\"2026-11-02\",\"lines\":["
                + line
                + "],\"tax\":"
                + "{\"status\":\"NON_PKP\",\"inclusion\":\"INCLUSIVE\",\"quoted\":2500,\"priceExcludingTax\":2500,\"otherTaxBase\":0,\"ppn\":0}}",
            "$.tax.quoted",
            "pricing.quote.inconsistent"),
        Arguments.of(
            Quote.class,
            "{\"channel\":\"GALLERY\",\"date\":\"2026-11-02\",\"lines\":[],\"tax\":"
                + "{\"status\":\"NON_PKP\",\"inclusion\":\"INCLUSIVE\",\"quoted\":0,\"priceExcludingTax\":0,\"otherTaxBase\":0,\"ppn\":0}}",
            "$.lines",
            "pricing.quote.inconsistent"),
        Arguments.of(
            EKatalogListing.class,
            "{\"sku\":\"KUE-KERING-500G\",\"unit\":\"JAR\",\"zone\":\"JATIM\",\"price\":92500,"
                + "\"minimumOrder\":10,\"localContent\":\"5/4\",\"producerScale\":\"SMALL\"}",
            "$.localContent",
            "pricing.rate-above-whole"),
        Arguments.of(
            OfferedPrice.class,
            "{\"source\":\" \",\"sku\":\"KUE-KERING-500G\",\"unit\":\"JAR\",\"zone\":\"JATIM\",\"price\":1}",
            "$.source",
            "value.blank"),
        // an offer "per Piece" is refused, not silently left out of the e-Katalog comparison
        Arguments.of(
            OfferedPrice.class,
            "{\"source\":\"Toko\",\"sku\":\"PERAHU-30CM\",\"unit\":\"Piece\",\"zone\":\"JATIM\",\"price\":1}",
            "$.unit",
            "json.unknown-constant"));
  }
}
