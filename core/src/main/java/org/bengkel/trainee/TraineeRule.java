package org.bengkel.trainee;

import org.bengkel.error.Rule;

/**
 * The rules of trainees, sentences and eligibility (<i>aturan warga binaan</i>).
 *
 * <p>Two families share this enum. The first are broken contracts, carried by the exceptions thrown
 * when an invalid trainee, sentence or policy would be built. The second, whose codes start with
 * {@code trainee.eligibility.}, are the conditions of an eligibility decision (UU 22/2022
 * Pemasyarakatan, Art. 10; Permenkumham 3/2018 as amended by Permenkumham 7/2022): they are
 * reported in {@link ConditionResult}, never thrown. Every code has an English and an Indonesian
 * message.
 *
 * <p>Immutable and thread-safe.
 */
public enum TraineeRule implements Rule {
  /** A registration number without a known register-class prefix. */
  REGISTRATION_FORMAT("trainee.registration.format"),
  /** The register class does not fit the status: detainees are A.I-A.V, convicts B.I-B.III. */
  REGISTER_CLASS_STATUS("trainee.register-class.status"),
  /**
   * The register class does not agree with the sentence: B.I more than one year, B.IIa more than
   * three months up to one year, B.IIb three months or less, B.III <i>kurungan</i>.
   */
  REGISTER_CLASS_SENTENCE("trainee.register-class.sentence"),
  /** A detainee has a sentence, or a convict has none. */
  SENTENCE_STATUS("trainee.sentence.status"),
  /** A sentence length is zero, negative or longer than the law allows; detail {2} the maximum. */
  SENTENCE_LENGTH("trainee.sentence.length"),
  /** A detention period whose last day is before its first day. */
  DETENTION_DATES("trainee.detention.dates"),
  /**
   * Detention periods out of chronological order, overlapping, or not ending before the first day
   * of serving (KUHAP 1981 Art. 22: a day is detained once, under one kind).
   */
  DETENTION_ORDER("trainee.detention.order"),
  /**
   * A stored sentence whose first day of detention is not the first day of its first detention
   * period (or, without periods, not its first day of serving); raised by readers of stored forms
   * that carry both.
   */
  DETENTION_FIRST_DAY("trainee.detention.first-day"),
  /** A remission of zero or fewer days. */
  REMISSION_DAYS("trainee.remission.days"),
  /** A remission granted before the first day of detention. */
  REMISSION_DATE("trainee.remission.date"),
  /** The remissions add up to the whole sentence or more. */
  REMISSION_EXCEEDS("trainee.remission.exceeds"),
  /**
   * A general or special remission granted twice on one date: the same remission recorded twice,
   * which would count twice in the sentence's arithmetic (see {@link RemissionKind}).
   */
  REMISSION_DUPLICATE("trainee.remission.duplicate"),
  /**
   * A remission granted after the release the remissions leave: after the convict walked out, or
   * cutting more days than remained to be served on the day it was granted (a remission is granted
   * while the sentence is served).
   */
  REMISSION_AFTER_RELEASE("trainee.remission.after-release"),
  /** A discipline record (Register F) dated before the first day of detention. */
  DISCIPLINE_DATE("trainee.discipline.date"),
  /** A status change that the lifecycle does not allow. */
  STATUS_TRANSITION("trainee.status.transition"),
  /** A policy fraction that is not above zero and at most one. */
  POLICY_FRACTION("trainee.policy.fraction"),

  /** Condition: the person is a convict in custody (status {@code CONVICT}); never a detainee. */
  ELIGIBILITY_CONVICT("trainee.eligibility.convict"),
  /** Condition: the evaluated date is before the expected release. */
  ELIGIBILITY_BEFORE_RELEASE("trainee.eligibility.before-release"),
  /** Condition: the fraction {2} of the sentence (after remissions) has been served. */
  ELIGIBILITY_SERVED("trainee.eligibility.served"),
  /** Condition: the fraction {2} of the sentence amounts to at least {3} months. */
  ELIGIBILITY_MINIMUM("trainee.eligibility.minimum"),
  /** Condition: no discipline record (Register F) in the last {2} months. */
  ELIGIBILITY_CLEAN_RECORD("trainee.eligibility.clean-record"),
  /** Condition: actively taking part in the programmes (human assessment). */
  ELIGIBILITY_PARTICIPATION("trainee.eligibility.participation"),
  /** Condition: the observation team (TPP) approved the proposal (human assessment). */
  ELIGIBILITY_TPP("trainee.eligibility.tpp"),
  /** Condition: a community research report (Litmas) supports it (human assessment). */
  ELIGIBILITY_LITMAS("trainee.eligibility.litmas"),
  /** Condition: the conditions specific to a special crime are met (human assessment). */
  ELIGIBILITY_CRIME_SPECIFIC("trainee.eligibility.crime-specific"),
  /** Condition: the sentence is at most {2} months (conditional leave, CB). */
  ELIGIBILITY_CB_SENTENCE("trainee.eligibility.cb-sentence"),
  /** Condition: a remission has been granted that pre-release leave (CMB) can replace. */
  ELIGIBILITY_CMB_REMISSION("trainee.eligibility.cmb-remission");

  private final String code;

  TraineeRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
