package org.bengkel.json.document;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonRule;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.SalesOrder;
import org.jspecify.annotations.Nullable;

/**
 * Version 1 of the {@code sales-order} document, read only: {@code {"order","quote"}} whose quoted
 * items were {@code {"sku","category","unit","quantity","cost"}} with the category code and the
 * unit as free strings. Reading upgrades each item to the typed form: the category is the
 * predefined one of that code (any other code becomes a custom non-food category of that code), the
 * unit the catalogue {@link Unit} whose constant name or Indonesian term ({@code toples}, {@code
 * buah}) it is, ignoring case (anything else is refused with {@code json.unknown-constant}), and
 * the description the SKU. The quote's tax was {@code
 * {"status","inclusion","quoted","taxBase","ppn"}}: {@code taxBase} was the price without PPN and
 * is read as {@code priceExcludingTax}, and the DPP nilai lain, which version 1 did not hold, is
 * computed as PMK 131/2024 sets it, 11/12 of that price rounded half up (zero for a seller that is
 * not a PKP).
 */
final class SalesOrderV1Codec {

  private static final Codec<TaxStatus> TAX_STATUS = Codec.ofEnum(TaxStatus.class);
  private static final Codec<PriceInclusion> PRICE_INCLUSION = Codec.ofEnum(PriceInclusion.class);

  /** The version 1 payload. */
  record SalesOrderV1(SalesOrder order, Quote quote) {}

  // the category code of version 1: a predefined category, or a custom non-food one of that code
  private static final Codec<ProductCategory> CATEGORY =
      Scalars.of(
          ProductCategory.class,
          Scalars.CODE_FORM,
          in -> in.nextString(SalesOrderV1Codec::category),
          (out, c) -> out.string(c.code()));

  // the unit of version 1: a constant name or Indonesian term, ignoring case
  private static final Codec<Unit> UNIT =
      Scalars.of(
          Unit.class,
          JsonSchema.string(),
          in -> {
            String text = in.nextString();
            return unit(text)
                .orElseThrow(
                    () -> in.unknown(JsonRule.UNKNOWN_CONSTANT, Arrays.asList(Unit.values())));
          },
          (out, u) -> out.string(u.name()));

  private static final Codec<PricingItem> ITEM =
      ObjectCodec.builder(PricingItem.class, PricingItem::builder, PricingItem.Builder::build)
          .required(
              "sku",
              CatalogCodecs.SKU,
              PricingItem::sku,
              (PricingItem.Builder b, Sku sku) -> b.sku(sku).description(sku.value()))
          .required(
              "category", CATEGORY, i -> i.category().orElseThrow(), PricingItem.Builder::category)
          .required("unit", UNIT, i -> i.unit().orElseThrow(), PricingItem.Builder::unit)
          .required(
              "quantity",
              Scalars.POSITIVE_COUNT,
              PricingItem::quantity,
              PricingItem.Builder::quantity)
          .optional("cost", MoneyCodecs.RUPIAH, PricingItem::cost, PricingItem.Builder::cost)
          .describedAs("An item to price, version 1: category and unit as strings")
          .build();

  private static final Codec<QuotedLine> LINE =
      ObjectCodec.builder(QuotedLine.class, QuotedLine::builder, QuotedLine.Builder::build)
          .required("item", ITEM, QuotedLine::item, QuotedLine.Builder::item)
          .inline()
          .required("listId", Scalars.CODE, QuotedLine::listId, QuotedLine.Builder::listId)
          .optional("ruleId", Scalars.CODE, QuotedLine::ruleId, QuotedLine.Builder::ruleId)
          .list("steps", PricingCodecs.PRICE_STEP, QuotedLine::steps, QuotedLine.Builder::steps)
          .required(
              "unitPrice", MoneyCodecs.RUPIAH, QuotedLine::unitPrice, QuotedLine.Builder::unitPrice)
          .build();

  // version 1's tax: taxBase was the price without PPN; the DPP nilai lain is computed from it
  private static final Codec<TaxBreakdown> TAX =
      ObjectCodec.builder(TaxBreakdown.class, TaxDraft::new, TaxDraft::build)
          .required(
              "status",
              TAX_STATUS,
              TaxBreakdown::status,
              (d, v) -> {
                d.b.status(v);
                d.status = v;
              })
          .required(
              "inclusion", PRICE_INCLUSION, TaxBreakdown::inclusion, (d, v) -> d.b.inclusion(v))
          .required("quoted", MoneyCodecs.RUPIAH, TaxBreakdown::quoted, (d, v) -> d.b.quoted(v))
          .required(
              "taxBase", MoneyCodecs.RUPIAH, TaxBreakdown::priceExcludingTax, (d, v) -> d.price = v)
          .required("ppn", MoneyCodecs.RUPIAH, TaxBreakdown::ppn, (d, v) -> d.b.ppn(v))
          .build();

  private static final Codec<Quote> QUOTE =
      ObjectCodec.builder(Quote.class, Quote::builder, Quote.Builder::build)
          .required("channel", PricingCodecs.CHANNEL, Quote::channel, Quote.Builder::channel)
          .required("date", Scalars.DATE, Quote::date, Quote.Builder::date)
          .list("lines", LINE, Quote::lines, Quote.Builder::lines)
          .inline()
          .required("tax", TAX, Quote::tax, Quote.Builder::tax)
          .inline()
          .build();

  /** The version 1 payload's codec; read only (writing is never asked of an older version). */
  static final Codec<SalesOrderV1> CODEC =
      ObjectCodec.of(
              SalesOrderV1.class,
              SalesOrderV1::new,
              Field.required("order", SalesCodecs.SALES_ORDER, SalesOrderV1::order),
              Field.required("quote", QUOTE, SalesOrderV1::quote).inline())
          .describedAs("A sales order and its price quote, version 1")
          .build();

  private SalesOrderV1Codec() {}

  /** What version 1's tax has read: the status and price decide the DPP nilai lain. */
  private static final class TaxDraft {
    final TaxBreakdown.Builder b = TaxBreakdown.builder();
    @Nullable TaxStatus status;
    @Nullable Rupiah price;

    TaxBreakdown build() {
      Rupiah p = price;
      if (p != null) {
        b.priceExcludingTax(p);
        // without a status the builder refuses the tax anyway (json.missing-property)
        b.otherTaxBase(
            status == TaxStatus.PKP ? p.times(Rate.of(11, 12), RoundingMode.HALF_UP) : Rupiah.ZERO);
      }
      return b.build();
    }
  }

  private static ProductCategory category(String code) {
    for (ProductCategory c : ProductCategory.predefined()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return ProductCategory.custom(code, code, false, false);
  }

  private static Optional<Unit> unit(String text) {
    for (Unit u : Unit.values()) {
      if (u.name().equalsIgnoreCase(text) || u.indonesian().equalsIgnoreCase(text)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
