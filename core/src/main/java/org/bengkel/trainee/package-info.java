/**
 * Trainees (<i>warga binaan</i>): registration numbers and register classes, sentences and
 * remissions, discipline records, human assessments, eligibility policies and their decisions
 * (asimilasi, SAE, PB, CB, CMB).
 *
 * <ul>
 *   <li>{@link org.bengkel.trainee.Trainee}: the person, with {@link
 *       org.bengkel.trainee.RegistrationNumber}, {@link org.bengkel.trainee.CrimeCategory}, {@link
 *       org.bengkel.trainee.TraineeStatus}, {@link org.bengkel.trainee.Sentence}, {@link
 *       org.bengkel.trainee.DisciplineRecord}s and {@link org.bengkel.trainee.AssessmentRecord}s;
 *   <li>{@link org.bengkel.trainee.Sentence}: exact day arithmetic (1/2 and 2/3 points, expected
 *       release) with {@link org.bengkel.trainee.DetentionPeriod}s counted by {@link
 *       org.bengkel.trainee.DetentionKind} (KUHAP 1981 Art. 22) and {@link
 *       org.bengkel.trainee.Remission}s;
 *   <li>{@link org.bengkel.trainee.EligibilityPolicy#evaluate}: an {@link
 *       org.bengkel.trainee.EligibilityDecision} with one {@link
 *       org.bengkel.trainee.ConditionResult} per condition (UU 22/2022; Permenkumham 3/2018 as
 *       amended by 7/2022).
 * </ul>
 *
 * <p>The terms, the rules with their sources and the choices made where the regulations are silent
 * (month ends, the nine-month minimum, the clean-record anchor, detention credit) are in the
 * project's docs/domain.md.
 *
 * <p>Everything about a trainee is personal data (UU 27/2022) and stays out of {@code toString()}
 * and exception messages.
 */
@BengkelStyle
@NullMarked
package org.bengkel.trainee;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
