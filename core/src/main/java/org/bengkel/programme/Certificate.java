package org.bengkel.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A competency or training certificate (<i>sertifikat kompetensi / pelatihan</i>) held by a
 * trainee: issuer, whether BNSP-licensed, number, scheme, issue date and optional expiry.
 *
 * <p>A certificate is valid from its issue date through its expiry date, both inclusive (<i>berlaku
 * sampai dengan</i>), or indefinitely without an expiry. Competency certificates often run three
 * years; that is not confirmed as a rule, so the expiry is given per certificate. A certificate
 * carries no data about its holder.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Certificate {

  Certificate() {}

  /**
   * The kind of issuer.
   *
   * @return LSP or BLK, never null
   */
  @NotNull
  public abstract CertificateIssuer issuerType();

  /**
   * The issuer's name, such as {@code LSP Pariwisata Jawa Timur}.
   *
   * @return the name, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_TEXT)
  public abstract String issuerName();

  /**
   * Whether the issuer is licensed by BNSP (<i>berlisensi BNSP</i>).
   *
   * @return true when licensed
   */
  public abstract boolean bnspLicensed();

  /**
   * The certificate's number as printed (opaque).
   *
   * @return the number, never null or blank, at most 60 characters
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_UNIT)
  public abstract String number();

  /**
   * The certification scheme or course certified (<i>skema sertifikasi</i>), such as {@code
   * Pembuatan Kue Kering}.
   *
   * @return the scheme, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = SkillProgramme.MAX_TEXT)
  public abstract String scheme();

  /**
   * The issue date.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate issuedOn();

  /**
   * The last day of validity, after the issue date.
   *
   * @return the date, empty when the certificate does not expire
   */
  public abstract Optional<LocalDate> expiresOn();

  @Value.Check
  void check() {
    Checks.requireText(issuerName(), "issuerName", SkillProgramme.MAX_TEXT);
    Checks.requireText(number(), "number", SkillProgramme.MAX_UNIT);
    Checks.requireText(scheme(), "scheme", SkillProgramme.MAX_TEXT);
    if (expiresOn().isPresent() && !expiresOn().get().isAfter(issuedOn())) {
      throw InvalidValueException.of(
          ProgrammeRule.CERTIFICATE_EXPIRY, "expiresOn", expiresOn().get(), issuedOn());
    }
  }

  /**
   * Whether the certificate is valid on a date: on or after the issue date and on or before the
   * expiry date, if any.
   *
   * @param date the date, not null
   * @return true when valid
   * @throws org.bengkel.error.MissingValueException if {@code date} is null
   */
  public boolean isValidOn(LocalDate date) {
    Checks.required(date, "date");
    return !date.isBefore(issuedOn()) && expiresOn().map(x -> !date.isAfter(x)).orElse(true);
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}; not thread-safe. */
  public static final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
