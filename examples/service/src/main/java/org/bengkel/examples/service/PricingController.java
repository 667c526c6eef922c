package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.Channel;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.Quote;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxPolicy;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The price book (<i>buku harga</i>), the facility's tax policy (PPN) and quotes (<i>penawaran
 * harga</i>) priced with both. A quote is buyer-facing; bengkel's {@link Quote} has no field for a
 * trainee, so it is its own privacy view.
 */
@RestController
class PricingController {

  static final String PRICE_BOOK = "price-book";
  static final String TAX_POLICY = "tax-policy";

  private final Aggregates aggregates;

  PricingController(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  /**
   * What to price, in the command-line tool's order format (examples/samples/order.json) without
   * its tax policy (the facility's applies): the channel, the pricing date and the lines, each in
   * bengkel's PricingItem JSON.
   *
   * <p>No optional tax policy here: until the Jackson module reads an absent bengkel-typed property
   * of a caller's record as null (issue 16), such a property cannot be left out.
   *
   * @param channel the sales channel
   * @param date the pricing date
   * @param lines the items
   */
  record QuoteRequest(
      @NotNull Channel channel,
      @NotNull LocalDate date,
      @NotEmpty List<@Valid @NotNull PricingItem> lines) {}

  @PutMapping("/price-book")
  ResponseEntity<PriceBook> putPriceBook(
      @Valid @RequestBody PriceBook book,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        PRICE_BOOK, FacilityController.CURRENT, ifMatch, "PriceBookRecorded", actor, book);
  }

  @GetMapping("/price-book")
  ResponseEntity<PriceBook> getPriceBook() {
    return aggregates.get(PRICE_BOOK, FacilityController.CURRENT, PriceBook.class);
  }

  @PutMapping("/tax-policy")
  ResponseEntity<TaxPolicy> putTaxPolicy(
      @Valid @RequestBody TaxPolicy policy,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        TAX_POLICY, FacilityController.CURRENT, ifMatch, "TaxPolicyRecorded", actor, policy);
  }

  @GetMapping("/tax-policy")
  ResponseEntity<TaxPolicy> getTaxPolicy() {
    return aggregates.get(TAX_POLICY, FacilityController.CURRENT, TaxPolicy.class);
  }

  /**
   * The PPN of an invoice total under the facility's tax policy: {@code ?amount=1110000} gives the
   * price without PPN, the DPP nilai lain, the PPN and the amount payable.
   *
   * @param amount the invoice total in whole rupiah
   * @return the breakdown
   */
  @GetMapping("/tax-policy/breakdown")
  TaxBreakdown breakdown(@RequestParam long amount) {
    Rupiah total = BadInput.parse("query.amount", () -> Rupiah.of(amount));
    return taxPolicy().apply(total);
  }

  /**
   * Prices the lines with the price book and the tax policy; 422 with bengkel's rule code when a
   * line cannot be priced (no list in force, no list price, no cost).
   *
   * @param request what to price
   * @return the quote, every step explained
   */
  @PostMapping("/quotes")
  Quote quote(@Valid @RequestBody QuoteRequest request) {
    PriceBook book = aggregates.load(PRICE_BOOK, FacilityController.CURRENT, PriceBook.class);
    return book.quote(request.channel(), request.date(), request.lines(), taxPolicy());
  }

  private TaxPolicy taxPolicy() {
    return aggregates.load(TAX_POLICY, FacilityController.CURRENT, TaxPolicy.class);
  }
}
