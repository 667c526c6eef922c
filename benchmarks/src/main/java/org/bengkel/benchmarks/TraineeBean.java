package org.bengkel.benchmarks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.TraineeStatus;

/**
 * The validation benchmark's baseline for a trainee: a plain mutable class carrying the same field
 * constraints as {@link org.bengkel.trainee.Trainee}, {@link org.bengkel.trainee.Sentence} and
 * {@link org.bengkel.trainee.Remission}, for Hibernate Validator. Constraints sit on fields, which
 * Hibernate Validator reads without a getter-selection strategy. It cannot express the cross-field
 * rules bengkel checks (register class against sentence length and status, remission dates,
 * remissions shorter than the sentence), so the baseline does strictly less work.
 */
final class TraineeBean {

  /** A register-class prefix, a separator, then something that is not blank. */
  static final String REGISTRATION = "(A\\.(I|II|III|IV|V)|B\\.(I|IIa|IIb|III))[ ./-]\\s*\\S.*";

  static final String CODE = "[A-Z0-9]+(-[A-Z0-9]+)*";

  @NotNull
  @Size(max = 40)
  @Pattern(regexp = REGISTRATION)
  final String registrationNumber;

  @NotBlank
  @Size(max = 200)
  final String name;

  @NotNull
  @Size(max = 40)
  @Pattern(regexp = CODE)
  final String facilityCode;

  @NotNull final CrimeCategory crimeCategory;

  @NotNull final TraineeStatus status;

  @NotNull @Valid final SentenceBean sentence;

  @NotNull final List<@NotNull LocalDate> disciplineRecords;

  TraineeBean(
      String registrationNumber,
      String name,
      String facilityCode,
      CrimeCategory crimeCategory,
      TraineeStatus status,
      SentenceBean sentence,
      List<LocalDate> disciplineRecords) {
    this.registrationNumber = registrationNumber;
    this.name = name;
    this.facilityCode = facilityCode;
    this.crimeCategory = crimeCategory;
    this.status = status;
    this.sentence = sentence;
    this.disciplineRecords = disciplineRecords;
  }

  /** The sentence part of the baseline bean. */
  static final class SentenceBean {
    @NotNull final SentenceKind kind;
    @NotNull final Period length;
    @NotNull final LocalDate firstDayOfDetention;
    @NotNull final List<@NotNull @Valid RemissionBean> remissions;

    SentenceBean(
        SentenceKind kind,
        Period length,
        LocalDate firstDayOfDetention,
        List<RemissionBean> remissions) {
      this.kind = kind;
      this.length = length;
      this.firstDayOfDetention = firstDayOfDetention;
      this.remissions = remissions;
    }
  }

  /** One remission of the baseline bean. */
  static final class RemissionBean {
    @Positive final int days;
    @NotNull final LocalDate granted;
    @NotNull final RemissionKind kind;

    RemissionBean(int days, LocalDate granted, RemissionKind kind) {
      this.days = days;
      this.granted = granted;
      this.kind = kind;
    }
  }
}
