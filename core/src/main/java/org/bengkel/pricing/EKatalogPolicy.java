package org.bengkel.pricing;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.immutables.value.Value;

/**
 * The rules an e-Katalog listing must meet (<i>ketentuan tayang e-Katalog LKPP</i>).
 *
 * <ul>
 *   <li><b>Price</b>: the listed price must not exceed the lowest price at which the same product
 *       is offered elsewhere for the same {@link org.bengkel.catalog.Unit unit} and zone (LKPP's
 *       e-Katalog rules on reasonable, comparable prices). Offers of another SKU or zone are not
 *       compared; with no comparable offer the rule passes and says so.
 *   <li><b>Unit</b>: an offer of the same product and zone in another unit (a box where the listing
 *       sells jars) cannot be compared, and is not silently left out: the check then has a failed
 *       finding {@link PricingRule#EKATALOG_UNIT} naming those offers, so the listing is refused
 *       until the offers are restated per the listing's unit or removed.
 *   <li><b>Local content</b>: the small-industry local-content share (<i>TKDN</i>) must be at least
 *       {@link #minimumLocalContent()}, default 25 %, in line with the preference for domestic
 *       products of Perpres 16/2018 as amended by Perpres 46/2025 on government procurement.
 * </ul>
 *
 * <p>Perpres 46/2025 also requires at least 40 % of government procurement to go to micro and small
 * producers; the listing's {@link ProducerScale} carries that label for reporting.
 *
 * <p>The check is a decision value ({@link EKatalogCheck}) with reasons, never an exception.
 *
 * <p>Immutable and thread-safe. Building an invalid policy throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class EKatalogPolicy {

  EKatalogPolicy() {}

  /**
   * The lowest accepted local content; default 25 %, at most 100 %.
   *
   * @return the share, never null
   */
  @NotNull
  @Value.Default
  public Rate minimumLocalContent() {
    return Rate.percent(25);
  }

  @Value.Check
  void check() {
    if (minimumLocalContent().isGreaterThanOne()) {
      throw InvalidValueException.of(
          PricingRule.RATE_ABOVE_WHOLE, "minimumLocalContent", minimumLocalContent());
    }
  }

  /**
   * Checks a listing against the rules and the prices offered elsewhere.
   *
   * @param listing the listing, not null
   * @param elsewhere prices offered elsewhere, of any products (those of the listing's SKU and zone
   *     are compared when in the listing's unit and reported when in another), not null
   * @return the decision: the price finding, the local-content finding and, only when an offer of
   *     the listing's SKU and zone is in another unit, a failed unit finding; never null
   * @throws org.bengkel.error.MissingValueException if {@code listing} or {@code elsewhere} is null
   */
  public EKatalogCheck check(EKatalogListing listing, List<OfferedPrice> elsewhere) {
    Checks.required(listing, "listing");
    Checks.required(elsewhere, "elsewhere");
    List<EKatalogFinding> findings = new ArrayList<>(3);
    OfferedPrice lowest = null;
    List<String> otherUnits = new ArrayList<>();
    for (OfferedPrice o : elsewhere) {
      if (!o.sku().equals(listing.sku()) || !o.zone().equals(listing.zone())) {
        continue;
      }
      if (o.unit() != listing.unit()) {
        otherUnits.add(o.source() + " per " + o.unit().indonesian());
      } else if (lowest == null || o.price().isLessThan(lowest.price())) {
        lowest = o;
      }
    }
    String unit = listing.unit().indonesian();
    if (lowest == null) {
      findings.add(
          EKatalogFinding.of(
              PricingRule.EKATALOG_OVER_PRICE, true, listing.sku(), unit, listing.zone()));
    } else {
      boolean ok = !listing.price().isGreaterThan(lowest.price());
      findings.add(
          EKatalogFinding.builder()
              .rule(PricingRule.EKATALOG_OVER_PRICE)
              .passed(ok)
              .addDetails(
                  EKatalogFinding.texts(
                      listing.price(),
                      lowest.price(),
                      lowest.source(),
                      listing.sku(),
                      unit,
                      listing.zone()))
              .comparedPrice(lowest.price())
              .comparedSource(lowest.source())
              .build());
    }
    boolean tkdn = listing.localContent().compareTo(minimumLocalContent()) >= 0;
    findings.add(
        EKatalogFinding.of(
            PricingRule.EKATALOG_LOCAL_CONTENT,
            tkdn,
            listing.localContent(),
            minimumLocalContent()));
    if (!otherUnits.isEmpty()) {
      findings.add(
          EKatalogFinding.of(
              PricingRule.EKATALOG_UNIT,
              false,
              listing.sku(),
              listing.zone(),
              unit,
              String.join(", ", otherUnits)));
    }
    return EKatalogCheck.builder().listing(listing).findings(findings).build();
  }

  /**
   * The policy with the default minimum local content of 25 %.
   *
   * @return the policy, never null
   */
  public static EKatalogPolicy standard() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EKatalogPolicy}; not thread-safe. */
  public static final class Builder extends ImmutableEKatalogPolicy.Builder {
    Builder() {}
  }
}
