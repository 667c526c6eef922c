package org.bengkel.json.codec.pricing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogFinding;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceBookEvent;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.PricingRule;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.RuleScope;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;

/**
 * The JSON form of the pricing types (<i>penetapan harga</i>): price rules, lists and books, tax
 * policies, quotes with their lines and steps, and the e-Katalog listing check. Amounts are JSON
 * integers, rates strings in {@code Rate}'s canonical form, dates ISO-8601, enumerations their
 * constant names. Every value is read through bengkel-core's public builders, so a quote whose tax
 * does not quote the sum of its lines is refused ({@code pricing.quote.inconsistent}).
 *
 * <p>Enumerations inside these objects are written as constant names; they have no codec of their
 * own in {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PricingCodecs {

  static final Codec<RuleScope> RULE_SCOPE = Codec.ofEnum(RuleScope.class);
  static final Codec<PriceBasis> PRICE_BASIS = Codec.ofEnum(PriceBasis.class);
  static final Codec<TaxStatus> TAX_STATUS = Codec.ofEnum(TaxStatus.class);
  static final Codec<PriceInclusion> PRICE_INCLUSION = Codec.ofEnum(PriceInclusion.class);
  static final Codec<StepKind> STEP_KIND = Codec.ofEnum(StepKind.class);
  static final Codec<ProducerScale> PRODUCER_SCALE = Codec.ofEnum(ProducerScale.class);
  static final Codec<PricingRule> PRICING_RULE = Codec.ofEnum(PricingRule.class);
  static final Codec<RoundingMode> ROUNDING_MODE = Codec.ofEnum(RoundingMode.class);

  /** {@link Channel}: the sales channel's constant name, {@code "E_KATALOG"}. */
  public static final Codec<Channel> CHANNEL = Codec.ofEnum(Channel.class);

  // a predefined category's code, or the whole custom category (CategoryRef)
  private static final Codec<ProductCategory> CATEGORY_REF =
      Scalars.of(
          ProductCategory.class,
          CategoryRef.schema(),
          CategoryRef::read,
          (out, c) -> CategoryRef.write(c, out));

  // a price list's prices: {"SKU": amount}, sorted by SKU
  private static final Codec<Map<Sku, Rupiah>> LIST_PRICES = listPrices();

  /**
   * {@link PricingItem}: {@code {"sku","description","category","unit","vehicleClass","tariff",
   * "quantity","cost"}}; goods have a category (a predefined category's code, or the category
   * object) and a unit (the catalogue's constant name, {@code "JAR"}), a service job a vehicle
   * class and a tariff; the cost optional.
   */
  public static final Codec<PricingItem> PRICING_ITEM =
      ObjectCodec.builder(PricingItem.class, PricingItem::builder, PricingItem.Builder::build)
          .required("sku", CatalogCodecs.SKU, PricingItem::sku, PricingItem.Builder::sku)
          .required(
              "description",
              Scalars.text(1, PricingItem.MAX_DESCRIPTION),
              PricingItem::description,
              PricingItem.Builder::description)
          .optional("category", CATEGORY_REF, PricingItem::category, PricingItem.Builder::category)
          .optional("unit", CatalogCodecs.UNIT, PricingItem::unit, PricingItem.Builder::unit)
          .optional(
              "vehicleClass",
              CatalogCodecs.VEHICLE_CLASS,
              PricingItem::vehicleClass,
              PricingItem.Builder::vehicleClass)
          .optional("tariff", MoneyCodecs.RUPIAH, PricingItem::tariff, PricingItem.Builder::tariff)
          .required(
              "quantity",
              Scalars.POSITIVE_COUNT,
              PricingItem::quantity,
              PricingItem.Builder::quantity)
          .optional("cost", MoneyCodecs.RUPIAH, PricingItem::cost, PricingItem.Builder::cost)
          .describedAs("An item to price (barang yang dihargai)")
          .build();

  /**
   * {@link PriceRule} (<i>aturan harga</i>): {@code {"id","scope","category","sku","minQuantity",
   * "effectiveFrom","effectiveUntil","markup","discount","rounding","surcharge","minMargin",
   * "maxMargin","floor"}}; {@code id}, {@code scope} required, {@code minQuantity} defaults to 1.
   */
  public static final Codec<PriceRule> PRICE_RULE =
      ObjectCodec.builder(PriceRule.class, PriceRule::builder, PriceRule.Builder::build)
          .required("id", Scalars.CODE, PriceRule::id, PriceRule.Builder::id)
          .required("scope", RULE_SCOPE, PriceRule::scope, PriceRule.Builder::scope)
          .optional("category", CATEGORY_REF, PriceRule::category, PriceRule.Builder::category)
          .optional("sku", CatalogCodecs.SKU, PriceRule::sku, PriceRule.Builder::sku)
          .defaulted(
              "minQuantity",
              Scalars.POSITIVE_COUNT,
              PriceRule::minQuantity,
              PriceRule.Builder::minQuantity)
          .optional(
              "effectiveFrom",
              Scalars.DATE,
              PriceRule::effectiveFrom,
              PriceRule.Builder::effectiveFrom)
          .optional(
              "effectiveUntil",
              Scalars.DATE,
              PriceRule::effectiveUntil,
              PriceRule.Builder::effectiveUntil)
          .optional("markup", MoneyCodecs.RATE, PriceRule::markup, PriceRule.Builder::markup)
          .optional("discount", MoneyCodecs.RATE, PriceRule::discount, PriceRule.Builder::discount)
          .optional(
              "rounding",
              MoneyCodecs.ROUNDING_STEP,
              PriceRule::rounding,
              PriceRule.Builder::rounding)
          .optional(
              "surcharge", MoneyCodecs.RUPIAH, PriceRule::surcharge, PriceRule.Builder::surcharge)
          .optional(
              "minMargin", MoneyCodecs.RATE, PriceRule::minMargin, PriceRule.Builder::minMargin)
          .optional(
              "maxMargin", MoneyCodecs.RATE, PriceRule::maxMargin, PriceRule.Builder::maxMargin)
          .optional("floor", MoneyCodecs.RUPIAH, PriceRule::floor, PriceRule.Builder::floor)
          .describedAs(
              "A pricing rule (aturan harga): markup, discount, rounding, surcharge, margins and floor")
          .build();

  /**
   * {@link PriceList} (<i>daftar harga</i>): {@code {"id","channel","effectiveFrom",
   * "effectiveUntil","basis","baseChannel","listPrices","rules"}}, the list prices an object from
   * SKU to amount.
   */
  public static final Codec<PriceList> PRICE_LIST =
      ObjectCodec.builder(PriceList.class, PriceList::builder, PriceList.Builder::build)
          .required("id", Scalars.CODE, PriceList::id, PriceList.Builder::id)
          .required("channel", CHANNEL, PriceList::channel, PriceList.Builder::channel)
          .required(
              "effectiveFrom",
              Scalars.DATE,
              PriceList::effectiveFrom,
              PriceList.Builder::effectiveFrom)
          .optional(
              "effectiveUntil",
              Scalars.DATE,
              PriceList::effectiveUntil,
              PriceList.Builder::effectiveUntil)
          .required("basis", PRICE_BASIS, PriceList::basis, PriceList.Builder::basis)
          .optional("baseChannel", CHANNEL, PriceList::baseChannel, PriceList.Builder::baseChannel)
          .defaulted(
              "listPrices", LIST_PRICES, PriceList::listPrices, PriceList.Builder::listPrices)
          .list("rules", PRICE_RULE, PriceList::rules, PriceList.Builder::rules)
          .describedAs("A sales price list of a channel (daftar harga)")
          .build();

  /**
   * {@link PriceBook} (price lists): {@code {"lists":[...],"version"}}, the version 0 when absent.
   */
  public static final Codec<PriceBook> PRICE_BOOK =
      ObjectCodec.builder(PriceBook.class, PriceBook::builder, PriceBook.Builder::build)
          .requiredList("lists", PRICE_LIST, PriceBook::lists, PriceBook.Builder::lists)
          .defaulted("version", Scalars.COUNT, PriceBook::version, PriceBook.Builder::version)
          .describedAs("The sales price lists (daftar harga jual) and the book's version")
          .build();

  /**
   * {@link TaxPolicy} (<i>kebijakan PPN</i>): {@code {"facilityCode","status","inclusion",
   * "taxBaseFraction","ppnRate","rounding"}}, the last four defaulting as in core when absent.
   */
  public static final Codec<TaxPolicy> TAX_POLICY =
      ObjectCodec.builder(TaxPolicy.class, TaxPolicy::builder, TaxPolicy.Builder::build)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              TaxPolicy::facilityCode,
              TaxPolicy.Builder::facilityCode)
          .inline()
          .required("status", TAX_STATUS, TaxPolicy::status, TaxPolicy.Builder::status)
          .defaulted(
              "inclusion", PRICE_INCLUSION, TaxPolicy::inclusion, TaxPolicy.Builder::inclusion)
          .defaulted(
              "taxBaseFraction",
              MoneyCodecs.RATE,
              TaxPolicy::taxBaseFraction,
              TaxPolicy.Builder::taxBaseFraction)
          .defaulted("ppnRate", MoneyCodecs.RATE, TaxPolicy::ppnRate, TaxPolicy.Builder::ppnRate)
          .defaulted("rounding", ROUNDING_MODE, TaxPolicy::rounding, TaxPolicy.Builder::rounding)
          .describedAs("The VAT policy of a facility (kebijakan PPN)")
          .build();

  /**
   * {@link TaxBreakdown}: {@code {"status","inclusion","quoted","priceExcludingTax","otherTaxBase",
   * "ppn"}}.
   */
  public static final Codec<TaxBreakdown> TAX_BREAKDOWN =
      ObjectCodec.builder(TaxBreakdown.class, TaxBreakdown::builder, TaxBreakdown.Builder::build)
          .required("status", TAX_STATUS, TaxBreakdown::status, TaxBreakdown.Builder::status)
          .required(
              "inclusion",
              PRICE_INCLUSION,
              TaxBreakdown::inclusion,
              TaxBreakdown.Builder::inclusion)
          .required(
              "quoted", MoneyCodecs.RUPIAH, TaxBreakdown::quoted, TaxBreakdown.Builder::quoted)
          .required(
              "priceExcludingTax",
              MoneyCodecs.RUPIAH,
              TaxBreakdown::priceExcludingTax,
              TaxBreakdown.Builder::priceExcludingTax)
          .required(
              "otherTaxBase",
              MoneyCodecs.RUPIAH,
              TaxBreakdown::otherTaxBase,
              TaxBreakdown.Builder::otherTaxBase)
          .required("ppn", MoneyCodecs.RUPIAH, TaxBreakdown::ppn, TaxBreakdown.Builder::ppn)
          .describedAs(
              "The VAT of a quote (rincian PPN): the price without PPN (harga jual), the DPP nilai"
                  + " lain PPN is levied on (PMK 131/2024) and the PPN")
          .build();

  /**
   * {@link PriceStep}: {@code {"source","kind","code","params","before","after"}}; a step written
   * before steps had codes holds {@code "description"} instead of {@code code} and {@code params}.
   */
  public static final Codec<PriceStep> PRICE_STEP = PriceStepCodec.CODEC;

  /** {@link QuotedLine}: {@code {"item","listId","ruleId","steps","unitPrice"}}. */
  public static final Codec<QuotedLine> QUOTED_LINE =
      ObjectCodec.builder(QuotedLine.class, QuotedLine::builder, QuotedLine.Builder::build)
          .required("item", PRICING_ITEM, QuotedLine::item, QuotedLine.Builder::item)
          .required("listId", Scalars.CODE, QuotedLine::listId, QuotedLine.Builder::listId)
          .optional("ruleId", Scalars.CODE, QuotedLine::ruleId, QuotedLine.Builder::ruleId)
          .list("steps", PRICE_STEP, QuotedLine::steps, QuotedLine.Builder::steps)
          .required(
              "unitPrice", MoneyCodecs.RUPIAH, QuotedLine::unitPrice, QuotedLine.Builder::unitPrice)
          .describedAs("A quoted line (baris penawaran) with the steps of its price")
          .build();

  /** {@link Quote} (<i>penawaran harga</i>): {@code {"channel","date","lines","tax"}}. */
  public static final Codec<Quote> QUOTE =
      ObjectCodec.builder(Quote.class, Quote::builder, Quote.Builder::build)
          .required("channel", CHANNEL, Quote::channel, Quote.Builder::channel)
          .required("date", Scalars.DATE, Quote::date, Quote.Builder::date)
          .list("lines", QUOTED_LINE, Quote::lines, Quote.Builder::lines)
          .required("tax", TAX_BREAKDOWN, Quote::tax, Quote.Builder::tax)
          .describedAs(
              "A price quote (penawaran harga); its totals and tax are checked by the reader")
          .build();

  /**
   * {@link EKatalogListing}: {@code {"sku","unit","zone","price","minimumOrder","localContent",
   * "producerScale"}}.
   */
  public static final Codec<EKatalogListing> E_KATALOG_LISTING =
      ObjectCodec.builder(
              EKatalogListing.class, EKatalogListing::builder, EKatalogListing.Builder::build)
          .required("sku", CatalogCodecs.SKU, EKatalogListing::sku, EKatalogListing.Builder::sku)
          .required(
              "unit", CatalogCodecs.UNIT, EKatalogListing::unit, EKatalogListing.Builder::unit)
          .required("zone", Scalars.CODE, EKatalogListing::zone, EKatalogListing.Builder::zone)
          .required(
              "price", MoneyCodecs.RUPIAH, EKatalogListing::price, EKatalogListing.Builder::price)
          .required(
              "minimumOrder",
              Scalars.POSITIVE_COUNT,
              EKatalogListing::minimumOrder,
              EKatalogListing.Builder::minimumOrder)
          .required(
              "localContent",
              MoneyCodecs.RATE,
              EKatalogListing::localContent,
              EKatalogListing.Builder::localContent)
          .required(
              "producerScale",
              PRODUCER_SCALE,
              EKatalogListing::producerScale,
              EKatalogListing.Builder::producerScale)
          .describedAs("A product listing on e-Katalog (tayang e-Katalog)")
          .build();

  /** {@link OfferedPrice}: {@code {"source","sku","unit","zone","price"}}. */
  public static final Codec<OfferedPrice> OFFERED_PRICE =
      ObjectCodec.builder(OfferedPrice.class, OfferedPrice::builder, OfferedPrice.Builder::build)
          .required("source", Scalars.TEXT, OfferedPrice::source, OfferedPrice.Builder::source)
          .required("sku", CatalogCodecs.SKU, OfferedPrice::sku, OfferedPrice.Builder::sku)
          .required("unit", CatalogCodecs.UNIT, OfferedPrice::unit, OfferedPrice.Builder::unit)
          .required("zone", Scalars.CODE, OfferedPrice::zone, OfferedPrice.Builder::zone)
          .required("price", MoneyCodecs.RUPIAH, OfferedPrice::price, OfferedPrice.Builder::price)
          .describedAs("A price offered elsewhere for comparison (harga pembanding)")
          .build();

  /**
   * {@link EKatalogCheck}: {@code {"listing","findings"}}, each finding {@code {"rule","passed",
   * "explanation","comparedPrice","comparedSource"}}, the rule its constant name.
   */
  public static final Codec<EKatalogCheck> E_KATALOG_CHECK =
      ObjectCodec.builder(EKatalogCheck.class, EKatalogCheck::builder, EKatalogCheck.Builder::build)
          .required(
              "listing", E_KATALOG_LISTING, EKatalogCheck::listing, EKatalogCheck.Builder::listing)
          .list(
              "findings",
              ObjectCodec.builder(
                      EKatalogFinding.class,
                      EKatalogFinding::builder,
                      EKatalogFinding.Builder::build)
                  .required(
                      "rule", PRICING_RULE, EKatalogFinding::rule, EKatalogFinding.Builder::rule)
                  .required(
                      "passed",
                      Scalars.BOOLEAN,
                      EKatalogFinding::passed,
                      EKatalogFinding.Builder::passed)
                  .required(
                      "explanation",
                      Scalars.TEXT,
                      EKatalogFinding::explanation,
                      EKatalogFinding.Builder::explanation)
                  .optional(
                      "comparedPrice",
                      MoneyCodecs.RUPIAH,
                      EKatalogFinding::comparedPrice,
                      EKatalogFinding.Builder::comparedPrice)
                  .optional(
                      "comparedSource",
                      Scalars.TEXT,
                      EKatalogFinding::comparedSource,
                      EKatalogFinding.Builder::comparedSource)
                  .build(),
              EKatalogCheck::findings,
              EKatalogCheck.Builder::findings)
          .inline()
          .describedAs(
              "The checks of an e-Katalog listing (pemeriksaan e-Katalog) with their findings")
          .build();

  private PricingCodecs() {}

  private static Codec<Map<Sku, Rupiah>> listPrices() {
    return Scalars.map(
        JsonSchema.of(
            JsonSchema.map(
                "type",
                "object",
                "propertyNames",
                Scalars.CODE_FORM,
                "additionalProperties",
                JsonSchema.ref(MoneyCodecs.RUPIAH))),
        Sku::parse,
        Sku::value,
        MoneyCodecs.RUPIAH,
        Comparator.naturalOrder());
  }

  /**
   * A price book's events ({@link PriceBookEvent}), each a document kind of its own ({@link
   * EventCodecs}): the list added or replaced, whole; a retired list's id and last day.
   */
  private static final List<Codec<? extends PriceBookEvent>> EVENTS =
      EventCodecs.family(
          PriceBookEvent.class,
          Map.of(PriceList.class, PRICE_LIST, LocalDate.class, Scalars.DATE),
          Map.of("listId", Scalars.CODE),
          Set.of());

  /**
   * The codecs of a price book's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends PriceBookEvent>> events() {
    return EVENTS;
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        CHANNEL,
        PRICING_ITEM,
        PRICE_RULE,
        PRICE_LIST,
        PRICE_BOOK,
        TAX_POLICY,
        TAX_BREAKDOWN,
        PRICE_STEP,
        QUOTED_LINE,
        QUOTE,
        E_KATALOG_LISTING,
        OFFERED_PRICE,
        E_KATALOG_CHECK);
  }
}
