package org.bengkel.trainee;

import java.util.List;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;

/**
 * What an accepted operation of a {@link Trainee} caused (<i>peristiwa warga binaan</i>): one event
 * per operation, with the trainee's registration number (as it was before the operation) as
 * aggregate id, the trainee's version after it, the stamp and the facts that replay it ({@link
 * Trainee#replay(Trainee, List)}).
 *
 * <p>Everything here is personal data (UU 27/2022): the registration number, the sentence, the
 * status, remissions, discipline and assessments. Hosts store these events under the access rules
 * of the trainee register. {@code toString()} shows only the type and version; an audit trail shows
 * the registration number only under {@link Disclosure#REGISTRATION_NUMBERS} ({@link #WITHHELD}
 * otherwise) and never the sentence, the crime or a note.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface TraineeEvent extends DomainEvent
    permits TraineeEvent.Sentenced,
        TraineeEvent.RemissionGranted,
        TraineeEvent.StatusChanged,
        TraineeEvent.DisciplineRecorded,
        TraineeEvent.AssessmentRecorded {

  /** What an audit trail shows in place of a registration number the reader may not see. */
  String WITHHELD = "***";

  /**
   * The trainee, by registration number before the operation (a sentenced detainee's later events
   * carry the convict number).
   *
   * @return the number, never null
   */
  RegistrationNumber trainee();

  @Override
  default String aggregateId() {
    return trainee().value();
  }

  /**
   * The detainee was sentenced ({@link Trainee#sentenced}): now a convict with a new registration
   * number.
   *
   * @param trainee the detainee's number, not null
   * @param version the trainee's version after it
   * @param stamp who recorded it and when, not null
   * @param convictNumber the number as a convict, not null
   * @param sentence the sentence, not null
   */
  record Sentenced(
      RegistrationNumber trainee,
      long version,
      Stamp stamp,
      RegistrationNumber convictNumber,
      Sentence sentence)
      implements TraineeEvent {
    /** Checks. */
    public Sentenced {
      check(trainee, version, stamp);
      Checks.required(convictNumber, "convictNumber");
      Checks.required(sentence, "sentence");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), shown(convictNumber, disclosure));
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A remission was granted on the convict's sentence ({@link Trainee#withRemission}).
   *
   * @param trainee the convict, not null
   * @param version the trainee's version after it
   * @param stamp who recorded it and when, not null
   * @param remission the remission, not null
   */
  record RemissionGranted(
      RegistrationNumber trainee, long version, Stamp stamp, Remission remission)
      implements TraineeEvent {
    /** Checks. */
    public RemissionGranted {
      check(trainee, version, stamp);
      Checks.required(remission, "remission");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure));
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * The trainee's status changed ({@link Trainee#changeStatus}).
   *
   * @param trainee the trainee, not null
   * @param version the trainee's version after it
   * @param stamp who recorded it and when, not null
   * @param status the new status, not null
   */
  record StatusChanged(RegistrationNumber trainee, long version, Stamp stamp, TraineeStatus status)
      implements TraineeEvent {
    /** Checks. */
    public StatusChanged {
      check(trainee, version, stamp);
      Checks.required(status, "status");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure));
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * A discipline record was added ({@link Trainee#recordDiscipline}).
   *
   * @param trainee the trainee, not null
   * @param version the trainee's version after it
   * @param stamp who recorded it and when, not null
   * @param record the record, not null
   */
  record DisciplineRecorded(
      RegistrationNumber trainee, long version, Stamp stamp, DisciplineRecord record)
      implements TraineeEvent {
    /** Checks. */
    public DisciplineRecorded {
      check(trainee, version, stamp);
      Checks.required(record, "record");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure));
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * An assessment was added ({@link Trainee#recordAssessment}).
   *
   * @param trainee the trainee, not null
   * @param version the trainee's version after it
   * @param stamp who recorded it and when, not null
   * @param record the assessment, not null
   */
  record AssessmentRecorded(
      RegistrationNumber trainee, long version, Stamp stamp, AssessmentRecord record)
      implements TraineeEvent {
    /** Checks. */
    public AssessmentRecorded {
      check(trainee, version, stamp);
      Checks.required(record, "record");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(shown(trainee, disclosure), record.kind());
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  private static void check(RegistrationNumber trainee, long version, Stamp stamp) {
    Checks.required(trainee, "trainee");
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }

  /** The registration number where the reader may see it, else {@link #WITHHELD}. */
  private static String shown(RegistrationNumber trainee, Disclosure disclosure) {
    return disclosure == Disclosure.REGISTRATION_NUMBERS ? trainee.value() : WITHHELD;
  }

  /** A record's text without the personal data it carries. */
  private static String describe(TraineeEvent e) {
    return e.getClass().getSimpleName() + "{version=" + e.version() + ", stamp=" + e.stamp() + "}";
  }
}
