package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.trainee.Fixtures.assessed;
import static org.bengkel.trainee.Fixtures.convict;
import static org.bengkel.trainee.Fixtures.date;

import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * SAE work is a form of asimilasi: the TPP's asimilasi approval covers it unless the policy asks
 * for a separate SAE approval, an SAE approval never covers asimilasi, and an asimilasi refusal
 * refuses SAE work.
 */
class SaeApprovalTest {

  private final EligibilityPolicy covered = EligibilityPolicy.defaults();
  private final EligibilityPolicy separate =
      EligibilityPolicy.defaults().withSaeNeedsOwnApproval(true);

  // General crime, two years from 2024-01-10: 731 days (29 Feb 2024 inside), 1/2 point
  // 2024-01-10 + ceil(731/2) = + 366 days = 2025-01-10; release 2026-01-10. Participation recorded
  // 2024-12-01, no discipline record: on 2025-02-01 every condition but the TPP's holds.
  private static Trainee participating() {
    return assessed(
        convict(CrimeCategory.GENERAL, Period.ofYears(2), "2024-01-10"),
        "2024-12-01",
        AssessmentKind.ACTIVE_PARTICIPATION);
  }

  private static AssessmentRecord tpp(Entitlement about, String on, boolean positive) {
    return AssessmentRecord.builder()
        .kind(AssessmentKind.TPP_APPROVAL)
        .date(date(on))
        .positive(positive)
        .entitlement(about)
        .note("BA Sidang TPP 12/2024")
        .build();
  }

  private static Verdict tppVerdict(
      EligibilityPolicy policy, Entitlement entitlement, Trainee t, String on) {
    return policy
        .evaluate(entitlement, t, date(on))
        .condition(TraineeRule.ELIGIBILITY_TPP)
        .orElseThrow()
        .verdict();
  }

  @Test
  void theDefaultPolicyLetsTheAsimilasiApprovalCoverSae() {
    assertThat(EligibilityPolicy.defaults().saeNeedsOwnApproval()).isFalse();
    assertThat(EligibilityPolicy.builder().build().saeNeedsOwnApproval()).isFalse();
    assertThat(separate.saeNeedsOwnApproval()).isTrue();
    assertThat(separate.withSaeNeedsOwnApproval(false)).isEqualTo(covered);
    assertThat(covered.withSaeNeedsOwnApproval(false)).isSameAs(covered);
    assertThat(EligibilityPolicy.builder().saeNeedsOwnApproval(true).build()).isEqualTo(separate);
    // the other settings are kept
    EligibilityPolicy six = EligibilityPolicy.builder().cbMaximumLeaveMonths(6).build();
    assertThat(six.withSaeNeedsOwnApproval(true).cbMaximumLeaveMonths()).isEqualTo(6);
  }

  @Test
  void anAsimilasiApprovalMakesSaeTppMetUnderTheDefault() {
    // TPP approved asimilasi on 2024-12-01; on 2025-02-01 (after the 1/2 point 2025-01-10)
    // the asimilasi approval covers SAE work: every condition met.
    Trainee t = participating().withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", true));
    assertThat(tppVerdict(covered, Entitlement.ASIMILASI, t, "2025-02-01")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.MET);
    EligibilityDecision sae = covered.evaluate(Entitlement.SAE, t, date("2025-02-01"));
    assertThat(sae.eligible()).isTrue();
    assertThat(sae.failing()).isEmpty();
    // an approval counts from its date: on 2024-11-30 there is none yet
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2024-11-30"))
        .isEqualTo(Verdict.NEEDS_INPUT);
    // it does not reach beyond asimilasi: parole still waits for its own hearing
    assertThat(tppVerdict(covered, Entitlement.PB, t, "2025-02-01")).isEqualTo(Verdict.NEEDS_INPUT);
  }

