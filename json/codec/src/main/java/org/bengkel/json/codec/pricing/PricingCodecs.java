package org.bengkel.json.codec.pricing;

import java.math.RoundingMode;
import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.EKatalogCheck;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.OfferedPrice;
import org.bengkel.pricing.PriceBasis;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceList;
import org.bengkel.pricing.PriceRule;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.PricingRule;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.RuleScope;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;

/**
 * The JSON form of the pricing types (<i>penetapan harga</i>): price rules, lists and books, tax
 * policies, quotes with their lines and steps, and the e-Katalog listing check. Amounts are JSON
 * integers, rates strings in {@code Rate}'s canonical form, dates ISO-8601, enumerations their
 * constant names. Every value is read through bengkel-core's public builders, so a quote whose
 * tax does not quote the sum of its lines is refused ({@code pricing.quote.inconsistent}).
 *
 * <p>Enumerations inside these objects are written as constant names; they have no codec of
 * their own in {@link #all()}.
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

  /**
   * {@link PricingItem}: {@code {"sku","description","category","unit","vehicleClass","tariff",
   * "quantity","cost"}}; goods have a category (a predefined category's code, or the category
   * object) and a unit (the catalogue's constant name, {@code "JAR"}), a service job a vehicle class
   * and a tariff; the cost optional.
   */
  public static final Codec<PricingItem> PRICING_ITEM = new PricingItemCodec();

  /**
   * {@link PriceRule} (<i>aturan harga</i>): {@code {"id","scope","category","sku","minQuantity",
   * "effectiveFrom","effectiveUntil","markup","discount","rounding","surcharge","minMargin",
   * "maxMargin","floor"}}; {@code id}, {@code scope} required, {@code minQuantity} defaults to 1.
   */
  public static final Codec<PriceRule> PRICE_RULE = new PriceRuleCodec();

  /**
   * {@link PriceList} (<i>daftar harga</i>): {@code {"id","channel","effectiveFrom",
   * "effectiveUntil","basis","baseChannel","listPrices","rules"}}, the list prices an object from
   * SKU to amount.
   */
  public static final Codec<PriceList> PRICE_LIST = new PriceListCodec();

  /** {@link PriceBook} (price lists): {@code {"lists":[...]}}. */
  public static final Codec<PriceBook> PRICE_BOOK =
      CodecSupport.oneList(
          PriceBook.class, "lists", PRICE_LIST, PriceBook::lists, PriceBook::of,
          "The sales price lists (daftar harga jual)");

  /**
   * {@link TaxPolicy} (<i>kebijakan PPN</i>): {@code {"facilityCode","status","inclusion",
   * "taxBaseFraction","ppnRate","rounding"}}, the last four defaulting as in core when absent.
   */
  public static final Codec<TaxPolicy> TAX_POLICY = new TaxPolicyCodec();

  /**
   * {@link TaxBreakdown}: {@code {"status","inclusion","quoted","priceExcludingTax","otherTaxBase",
   * "ppn"}}.
   */
  public static final Codec<TaxBreakdown> TAX_BREAKDOWN = new TaxBreakdownCodec();

  /** {@link PriceStep}: {@code {"source","kind","description","before","after"}}. */
  public static final Codec<PriceStep> PRICE_STEP = new PriceStepCodec();

  /** {@link QuotedLine}: {@code {"item","listId","ruleId","steps","unitPrice"}}. */
  public static final Codec<QuotedLine> QUOTED_LINE = new QuotedLineCodec();

  /** {@link Quote} (<i>penawaran harga</i>): {@code {"channel","date","lines","tax"}}. */
  public static final Codec<Quote> QUOTE = new QuoteCodec();

  /**
   * {@link EKatalogListing}: {@code {"sku","unit","zone","price","minimumOrder","localContent",
   * "producerScale"}}.
   */
  public static final Codec<EKatalogListing> E_KATALOG_LISTING = new EKatalogListingCodec();

  /** {@link OfferedPrice}: {@code {"source","sku","unit","zone","price"}}. */
  public static final Codec<OfferedPrice> OFFERED_PRICE = new OfferedPriceCodec();

  /**
   * {@link EKatalogCheck}: {@code {"listing","findings"}}, each finding {@code {"rule","passed",
   * "explanation","comparedPrice","comparedSource"}}, the rule its constant name.
   */
  public static final Codec<EKatalogCheck> E_KATALOG_CHECK = new EKatalogCheckCodec();

  private PricingCodecs() {}

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
