package org.bengkel.examples.service;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Trainee;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trainees (<i>warga binaan</i>): registration and eligibility decisions (asimilasi, SAE, PB, CB,
 * CMB) on a date, under the facility's eligibility policy (bengkel's defaults until one is put).
 *
 * <p>A trainee is addressed by an id the service assigns, so a registration number never appears in
 * a URL (and so in no access log or proxy log); the number stays in the stored JSON only.
 */
@RestController
class TraineeController {

  static final String TRAINEE = "trainee";
  static final String POLICY = "eligibility-policy";

  private final Aggregates aggregates;
  private final EventStore store;

  TraineeController(Aggregates aggregates, EventStore store) {
    this.aggregates = aggregates;
    this.store = store;
  }

  @PostMapping("/trainees")
  ResponseEntity<Trainee> register(@Valid @RequestBody Trainee trainee, Actor actor) {
    // Checked before the insert so that the database's unique index (the backstop for two
    // registrations at the same moment) rarely refuses, and the refusal names no number.
    if (store.exists(TRAINEE, "registrationNumber", trainee.registrationNumber().value())) {
      throw new ServiceException(HttpStatus.CONFLICT, ServiceRule.CONFLICT, "registrationNumber");
    }
    String id = UUID.randomUUID().toString();
    aggregates.create(TRAINEE, id, "TraineeRegistered", actor, trainee);
    return ResponseEntity.created(URI.create("/trainees/" + id))
        .eTag(Versions.etag(1))
        .body(trainee);
  }

  @GetMapping("/trainees/{id}")
  ResponseEntity<Trainee> get(@PathVariable String id) {
    return aggregates.get(TRAINEE, id, Trainee.class);
  }

  @GetMapping("/trainees/{id}/eligibility")
  List<EligibilityDecision> eligibility(@PathVariable String id, @RequestParam LocalDate on) {
    Trainee trainee = aggregates.load(TRAINEE, id, Trainee.class);
    return List.copyOf(policy().evaluateAll(trainee, on).values());
  }

  @PutMapping("/eligibility-policy")
  ResponseEntity<EligibilityPolicy> putPolicy(
      @Valid @RequestBody EligibilityPolicy policy,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        POLICY, FacilityController.CURRENT, ifMatch, "EligibilityPolicyRecorded", actor, policy);
  }

  @GetMapping("/eligibility-policy")
  EligibilityPolicy getPolicy() {
    return policy();
  }

  /** The facility's eligibility policy, bengkel's defaults until one is put. */
  EligibilityPolicy policy() {
    return store.find(POLICY, FacilityController.CURRENT).isPresent()
        ? aggregates.load(POLICY, FacilityController.CURRENT, EligibilityPolicy.class)
        : EligibilityPolicy.defaults();
  }
}
