package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.trainee.RegistrationNumber;
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
 * What the work earns and where it goes (<i>hasil kegiatan</i>): the facility's split policies, the
 * split of proceeds with its PNBP share recorded in the year's PNBP ledger, deposits, premi
 * allocated to the trainees who did the work and credited to their premi accounts, and the
 * materials service jobs used up.
 *
 * <p>A premi account is stored under its holder's service id ({@code /premi/accounts/{id}}, the id
 * of {@code POST /trainees}), never under the registration number bengkel names it by. All of it is
 * for officers: allocations and accounts carry registration numbers.
 */
@RestController
class ProceedsController {

  static final String POLICIES = "split-policies";
  static final String SERVICE_MATERIALS = "service-materials";
  static final String PNBP_TARGET = "pnbp-target";
  static final String ALLOCATION = "premi-allocation";

  static final DomainWrites.Kind<PnbpLedger> PNBP =
      new DomainWrites.Kind<>(
          "pnbp-ledger", PnbpLedger.class, PnbpLedger::version, "pnbp-ledger", true);

  static final DomainWrites.Kind<PremiAccount> PREMI =
      new DomainWrites.Kind<>(
          "premi-account", PremiAccount.class, PremiAccount::version, "premi-account", true);

  /**
   * The materials service jobs used up on a day (<i>bahan habis pakai jasa</i>).
   *
   * @param date the day
   * @param cost their cost
   */
  record ServiceMaterials(LocalDate date, Rupiah cost) {}

  /**
   * The cost of {@code PUT /service-materials/{date}}.
   *
   * @param cost the materials' cost
   */
  record CostRequest(@NotNull Rupiah cost) {}

  /**
   * A year's PNBP target (<i>target PNBP</i>), set before the year's first record.
   *
   * @param target the target
   */
  record PnbpTarget(@NotNull Rupiah target) {}

  /**
   * Proceeds to split, on the day of the write, under the policy in force.
   *
   * @param reference the reference of the PNBP record of its share, such as {@code
   *     PNBP-2026-10-KAYU}
   * @param revenue revenue without PPN
   * @param materialCost the cost of goods sold and written off
   */
  record SplitRequest(
      @NotBlank String reference, @NotNull Rupiah revenue, @NotNull Rupiah materialCost) {}

  /**
   * A PNBP record or deposit, or a premi spending.
   *
   * @param reference the reference, billing code or receipt
   * @param amount the amount
   */
  record EntryRequest(@NotBlank String reference, @NotNull Rupiah amount) {}

  /**
   * Premi to allocate and credit.
   *
   * @param reference the credits' reference, such as {@code PREMI-2026-10-KAYU}; once only
   * @param pool the premi to allocate
   * @param basis minutes worked or pieces
   * @param contributions each trainee's contribution
   */
  record AllocationRequest(
      @NotBlank String reference,
      @NotNull Rupiah pool,
      @NotNull ContributionBasis basis,
      @NotEmpty List<@NotNull Contribution> contributions) {}

  /**
   * An allocation as credited: the day of the credits and the shares.
   *
   * @param date the day the shares were credited
   * @param allocation the allocation
   */
  record CreditedAllocation(LocalDate date, PremiAllocation allocation) {}

  private final DomainWrites writes;
  private final Aggregates aggregates;
  private final EventStore store;
  private final Stamps stamps;

  ProceedsController(DomainWrites writes, Aggregates aggregates, EventStore store, Stamps stamps) {
    this.writes = writes;
    this.aggregates = aggregates;
    this.store = store;
    this.stamps = stamps;
  }

