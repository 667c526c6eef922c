package org.bengkel.trainee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.immutables.value.Value;

/**
 * A person in the correctional system taking part in, or recorded for, the workshop (<i>warga
 * binaan pemasyarakatan, WBP</i>): registration number, name, facility, crime category, status,
 * sentence, discipline records and the human assessments that eligibility depends on.
 *
 * <h2>Invariants</h2>
 *
 * <ul>
 *   <li>A {@linkplain TraineeStatus#DETAINEE detainee} (<i>tahanan</i>) has a register class
 *       A.I-A.V; a convict (in custody or on integration) B.I-B.III; a released or transferred
 *       person keeps the class they had ({@link TraineeRule#REGISTER_CLASS_STATUS}).
 *   <li>There is a sentence exactly when the register class is a convict's ({@link
 *       TraineeRule#SENTENCE_STATUS}).
 *   <li>The register class agrees with the sentence (Permenkumham on registration; see {@link
 *       Sentence#registerClass()}): B.I more than one year, B.IIa more than three months up to one
 *       year, B.IIb three months or less, B.III kurungan ({@link
 *       TraineeRule#REGISTER_CLASS_SENTENCE}).
 *   <li>No discipline record is dated before the first day of detention ({@link
 *       TraineeRule#DISCIPLINE_DATE}).
 * </ul>
 *
 * <p>Only a convict in custody may join production ({@link #mayJoinProduction()}); a detainee can
 * be recorded but not enrolled. Eligibility for asimilasi, SAE, PB, CB and CMB is decided by {@link
 * EligibilityPolicy#evaluate(Entitlement, Trainee, LocalDate)}.
 *
 * <p><b>Personal data</b> (UU 27/2022): the registration number, name, crime category, status,
 * sentence, discipline records and assessments are redacted from {@link #toString()}, which shows
 * only the facility code; errors never repeat them.
 *
 * <h2>Stamps, events and the version</h2>
 *
 * <p>The operations that change a trainee's record ({@link #sentenced}, {@link #withRemission},
 * {@link #changeStatus}, {@link #recordDiscipline}, {@link #recordAssessment}) take a {@link Stamp}
 * (who recorded the change and when; never the trainee), yield one {@link TraineeEvent} and add one
 * to {@link #version()}; {@link #replay(Trainee, List)} rebuilds the trainee from the record as
 * admitted and those events. {@link #withDisciplineRecord} and {@link #withAssessment} are copies
 * for building a record read back from elsewhere, and change no version.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trainee {

  /** The longest name accepted, in characters (code points); the JSON schema states it. */
  public static final int MAX_NAME = 200;

  Trainee() {}

  /**
   * The registration number (<i>nomor register</i>).
   *
   * @return the number, never null
   */
  @NotNull
  @Value.Redacted
  public abstract RegistrationNumber registrationNumber();

  /**
   * The name as registered.
   *
   * @return the name, never null or blank, at most 200 characters
   */
  @NotBlank
  @Size(max = MAX_NAME)
  @Value.Redacted
  public abstract String name();

  /**
   * The code of the facility holding the trainee, as {@link Facility#code()}.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract FacilityCode facilityCode();

  /**
   * The category of the crime (for a detainee: of the charge).
   *
   * @return the category, never null
   */
  @NotNull
  @Value.Redacted
  public abstract CrimeCategory crimeCategory();

  /**
   * The status.
   *
   * @return the status, never null
   */
  @NotNull
  @Value.Redacted
  public abstract TraineeStatus status();

  /**
   * The sentence, for a convict.
   *
   * @return the sentence, empty exactly when the register class is a detainee's
   */
  @NotNull
  @Value.Redacted
  public abstract Optional<Sentence> sentence();

  /**
   * The discipline records (Register F), in any order.
   *
   * @return the records, never null, possibly empty
   */
  @NotNull
  @Value.Redacted
  public abstract List<DisciplineRecord> disciplineRecords();

  /**
   * The human assessments recorded (TPP, Litmas, participation, crime-specific conditions).
   *
   * @return the records, never null, possibly empty
   */
  @NotNull
  @Value.Redacted
  public abstract List<AssessmentRecord> assessments();

  /**
   * The record's version: 0 as admitted, one more per accepted stamped operation. A host stores it
   * beside the record and accepts the next change only from the version it read (optimistic
   * concurrency).
   *
   * @return the version, 0 or more
   */
  @PositiveOrZero
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.requireRange(version(), "version", 0, Long.MAX_VALUE);
    Checks.requirePersonalText(name(), "name", MAX_NAME);
    RegisterClass rc = registrationNumber().registerClass();
    if (status() == TraineeStatus.DETAINEE
        ? rc.isConvict()
        : status().isConvict() && !rc.isConvict()) {
      throw InvalidValueException.personal(TraineeRule.REGISTER_CLASS_STATUS, "registrationNumber");
    }
    if (sentence().isPresent() != rc.isConvict()) {
      throw InvalidValueException.personal(TraineeRule.SENTENCE_STATUS, "sentence");
    }
    if (sentence().isPresent()) {
      Sentence s = sentence().get();
      if (s.registerClass() != rc) {
        throw InvalidValueException.personal(
            TraineeRule.REGISTER_CLASS_SENTENCE, "registrationNumber");
      }
      for (int i = 0; i < disciplineRecords().size(); i++) {
        if (disciplineRecords().get(i).date().isBefore(s.firstDayOfDetention())) {
          throw InvalidValueException.personal(
              TraineeRule.DISCIPLINE_DATE, "disciplineRecords[" + i + "].date");
        }
      }
    }
  }

  /**
   * Whether this is a convict (<i>narapidana</i>): sentenced, in custody or outside on integration.
   *
   * @return true for status {@link TraineeStatus#CONVICT} or {@link TraineeStatus#ON_INTEGRATION}
   */
  public boolean isConvict() {
    return status().isConvict();
  }

  /**
   * Whether this is a detainee (<i>tahanan</i>).
   *
   * @return true for status {@link TraineeStatus#DETAINEE}
   */
  public boolean isDetainee() {
    return status() == TraineeStatus.DETAINEE;
  }

  /**
   * Whether the trainee may join production in the workshop: only a convict in custody.
   *
   * @return true for status {@link TraineeStatus#CONVICT}
   */
  public boolean mayJoinProduction() {
    return status() == TraineeStatus.CONVICT;
  }

  /**
   * The latest discipline record dated on or before {@code date}.
   *
   * @param date the date, not null
   * @return the record, empty when there is none by then
   * @throws MissingValueException if {@code date} is null
   */
  public Optional<DisciplineRecord> lastDisciplineRecord(LocalDate date) {
    Checks.required(date, "date");
    DisciplineRecord last = null;
    for (DisciplineRecord r : disciplineRecords()) {
      if (!r.date().isAfter(date) && (last == null || r.date().isAfter(last.date()))) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * The assessment that counts for a kind and entitlement on a date: the latest record of that kind
   * dated on or before {@code date} that {@linkplain AssessmentRecord#appliesTo applies} to the
   * entitlement (of two on the same date, the one later in {@link #assessments()}).
   *
   * @param kind the kind, not null
   * @param entitlement the entitlement asked about, not null
   * @param date the date, not null
   * @return the record, empty when none has been recorded by then
   * @throws MissingValueException if an argument is null
   */
  public Optional<AssessmentRecord> assessment(
      AssessmentKind kind, Entitlement entitlement, LocalDate date) {
    Checks.required(kind, "kind");
    Checks.required(entitlement, "entitlement");
    Checks.required(date, "date");
    AssessmentRecord last = null;
    for (AssessmentRecord r : assessments()) {
      if (r.kind() == kind
          && r.appliesTo(entitlement)
          && !r.date().isAfter(date)
          && (last == null || !r.date().isBefore(last.date()))) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /**
   * This trainee with one more discipline record.
   *
   * @param record the record, not null
   * @return the new trainee, never null
   * @throws InvalidValueException rule {@link TraineeRule#DISCIPLINE_DATE} if dated before the
   *     first day of detention
   * @throws MissingValueException if {@code record} is null
   */
  public Trainee withDisciplineRecord(DisciplineRecord record) {
    Checks.required(record, "record");
    return builder().from(this).addDisciplineRecord(record).build();
  }

  /**
   * This trainee with one more assessment.
   *
   * @param record the record, not null
   * @return the new trainee, never null
   * @throws MissingValueException if {@code record} is null
   */
  public Trainee withAssessment(AssessmentRecord record) {
    Checks.required(record, "record");
    return builder().from(this).addAssessment(record).build();
  }

  /**
   * This convict with one more remission on the sentence.
   *
   * <p>The remission may be granted on a later day than the stamp's (a decree recorded before the
   * day it takes effect): it counts from its own date ({@link Sentence#asOf(LocalDate)}).
   *
   * @param remission the remission, not null
   * @param stamp who recorded it and when, not null
   * @return accepted with the new trainee and its {@link TraineeEvent.RemissionGranted}, or refused
   *     with subject {@code "remission"} or {@code "status"}, the sentence's data withheld: {@link
   *     TraineeRule#SENTENCE_STATUS} for a detainee, who has no sentence to cut; {@link
   *     TraineeRule#REMISSION_DATE} if granted before the first day of detention; {@link
   *     TraineeRule#REMISSION_EXCEEDS} if the remissions would cover the whole sentence; {@link
   *     TraineeRule#REMISSION_DUPLICATE} for a general or special remission already granted on that
   *     date; {@link TraineeRule#REMISSION_AFTER_RELEASE} if granted after the release it would
   *     leave (after the convict walked out, or cutting more than remains); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Trainee> withRemission(Remission remission, Stamp stamp) {
    Checks.required(remission, "remission");
    Checks.required(stamp, "stamp");
    return granted(remission, stamp, s -> s.withRemission(remission));
  }

  /**
   * The remission granted: {@code cut} adds it to the sentence, checking the grant ({@link
   * Sentence#withRemission}) or, in a replay, as the sentence's builder reads a stored one.
   */
  private Outcome<Trainee> granted(Remission remission, Stamp stamp, UnaryOperator<Sentence> cut) {
    Optional<Sentence> s = sentence();
    if (s.isEmpty()) {
      return Outcome.refused(Refusal.personal(TraineeRule.SENTENCE_STATUS, "status"));
    }
    Sentence next;
    try {
      next = cut.apply(s.get());
    } catch (InvalidValueException misfit) {
      // The sentence was valid and the remission is a valid value: the only rules the copy can
      // break are those of a remission that does not fit this sentence, a refusal of the grant.
      return Outcome.refused(Refusal.personal(misfit.rule(), "remission"));
    }
    return changed(
        builder().from(this).sentence(next),
        new TraineeEvent.RemissionGranted(registrationNumber(), next(), stamp, remission));
  }

  /**
   * The detainee sentenced: becomes a convict with a new registration number in the register class
   * of the sentence.
   *
   * @param convictNumber the registration number as a convict, not null
   * @param sentence the sentence, not null
   * @param stamp who recorded it and when, not null
   * @return accepted with the new trainee and its {@link TraineeEvent.Sentenced}, or refused with
   *     {@link TraineeRule#STATUS_TRANSITION} unless a detainee (subject {@code "status"}, the
   *     status withheld), or with {@link TraineeRule#DISCIPLINE_DATE} if a discipline record
   *     already kept predates the sentence's first day of detention (subject {@code
   *     "sentence.firstDayOfDetention"}, the dates withheld); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link TraineeRule#REGISTER_CLASS_STATUS} or {@link
   *     TraineeRule#REGISTER_CLASS_SENTENCE} if the number does not fit the sentence
   */
  public Outcome<Trainee> sentenced(
      RegistrationNumber convictNumber, Sentence sentence, Stamp stamp) {
    Checks.required(convictNumber, "convictNumber");
    Checks.required(sentence, "sentence");
    Checks.required(stamp, "stamp");
    if (status() != TraineeStatus.DETAINEE) {
      return Outcome.refused(Refusal.personal(TraineeRule.STATUS_TRANSITION, "status"));
    }
    // a number that does not fit the sentence is an invalid argument: the builder throws for it
    boolean fits = convictNumber.registerClass() == sentence.registerClass();
    if (fits
        && disciplineRecords().stream()
            .anyMatch(kept -> kept.date().isBefore(sentence.firstDayOfDetention()))) {
      return Outcome.refused(
          Refusal.personal(TraineeRule.DISCIPLINE_DATE, "sentence.firstDayOfDetention"));
    }
    return changed(
        builder()
            .from(this)
            .registrationNumber(convictNumber)
            .status(TraineeStatus.CONVICT)
            .sentence(sentence),
        new TraineeEvent.Sentenced(registrationNumber(), next(), stamp, convictNumber, sentence));
  }

  /**
   * The trainee in another status. Allowed: a convict in custody to integration, release or
   * transfer; a convict on integration back to custody (revoked) or released; a detainee released
   * or transferred. Released and transferred are final; a detainee becomes a convict only through
   * {@link #sentenced(RegistrationNumber, Sentence, Stamp)}. Moving to the same status is accepted
   * and gives this trainee, with no event and the same version (nothing changed).
   *
   * @param next the new status, not null
   * @param stamp who recorded it and when, not null
   * @return accepted with the trainee in the new status and its {@link TraineeEvent.StatusChanged},
   *     or refused with {@link TraineeRule#STATUS_TRANSITION} for any other move (subject {@code
   *     "status"}, the statuses withheld: a status says whether someone is detained or convicted);
   *     never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Trainee> changeStatus(TraineeStatus next, Stamp stamp) {
    Checks.required(next, "next");
    Checks.required(stamp, "stamp");
    TraineeStatus from = status();
    if (from == next) {
      return Outcome.accepted(this);
    }
    boolean allowed =
        switch (from) {
          case DETAINEE -> next == TraineeStatus.RELEASED || next == TraineeStatus.TRANSFERRED;
          case CONVICT -> next != TraineeStatus.DETAINEE;
          case ON_INTEGRATION -> next == TraineeStatus.CONVICT || next == TraineeStatus.RELEASED;
          case RELEASED, TRANSFERRED -> false;
        };
    if (!allowed) {
      return Outcome.refused(Refusal.personal(TraineeRule.STATUS_TRANSITION, "status"));
    }
    return changed(
        builder().from(this).status(next),
        new TraineeEvent.StatusChanged(registrationNumber(), next(), stamp, next));
  }

  /**
   * Records a discipline record (<i>register F</i>).
   *
   * @param record the record, not null
   * @param stamp who recorded it and when, not null
   * @return accepted with the new trainee and its {@link TraineeEvent.DisciplineRecorded}, or
   *     refused with {@link CoreRule#DATED_AFTER_RECORDING} for a record dated after the stamp's
   *     day (subject {@code "record.date"}, the date withheld, detail the stamp's day: an offence
   *     is recorded once committed), or with {@link TraineeRule#DISCIPLINE_DATE} for a convict's
   *     record dated before the sentence's first day of detention (subject {@code "record.date"},
   *     the dates withheld); never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Trainee> recordDiscipline(DisciplineRecord record, Stamp stamp) {
    Checks.required(record, "record");
    Checks.required(stamp, "stamp");
    if (sentence().filter(s -> record.date().isBefore(s.firstDayOfDetention())).isPresent()) {
      // the record contradicts this trainee's sentence, not itself: a refusal, not a bad value
      return Outcome.refused(Refusal.personal(TraineeRule.DISCIPLINE_DATE, "record.date"));
    }
    return notYetHappened(record.date(), stamp).orElseGet(() -> disciplineRecorded(record, stamp));
  }

  private Outcome<Trainee> disciplineRecorded(DisciplineRecord record, Stamp stamp) {
    return changed(
        builder().from(this).addDisciplineRecord(record),
        new TraineeEvent.DisciplineRecorded(registrationNumber(), next(), stamp, record));
  }

  /**
   * Records an assessment (TPP, risk, ...).
   *
   * @param record the assessment, not null
   * @param stamp who recorded it and when, not null
   * @return accepted with the new trainee and its {@link TraineeEvent.AssessmentRecorded}, or
   *     refused with {@link CoreRule#DATED_AFTER_RECORDING} for an assessment dated after the
   *     stamp's day (subject {@code "record.date"}, the date withheld, detail the stamp's day);
   *     never null
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public Outcome<Trainee> recordAssessment(AssessmentRecord record, Stamp stamp) {
    Checks.required(record, "record");
    Checks.required(stamp, "stamp");
    return notYetHappened(record.date(), stamp).orElseGet(() -> assessmentRecorded(record, stamp));
  }

  private Outcome<Trainee> assessmentRecorded(AssessmentRecord record, Stamp stamp) {
    return changed(
        builder().from(this).addAssessment(record),
        new TraineeEvent.AssessmentRecorded(registrationNumber(), next(), stamp, record));
  }

  /**
   * Rebuilds a trainee from the record as admitted and its events (<i>memutar ulang peristiwa</i>):
   * each event's operation is carried out again with its stamp and must yield exactly the recorded
   * event. A stored fact is read as stored: the rules an operation applies to a new record only (a
   * record dated after its stamp's day, {@link CoreRule#DATED_AFTER_RECORDING}; a remission granted
   * twice or after the release, {@link TraineeRule#REMISSION_DUPLICATE}, {@link
   * TraineeRule#REMISSION_AFTER_RELEASE}) are not asked again, so events written before them
   * replay.
   *
   * @param admitted the record at version 0, not null
   * @param events the events, versions 1, 2, ... in order, not null, no null element
   * @return the trainee after the last event, never null
   * @throws MissingValueException if an argument or an event is null
   * @throws InvalidValueException naming {@code events[i]} with {@link
   *     AuditRule#EVENT_INCONSISTENT} when the record is not at version 0, or an event is of
   *     another trainee, out of version order or does not replay
   */
  public static Trainee replay(Trainee admitted, List<? extends TraineeEvent> events) {
    Checks.required(admitted, "admitted");
    Checks.required(events, "events");
    if (admitted.version() != 0) {
      throw InvalidValueException.of(
          AuditRule.EVENT_INCONSISTENT, "admitted.version", admitted.version(), "-");
    }
    Trainee t = admitted;
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      TraineeEvent e = Checks.required(events.get(i), field);
      if (!e.trainee().equals(t.registrationNumber()) || e.version() != t.version() + 1) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      Outcome<Trainee> again;
      try {
        again = t.redo(e);
      } catch (InvalidValueException broken) {
        throw broken.within(field);
      }
      if (again.isRefused() || !again.events().equals(List.of(e))) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      t = again.orElseThrow();
    }
    return t;
  }

  private Outcome<Trainee> redo(TraineeEvent e) {
    if (e instanceof TraineeEvent.Sentenced s) {
      return sentenced(s.convictNumber(), s.sentence(), s.stamp());
    } else if (e instanceof TraineeEvent.RemissionGranted r) {
      // a stored grant as the sentence's builder reads it: the rules of a new grant are
      // withRemission's, and a stored fact is read as stored
      return granted(
          r.remission(),
          r.stamp(),
          s -> Sentence.builder().from(s).addRemission(r.remission()).build());
    } else if (e instanceof TraineeEvent.StatusChanged c) {
      return changeStatus(c.status(), c.stamp());
    } else if (e instanceof TraineeEvent.DisciplineRecorded d) {
      return disciplineRecorded(d.record(), d.stamp());
    }
    TraineeEvent.AssessmentRecorded a = (TraineeEvent.AssessmentRecorded) e;
    return assessmentRecorded(a.record(), a.stamp());
  }

  /**
   * The refusal of a record dated after the day of its stamp (only what happened is recorded), the
   * trainee's date withheld; empty when it happened.
   */
  private static Optional<Outcome<Trainee>> notYetHappened(LocalDate date, Stamp stamp) {
    return Checks.datedAfterRecording(date, stamp.localDate(), "record.date", true)
        .map(ahead -> Outcome.refused(Refusal.of(ahead)));
  }

  /** The version the next accepted change reaches. */
  private long next() {
    return Math.addExact(version(), 1);
  }

  private Outcome<Trainee> changed(Builder next, TraineeEvent event) {
    return Outcome.accepted(next.version(event.version()).build(), event);
  }

  /**
   * A convict in custody with a sentence and no records yet.
   *
   * @param number the registration number, not null
   * @param name the name, not null
   * @param facilityCode the facility's code, not null
   * @param category the crime category, not null
   * @param sentence the sentence, not null
   * @return the trainee, never null
   * @throws InvalidValueException if an attribute breaks its rule or the register class does not
   *     agree with the sentence
   * @throws MissingValueException if an argument is null
   */
  public static Trainee convict(
      RegistrationNumber number,
      String name,
      FacilityCode facilityCode,
      CrimeCategory category,
      Sentence sentence) {
    Checks.required(number, "number");
    Checks.required(category, "category");
    return builder()
        .registrationNumber(number)
        .name(name)
        .facilityCode(facilityCode)
        .crimeCategory(category)
        .status(TraineeStatus.CONVICT)
        .sentence(sentence)
        .build();
  }

  /**
   * A detainee (no sentence yet).
   *
   * @param number the registration number, A.I to A.V, not null
   * @param name the name, not null
   * @param facilityCode the facility's code, not null
   * @param category the category of the charge, not null
   * @return the trainee, never null
   * @throws InvalidValueException if an attribute breaks its rule or the number is not a detainee's
   * @throws MissingValueException if an argument is null
   */
  public static Trainee detainee(
      RegistrationNumber number, String name, FacilityCode facilityCode, CrimeCategory category) {
    Checks.required(number, "number");
    Checks.required(category, "category");
    return builder()
        .registrationNumber(number)
        .name(name)
        .facilityCode(facilityCode)
        .crimeCategory(category)
        .status(TraineeStatus.DETAINEE)
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Trainee}; not thread-safe. */
  public static final class Builder extends ImmutableTrainee.Builder {
    Builder() {}

    /**
     * Sets the facility code from a facility.
     *
     * @param facility the facility, not null
     * @return this builder, never null
     * @throws MissingValueException if {@code facility} is null
     */
    public Builder facility(Facility facility) {
      Checks.required(facility, "facility");
      facilityCode(facility.code());
      return this;
    }
  }
}
