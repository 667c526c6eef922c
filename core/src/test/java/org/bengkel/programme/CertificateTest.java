package org.bengkel.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bengkel.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class CertificateTest {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 5);

  static Certificate.Builder certificate(LocalDate issued, LocalDate expires) {
    return Certificate.builder()
        .issuerType(CertificateIssuer.LSP)
        .issuerName("LSP Pariwisata Jawa Timur")
        .bnspLicensed(true)
        .number("KUE-0001/2026")
        .scheme("Pembuatan Kue Kering")
        .issuedOn(issued)
        .expiresOn(expires);
  }

  @Test
  void validFromTheIssueDateThroughTheExpiryDay() {
    Certificate c = certificate(ISSUED, ISSUED.plusYears(3)).build();
    assertThat(c.isValidOn(ISSUED.minusDays(1))).as("day before issue").isFalse();
    assertThat(c.isValidOn(ISSUED)).as("issue date").isTrue();
    assertThat(c.isValidOn(LocalDate.of(2029, 3, 5))).as("expiry day").isTrue();
    assertThat(c.isValidOn(LocalDate.of(2029, 3, 6))).as("day after expiry").isFalse();
  }

  @Test
  void withoutExpiryValidForeverAfterIssue() {
    Certificate blk =
        Certificate.builder()
            .issuerType(CertificateIssuer.BLK)
            .issuerName("BLK Pamekasan")
            .bnspLicensed(false)
            .number("BLK-17")
            .scheme("Meubeler")
            .issuedOn(ISSUED)
            .build();
    assertThat(blk.expiresOn()).isEmpty();
    assertThat(blk.isValidOn(ISSUED.plusYears(40))).isTrue();
    assertThat(blk.isValidOn(ISSUED.minusDays(1))).isFalse();
  }

  @Test
  void expiryMustBeAfterTheIssueDate() {
    InvalidValueException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidValueException.class, () -> certificate(ISSUED, ISSUED).build());
    assertThat(e.ruleCode()).isEqualTo("programme.certificate.expiry");
    assertThat(e.field()).isEqualTo("expiresOn");
    assertThatThrownBy(() -> certificate(ISSUED, ISSUED.minusDays(1)).build())
        .extracting(Fixtures::rule)
        .isEqualTo("programme.certificate.expiry");
    assertThat(certificate(ISSUED, ISSUED.plusDays(1)).build().isValidOn(ISSUED.plusDays(1)))
        .isTrue();
  }

  @Test
  void issuerNumberAndSchemeAreRequiredText() {
    assertThatThrownBy(() -> certificate(ISSUED, ISSUED.plusYears(3)).number("").build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.blank");
    assertThatThrownBy(() -> certificate(ISSUED, ISSUED.plusYears(3)).issuerName(" ").build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.blank");
    assertThatThrownBy(
            () -> certificate(ISSUED, ISSUED.plusYears(3)).scheme("x".repeat(201)).build())
        .extracting(Fixtures::rule)
        .isEqualTo("value.too-long");
  }

  @Test
  void passportListsOnlyCertificatesValidOnItsDate() {
    Certificate c = certificate(ISSUED, ISSUED.plusYears(3)).build();
    assertThatThrownBy(
            () ->
                SkillsPassport.builder()
                    .holderName("Andi")
                    .registrationNumber(Fixtures.ANDI)
                    .asOf(ISSUED.plusYears(3).plusDays(1))
                    .addCertificate(c)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("programme.passport.certificate");
              // the certificate by its place, as the passport's document view names it
              assertThat(e.field()).isEqualTo("certificates[0]");
            });
  }
}
