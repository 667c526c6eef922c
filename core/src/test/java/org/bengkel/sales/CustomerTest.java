package org.bengkel.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Nip;
import org.junit.jupiter.api.Test;

/** The kinds of customer and the fields each needs; individual names never shown. */
class CustomerTest {

  private static final Nip NIP = Nip.of("198503122010121001");

  @Test
  void eachKindCarriesItsOwnFields() {
    assertThat(Customer.walkIn().isWalkIn()).isTrue();
    assertThat(Customer.walkIn().kind()).isEqualTo(CustomerKind.INDIVIDUAL);
    Customer siti = Customer.individual("Siti Aminah");
    assertThat(siti.isWalkIn()).isFalse();
    assertThat(siti.name()).contains("Siti Aminah");
    Customer dinas = Customer.government("007123", "Dinas Koperasi Kabupaten Pamekasan");
    assertThat(dinas.satkerCode()).contains("007123");
    assertThat(dinas.organisation()).contains("Dinas Koperasi Kabupaten Pamekasan");
    Customer mitra = Customer.partner("MITRA-KAYU-01", "CV Kayu Madura");
    assertThat(mitra.partnerCode()).contains("MITRA-KAYU-01");
    assertThat(Customer.staff(NIP).staffNip()).contains(NIP);
    assertThat(Customer.staff(NIP).isWalkIn()).isFalse();
  }

  @Test
  void individualNamesNeverAppearInToString() {
    Customer siti = Customer.individual("Siti Aminah");
    assertThat(siti.toString()).doesNotContain("Siti").doesNotContain("Aminah");
    Customer staff =
        Customer.builder().kind(CustomerKind.STAFF).staffNip(NIP).name("Bu Rina").build();
    assertThat(staff.toString()).doesNotContain("Rina");
    assertThatThrownBy(() -> Customer.individual(" "))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.blank");
              assertThat(e.isPersonal()).isTrue();
              assertThat(e.getMessage()).doesNotContain(" ' '");
            });
  }

  @Test
  void aKindNeedsItsFields() {
    assertRequired(
        Customer.builder().kind(CustomerKind.GOVERNMENT).organisation("Dinas"), "satkerCode");
    assertRequired(
        Customer.builder().kind(CustomerKind.GOVERNMENT).satkerCode("1"), "organisation");
    assertRequired(Customer.builder().kind(CustomerKind.PARTNER).organisation("CV"), "partnerCode");
    assertRequired(Customer.builder().kind(CustomerKind.STAFF), "staffNip");
    assertThatThrownBy(() -> Customer.government(null, "Dinas"))
        .isInstanceOf(MissingValueException.class);
    assertThatThrownBy(() -> Customer.individual(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
  }

  @Test
  void aKindDoesNotCarryOtherKindsFields() {
    assertNotAllowed(
        Customer.builder().kind(CustomerKind.INDIVIDUAL).satkerCode("1"), "satkerCode");
    assertNotAllowed(
        Customer.builder().kind(CustomerKind.INDIVIDUAL).organisation("X"), "organisation");
    assertNotAllowed(
        Customer.builder()
            .kind(CustomerKind.GOVERNMENT)
            .satkerCode("1")
            .organisation("Dinas")
            .name("Pak Kepala"),
        "name");
    assertNotAllowed(
        Customer.builder().kind(CustomerKind.INDIVIDUAL).partnerCode("P-1"), "partnerCode");
    assertNotAllowed(Customer.builder().kind(CustomerKind.INDIVIDUAL).staffNip(NIP), "staffNip");
  }

  @Test
  void satkerCodeIsDigitsKeptAsGiven() {
    assertThat(Customer.government("0012345", "Dinas").satkerCode())
        .isEqualTo(Optional.of("0012345"));
    assertThatThrownBy(() -> Customer.government("12A", "Dinas"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCode()).isEqualTo("value.malformed"));
    assertThatThrownBy(() -> Customer.government("1".repeat(21), "Dinas"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.ruleCode()).isEqualTo("value.too-long"));
  }

  private static void assertRequired(Customer.Builder b, String field) {
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.customer.field-required");
              assertThat(e.field()).isEqualTo(field);
            });
  }

  private static void assertNotAllowed(Customer.Builder b, String field) {
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("sales.customer.field-not-allowed");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.getMessage()).doesNotContain("Pak Kepala");
            });
  }
}
