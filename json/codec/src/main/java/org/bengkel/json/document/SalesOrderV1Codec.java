package org.bengkel.json.document;

import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.facility.Facility;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.Paths;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.schema.JsonSchema;
import java.math.RoundingMode;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.sales.SalesOrder;

/**
 * Version 1 of the {@code sales-order} document, read only: {@code {"order","quote"}} whose quoted
 * items were {@code {"sku","category","unit","quantity","cost"}} with the category code and the
 * unit as free strings. Reading upgrades each item to the typed form: the category is the
 * predefined one of that code (any other code becomes a custom non-food category of that code),
 * the unit the catalogue {@link Unit} whose constant name or Indonesian term
 * ({@code toples}, {@code buah}) it is, ignoring case (anything else is refused with
 * {@code json.unknown-constant}), and the description the SKU. The quote's tax was
 * {@code {"status","inclusion","quoted","taxBase","ppn"}}: {@code taxBase} was the price without
 * PPN and is read as {@code priceExcludingTax}, and the DPP nilai lain, which version 1 did not
 * hold, is computed as PMK 131/2024 sets it, 11/12 of that price rounded half up (zero for a
 * seller that is not a PKP).
 */
final class SalesOrderV1Codec implements Codec<SalesOrderV1Codec.SalesOrderV1> {

  private static final Codec<TaxStatus> TAX_STATUS = Codec.ofEnum(TaxStatus.class);
  private static final Codec<PriceInclusion> PRICE_INCLUSION = Codec.ofEnum(PriceInclusion.class);

  /** The version 1 payload. */
  record SalesOrderV1(SalesOrder order, Quote quote) {}

  @Override
  public Class<SalesOrderV1> type() {
    return SalesOrderV1.class;
  }

  @Override
  public void write(SalesOrderV1 value, JsonWriter out) {
    throw new UnsupportedOperationException("version 1 of sales-order is read only");
  }

  @Override
  public SalesOrderV1 read(JsonReader in) {
    SalesOrder order = null;
    Quote quote = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "order" -> order = in.read(SalesCodecs.SALES_ORDER);
        case "quote" -> quote = readQuote(in);
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    SalesOrder o = order;
    Quote q = quote;
    return in.build(() -> new SalesOrderV1(JsonReader.required(o, "order"), JsonReader.required(q, "quote")));
  }

  private static Quote readQuote(JsonReader in) {
    Quote.Builder b = Quote.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "channel" -> b.channel(in.read(PricingCodecs.CHANNEL));
        case "date" -> b.date(in.nextDate());
        case "lines" -> {
          List<QuotedLine> lines = new ArrayList<>();
          in.beginArray();
          while (in.hasNext()) {
            lines.add(readLine(in));
          }
          in.endArray();
          b.lines(lines);
        }
        case "tax" -> b.tax(readTax(in));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, Quote.Builder::build);
  }

  private static TaxBreakdown readTax(JsonReader in) {
    TaxBreakdown.Builder b = TaxBreakdown.builder();
    TaxStatus status = null;
    Rupiah price = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "status" -> {
          status = in.read(TAX_STATUS);
          b.status(status);
        }
        case "inclusion" -> b.inclusion(in.read(PRICE_INCLUSION));
        case "quoted" -> b.quoted(in.read(MoneyCodecs.RUPIAH));
        case "taxBase" -> {
          price = in.read(MoneyCodecs.RUPIAH);
          b.priceExcludingTax(price);
        }
        case "ppn" -> b.ppn(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    if (price != null) {
      b.otherTaxBase(status == TaxStatus.PKP
          ? price.times(Rate.of(11, 12), RoundingMode.HALF_UP)
          : Rupiah.ZERO);
    }
    return Paths.build(in, "", b, TaxBreakdown.Builder::build);
  }

  private static QuotedLine readLine(JsonReader in) {
    QuotedLine.Builder b = QuotedLine.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "item" -> b.item(readItem(in));
        case "listId" -> b.listId(in.nextString());
        case "ruleId" -> {
          if (!in.nextIfNull()) {
            b.ruleId(in.nextString());
          }
        }
        case "steps" -> b.steps(in.readList(PricingCodecs.PRICE_STEP));
        case "unitPrice" -> b.unitPrice(in.read(MoneyCodecs.RUPIAH));
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, QuotedLine.Builder::build);
  }

  private static PricingItem readItem(JsonReader in) {
    PricingItem.Builder b = PricingItem.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "sku" -> {
          Sku sku = in.read(CatalogCodecs.SKU);
          b.sku(sku).description(sku.value());
        }
        case "category" -> b.category(in.nextString(SalesOrderV1Codec::category));
        case "unit" -> {
          String text = in.nextString();
          b.unit(unit(text).orElseThrow(() -> in.error(JsonRule.UNKNOWN_CONSTANT, java.util.Arrays.toString(Unit.values()))));
        }
        case "quantity" -> b.quantity(in.nextLong());
        case "cost" -> {
          if (!in.nextIfNull()) {
            b.cost(in.read(MoneyCodecs.RUPIAH));
          }
        }
        default -> in.unknownProperty();
      }
    }
    in.endObject();
    return Paths.build(in, "", b, PricingItem.Builder::build);
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

  @Override
  public Optional<JsonSchema> schema() {
    JsonSchema item = JsonSchema.object(
            required("sku", ref(CatalogCodecs.SKU)),
            required("category", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
            required("unit", JsonSchema.string()),
            required("quantity", JsonSchema.integer(1, Long.MAX_VALUE)),
            optional("cost", ref(MoneyCodecs.RUPIAH)))
        .describedAs("An item to price, version 1: category and unit as strings");
    JsonSchema line = JsonSchema.object(
            required("item", item),
            required("listId", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
            optional("ruleId", JsonSchema.pattern(Facility.CODE_PATTERN, 40)),
            required("steps", JsonSchema.arrayOf(ref(PricingCodecs.PRICE_STEP))),
            required("unitPrice", ref(MoneyCodecs.RUPIAH)))
        .with("required", List.of("item", "listId", "unitPrice"));
    JsonSchema quote = JsonSchema.object(
            required("channel", ref(PricingCodecs.CHANNEL)),
            required("date", JsonSchema.date()),
            required("lines", JsonSchema.arrayOf(line)),
            required("tax", JsonSchema.object(
                required("status", ref(TAX_STATUS)),
                required("inclusion", ref(PRICE_INCLUSION)),
                required("quoted", ref(MoneyCodecs.RUPIAH)),
                required("taxBase", ref(MoneyCodecs.RUPIAH)),
                required("ppn", ref(MoneyCodecs.RUPIAH)))))
        .with("required", List.of("channel", "date", "tax"));
    return Optional.of(
        JsonSchema.object(required("order", ref(SalesCodecs.SALES_ORDER)), required("quote", quote))
            .describedAs("A sales order and its price quote, version 1"));
  }

}
