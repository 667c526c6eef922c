package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * The food-safety data of a food product (<i>data keamanan pangan</i>): its P-IRT number and the
 * issue date of its licence, its halal certificate, or a declaration that it is not halal.
 *
 * <p>The P-IRT licence (<i>SPP-IRT</i>) is valid at most five years from its issue date (Peraturan
 * BPOM 22/2018); the number's last two digits are its expiry year. With {@link #pirtIssued()}
 * recorded, the licence is valid from that day through the earlier of the day before the fifth
 * anniversary and 31 December of the expiry year ({@link PirtNumber#lastValidDay(LocalDate)}), and
 * an issue date whose year does not agree with the number is refused. Without it (data recorded
 * before the issue date was asked for), validity falls back to the number alone ({@link
 * PirtNumber#isValidOn(LocalDate)}: 1 January five years before the expiry year through 31 December
 * of the expiry year).
 *
 * <p>A halal certificate covers the composition and the process it was issued for: it stays valid
 * only while they are unchanged (UU 33/2014 on halal product assurance, Art. 42(1) as amended by UU
 * 6/2023), and a producer must report a change of composition or process to BPJPH and have the
 * certificate renewed (Art. 25(d) and (e); PP 42/2024). {@link #halalReviewSince()} records the
 * first day of such a change: from that day the product's {@link #halalStatusOn(LocalDate) halal
 * status} is {@link HalalStatus#REVIEW_REQUIRED} until {@link
 * #withHalalReverified(HalalCertificate)}. {@link Product#withIngredients(java.util.List,
 * LocalDate)} and {@link Product#withProcessChange(LocalDate)} set it. See the project's
 * docs/domain.md.
 *
 * <p>A product declared non-halal (<i>tidak halal</i>, for example one containing pork or alcohol)
 * is exempt from mandatory halal certification (PP 42/2024) and must then not carry a halal
 * certificate. Whether the data allow a product to be sold on a date is decided by {@link
 * org.bengkel.foodsafety.FoodSafetyPolicy}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoodSafety {

  FoodSafety() {}

  /**
   * The P-IRT number.
   *
   * @return the number, empty when the product has none
   */
  @NotNull
  public abstract Optional<PirtNumber> pirt();

  /**
   * The issue date of the P-IRT licence (<i>tanggal terbit SPP-IRT</i>).
   *
   * @return the date, empty when not recorded (validity then follows the number alone)
   */
  @NotNull
  public abstract Optional<LocalDate> pirtIssued();

  /**
   * The first day the P-IRT licence is valid: {@link #pirtIssued()} when recorded, else {@link
   * PirtNumber#firstValidDay()}.
   *
   * @return the date, empty when the product has no P-IRT number
   */
  public Optional<LocalDate> pirtFirstValidDay() {
    return pirt().map(p -> pirtIssued().orElseGet(p::firstValidDay));
  }

  /**
   * The last day the P-IRT licence is valid: {@link PirtNumber#lastValidDay(LocalDate)} of {@link
   * #pirtIssued()} when recorded, else {@link PirtNumber#lastValidDay()}.
   *
   * @return the date, empty when the product has no P-IRT number
   */
  public Optional<LocalDate> pirtLastValidDay() {
    return pirt().map(p -> pirtIssued().map(p::lastValidDay).orElseGet(p::lastValidDay));
  }

  /**
   * Whether the P-IRT licence is valid on a date: from {@link #pirtFirstValidDay()} through {@link
   * #pirtLastValidDay()}, both inclusive.
   *
   * @param date the date, not null
   * @return true when valid that day; false when the product has no P-IRT number
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isPirtValidOn(LocalDate date) {
    Checks.required(date, "date");
    return pirt().isPresent()
        && !date.isBefore(pirtFirstValidDay().orElseThrow())
        && !date.isAfter(pirtLastValidDay().orElseThrow());
  }

  /**
   * The halal certificate.
   *
   * @return the certificate, empty when the product has none
   */
  @NotNull
  public abstract Optional<HalalCertificate> halal();

  /**
   * Whether the product is declared non-halal (<i>dinyatakan tidak halal</i>).
   *
   * @return true when declared non-halal; false by default
   */
  @Value.Default
  public boolean declaredNonHalal() {
    return false;
  }

  /**
   * The first day on which the product's composition or process differs from what its halal
   * certificate covers (<i>perubahan komposisi bahan atau proses produk halal</i>).
   *
   * @return the date, empty when nothing changed since the certificate was issued (or re-verified)
   */
  @NotNull
  public abstract Optional<LocalDate> halalReviewSince();

  /**
   * The halal status on a date: {@link HalalStatus#DECLARED_NON_HALAL} when declared non-halal;
   * {@link HalalStatus#NOT_CERTIFIED} without a certificate issued on or before the date; {@link
   * HalalStatus#REVIEW_REQUIRED} on and after {@link #halalReviewSince()}; otherwise {@link
   * HalalStatus#CERTIFIED}.
   *
   * @param date the date, not null
   * @return the status, never null
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public HalalStatus halalStatusOn(LocalDate date) {
    Checks.required(date, "date");
    if (declaredNonHalal()) {
      return HalalStatus.DECLARED_NON_HALAL;
    }
    if (halal().isEmpty() || !halal().get().isValidOn(date)) {
      return HalalStatus.NOT_CERTIFIED;
    }
    return halalReviewSince().filter(d -> !date.isBefore(d)).isPresent()
        ? HalalStatus.REVIEW_REQUIRED
        : HalalStatus.CERTIFIED;
  }

  /**
   * These data after a change of the product's composition or process on a date: with a halal
   * certificate, flagged for review from that day (an earlier flag is kept); without one, or
   * declared non-halal, unchanged (there is nothing to review).
   *
   * @param changedOn the first day made with the change, not null; on or after the certificate's
   *     issue date
   * @return the data, never null
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_REVIEW} for a change before the
   *     certificate was issued (the certificate then covers it)
   * @throws org.bengkel.error.MissingValueException if {@code changedOn} is null
   */
  public FoodSafety withHalalReviewFrom(LocalDate changedOn) {
    Checks.required(changedOn, "changedOn");
    if (halal().isEmpty() || halalReviewSince().filter(d -> !d.isAfter(changedOn)).isPresent()) {
      return this;
    }
    return builder().from(this).halalReviewSince(changedOn).build();
  }

  /**
   * These data with the certificate re-verified or renewed after a change (<i>pembaruan sertifikat
   * halal</i>): the given certificate, and no review pending.
   *
   * @param certificate the certificate now covering the product, not null
   * @return the data, never null
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_CONFLICT} for a product declared
   *     non-halal
   * @throws org.bengkel.error.MissingValueException if {@code certificate} is null
   */
  public FoodSafety withHalalReverified(HalalCertificate certificate) {
    Checks.required(certificate, "certificate");
    return builder().from(this).halal(certificate).halalReviewSince(Optional.empty()).build();
  }

  /**
   * Refuses inconsistent data.
   *
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_CONFLICT} (field {@code
   *     foodSafety.halal}) for a certificate on a product declared non-halal; {@link
   *     CatalogRule#PIRT_ISSUED_WITHOUT_NUMBER} (field {@code foodSafety.pirtIssued}) for an issue
   *     date without a number; {@link CatalogRule#PIRT_ISSUE_YEAR} (field {@code
   *     foodSafety.pirtIssued}) for an issue date that does not agree with the number; {@link
   *     CatalogRule#HALAL_REVIEW} (field {@code foodSafety.halalReviewSince}) for a review date
   *     without a certificate or before its issue date
   */
  @Value.Check
  void check() {
    if (pirtIssued().isPresent()) {
      LocalDate issued = pirtIssued().get();
      if (pirt().isEmpty()) {
        throw InvalidValueException.of(
            CatalogRule.PIRT_ISSUED_WITHOUT_NUMBER, "foodSafety.pirtIssued", issued);
      }
      pirt().get().requireAgreement(issued, "foodSafety.pirtIssued");
    }
    if (declaredNonHalal() && halal().isPresent()) {
      throw InvalidValueException.of(
          CatalogRule.HALAL_CONFLICT, "foodSafety.halal", halal().get().number());
    }
    if (halalReviewSince().isPresent()
        && (halal().isEmpty() || halalReviewSince().get().isBefore(halal().get().issued()))) {
      throw InvalidValueException.of(
          CatalogRule.HALAL_REVIEW, "foodSafety.halalReviewSince", halalReviewSince().get());
    }
  }

  /**
   * Food-safety data with a P-IRT number and a halal certificate.
   *
   * @param pirt the P-IRT number, not null
   * @param halal the halal certificate, not null
   * @return the data, never null
   * @throws InvalidValueException {@code value.required} for a null argument
   */
  public static FoodSafety of(PirtNumber pirt, HalalCertificate halal) {
    return builder().pirt(pirt).halal(halal).build();
  }

  /**
   * Food-safety data with a P-IRT number, the issue date of its licence and a halal certificate.
   *
   * @param pirt the P-IRT number, not null
   * @param pirtIssued the issue date of the P-IRT licence, not null
   * @param halal the halal certificate, not null
   * @return the data, never null
   * @throws InvalidValueException {@code value.required} for a null argument; {@link
   *     CatalogRule#PIRT_ISSUE_YEAR} when the issue date does not agree with the number
   */
  public static FoodSafety of(PirtNumber pirt, LocalDate pirtIssued, HalalCertificate halal) {
    return builder().pirt(pirt).pirtIssued(pirtIssued).halal(halal).build();
  }

  /**
   * Food-safety data with a P-IRT number only (no halal certificate yet).
   *
   * @param pirt the P-IRT number, not null
   * @return the data, never null
   * @throws InvalidValueException {@code value.required} if null
   */
  public static FoodSafety of(PirtNumber pirt) {
    return builder().pirt(pirt).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FoodSafety}; not thread-safe. */
  public static final class Builder extends ImmutableFoodSafety.Builder {
    Builder() {}
  }
}
