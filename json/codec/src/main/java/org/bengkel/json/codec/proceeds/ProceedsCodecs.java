package org.bengkel.json.codec.proceeds;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.proceeds.PremiEntryKind;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitBase;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;

/**
 * The JSON form of the proceeds types (<i>hasil penjualan</i>): split policies and splits, premi
 * allocations and accounts (<i>premi</i>, with their whole history) and the PNBP ledger. Amounts
 * are JSON integers, shares and caps strings in {@code Rate}'s canonical form, dates ISO-8601,
 * enumerations their constant names. Every value is read through bengkel-core's public builders,
 * so a split policy whose shares do not sum to 100 % or a premi account whose history breaks the
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
  public static final Codec<SplitPolicy> SPLIT_POLICY = new SplitPolicyCodec();

  /** {@link SplitPolicies}: {@code {"facilityCode","policies":[...]}}. */
  public static final Codec<SplitPolicies> SPLIT_POLICIES = new SplitPoliciesCodec();

  /**
   * {@link ProceedsSplit}: {@code {"policy","revenue","materialCost","base","premi","pnbp",
   * "capital"}}, all required.
   */
  public static final Codec<ProceedsSplit> PROCEEDS_SPLIT = new ProceedsSplitCodec();

  /** {@link Contribution}: {@code {"registrationNumber","quantity"}}. */
  public static final Codec<Contribution> CONTRIBUTION = new ContributionCodec();

  /** {@link PremiShare}: {@code {"registrationNumber","quantity","amount"}}. */
  public static final Codec<PremiShare> PREMI_SHARE = new PremiShareCodec();

  /** {@link PremiAllocation}: {@code {"pool","basis","shares":[...]}}. */
  public static final Codec<PremiAllocation> PREMI_ALLOCATION = new PremiAllocationCodec();

  /** {@link PremiEntry}: {@code {"date","kind","amount","reference"}}. */
  public static final Codec<PremiEntry> PREMI_ENTRY = new PremiEntryCodec();

  /** {@link PremiAccount}: {@code {"registrationNumber","spendingCap","entries":[...]}}. */
  public static final Codec<PremiAccount> PREMI_ACCOUNT = new PremiAccountCodec();

  /** {@link PnbpEntry}: {@code {"date","reference","amount"}}. */
  public static final Codec<PnbpEntry> PNBP_ENTRY = new PnbpEntryCodec();

  /**
   * {@link PnbpLedger} (<i>buku PNBP</i>): {@code {"facilityCode","year","target","records",
   * "deposits"}}, the year a JSON integer.
   */
  public static final Codec<PnbpLedger> PNBP_LEDGER = new PnbpLedgerCodec();

  private ProceedsCodecs() {}

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
