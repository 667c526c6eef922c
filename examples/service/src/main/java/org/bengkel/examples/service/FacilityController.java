package org.bengkel.examples.service;

import jakarta.validation.Valid;
import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The facility this service runs for (<i>UPT</i>) and its officers (<i>petugas</i>). */
@RestController
class FacilityController {

  static final String FACILITY = "facility";
  static final String OFFICER = "officer";

  /** The id of an aggregate the service holds one of (the facility, its price book...). */
  static final String CURRENT = "current";

  private final Aggregates aggregates;

  FacilityController(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @PutMapping("/facility")
  ResponseEntity<Facility> putFacility(
      @Valid @RequestBody Facility facility,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(FACILITY, CURRENT, ifMatch, "FacilityRecorded", actor, facility);
  }

  @GetMapping("/facility")
  ResponseEntity<Facility> getFacility() {
    return aggregates.get(FACILITY, CURRENT, Facility.class);
  }

  @PutMapping("/officers/{nip}")
  ResponseEntity<Officer> putOfficer(
      @PathVariable Nip nip,
      @Valid @RequestBody Officer officer,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("nip", officer.nip(), nip);
    return aggregates.put(OFFICER, nip.toString(), ifMatch, "OfficerRecorded", actor, officer);
  }

  @GetMapping("/officers/{nip}")
  ResponseEntity<Officer> getOfficer(@PathVariable Nip nip) {
    return aggregates.get(OFFICER, nip.toString(), Officer.class);
  }

  @GetMapping("/officers")
  List<Officer> officers() {
    return aggregates.all(OFFICER, Officer.class);
  }
}
