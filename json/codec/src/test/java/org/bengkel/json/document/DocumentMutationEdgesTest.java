package org.bengkel.json.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.contract.DocumentContract;
import org.bengkel.json.contract.TextJson;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.TaxBreakdown;
import org.bengkel.pricing.TaxStatus;
import org.junit.jupiter.api.Test;

/** The edges of document kinds and outcomes that the envelope's round trips do not reach. */
class DocumentMutationEdgesTest {

  // an amount now written as a number (version 3), read from version 1 too, and not version 2
  private static final DocumentKind<Rupiah> AMOUNT =
      DocumentKind.of("amount", 3, MoneyCodecs.RUPIAH)
          .withOlderVersion(1, MoneyCodecs.RUPIAH, r -> r.plus(Rupiah.of(1)));

  @Test
  void aRefusalRecordAlwaysSaysSomething() {
    // a blank message was read, and shown to a clerk as the refusal (a hostile-input pass)
    for (String blank : new String[] {"", "  ", "\n"}) {
      assertThatThrownBy(
              () ->
                  RefusalRecord.of(
                      "inventory.available.insufficient",
                      null,
                      "KUE-KERING-500G",
                      null,
                      List.of(),
                      "only 0 available",
                      blank))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.ruleCode()).isEqualTo("value.blank");
                assertThat(e.field()).isEqualTo("indonesianMessage");
              });
    }
  }

  @Test
  void anOutcomeRefusedForNoReasonNamesTheEmptyRefusals() {
    // it was MissingValueException naming "order", a field the caller did not give
    for (Runnable empty :
        new Runnable[] {
          () -> OrderOutcome.refused(List.of()), () -> OrderOutcome.ofRefusals(List.of())
        }) {
      assertThatThrownBy(empty::run)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e).isNotInstanceOf(org.bengkel.error.MissingValueException.class);
                assertThat(e.ruleCode()).isEqualTo("value.required");
                assertThat(e.field()).isEqualTo("refusals");
              });
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aPayloadOfAnotherKindIsBengkelsMismatchNotAJdkException() {
    Document amount = Document.of(AMOUNT, Rupiah.of(5));
    // payload(..) threw IllegalArgumentException, a raw Document.of a ClassCastException
    assertThatThrownBy(() -> amount.payload(DocumentKinds.STOCK_LEDGER))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.document.mismatch");
              assertThat(e.field()).isEqualTo("kind");
            });
    DocumentKind raw = AMOUNT;
    assertThatThrownBy(() -> Document.of(raw, "five"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.document.mismatch");
              assertThat(e.field()).isEqualTo("payload");
              assertThat(e.getMessage()).contains("String").contains("Rupiah");
            });
  }

  @Test
  void onlyTheCurrentAndTheRegisteredOlderVersionsAreSupported() {
    assertThat(AMOUNT.supportedVersions()).containsExactly(1, 3);
    assertThat(AMOUNT.supports(1)).isTrue();
    assertThat(AMOUNT.supports(3)).isTrue();
    assertThat(AMOUNT.supports(2)).isFalse();
    assertThat(AMOUNT.supports(0)).isFalse();
    assertThat(AMOUNT.supports(-1)).isFalse();
    assertThat(AMOUNT.supports(4)).isFalse();
    // 2^32 + 1 and 2^32 + 3 wrap to 1 and 3 as ints; neither is a version
    assertThat(AMOUNT.supports((1L << 32) + 1)).isFalse();
    assertThat(AMOUNT.supports((1L << 32) + 3)).isFalse();
  }

  @Test
  void aPayloadIsReadByItsVersionsFormAndUpgraded() {
    assertThat(AMOUNT.readPayload(3, TextJson.reader("250"))).isEqualTo(Rupiah.of(250));
    assertThat(AMOUNT.readPayload(1, TextJson.reader("250"))).isEqualTo(Rupiah.of(251));
  }

  @Test
  void readingAVersionThatIsNotSupportedIsRefusedByName() {
    assertThatThrownBy(() -> AMOUNT.readPayload(2, TextJson.reader("250")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsupported version 2");
  }

  @Test
  void outcomesWithDifferentRefusalsDiffer() {
    RefusalRecord expired =
        RefusalRecord.of(
            "inventory.lot.expired", null, "lot", null, List.of(), "expired", "kedaluwarsa");
    RefusalRecord unknown =
        RefusalRecord.of(
            "inventory.lot.unknown", null, "lot", null, List.of(), "unknown", "tidak dikenal");
    OrderOutcome one = OrderOutcome.refused(List.of(expired));
    assertThat(one).isEqualTo(OrderOutcome.refused(List.of(expired)));
    assertThat(one).isNotEqualTo(OrderOutcome.refused(List.of(unknown)));
    assertThat(one).isNotEqualTo(OrderOutcome.refused(List.of(expired, unknown)));
    assertThat(one).isNotEqualTo("refused");
  }

  private static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");
  private static final Facility SUMENEP =
      Facility.of(
          FacilityCode.of("RUTAN-SUMENEP"),
          "Rutan Kelas IIB Sumenep",
          FacilityType.RUTAN,
          FacilityClass.IIB,
          "Kanwil Ditjenpas Jawa Timur");
  private static final Officer SITI = Officer.of(Nip.parse("199001012015032001"), "Siti Rahma");

  @Test
  void facilityRecordsAreEqualByFacilityAndOfficers() {
    FacilityRecord record = FacilityRecord.of(PAMEKASAN, List.of(SITI));
    FacilityRecord same = FacilityRecord.of(PAMEKASAN, List.of(SITI));
    FacilityRecord otherFacility = FacilityRecord.of(SUMENEP, List.of(SITI));
    FacilityRecord noOfficers = FacilityRecord.of(PAMEKASAN, List.of());
    assertThat(record).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(record).isNotEqualTo(otherFacility).isNotEqualTo(noOfficers).isNotEqualTo(PAMEKASAN);
    // records differing in one part only are told apart by their hash too
    assertThat(record.hashCode()).isNotEqualTo(otherFacility.hashCode());
    assertThat(record.hashCode()).isNotEqualTo(noOfficers.hashCode());
    assertThat(record).hasToString("FacilityRecord[LAPAS-PAMEKASAN, 1 officers]");
  }

  // version 1 of the sales order, its quote's tax made a seller's that is not a PKP: no PPN, so
  // the price without PPN is the quoted Rp1.976.000
  private static String salesOrderV1(String status, long taxBase, long ppn) {
    String golden = DocumentContract.golden("sales-order-v1");
    String tax =
        """
        "tax": {
                "status": "PKP",
                "inclusion": "INCLUSIVE",
                "quoted": 1976000,
                "taxBase": 1780180,
                "ppn": 195820
              }""";
    assertThat(golden).contains(tax);
    String changed =
        tax.replace("1780180", Long.toString(taxBase)).replace("195820", Long.toString(ppn));
    changed =
        status == null
            ? changed.replace("\"status\": \"PKP\",", "")
            : changed.replace("\"PKP\"", "\"" + status + "\"");
    return golden.replace(tax, changed);
  }

  private static TaxBreakdown taxOf(String json) {
    Document d = DocumentKinds.CODEC.read(TextJson.reader(json));
    return d.payload(DocumentKinds.SALES_ORDER).quote().tax();
  }

  @Test
  void aVersionOneTaxGetsItsDppNilaiLainFromTheSellersStatus() {
    // a PKP: 11/12 of Rp1.780.180 is Rp1.631.831,67, rounded half up
    TaxBreakdown pkp = taxOf(salesOrderV1("PKP", 1780180, 195820));
    assertThat(pkp.status()).isEqualTo(TaxStatus.PKP);
    assertThat(pkp.priceExcludingTax()).isEqualTo(Rupiah.of(1780180));
    assertThat(pkp.otherTaxBase()).isEqualTo(Rupiah.of(1631832));
    // not a PKP: no DPP nilai lain
    TaxBreakdown nonPkp = taxOf(salesOrderV1("NON_PKP", 1976000, 0));
    assertThat(nonPkp.status()).isEqualTo(TaxStatus.NON_PKP);
    assertThat(nonPkp.priceExcludingTax()).isEqualTo(Rupiah.of(1976000));
    assertThat(nonPkp.otherTaxBase()).isEqualTo(Rupiah.ZERO);
  }

  @Test
  void aVersionOneTaxWithoutItsStatusOrPriceIsRefused() {
    String noStatus = salesOrderV1(null, 1780180, 195820);
    assertThatThrownBy(() -> taxOf(noStatus))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$.data.quote.tax.status");
            });
    String noPrice = salesOrderV1("PKP", 1780180, 195820).replace("\"taxBase\": 1780180,", "");
    assertThatThrownBy(() -> taxOf(noPrice))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              // core's builder names the current form's properties, not version 1's taxBase
              assertThat(e.ruleCode()).isEqualTo("json.missing-property");
              assertThat(e.path()).isEqualTo("$.data.quote.tax.priceExcludingTax");
            });
  }
}
