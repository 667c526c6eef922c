package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.OutsideWorkClearance;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Skill programmes and the training register (<i>program pelatihan, register pelatihan</i>):
 * programmes added to the register, enrolment, sessions and attendance, each carried out by
 * bengkel's {@link TrainingRegister} and stored through {@link DomainWrites}: the register as its
 * JSON, its events under their programme's code.
 *
 * <p>Everything here is for officers: the register carries registration numbers, which appear in
 * request and response bodies only, never in a URL.
 */
@RestController
class TrainingController {

  /**
   * The register, one per facility. Its version counts every write: each programme added, and each
   * operation of a programme ({@code TrainingRegister.version()}, the sum of the programmes'
   * versions, which start at 0 when added).
   */
  static final DomainWrites.Kind<TrainingRegister> REGISTER =
      new DomainWrites.Kind<>(
          "training-register",
          TrainingRegister.class,
          r -> r.version() + r.rosters().size(),
          "programme",
          false);

  /**
   * An application for a programme (<i>pendaftaran</i>): active, or on the waiting list when full.
   *
   * @param trainee the trainee's registration number
   */
  record EnrolmentRequest(@NotNull RegistrationNumber trainee) {}

  private final DomainWrites writes;
  private final EventStore store;
  private final Aggregates aggregates;
  private final TraineeController trainees;

  TrainingController(
      DomainWrites writes, EventStore store, Aggregates aggregates, TraineeController trainees) {
    this.writes = writes;
    this.store = store;
    this.aggregates = aggregates;
    this.trainees = trainees;
  }

  /**
   * Adds a programme to the register (configuration: the programme starts at version 0, so the
   * service records the addition as its own event, {@code ProgrammeAdded}, with the officer).
   *
   * @param code the programme's code
   * @param programme the programme
   * @param ifMatch the register's version, or null
   * @param actor the acting officer
   * @return the register
   */
  @Transactional
  @PutMapping("/programmes/{code}")
  ResponseEntity<TrainingRegister> addProgramme(
      @PathVariable ProgrammeCode code,
      @Valid @RequestBody SkillProgramme programme,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("code", programme.code(), code);
    TrainingRegister register =
        writes.change(
            REGISTER,
            FacilityController.CURRENT,
            ifMatch,
            TrainingController::empty,
            writes.stamp(actor),
            (r, at) -> r.addProgramme(programme));
    aggregates.create("skill-programme", code.toString(), "ProgrammeAdded", actor, programme);
    return DomainWrites.answer(REGISTER, register, HttpStatus.CREATED);
  }

  /** The register: programmes, rosters, sessions, attendance (officers only). */
  @GetMapping("/training-register")
  ResponseEntity<TrainingRegister> register() {
    return DomainWrites.answer(REGISTER, current(), HttpStatus.OK);
  }

  @PostMapping("/programmes/{code}/enrolments")
  ResponseEntity<TrainingRegister> apply(
      @PathVariable ProgrammeCode code,
      @Valid @RequestBody EnrolmentRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return write(ifMatch, actor, (r, at) -> r.apply(code, request.trainee(), at));
  }

  @PostMapping("/programmes/{code}/sessions")
  ResponseEntity<TrainingRegister> schedule(
      @PathVariable ProgrammeCode code,
      @Valid @RequestBody Session session,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("programme", session.programme(), code);
    return write(ifMatch, actor, (r, at) -> r.schedule(session, at));
  }

  /**
   * Records attendance at a session; time outside the walls needs the trainee's SAE eligibility on
   * the session's date under the facility's eligibility policy (422 {@code
   * programme.attendance.outside-walls} otherwise).
   */
  @PostMapping("/programmes/{code}/attendance")
  ResponseEntity<TrainingRegister> attend(
      @PathVariable ProgrammeCode code,
      @Valid @RequestBody Attendance attendance,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("programme", attendance.session().programme(), code);
    return write(ifMatch, actor, (r, at) -> r.record(attendance, saeClearance(), at));
  }

  private ResponseEntity<TrainingRegister> write(
      String ifMatch, Actor actor, DomainWrites.Operation<TrainingRegister> operation) {
    TrainingRegister after =
        writes.change(
            REGISTER, FacilityController.CURRENT, ifMatch, null, writes.stamp(actor), operation);
    return DomainWrites.answer(REGISTER, after, HttpStatus.CREATED);
  }

  /** The register as stored, empty before the first programme. */
  TrainingRegister current() {
    return writes.find(REGISTER, FacilityController.CURRENT).orElseGet(TrainingController::empty);
  }

  /** Outside-the-walls work needs SAE eligibility on the date: asked of the trainee register. */
  private OutsideWorkClearance saeClearance() {
    return (number, date) ->
        store
            .idWhere(TraineeController.TRAINEE, "registrationNumber", number.value())
            .map(id -> aggregates.load(TraineeController.TRAINEE, id, Trainee.class))
            .map(t -> trainees.policy().evaluate(Entitlement.SAE, t, date).eligible())
            .orElse(false);
  }

  private static TrainingRegister empty() {
    return TrainingRegister.of(List.of());
  }
}
