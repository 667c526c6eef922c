package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiEntry;
import org.junit.jupiter.api.Test;

/**
 * Premi and PNBP entries written before stamps ({@code "date"} instead of {@code "at"}, {@code
 * "zone"}, {@code "actor"}) still read: each day as the start of that day, WIB, recorded by {@code
 * system:import}; written again, they carry that stamp.
 */
class ProceedsLegacyJsonTest {

  private static final JsonBinding STRICT = TextJson.binding(BengkelJsonOptions.strict());

  @Test
  void aPremiAccountWithDatedEntriesReadsWithLegacyStamps() {
    String old =
        "{\"registrationNumber\":\"B.I-123/2024\",\"spendingCap\":\"25%\",\"entries\":["
            + "{\"date\":\"2026-10-01\",\"kind\":\"CREDIT\",\"amount\":300000,\"reference\":\"P-09\"},"
            + "{\"date\":\"2026-10-05\",\"kind\":\"SPEND\",\"amount\":50000,\"reference\":\"K-1\"}]}";
    PremiAccount account = STRICT.read(old, PremiAccount.class);
    PremiEntry first = account.entries().get(0);
    assertThat(first.stamp()).isEqualTo(ContractStamps.legacy(LocalDateTime.of(2026, 10, 1, 0, 0)));
    assertThat(first.date()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(account.balance().amount()).isEqualTo(250_000);
    String again = STRICT.write(account);
    // 1 October 2026 00:00 WIB is 30 September 17:00 UTC; the day is still written, in WIB
    assertThat(again)
        .contains(
            "\"date\":\"2026-10-01\",\"at\":\"2026-09-30T17:00:00Z\",\"zone\":\"WIB\","
                + "\"actor\":\"system:import\"");
    assertThat(STRICT.read(again, PremiAccount.class)).isEqualTo(account);
  }

  @Test
  void aPnbpLedgerWithDatedEntriesReadsWithLegacyStamps() {
    String old =
        "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"year\":2026,\"target\":25000000,"
            + "\"records\":[{\"date\":\"2026-01-01\",\"reference\":\"PNBP-Q1\",\"amount\":4250000}],"
            + "\"deposits\":[{\"date\":\"2026-04-03\",\"reference\":\"NTPN-1\",\"amount\":4250000}]}";
    PnbpLedger ledger = STRICT.read(old, PnbpLedger.class);
    // the first day of the year stays in the year: its start in WIB, not the UTC date before
    assertThat(ledger.records().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ledger.deposits().get(0).stamp())
        .isEqualTo(ContractStamps.legacy(LocalDateTime.of(2026, 4, 3, 0, 0)));
    assertThat(ledger.version()).isEqualTo(2);
  }

  @Test
  void aDayThatIsNotTheStampsLocalDateIsRefused() {
    // 2 October 2026 02:00 UTC is 09:00 WIB on the 2nd, not the 1st
    String wrong =
        "{\"date\":\"2026-10-01\",\"at\":\"2026-10-02T02:00:00Z\",\"zone\":\"WIB\","
            + "\"actor\":\"system:import\",\"kind\":\"CREDIT\",\"amount\":1,\"reference\":\"P\"}";
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> STRICT.read(wrong, PremiEntry.class)))
        .hasMessageContaining("$.date")
        .hasMessageContaining("value.malformed");
  }

  @Test
  void anEntryWithNeitherDateNorInstantIsRefused() {
    String none = "{\"kind\":\"CREDIT\",\"amount\":1,\"reference\":\"P\"}";
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> STRICT.read(none, PremiEntry.class)))
        .hasMessageContaining("json.missing-property");
  }
}
