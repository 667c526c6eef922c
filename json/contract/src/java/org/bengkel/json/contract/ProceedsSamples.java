package org.bengkel.json.contract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.params.provider.Arguments;

/** The golden samples and invalid documents of proceeds ({@code org.bengkel.proceeds}). */
final class ProceedsSamples {

  private ProceedsSamples() {}

  static final FacilityCode PAMEKASAN = FacilityCode.of("LAPAS-PAMEKASAN");
  static final RegistrationNumber BUDI = RegistrationNumber.parse("B.I-123/2024");
  static final RegistrationNumber DEDI = RegistrationNumber.parse("B.I-7/2023");
  static final RegistrationNumber EKO = RegistrationNumber.parse("A.II-45/2025");

  static final SplitPolicy OLD_POLICY =
      SplitPolicy.defaultFor(PAMEKASAN, LocalDate.of(2024, 1, 1))
          .withEffectiveUntil(LocalDate.of(2025, 12, 31));
  static final SplitPolicy GROSS_POLICY =
      SplitPolicy.of(
          PAMEKASAN,
          LocalDate.of(2026, 1, 1),
          SplitBase.GROSS_REVENUE,
          Rate.of(1, 3),
          Rate.of(1, 6),
          Rate.of(1, 2));
  static final SplitPolicies POLICIES =
      SplitPolicies.of(PAMEKASAN, List.of(GROSS_POLICY, OLD_POLICY));

  // 1 000 000 revenue, 400 000 cost: net 600 000 = 300 000 premi + 90 000 PNBP + 210 000 capital
  static final ProceedsSplit SPLIT =
      POLICIES.split(LocalDate.of(2025, 6, 2), Rupiah.of(1_000_000), Rupiah.of(400_000));

  // 100 001 by minutes 120 : 90 : 30 (240): 50 000.5, 37 500.375, 12 500.125 -> largest remainder
  static final PremiAllocation ALLOCATION =
      PremiAllocation.allocate(
          Rupiah.of(100_001),
          ContributionBasis.MINUTES_WORKED,
          List.of(Contribution.of(BUDI, 120), Contribution.of(DEDI, 90), Contribution.of(EKO, 30)));

  static final PremiAccount ACCOUNT = account();

  private static PremiAccount account() {
    PremiAccount a = PremiAccount.open(BUDI);
    a = a.credit(on(2026, 10, 1), Rupiah.of(300_000), "PREMI-2026-09").orElseThrow();
    a = a.spend(on(2026, 10, 5), Rupiah.of(50_000), "Koperasi: sabun, sikat gigi").orElseThrow();
    a = a.credit(on(2026, 11, 1), Rupiah.of(120_000), "PREMI-2026-10").orElseThrow();
    return a.payOut(on(2026, 11, 20), "Bebas bersyarat: dibayar tunai").orElseThrow();
  }

  /** The officer at 09:00 WIB on a day. */
  private static Stamp on(int year, int month, int day) {
    return ContractStamps.at(LocalDateTime.of(year, month, day, 9, 0));
  }

  static final PnbpLedger LEDGER =
      PnbpLedger.of(PAMEKASAN, Year.of(2026), Rupiah.of(25_000_000))
          .record(on(2026, 3, 31), "PNBP-2026-Q1", Rupiah.of(4_250_000))
          .orElseThrow()
          .record(on(2026, 6, 30), "PNBP-2026-Q2", Rupiah.of(5_100_000))
          .orElseThrow()
          .deposit(on(2026, 4, 3), Rupiah.of(4_250_000), "NTPN 0A1B2C3D4E5F6G7H")
          .orElseThrow();

  static List<Sample> samples() {
    return List.of(
        new Sample("proceeds-split-policy", SplitPolicy.class, GROSS_POLICY),
        new Sample("proceeds-split-policy-closed", SplitPolicy.class, OLD_POLICY),
        new Sample("proceeds-split-policies", SplitPolicies.class, POLICIES),
        new Sample("proceeds-split", ProceedsSplit.class, SPLIT),
        new Sample("proceeds-contribution", Contribution.class, Contribution.of(BUDI, 480)),
        new Sample("proceeds-premi-share", PremiShare.class, ALLOCATION.shares().get(0)),
        new Sample("proceeds-premi-allocation", PremiAllocation.class, ALLOCATION),
        new Sample("proceeds-premi-entry", PremiEntry.class, ACCOUNT.entries().get(1)),
        new Sample("proceeds-premi-account", PremiAccount.class, ACCOUNT),
        new Sample(
            "proceeds-premi-account-new",
            PremiAccount.class,
            PremiAccount.open(EKO, Rate.percent(20))),
        new Sample("proceeds-pnbp-entry", PnbpEntry.class, LEDGER.records().get(0)),
        new Sample("proceeds-pnbp-ledger", PnbpLedger.class, LEDGER));
  }