  @Test
  void aSeparateSaeApprovalIsNeededWhenThePolicySaysSo() {
    // asimilasi approved 2024-12-01, SAE approved at its own hearing on 2025-01-15
    Trainee approved =
        participating().withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", true));
    assertThat(tppVerdict(separate, Entitlement.ASIMILASI, approved, "2025-02-01"))
        .isEqualTo(Verdict.MET);
    EligibilityDecision waiting = separate.evaluate(Entitlement.SAE, approved, date("2025-02-01"));
    assertThat(waiting.eligible()).isFalse();
    assertThat(waiting.needsInput()).isTrue();
    assertThat(waiting.failing())
        .singleElement()
        .extracting(ConditionResult::rule, ConditionResult::verdict)
        .containsExactly(TraineeRule.ELIGIBILITY_TPP, Verdict.NEEDS_INPUT);

    Trainee both = approved.withAssessment(tpp(Entitlement.SAE, "2025-01-15", true));
    assertThat(tppVerdict(separate, Entitlement.SAE, both, "2025-01-14"))
        .isEqualTo(Verdict.NEEDS_INPUT);
    assertThat(tppVerdict(separate, Entitlement.SAE, both, "2025-01-15")).isEqualTo(Verdict.MET);
    assertThat(separate.evaluate(Entitlement.SAE, both, date("2025-02-01")).eligible()).isTrue();
  }

  @Test
  void anSaeApprovalDoesNotCoverAsimilasi() {
    Trainee t = participating().withAssessment(tpp(Entitlement.SAE, "2024-12-01", true));
    for (EligibilityPolicy p : new EligibilityPolicy[] {covered, separate}) {
      assertThat(tppVerdict(p, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.MET);
      assertThat(tppVerdict(p, Entitlement.ASIMILASI, t, "2025-02-01"))
          .isEqualTo(Verdict.NEEDS_INPUT);
      assertThat(p.evaluate(Entitlement.ASIMILASI, t, date("2025-02-01")).eligible()).isFalse();
    }
  }

  @Test
  void aRefusedAsimilasiRefusesSae() {
    // Negative records are AssessmentRecords with positive() false: the TPP refused asimilasi on
    // 2024-12-01. SAE is NOT_MET under either setting, even after an SAE approval on 2025-01-15.
    Trainee refused =
        participating().withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", false));
    Trainee thenSae = refused.withAssessment(tpp(Entitlement.SAE, "2025-01-15", true));
    for (EligibilityPolicy p : new EligibilityPolicy[] {covered, separate}) {
      assertThat(tppVerdict(p, Entitlement.ASIMILASI, refused, "2025-02-01"))
          .isEqualTo(Verdict.NOT_MET);
      assertThat(tppVerdict(p, Entitlement.SAE, refused, "2025-02-01")).isEqualTo(Verdict.NOT_MET);
      assertThat(tppVerdict(p, Entitlement.SAE, thenSae, "2025-02-01")).isEqualTo(Verdict.NOT_MET);
      EligibilityDecision d = p.evaluate(Entitlement.SAE, thenSae, date("2025-02-01"));
      assertThat(d.eligible()).isFalse();
      assertThat(d.needsInput()).isFalse();
      assertThat(d.earliestDate()).isEmpty();
    }
    // A general refusal (no entitlement) is a refusal of asimilasi too.
    Trainee general =
        participating()
            .withAssessment(
                AssessmentRecord.negative(AssessmentKind.TPP_APPROVAL, date("2024-12-01")))
            .withAssessment(tpp(Entitlement.SAE, "2025-01-15", true));
    assertThat(tppVerdict(covered, Entitlement.SAE, general, "2025-02-01"))
        .isEqualTo(Verdict.NOT_MET);
    // A later asimilasi approval (2025-01-20) lifts the refusal for both.
    Trainee lifted = refused.withAssessment(tpp(Entitlement.ASIMILASI, "2025-01-20", true));
    assertThat(tppVerdict(covered, Entitlement.SAE, lifted, "2025-01-19"))
        .isEqualTo(Verdict.NOT_MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, lifted, "2025-01-20")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(separate, Entitlement.SAE, lifted, "2025-01-20"))
        .isEqualTo(Verdict.NEEDS_INPUT);
  }

