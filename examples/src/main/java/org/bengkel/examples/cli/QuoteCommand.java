package org.bengkel.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bengkel.error.Messages;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.JsonPath;
import org.bengkel.json.JsonRule;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.PriceStep;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.pricing.TaxStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bengkel quote ORDER.json --price-list LIST.json}: prices an order with a price book and
 * explains every step.
 */
@Command(
    name = "quote",
    mixinStandardHelpOptions = true,
    description = {
      "Prices an order with a price book (PriceBook JSON) and prints every step of every line"
          + " (rule, what it did, before -> after), the totals and PPN.",
      "ORDER.json is {\"channel\", \"date\", \"tax\"?, \"lines\": [{\"sku\", \"description\","
          + " \"category\", \"unit\", \"quantity\", \"cost\"?}]} (a service job: \"vehicleClass\","
          + " \"tariff\" instead of category and unit), or only the array of lines with --channel and"
          + " --date. Without a tax policy the seller is taken as not a PKP (no PPN)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:quote printed",
      "1:an input is invalid, or bengkel refused to price a line (no price list, no cost...)",
      "2:usage error",
      "3:a file cannot be read"
    })
final class QuoteCommand extends BaseCommand {

  private static final Set<String> ORDER = Set.of("channel", "date", "tax", "lines");

  @Parameters(
      index = "0",
      paramLabel = "ORDER.json",
      descriptionKey = "ORDER.json",
      description = "The order to price.")
  Path order;

