package org.bengkel.catalog;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A halal certificate (<i>sertifikat halal</i>, issued by BPJPH; UU 33/2014 as amended, PP
 * 42/2024): its number and issue date.
 *
 * <p>The number starts with {@code ID} followed by up to 48 letters, digits, dots, slashes or
 * hyphens, kept opaque, such as {@code ID35110000123450821}. A certificate stays valid while the
 * ingredients and the process are unchanged (PP 42/2024), so it has no expiry date here; it is
 * valid on and after its issue date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HalalCertificate {

  /** The form of a certificate number. */
  public static final String NUMBER_PATTERN = "ID[A-Za-z0-9./-]{1,48}";

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile(NUMBER_PATTERN);

  HalalCertificate() {}

  /**
   * The certificate number (<i>nomor sertifikat halal</i>).
   *
   * @return the number, never null
   */
  @NotNull
  @Pattern(regexp = NUMBER_PATTERN)
  public abstract String number();

  /**
   * The issue date (<i>tanggal terbit</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate issued();

  /**
   * Whether the certificate is valid on a date: on or after its issue date.
   *
   * @param date the date, not null
   * @return true when issued on or before {@code date}
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isValidOn(LocalDate date) {
    Checks.required(date, "date");
    return !issued().isAfter(date);
  }

  @Value.Check
  void check() {
    if (!NUMBER.matcher(number()).matches()) {
      throw InvalidValueException.of(
          CatalogRule.HALAL_FORMAT, "halal.number", Checks.abbreviate(number()));
    }
  }

  /**
   * A certificate.
   *
   * @param number the number, starting {@code ID}, not null
   * @param issued the issue date, not null
   * @return the certificate, never null
   * @throws InvalidValueException rule {@link CatalogRule#HALAL_FORMAT} for a malformed number;
   *     {@code value.required} for a null argument
   */
  public static HalalCertificate of(String number, LocalDate issued) {
    return builder().number(number).issued(issued).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HalalCertificate}; not thread-safe. */
  public static final class Builder extends ImmutableHalalCertificate.Builder {
    Builder() {}
  }
}
