/**
 * Skill programmes (<i>program pembinaan kemandirian</i>): programmes and their SKKNI competency
 * units, enrolments, sessions and attendance, assessments, certificates and the skills passport.
 *
 * <ul>
 *   <li>{@link org.bengkel.programme.SkillProgramme}: field ({@link
 *       org.bengkel.programme.SkillField}), SKKNI decree and unit codes, training hours (JP),
 *       capacity, supervising officers, whether it works outside the walls, whether it is
 *       production.
 *   <li>{@link org.bengkel.programme.Enrolment}: the lifecycle waiting, active, suspended (with or
 *       without pay), completed, withdrawn ({@link org.bengkel.programme.EnrolmentStatus}), each
 *       move dated and with a reason ({@link org.bengkel.programme.EnrolmentReason}).
 *   <li>{@link org.bengkel.programme.ProgrammeRoster}: one programme's enrolments, capacity and a
 *       first-in-first-out waiting list; convicts only in production programmes.
 *   <li>{@link org.bengkel.programme.TrainingRegister}: several rosters with their {@link
 *       org.bengkel.programme.Session}s, {@link org.bengkel.programme.Attendance} and {@link
 *       org.bengkel.programme.CompetencyAssessment}s; refuses overlapping enrolments and
 *       overlapping attendance, answers "is trainee X actively enrolled in programme P on date D"
 *       ({@link org.bengkel.programme.TrainingRegister#isActivelyEnrolled}) and compiles the {@link
 *       org.bengkel.programme.SkillsPassport}.
 *   <li>{@link org.bengkel.programme.Certificate}: LSP or BLK certificates with validity dates.
 * </ul>
 *
 * <p>Trainees are identified by {@link org.bengkel.trainee.RegistrationNumber} only; their
 * sentences and eligibility live in {@code org.bengkel.trainee}. Where a rule here needs
 * eligibility (work outside the walls needs asimilasi), the caller supplies the answer as an {@link
 * org.bengkel.programme.OutsideWorkClearance}. Rules and their codes: {@link
 * org.bengkel.programme.ProgrammeRule}.
 */
@BengkelStyle
@NullMarked
package org.bengkel.programme;

import org.bengkel.internal.BengkelStyle;
import org.jspecify.annotations.NullMarked;