  static Stream<Arguments> invalidDocuments() {
    String policy =
        "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"effectiveFrom\":\"2026-01-01\","
            + "\"base\":\"NET_PROFIT\",\"premiShare\":\"50%\",\"pnbpShare\":\"15%\",\"capitalShare\":\"35%\"}";
    String credit =
        "{\"date\":\"2026-10-01\",\"kind\":\"CREDIT\",\"amount\":100000,\"reference\":\"P-1\"}";
    return Stream.of(
        // 50 % + 15 % + 30 % = 95 %, not the whole
        Arguments.of(
            SplitPolicy.class,
            policy.replace("35%", "30%"),
            "$.shares",
            "proceeds.policy.shares-sum"),
        Arguments.of(
            SplitPolicy.class,
            policy.replace("\"35%\"", "\"35 %\""),
            "$.capitalShare",
            "money.malformed-rate"),
        Arguments.of(
            SplitPolicy.class,
            policy.replace("\"base\"", "\"effectiveUntil\":\"2025-01-01\",\"base\""),
            "$.effectiveUntil",
            "value.date-order"),
        Arguments.of(
            SplitPolicies.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"policies\":["
                + policy
                + ","
                + policy.replace("2026-01-01", "2026-07-01")
                + "]}",
            "$.policies[1]",
            "proceeds.policy.overlap"),
        Arguments.of(
            SplitPolicies.class,
            "{\"facilityCode\":\"RUTAN-BANGKALAN\",\"policies\":[" + policy + "]}",
            "$.policies[0].facilityCode",
            "proceeds.facility-mismatch"),
        // net 600 000 split 300 000 + 90 000 + 200 000 = 590 000
        Arguments.of(
            ProceedsSplit.class,
            "{\"policy\":"
                + policy
                + ",\"revenue\":1000000,\"materialCost\":400000,\"base\":600000,"
                + "\"premi\":300000,\"pnbp\":90000,\"capital\":200000}",
            "$['premi+pnbp+capital']",
            "proceeds.allocation.inconsistent"),
        Arguments.of(
            ProceedsSplit.class,
            "{\"policy\":"
                + policy
                + ",\"revenue\":1000000,\"materialCost\":400000,\"base\":1000000,"
                + "\"premi\":500000,\"pnbp\":150000,\"capital\":350000}",
            "$.base",
            "proceeds.allocation.inconsistent"),
        Arguments.of(
            Contribution.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"quantity\":-1}",
            "$.quantity",
            "value.out-of-range"),
        Arguments.of(
            Contribution.class,
            "{\"registrationNumber\":\"SECRET\",\"quantity\":1}",
            "$.registrationNumber",
            "trainee.registration.format"),
        Arguments.of(
            PremiAllocation.class,
            "{\"pool\":100,\"basis\":\"PIECES\",\"shares\":[{\"registrationNumber\":\"B.I-123/2024\","
                + "\"quantity\":1,\"amount\":60}]}",
            "$.shares",
            "proceeds.allocation.inconsistent"),
        Arguments.of(
            PremiAllocation.class,
            "{\"pool\":100,\"basis\":\"PIECES\",\"shares\":[{\"registrationNumber\":\"B.I-123/2024\","
                + "\"quantity\":1,\"amount\":60},{\"registrationNumber\":\"B.I-123/2024\","
                + "\"quantity\":1,\"amount\":40}]}",
            "$.shares[1].registrationNumber",
            "proceeds.allocation.duplicate-trainee"),
        Arguments.of(
            PremiAllocation.class,
            "{\"pool\":100,\"basis\":\"PIECES\",\"shares\":[]}",
            "$.shares",
            "proceeds.allocation.no-contribution"),
        Arguments.of(PremiEntry.class, credit.replace("P-1", " "), "$.reference", "value.blank"),
        // credited 100 000, cap 25 % = 25 000; spending 30 000 is over the cap
        Arguments.of(
            PremiAccount.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"entries\":["
                + credit
                + ","
                + "{\"date\":\"2026-10-02\",\"kind\":\"SPEND\",\"amount\":30000,\"reference\":\"K-1\"}]}",
            "$.entries[1]",
            "proceeds.account.spending-cap"),
        Arguments.of(
            PremiAccount.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"entries\":["
                + "{\"date\":\"2026-10-02\",\"kind\":\"SPEND\",\"amount\":30000,\"reference\":\"K-1\"}]}",
            "$.entries[0]",
            "proceeds.account.overdraw"),
        Arguments.of(
            PremiAccount.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"entries\":["
                + credit
                + ","
                + "{\"date\":\"2026-10-02\",\"kind\":\"PAYOUT\",\"amount\":90000,\"reference\":\"B-1\"}]}",
            "$.entries[1]",
            "proceeds.account.history"),
        Arguments.of(
            PremiAccount.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"entries\":["
                + credit
                + ","
                + credit.replace("2026-10-01", "2026-09-01")
                + "]}",
            "$.entries[1].at",
            "value.date-order"),
        Arguments.of(
            PremiAccount.class,
            "{\"registrationNumber\":\"B.I-123/2024\",\"spendingCap\":\"5/4\",\"entries\":[]}",
            "$.spendingCap",
            "proceeds.account.cap"),
        Arguments.of(
            PnbpEntry.class,
            "{\"date\":\"2026-03-31\",\"reference\":\"Q1\",\"amount\":0}",
            "$.amount",
            "value.out-of-range"),
        Arguments.of(
            PnbpLedger.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"year\":2026,\"target\":1000,\"records\":["
                + "{\"date\":\"2025-12-31\",\"reference\":\"Q4\",\"amount\":10}],\"deposits\":[]}",
            "$.records[0].date",
            "proceeds.pnbp.outside-year"),
        Arguments.of(
            PnbpLedger.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"year\":2026,\"target\":1000,\"records\":[],"
                + "\"deposits\":[{\"date\":\"2026-04-01\",\"reference\":\"NTPN\",\"amount\":10}]}",
            "$.deposits",
            "proceeds.pnbp.over-deposit"),
        Arguments.of(
            PnbpLedger.class,
            "{\"facilityCode\":\"LAPAS-PAMEKASAN\",\"year\":20260,\"target\":1000,\"records\":[],\"deposits\":[]}",
            "$.year",
            "json.amount-out-of-range"));
  }
}
