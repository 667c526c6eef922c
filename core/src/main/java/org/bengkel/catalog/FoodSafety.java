package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.immutables.value.Value;

/**
 * The food-safety data of a food product (<i>data keamanan pangan</i>): its P-IRT number and the
 * issue date of its licence, its halal certificate, or a declaration that it is not halal.
 *
 * <p>The P-IRT licence (<i>SPP-IRT</i>) is valid at most five years from its issue date (Peraturan
 * BPOM 22/2018); the number's last two digits are its expiry year. With {@link #pirtIssued()}
 * recorded, the licence is valid from that day through the earlier of the day before the fifth
 * anniversary and 31 December of the expiry year ({@link PirtNumber#lastValidDay(LocalDate)}), and an
 * issue date whose year does not agree with the number is refused. Without it (data recorded
 * before the issue date was asked for), validity falls back to the number alone ({@link
 * PirtNumber#isValidOn(LocalDate)}: 1 January five years before the expiry year through 31
 * December of the expiry year).
 *
 * <p>A product declared non-halal (<i>tidak halal</i>, for example one containing pork or alcohol)
 * is exempt from mandatory halal certification (PP 42/2024) and must then not carry a halal
 * certificate. Whether the data allow a product to be sold on a date is decided by
 * {@link org.bengkel.foodsafety.FoodSafetyPolicy}.
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
   * Whether the P-IRT licence is valid on a date: from {@link #pirtFirstValidDay()} through
   * {@link #pirtLastValidDay()}, both inclusive.
   *
   * @param date the date, not null
   * @return true when valid that day; false when the product has no P-IRT number
   */
  public boolean isPirtValidOn(LocalDate date) {
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
   * Refuses inconsistent data.
   *
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_CONFLICT} (field {@code
   *     foodSafety.halal}) for a certificate on a product declared non-halal; {@link
   *     CatalogRule#PIRT_ISSUED_WITHOUT_NUMBER} (field {@code foodSafety.pirtIssued}) for an issue
   *     date without a number; {@link CatalogRule#PIRT_ISSUE_YEAR} (field {@code
   *     foodSafety.pirtIssued}) for an issue date that does not agree with the number
   */
  @Value.Check
  void check() {
    if (pirtIssued().isPresent()) {
      LocalDate issued = pirtIssued().get();
      if (pirt().isEmpty()) {
        throw InvalidValueException.of(CatalogRule.PIRT_ISSUED_WITHOUT_NUMBER, "foodSafety.pirtIssued", issued);
      }
      pirt().get().requireAgreement(issued, "foodSafety.pirtIssued");
    }
    if (declaredNonHalal() && halal().isPresent()) {
      throw InvalidValueException.of(CatalogRule.HALAL_CONFLICT, "foodSafety.halal", halal().get().number());
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