  @Test
  void ofAnAsimilasiAndAnSaeRecordTheLaterCounts() {
    // SAE refused on 2024-12-10, asimilasi approved on 2025-01-05: under the default the later
    // asimilasi approval covers SAE work; with a separate SAE approval the refusal stands.
    Trainee t =
        participating()
            .withAssessment(tpp(Entitlement.SAE, "2024-12-10", false))
            .withAssessment(tpp(Entitlement.ASIMILASI, "2025-01-05", true));
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2025-01-04")).isEqualTo(Verdict.NOT_MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2025-01-05")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(separate, Entitlement.SAE, t, "2025-01-05")).isEqualTo(Verdict.NOT_MET);
    // asimilasi approved on 2024-12-01, SAE refused on 2024-12-10: the SAE refusal is later
    Trainee u =
        participating()
            .withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", true))
            .withAssessment(tpp(Entitlement.SAE, "2024-12-10", false));
    assertThat(tppVerdict(covered, Entitlement.SAE, u, "2024-12-09")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, u, "2024-12-10")).isEqualTo(Verdict.NOT_MET);
    assertThat(tppVerdict(covered, Entitlement.ASIMILASI, u, "2024-12-10")).isEqualTo(Verdict.MET);
    // on the same date the record about SAE counts
    Trainee same =
        participating()
            .withAssessment(tpp(Entitlement.SAE, "2024-12-01", false))
            .withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", true));
    assertThat(tppVerdict(covered, Entitlement.SAE, same, "2024-12-01")).isEqualTo(Verdict.NOT_MET);
  }

  // Same-day ties between a record about every entitlement and one about asimilasi or SAE (found by
  // comparing core with an independent implementation of docs/eligibility.md). The trainee of
  // participating(): on 2025-02-01 the 1/2 point (2025-01-10) has passed, no discipline record,
  // participation recorded; only the TPP condition varies.
  @Test
  void aGeneralRecordSupersededByAnAsimilasiApprovalOnTheSameDayDoesNotRefuseSae() {
    // 2024-12-01: a general TPP refusal, then the same day an asimilasi approval. Of two records
    // on one date the one recorded later counts, so asimilasi is approved; with no record about
    // SAE, SAE follows the asimilasi approval that covers it (it was refused before the fix: the
    // general refusal won the tie as if it were about SAE).
    Trainee t =
        participating()
            .withAssessment(
                AssessmentRecord.negative(AssessmentKind.TPP_APPROVAL, date("2024-12-01")))
            .withAssessment(tpp(Entitlement.ASIMILASI, "2024-12-01", true));
    assertThat(tppVerdict(covered, Entitlement.ASIMILASI, t, "2025-02-01")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.MET);
    assertThat(covered.evaluate(Entitlement.SAE, t, date("2025-02-01")).eligible()).isTrue();
    // a separate SAE approval: only the general refusal counts for SAE
    assertThat(tppVerdict(separate, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void onTheSameDayTheRecordAboutSaeCountsBeforeAGeneralOne() {
    // 2024-12-01: an SAE refusal, then the same day a general approval. The general approval
    // approves asimilasi; for SAE the record about SAE counts on that date (docs/eligibility.md),
    // whichever was recorded first, under either setting (approved before the fix).
    Trainee t =
        participating()
            .withAssessment(tpp(Entitlement.SAE, "2024-12-01", false))
            .withAssessment(
                AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2024-12-01")));
    assertThat(tppVerdict(covered, Entitlement.ASIMILASI, t, "2025-02-01")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(covered, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.NOT_MET);
    assertThat(tppVerdict(separate, Entitlement.SAE, t, "2025-02-01")).isEqualTo(Verdict.NOT_MET);
    // a later general approval (2024-12-02) counts for SAE again
    Trainee later =
        t.withAssessment(
            AssessmentRecord.positive(AssessmentKind.TPP_APPROVAL, date("2024-12-02")));
    assertThat(tppVerdict(covered, Entitlement.SAE, later, "2025-02-01")).isEqualTo(Verdict.MET);
    assertThat(tppVerdict(separate, Entitlement.SAE, later, "2025-02-01")).isEqualTo(Verdict.MET);
  }
}
