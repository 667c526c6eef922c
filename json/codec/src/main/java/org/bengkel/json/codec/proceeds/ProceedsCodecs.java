package org.bengkel.json.codec.proceeds;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.EventCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.internal.StampFields;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpEvent;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.proceeds.PremiEntryKind;
import org.bengkel.proceeds.PremiEvent;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.bengkel.trainee.RegistrationNumber;

/**
 * The JSON form of the proceeds types (<i>hasil penjualan</i>): split policies and splits, premi
 * allocations and accounts (<i>premi</i>, with their whole history) and the PNBP ledger. Amounts
 * are JSON integers, shares and caps strings in {@code Rate}'s canonical form, dates ISO-8601,
 * enumerations their constant names. Every value is read through bengkel-core's public builders, so
 * a split policy whose shares do not sum to 100 % or a premi account whose history breaks the
 * spending cap is refused with the core rule.
 *
 * <p>Registration numbers (<i>nomor registrasi</i>) in contributions, shares and accounts are
 * personal data: error messages never repeat them.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProceedsCodecs {

  static final Codec<SplitBase> SPLIT_BASE = Codec.ofEnum(SplitBase.class);
  static final Codec<ContributionBasis> CONTRIBUTION_BASIS = Codec.ofEnum(ContributionBasis.class);
  static final Codec<PremiEntryKind> PREMI_ENTRY_KIND = Codec.ofEnum(PremiEntryKind.class);

  /**
   * {@link SplitPolicy} (<i>kebijakan pembagian</i>): {@code {"facilityCode","effectiveFrom",
   * "effectiveUntil","base","premiShare","pnbpShare","capitalShare"}}, {@code effectiveUntil}
   * optional.
   */
  public static final Codec<SplitPolicy> SPLIT_POLICY =
      ObjectCodec.builder(SplitPolicy.class, SplitPolicy::builder, SplitPolicy.Builder::build)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              SplitPolicy::facilityCode,
              SplitPolicy.Builder::facilityCode)
          .required(
              "effectiveFrom",
              Scalars.DATE,
              SplitPolicy::effectiveFrom,
              SplitPolicy.Builder::effectiveFrom)
          .optional(
              "effectiveUntil",
              Scalars.DATE,
              SplitPolicy::effectiveUntil,
              SplitPolicy.Builder::effectiveUntil)
          .required("base", SPLIT_BASE, SplitPolicy::base, SplitPolicy.Builder::base)
          .required(
              "premiShare",
              MoneyCodecs.RATE,
              SplitPolicy::premiShare,
              SplitPolicy.Builder::premiShare)
          .required(
              "pnbpShare", MoneyCodecs.RATE, SplitPolicy::pnbpShare, SplitPolicy.Builder::pnbpShare)
          .required(
              "capitalShare",
              MoneyCodecs.RATE,
              SplitPolicy::capitalShare,
              SplitPolicy.Builder::capitalShare)
          .describedAs(
              "A split policy (kebijakan pembagian hasil); the shares summing to 100 % is checked by the reader")
          .build();

  /** {@link SplitPolicies}: {@code {"facilityCode","policies":[...]}}. */
  public static final Codec<SplitPolicies> SPLIT_POLICIES =
      ObjectCodec.builder(SplitPolicies.class, SplitPolicies::builder, SplitPolicies.Builder::build)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              SplitPolicies::facilityCode,
              SplitPolicies.Builder::facilityCode)
          .list("policies", SPLIT_POLICY, SplitPolicies::policies, SplitPolicies.Builder::policies)
          .describedAs("The split policies of a facility over time (kebijakan pembagian hasil)")
          .build();

  /**
   * {@link ProceedsSplit}: {@code {"policy","revenue","materialCost","base","premi","pnbp",
   * "capital"}}, all required.
   */
  public static final Codec<ProceedsSplit> PROCEEDS_SPLIT =
      ObjectCodec.builder(ProceedsSplit.class, ProceedsSplit::builder, ProceedsSplit.Builder::build)
          .required("policy", SPLIT_POLICY, ProceedsSplit::policy, ProceedsSplit.Builder::policy)
          .required(
              "revenue", MoneyCodecs.RUPIAH, ProceedsSplit::revenue, ProceedsSplit.Builder::revenue)
          .required(
              "materialCost",
              MoneyCodecs.RUPIAH,
              ProceedsSplit::materialCost,
              ProceedsSplit.Builder::materialCost)
          .required("base", MoneyCodecs.RUPIAH, ProceedsSplit::base, ProceedsSplit.Builder::base)
          .required("premi", MoneyCodecs.RUPIAH, ProceedsSplit::premi, ProceedsSplit.Builder::premi)
          .required("pnbp", MoneyCodecs.RUPIAH, ProceedsSplit::pnbp, ProceedsSplit.Builder::pnbp)
          .required(
              "capital", MoneyCodecs.RUPIAH, ProceedsSplit::capital, ProceedsSplit.Builder::capital)
          .describedAs(
              "The split of proceeds (pembagian hasil) into premi, PNBP and capital; the sums are checked by the reader")
          .build();

  /** {@link Contribution}: {@code {"registrationNumber","quantity"}}. */
  public static final Codec<Contribution> CONTRIBUTION =
      ObjectCodec.builder(Contribution.class, Contribution::builder, Contribution.Builder::build)
          .required(
              "registrationNumber",
              TraineeCodecs.REGISTRATION_NUMBER,
              Contribution::registrationNumber,
              Contribution.Builder::registrationNumber)
          .required(
              "quantity", Scalars.COUNT, Contribution::quantity, Contribution.Builder::quantity)
          .describedAs("The contribution of a trainee to a batch (kontribusi)")
          .build();

  /** {@link PremiShare}: {@code {"registrationNumber","quantity","amount"}}. */
  public static final Codec<PremiShare> PREMI_SHARE =
      ObjectCodec.builder(PremiShare.class, PremiShare::builder, PremiShare.Builder::build)
          .required(
              "registrationNumber",
              TraineeCodecs.REGISTRATION_NUMBER,
              PremiShare::registrationNumber,
              PremiShare.Builder::registrationNumber)
          .required("quantity", Scalars.COUNT, PremiShare::quantity, PremiShare.Builder::quantity)
          .required("amount", MoneyCodecs.RUPIAH, PremiShare::amount, PremiShare.Builder::amount)
          .describedAs("The premi share of a trainee (bagian premi)")
          .build();

  /** {@link PremiAllocation}: {@code {"pool","basis","shares":[...]}}. */
  public static final Codec<PremiAllocation> PREMI_ALLOCATION =
      ObjectCodec.builder(
              PremiAllocation.class, PremiAllocation::builder, PremiAllocation.Builder::build)
          .required(
              "pool", MoneyCodecs.RUPIAH, PremiAllocation::pool, PremiAllocation.Builder::pool)
          .required(
              "basis", CONTRIBUTION_BASIS, PremiAllocation::basis, PremiAllocation.Builder::basis)
          .list("shares", PREMI_SHARE, PremiAllocation::shares, PremiAllocation.Builder::shares)
          .describedAs(
              "The allocation of a premi pool among trainees (pembagian premi); the shares summing to the pool is checked by the reader")
          .build();

  /**
   * {@link PremiEntry}: {@code {"date","at","zone","actor","kind","amount","reference"}}, {@code
   * date} the entry's day, {@code at}, {@code zone} and {@code actor} its stamp ({@link
   * StampFields#declareAfterDate}); an older document's {@code "date"} alone reads as the start of
   * that day, WIB, recorded by {@code system:import}.
   */
  public static final Codec<PremiEntry> PREMI_ENTRY =
      StampFields.declareAfterDate(
              ObjectCodec.builder(
                  PremiEntry.class,
                  () -> new StampFields<>(PremiEntry.builder()),
                  (StampFields<PremiEntry.Builder> d) -> d.builder().stamp(d.stamp()).build()),
              PremiEntry::stamp)
          .required("kind", PREMI_ENTRY_KIND, PremiEntry::kind, (d, v) -> d.builder().kind(v))
          .required(
              "amount", MoneyCodecs.RUPIAH, PremiEntry::amount, (d, v) -> d.builder().amount(v))
          .required(
              "reference",
              Scalars.text(1, PremiEntry.MAX_REFERENCE),
              PremiEntry::reference,
              (d, v) -> d.builder().reference(v))
          .describedAs("An entry of a premi account (mutasi premi)")
          .build();

  /** {@link PremiAccount}: {@code {"registrationNumber","spendingCap","entries":[...]}}. */
  public static final Codec<PremiAccount> PREMI_ACCOUNT =
      ObjectCodec.builder(PremiAccount.class, PremiAccount::builder, PremiAccount.Builder::build)
          .required(
              "registrationNumber",
              TraineeCodecs.REGISTRATION_NUMBER,
              PremiAccount::registrationNumber,
              PremiAccount.Builder::registrationNumber)
          .defaulted(
              "spendingCap",
              MoneyCodecs.RATE,
              PremiAccount::spendingCap,
              PremiAccount.Builder::spendingCap)
          .list("entries", PREMI_ENTRY, PremiAccount::entries, PremiAccount.Builder::entries)
          .describedAs("The premi account of a trainee (rekening premi)")
          .build();

  /**
   * {@link PnbpEntry}: {@code {"date","at","zone","actor","reference","amount"}}, the day and the
   * stamp as a premi entry's ({@link StampFields#declareAfterDate}).
   */
  public static final Codec<PnbpEntry> PNBP_ENTRY =
      StampFields.declareAfterDate(
              ObjectCodec.builder(
                  PnbpEntry.class,
                  () -> new StampFields<>(PnbpEntry.builder()),
                  (StampFields<PnbpEntry.Builder> d) -> d.builder().stamp(d.stamp()).build()),
              PnbpEntry::stamp)
          .required(
              "reference",
              Scalars.text(1, PnbpEntry.MAX_REFERENCE),
              PnbpEntry::reference,
              (d, v) -> d.builder().reference(v))
          .required(
              "amount",
              MoneyCodecs.POSITIVE_RUPIAH,
              PnbpEntry::amount,
              (d, v) -> d.builder().amount(v))
          .describedAs("A PNBP record or deposit (catatan / setoran PNBP)")
          .build();

  /**
   * {@link PnbpLedger} (<i>buku PNBP</i>): {@code {"facilityCode","year","target","records",
   * "deposits"}}, the year a JSON integer.
   */
  public static final Codec<PnbpLedger> PNBP_LEDGER =
      ObjectCodec.builder(PnbpLedger.class, PnbpLedger::builder, PnbpLedger.Builder::build)
          .required(
              "facilityCode",
              Scalars.FACILITY_CODE,
              PnbpLedger::facilityCode,
              PnbpLedger.Builder::facilityCode)
          .required("year", Scalars.YEAR, PnbpLedger::year, PnbpLedger.Builder::year)
          .required(
              "target", MoneyCodecs.POSITIVE_RUPIAH, PnbpLedger::target, PnbpLedger.Builder::target)
          .list("records", PNBP_ENTRY, PnbpLedger::records, PnbpLedger.Builder::records)
          .list("deposits", PNBP_ENTRY, PnbpLedger::deposits, PnbpLedger.Builder::deposits)
          .describedAs("The PNBP ledger of a facility for a year (buku PNBP)")
          .build();

  /**
   * A premi account's events ({@link PremiEvent}), each a document kind of its own ({@link
   * EventCodecs}): {@code account} is the holder's registration number (personal data: like the
   * account, an internal document), {@code entry} the entry appended, with its stamp.
   */
  private static final List<Codec<? extends PremiEvent>> PREMI_EVENTS =
      EventCodecs.family(
          PremiEvent.class,
          Map.of(
              RegistrationNumber.class,
              TraineeCodecs.REGISTRATION_NUMBER,
              PremiEntry.class,
              PREMI_ENTRY),
          Map.of(),
          Set.of());

  /**
   * A PNBP ledger's events ({@link PnbpEvent}), each a document kind of its own: the ledger's
   * facility and year, and the entry appended, with its stamp.
   */
  private static final List<Codec<? extends PnbpEvent>> PNBP_EVENTS =
      EventCodecs.family(
          PnbpEvent.class,
          Map.of(
              FacilityCode.class,
              Scalars.FACILITY_CODE,
              Year.class,
              Scalars.YEAR,
              PnbpEntry.class,
              PNBP_ENTRY),
          Map.of(),
          Set.of());

  private ProceedsCodecs() {}

  /**
   * The codecs of a premi account's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends PremiEvent>> premiEvents() {
    return PREMI_EVENTS;
  }

  /**
   * The codecs of a PNBP ledger's events, one per event type.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<? extends PnbpEvent>> pnbpEvents() {
    return PNBP_EVENTS;
  }

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        SPLIT_POLICY,
        SPLIT_POLICIES,
        PROCEEDS_SPLIT,
        CONTRIBUTION,
        PREMI_SHARE,
        PREMI_ALLOCATION,
        PREMI_ENTRY,
        PREMI_ACCOUNT,
        PNBP_ENTRY,
        PNBP_LEDGER);
  }
}