  @Option(
      names = {"-p", "--price-list"},
      required = true,
      paramLabel = "LIST.json",
      description = "The price book (PriceBook JSON: {\"lists\": [...]}).")
  Path priceList;

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      description = "Channel (${COMPLETION-CANDIDATES}); overrides the order's.")
  Channel channel;

  @Option(
      names = "--date",
      paramLabel = "yyyy-MM-dd",
      description = "Pricing date; overrides the order's.")
  LocalDate date;

  @Option(
      names = "--tax",
      paramLabel = "TAX.json",
      description = "A tax policy (TaxPolicy JSON); overrides the order's.")
  Path tax;

  @Option(names = "--json", description = "Print the Quote as JSON instead of the table.")
  boolean json;

  /** The order as read: channel and date may be missing in the array form. */
  record Order(
      Optional<Channel> channel,
      Optional<LocalDate> date,
      Optional<TaxPolicy> tax,
      List<PricingItem> lines) {}

  @Override
  int run() {
    Order request = readOrder();
    PriceBook book = Inputs.document(priceList, PriceBook.class);
    Optional<TaxPolicy> taxOverride =
        tax == null ? Optional.empty() : Optional.of(Inputs.document(tax, TaxPolicy.class));
    Optional<Channel> ch = Optional.ofNullable(channel).or(request::channel);
    Optional<LocalDate> day = Optional.ofNullable(date).or(request::date);
    List<String> missing = new java.util.ArrayList<>();
    ch.ifPresentOrElse(c -> {}, () -> missing.add("--channel"));
    day.ifPresentOrElse(d -> {}, () -> missing.add("--date"));
    if (!missing.isEmpty()) {
      throw CliFailure.usage(
          order
              + " has no "
              + String.join(" and no ", missing.stream().map(m -> m.substring(2)).toList())
              + ": give "
              + Messages.quotedList(missing, Language.en.locale()),
          order
              + " tidak memuat "
              + String.join(" maupun ", missing.stream().map(QuoteCommand::indonesian).toList())
              + ": berikan "
              + Messages.quotedList(missing, Language.id.locale()));
    }
    TaxPolicy policy =
        taxOverride
            .or(request::tax)
            .orElseGet(
                () ->
                    TaxPolicy.of(
                        FacilityCode.of("ORDER"), TaxStatus.NON_PKP, PriceInclusion.EXCLUSIVE));
    Quote quote = book.quote(ch.orElseThrow(), day.orElseThrow(), request.lines(), policy);
    if (json) {
      out().println(PrettyJson.of(quote, "the quote"));
    } else {
      print(quote);
    }
    return ExitCode.OK;
  }

  private Order readOrder() {
    JsonNode root = Inputs.tree(order);
    try {
      return order(root);
    } catch (BengkelJsonException e) {
      throw new DocumentError(order, e);
    }
  }

  /** Reads the tool's order format from a JSON tree. */
  static Order order(JsonNode root) {
    if (root.isArray()) {
      return new Order(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Inputs.list(root, JsonPath.ROOT, PricingItem.class));
    }
    if (!root.isObject()) {
      throw BengkelJsonException.of(
          JsonRule.WRONG_TYPE, JsonPath.ROOT, "an object or an array", Inputs.describe(root));
    }
    String at = JsonPath.ROOT;
    Inputs.onlyProperties(root, at, ORDER);
    Channel ch =
        Inputs.part(
            Inputs.required(root, at, "channel"), JsonPath.property(at, "channel"), Channel.class);
    LocalDate day = Inputs.date(Inputs.required(root, at, "date"), JsonPath.property(at, "date"));
    Optional<TaxPolicy> taxPolicy =
        Inputs.optional(root, "tax")
            .map(t -> Inputs.part(t, JsonPath.property(at, "tax"), TaxPolicy.class));
    List<PricingItem> lines =
        Inputs.list(
            Inputs.required(root, at, "lines"), JsonPath.property(at, "lines"), PricingItem.class);
    return new Order(Optional.of(ch), Optional.of(day), taxPolicy, lines);
  }

  private void print(Quote quote) {
    PrintWriter out = out();
    out.println(
        lang.pick("Quote", "Penawaran harga")
            + ": "
            + lang.pick("channel ", "saluran ")
            + quote.channel().displayName(lang.locale())
            + ", "
            + lang.pick("date ", "tanggal ")
            + quote.date());
    int n = 0;
    for (QuotedLine line : quote.lines()) {
      n++;
      PricingItem item = line.item();
      out.println();
      out.println(
          lang.pick("Line ", "Baris ")
              + n
              + ": "
              + item.sku()
              + " ("
              + kind(item, lang)
              + "), "
              + item.quantity()
              + " "
              + unit(item, lang)
              + item.cost()
                  .map(c -> lang.pick(", cost ", ", biaya ") + c + "/" + unit(item, lang))
                  .orElse("")
              + lang.pick(" - list ", " - daftar ")
              + line.listId()
              + line.ruleId().map(r -> lang.pick(", rule ", ", aturan ") + r).orElse(""));
      TextTable steps =
          TextTable.of(
              ">#",
              lang.pick("rule", "aturan"),
              lang.pick("step", "langkah"),
              lang.pick(">before", ">sebelum"),
              lang.pick(">after", ">sesudah"),
              lang.pick("what it did", "keterangan"));
      int s = 0;
      for (PriceStep step : line.steps()) {
        steps.row(
            ++s,
            step.source(),
            step.kind().displayName(lang.locale()),
            step.before(),
            step.after(),
            step.message(lang.locale()));
      }
      steps.print(out, "  ");
      out.println(
          "  "
              + lang.pick("unit price ", "harga satuan ")
              + line.unitPrice()
              + " x "
              + line.quantity()
              + " = "
              + line.lineTotal());
    }
    out.println();
    out.println(lang.pick("Totals", "Jumlah"));
    TextTable lines =
        TextTable.of(
            ">#",
            "SKU",
            ">" + lang.pick("quantity", "jumlah"),
            lang.pick("unit", "satuan"),
            lang.pick(">unit price", ">harga satuan"),
            lang.pick(">line total", ">total baris"));
    n = 0;
    for (QuotedLine line : quote.lines()) {
      lines.row(
          ++n,
          line.item().sku(),
          line.quantity(),
          unit(line.item(), lang),
          line.unitPrice(),
          line.lineTotal());
    }
    lines.print(out, "  ");
    TaxBreakdown t = quote.tax();
    TextTable totals = TextTable.of(lang.pick("item", "pos"), ">" + lang.pick("amount", "nilai"));
    totals.row(lang.pick("subtotal (sum of lines)", "subtotal (jumlah baris)"), quote.subtotal());
    totals.row(
        lang.pick("tax status", "status pajak"),
        t.status().displayName(lang.locale())
            + (t.status() == TaxStatus.PKP ? ", " + t.inclusion().displayName(lang.locale()) : ""));
    totals.row(lang.pick("price without PPN", "harga jual (tanpa PPN)"), t.priceExcludingTax());
    if (t.status() == TaxStatus.PKP) {
      totals.row(lang.pick("tax base (DPP nilai lain)", "DPP nilai lain"), t.otherTaxBase());
    }
    totals.row("PPN", t.ppn());
    totals.row(lang.pick("payable", "harus dibayar"), t.payable());
    totals.print(out, "  ");
  }

  /** An option the order lacks, named in Indonesian. */
  private static String indonesian(String option) {
    return "--channel".equals(option) ? "saluran" : "tanggal";
  }

  /**
   * What a line is: the goods' category (its Indonesian name in Indonesian; in English its code, as
   * categories have no English name) or the service job's vehicle class by name.
   */
  private static String kind(PricingItem item, Language lang) {
    return item.category()
        .map(c -> lang.pick(c.code(), c.indonesianName()))
        .or(() -> item.vehicleClass().map(v -> v.displayName(lang.locale())))
        .orElse("");
  }

  /** The unit as buyers read it: the catalogue unit's name in the reader's language, or a job. */
  private static String unit(PricingItem item, Language lang) {
    return item.unit()
        .map(u -> u.displayName(lang.locale()))
        .orElseGet(() -> lang.pick("job", "pekerjaan"));
  }
}
