package org.bengkel.foodsafety;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalStatus;
import org.bengkel.catalog.Product;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The food-safety rules that decide whether a food product may be released or sold on a date
 * (<i>kebijakan keamanan pangan</i>).
 *
 * <p>On date D a food product is allowed when all of these hold:
 *
 * <ol>
 *   <li>it has a P-IRT number ({@link FoodSafetyRule#FOOD_SAFETY_PIRT_MISSING}), as small
 *       home-industry producers need (Peraturan BPOM 22/2018), whose licence is valid on D: not
 *       before its first valid day ({@link FoodSafetyRule#FOOD_SAFETY_PIRT_NOT_YET_VALID}) nor
 *       after its last ({@link FoodSafetyRule#FOOD_SAFETY_PIRT_EXPIRED}). The licence is valid at
 *       most five years from issue: with the issue date recorded, from that day through the earlier
 *       of the day before the fifth anniversary and 31 December of the number's expiry year;
 *       without it, 1 January five years before the expiry year through 31 December of the expiry
 *       year (see {@link FoodSafety#pirtFirstValidDay()} and {@link
 *       FoodSafety#pirtLastValidDay()});
 *   <li>its category is not high-risk ({@link FoodSafetyRule#FOOD_SAFETY_HIGH_RISK}): milk
 *       products, frozen meat or fish, low-acid canned food, baby food, alcohol and bottled water
 *       cannot be sold under P-IRT at all, whatever number they carry (they need a BPOM
 *       registration, which this library does not model);
 *   <li>from {@link #halalMandatoryFrom()} (17 October 2026 for micro and small producers, PP
 *       42/2024), unless declared non-halal: a halal certificate ({@link
 *       FoodSafetyRule#FOOD_SAFETY_HALAL_MISSING}) issued on or before D ({@link
 *       FoodSafetyRule#FOOD_SAFETY_HALAL_NOT_YET_ISSUED}) that still covers the product: not
 *       flagged for review by a change of composition or process on or before D ({@link
 *       FoodSafetyRule#FOOD_SAFETY_HALAL_REVIEW}; UU 33/2014 Art. 25(d), (e) and Art. 42(1) as
 *       amended by UU 6/2023, see {@link FoodSafety#halalStatusOn(LocalDate)}). Before that date a
 *       flagged product may be sold, but its label carries no halal certificate ({@link
 *       Label#forProduct}).
 * </ol>
 *
 * Goods that are not food are always allowed. Every failed condition is reported, not just the
 * first.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoodSafetyPolicy {

  /** The default first day of mandatory halal certification: 17 October 2026 (PP 42/2024). */
  public static final LocalDate HALAL_MANDATORY_FROM = LocalDate.of(2026, 10, 17);

  private static final FoodSafetyPolicy DEFAULTS = builder().build();

  FoodSafetyPolicy() {}

  /**
   * The first day on which halal certification is mandatory for food that is not declared
   * non-halal.
   *
   * @return the date, never null; {@link #HALAL_MANDATORY_FROM} by default
   */
  @NotNull
  @Value.Default
  public LocalDate halalMandatoryFrom() {
    return HALAL_MANDATORY_FROM;
  }

  /**
   * The policy with its defaults: P-IRT required for food under Peraturan BPOM 22/2018, halal
   * certification required from 17 October 2026 (PP 42/2024).
   *
   * @return the policy, never null
   */
  public static FoodSafetyPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy with another halal deadline.
   *
   * @param halalMandatoryFrom the first day halal certification is mandatory, not null
   * @return the policy, never null
   * @throws org.bengkel.error.InvalidValueException {@code value.required} if null
   */
  public static FoodSafetyPolicy of(LocalDate halalMandatoryFrom) {
    return builder().halalMandatoryFrom(halalMandatoryFrom).build();
  }

  /**
   * Whether halal certification is mandatory on a date (ignoring non-halal declarations).
   *
   * @param date the date, not null
   * @return true on and after {@link #halalMandatoryFrom()}
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isHalalMandatoryOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(halalMandatoryFrom());
  }

  /**
   * Decides whether a product may be released or sold on a date.
   *
   * @param product the product, not null
   * @param date the date (production date for release, sale date for a sale), not null
   * @return the decision with every reason against, never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public FoodSafetyDecision decide(Product product, LocalDate date) {
    Checks.required(product, "product");
    FoodSafetyDecision.Builder b = FoodSafetyDecision.builder().sku(product.sku()).date(date);
    if (!product.isFood()) {
      return b.build();
    }
    FoodSafety data = product.foodSafety().orElseGet(() -> FoodSafety.builder().build());
    Optional<LocalDate> first = data.pirtFirstValidDay();
    Optional<LocalDate> last = data.pirtLastValidDay();
    if (first.isEmpty() || last.isEmpty()) {
      b.putReason(FoodSafetyRule.FOOD_SAFETY_PIRT_MISSING, "");
    } else if (date.isBefore(first.get())) {
      b.putReason(FoodSafetyRule.FOOD_SAFETY_PIRT_NOT_YET_VALID, first.get().toString());
    } else if (date.isAfter(last.get())) {
      b.putReason(FoodSafetyRule.FOOD_SAFETY_PIRT_EXPIRED, last.get().toString());
    }
    if (product.category().isHighRisk()) {
      b.putReason(FoodSafetyRule.FOOD_SAFETY_HIGH_RISK, product.category().code());
    }
    if (isHalalMandatoryOn(date) && !data.declaredNonHalal()) {
      if (data.halal().isEmpty()) {
        b.putReason(FoodSafetyRule.FOOD_SAFETY_HALAL_MISSING, halalMandatoryFrom().toString());
      } else if (!data.halal().get().isValidOn(date)) {
        b.putReason(
            FoodSafetyRule.FOOD_SAFETY_HALAL_NOT_YET_ISSUED,
            data.halal().get().issued().toString());
      } else if (data.halalStatusOn(date) == HalalStatus.REVIEW_REQUIRED) {
        b.putReason(
            FoodSafetyRule.FOOD_SAFETY_HALAL_REVIEW,
            data.halalReviewSince().orElseThrow().toString());
      }
    }
    return b.build();
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableFoodSafetyPolicy.Builder {
    Builder() {}
  }
}