  @PutMapping("/split-policies")
  ResponseEntity<SplitPolicies> putPolicies(
      @Valid @RequestBody SplitPolicies policies,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        POLICIES, FacilityController.CURRENT, ifMatch, "SplitPoliciesRecorded", actor, policies);
  }

  @GetMapping("/split-policies")
  ResponseEntity<SplitPolicies> getPolicies() {
    return aggregates.get(POLICIES, FacilityController.CURRENT, SplitPolicies.class);
  }

  @PutMapping("/service-materials/{date}")
  ResponseEntity<ServiceMaterials> putServiceMaterials(
      @PathVariable LocalDate date,
      @Valid @RequestBody CostRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    LocalDate day = date;
    return aggregates.put(
        SERVICE_MATERIALS,
        day.toString(),
        ifMatch,
        "ServiceMaterialsRecorded",
        actor,
        new ServiceMaterials(day, request.cost()));
  }

  @PutMapping("/pnbp/{year}/target")
  ResponseEntity<PnbpTarget> putTarget(
      @PathVariable int year,
      @Valid @RequestBody PnbpTarget target,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        PNBP_TARGET, year(year).toString(), ifMatch, "PnbpTargetRecorded", actor, target);
  }

  /** The year's PNBP ledger: records, deposits, target. */
  @GetMapping("/pnbp/{year}")
  ResponseEntity<PnbpLedger> ledger(@PathVariable int year) {
    return DomainWrites.answer(PNBP, ledger(year(year)), HttpStatus.OK);
  }

  @PostMapping("/pnbp/{year}/records")
  ResponseEntity<PnbpLedger> record(
      @PathVariable int year,
      @Valid @RequestBody EntryRequest r,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    Year y = year(year);
    return pnbp(
        y, ifMatch, writes.stamp(actor), (l, at) -> l.record(at, r.reference(), r.amount()));
  }

  @PostMapping("/pnbp/{year}/deposits")
  ResponseEntity<PnbpLedger> deposit(
      @PathVariable int year,
      @Valid @RequestBody EntryRequest r,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    Year y = year(year);
    return pnbp(
        y, ifMatch, writes.stamp(actor), (l, at) -> l.deposit(at, r.amount(), r.reference()));
  }

  /**
   * Splits proceeds under the facility's policy in force today (premi, PNBP, capital) and records
   * the PNBP share in this year's ledger under the request's reference (nothing when the split has
   * no PNBP): 201 with the split.
   */
  @Transactional
  @PostMapping("/proceeds/splits")
  ResponseEntity<ProceedsSplit> split(@Valid @RequestBody SplitRequest r, Actor actor) {
    Stamp at = writes.stamp(actor);
    SplitPolicies policies =
        aggregates.load(POLICIES, FacilityController.CURRENT, SplitPolicies.class);
    ProceedsSplit split = policies.split(at.localDate(), r.revenue(), r.materialCost());
    pnbp(Year.of(at.localDate().getYear()), null, at, (l, s) -> l.record(s, r.reference(), split));
    return ResponseEntity.status(HttpStatus.CREATED).body(split);
  }

  /**
   * Allocates premi over the trainees' contributions and credits each share to the trainee's premi
   * account, all in one transaction: 201 with the allocation; 409 if the reference was used; 404
   * for a trainee the service has not registered.
   */
  @Transactional
  @PostMapping("/premi/allocations")
  ResponseEntity<PremiAllocation> allocate(@Valid @RequestBody AllocationRequest r, Actor actor) {
    Stamp at = writes.stamp(actor);
    PremiAllocation allocation = PremiAllocation.allocate(r.pool(), r.basis(), r.contributions());
    aggregates.create(
        ALLOCATION,
        r.reference(),
        "PremiAllocated",
        actor,
        new CreditedAllocation(at.localDate(), allocation));
    for (PremiShare share : allocation.shares()) {
      RegistrationNumber number = share.registrationNumber();
      writes.change(
          PREMI,
          traineeId(number),
          null,
          () -> PremiAccount.open(number),
          at,
          (a, s) -> a.credit(s, share, r.reference()));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(allocation);
  }

  /** A trainee's premi account (<i>tabungan premi</i>), by the trainee's service id. */
  @GetMapping("/premi/accounts/{id}")
  ResponseEntity<PremiAccount> account(@PathVariable String id) {
    return DomainWrites.answer(
        PREMI,
        writes.find(PREMI, id).orElseThrow(() -> ServiceException.notFound(PREMI.type())),
        HttpStatus.OK);
  }

  /** Spends from a premi account within its spending allowance (422 beyond it). */
  @PostMapping("/premi/accounts/{id}/spending")
  ResponseEntity<PremiAccount> spend(
      @PathVariable String id,
      @Valid @RequestBody EntryRequest r,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    PremiAccount after =
        writes.change(
            PREMI,
            id,
            ifMatch,
            null,
            writes.stamp(actor),
            (a, at) -> a.spend(at, r.amount(), r.reference()));
    return DomainWrites.answer(PREMI, after, HttpStatus.OK);
  }

  /** The year's PNBP ledger as stored, or a new one with the year's target (404 without one). */
  PnbpLedger ledger(Year year) {
    return writes.find(PNBP, year.toString()).orElseGet(() -> newLedger(year));
  }

  List<ServiceMaterials> serviceMaterials() {
    return aggregates.all(SERVICE_MATERIALS, ServiceMaterials.class);
  }

  List<CreditedAllocation> allocations() {
    return aggregates.all(ALLOCATION, CreditedAllocation.class);
  }

  SplitPolicies policies() {
    return aggregates.load(POLICIES, FacilityController.CURRENT, SplitPolicies.class);
  }

  private ResponseEntity<PnbpLedger> pnbp(
      Year year, String ifMatch, Stamp at, DomainWrites.Operation<PnbpLedger> operation) {
    PnbpLedger after =
        writes.change(PNBP, year.toString(), ifMatch, () -> newLedger(year), at, operation);
    return DomainWrites.answer(PNBP, after, HttpStatus.OK);
  }

  private PnbpLedger newLedger(Year year) {
    PnbpTarget target = aggregates.load(PNBP_TARGET, year.toString(), PnbpTarget.class);
    return PnbpLedger.of(stamps.facility().code(), year, target.target());
  }

  private String traineeId(RegistrationNumber number) {
    return store
        .idWhere(TraineeController.TRAINEE, "registrationNumber", number.value())
        .orElseThrow(() -> ServiceException.notFound(TraineeController.TRAINEE));
  }

  private static Year year(int year) {
    if (year < 1 || year > 9999) {
      // At path.year, like a year that is no number (it had no path before).
      throw ServiceException.invalid("path.year", Reason.YEAR);
    }
    return Year.of(year);
  }
}
