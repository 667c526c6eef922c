package org.bengkel.examples.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.foodsafety.FoodSafetyPolicy;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.MaterialPrices;
import org.bengkel.outcome.Outcome;
import org.bengkel.production.EnrolmentCheck;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.WorkInterval;
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
 * Production batches (<i>batch produksi</i>): planned, a supervisor assigned, started with a team
 * enrolled in the product's programme (asked of the training register), materials issued from the
 * bill of materials at the partners' prices on the production date, work and pieces recorded,
 * packaged, checked and released into stock (or rejected). Each step is bengkel's {@link
 * ProductionBatch} operation, stored through {@link DomainWrites}: the batch as its JSON, its
 * events ({@code production.*}) under its lot code.
 *
 * <p>Release also receives the lot into the stock ledger, in the same transaction: a released batch
 * is in stock, or neither happened.
 */
@RestController
class ProductionController {

  static final DomainWrites.Kind<ProductionBatch> BATCH =
      new DomainWrites.Kind<>(
          "production-batch",
          ProductionBatch.class,
          ProductionBatch::version,
          "production-batch",
          false);

  static final String BILL = "bill-of-materials";
  static final String PRICES = "material-prices";

  /**
   * A batch to plan.
   *
   * @param lotCode the lot code the batch will carry
   * @param sku the product, from the catalogue
   * @param plannedQuantity the units planned
   * @param productionDate the day production starts
   */
  record PlanRequest(
      @NotNull LotCode lotCode,
      @NotNull Sku sku,
      @Positive long plannedQuantity,
      @NotNull LocalDate productionDate) {}

  /**
   * The supervising officer, by NIP (an officer of {@code PUT /officers}).
   *
   * @param nip the officer's NIP
   */
  record SupervisorRequest(@NotNull Nip nip) {}

  /**
   * The team that starts production.
   *
   * @param team the trainees' registration numbers
   */
  record TeamRequest(@NotEmpty List<@NotNull RegistrationNumber> team) {}

  /**
   * Pieces made by a trainee (<i>borongan</i>).
   *
   * @param trainee the trainee
   * @param count the pieces added
   */
  record PiecesRequest(@NotNull RegistrationNumber trainee, @PositiveOrZero long count) {}

  /**
   * The end of production.
   *
   * @param producedUnits the units produced
   */
  record PackagingRequest(@PositiveOrZero long producedUnits) {}

  /**
   * A quality check (<i>pemeriksaan mutu</i>).
   *
   * @param goodUnits units that passed
   * @param rejectedUnits units that failed
   */
  record QualityCheckRequest(@PositiveOrZero long goodUnits, @PositiveOrZero long rejectedUnits) {}

  /**
   * A rejection.
   *
   * @param reason why
   */
  record RejectRequest(@NotBlank String reason) {}

  private final DomainWrites writes;
  private final Aggregates aggregates;
  private final TrainingController training;
  private final StockLedgers ledgers;
  private final Stamps stamps;

  ProductionController(
      DomainWrites writes,
      Aggregates aggregates,
      TrainingController training,
      StockLedgers ledgers,
      Stamps stamps) {
    this.writes = writes;
    this.aggregates = aggregates;
    this.training = training;
    this.ledgers = ledgers;
    this.stamps = stamps;
  }

  /** The partners' material prices (<i>harga bahan</i>) that cost every batch. */
  @PutMapping("/material-prices")
  ResponseEntity<MaterialPrices> putPrices(
      @Valid @RequestBody MaterialPrices prices,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return aggregates.put(
        PRICES, FacilityController.CURRENT, ifMatch, "MaterialPricesRecorded", actor, prices);
  }

  @GetMapping("/material-prices")
  ResponseEntity<MaterialPrices> getPrices() {
    return aggregates.get(PRICES, FacilityController.CURRENT, MaterialPrices.class);
  }

  /** A product's bill of materials (<i>daftar bahan</i>). */
  @PutMapping("/bills-of-materials/{sku}")
  ResponseEntity<BillOfMaterials> putBill(
      @PathVariable Sku sku,
      @Valid @RequestBody BillOfMaterials bill,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("product", bill.product(), sku);
    return aggregates.put(BILL, sku.value(), ifMatch, "BillOfMaterialsRecorded", actor, bill);
  }

  /** Plans a batch: 201 with {@code Location: /batches/{lot}}; 409 if the lot code is taken. */
  @PostMapping("/batches")
  ResponseEntity<ProductionBatch> plan(@Valid @RequestBody PlanRequest plan, Actor actor) {
    Product product =
        aggregates.load(CatalogueController.PRODUCT, plan.sku().value(), Product.class);
    ProductionBatch batch =
        writes.create(
            BATCH,
            plan.lotCode().toString(),
            writes.stamp(actor),
            at ->
                ProductionBatch.plan(
                    plan.lotCode(), product, plan.plannedQuantity(), plan.productionDate(), at));
    return ResponseEntity.created(URI.create("/batches/" + batch.lotCode()))
        .eTag(Versions.etag(batch.version()))
        .body(batch);
  }

  @GetMapping("/batches/{lot}")
  ResponseEntity<ProductionBatch> get(@PathVariable LotCode lot) {
    String id = lot.toString();
    return DomainWrites.answer(
        BATCH,
        writes.find(BATCH, id).orElseThrow(() -> ServiceException.notFound(BATCH.type())),
        HttpStatus.OK);
  }

  @PostMapping("/batches/{lot}/supervisor")
  ResponseEntity<ProductionBatch> assignSupervisor(
      @PathVariable LotCode lot,
      @Valid @RequestBody SupervisorRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    Officer officer =
        aggregates.load(FacilityController.OFFICER, request.nip().toString(), Officer.class);
    return change(lot, ifMatch, actor, (b, at) -> b.assignSupervisor(officer, at));
  }

  /** Starts production with a team actively enrolled in the product's programme on the day. */
  @PostMapping("/batches/{lot}/start")
  ResponseEntity<ProductionBatch> start(
      @PathVariable LotCode lot,
      @Valid @RequestBody TeamRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    EnrolmentCheck enrolment = EnrolmentCheck.of(training.current());
    return change(lot, ifMatch, actor, (b, at) -> b.startProduction(request.team(), enrolment, at));
  }

  /**
   * Issues the materials of the batch's bill of materials for its planned quantity, at the
   * partners' prices on its production date ({@code ProductionBatch.materialCost}).
   */
  @PostMapping("/batches/{lot}/materials")
  ResponseEntity<ProductionBatch> consumeMaterials(
      @PathVariable LotCode lot,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    BomRegistry boms = boms();
    MaterialPrices prices = prices();
    return change(
        lot, ifMatch, actor, (b, at) -> b.consumeMaterials(b.materialCost(boms, prices), at));
  }

  /**
   * Records a day's work of the team, all intervals or none (the supervisor records the day at its
   * end).
   */
  @PostMapping("/batches/{lot}/work")
  ResponseEntity<ProductionBatch> recordWork(
      @PathVariable LotCode lot,
      @RequestBody @NotEmpty List<@Valid @NotNull WorkInterval> work,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    EnrolmentCheck enrolment = EnrolmentCheck.of(training.current());
    return change(
        lot,
        ifMatch,
        actor,
        (b, at) -> {
          Outcome<ProductionBatch> outcome = Outcome.accepted(b);
          for (WorkInterval w : work) {
            outcome = outcome.flatMap(x -> x.recordWork(w, enrolment, at));
          }
          return outcome;
        });
  }

  @PostMapping("/batches/{lot}/pieces")
  ResponseEntity<ProductionBatch> recordPieces(
      @PathVariable LotCode lot,
      @Valid @RequestBody PiecesRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return change(
        lot, ifMatch, actor, (b, at) -> b.recordPieces(request.trainee(), request.count(), at));
  }

  @PostMapping("/batches/{lot}/packaging")
  ResponseEntity<ProductionBatch> startPackaging(
      @PathVariable LotCode lot,
      @Valid @RequestBody PackagingRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return change(lot, ifMatch, actor, (b, at) -> b.startPackaging(request.producedUnits(), at));
  }

  @PostMapping("/batches/{lot}/quality-check")
  ResponseEntity<ProductionBatch> qualityCheck(
      @PathVariable LotCode lot,
      @Valid @RequestBody QualityCheckRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return change(
        lot,
        ifMatch,
        actor,
        (b, at) -> b.recordQualityCheck(request.goodUnits(), request.rejectedUnits(), at));
  }

  /**
   * Releases a checked batch under bengkel's food safety policy (422 {@code
   * production.release.food-safety} when the decision on its production date refuses) and receives
   * its good units into the stock ledger as a lot, in one transaction.
   */
  @Transactional
  @PostMapping("/batches/{lot}/release")
  ResponseEntity<ProductionBatch> release(
      @PathVariable LotCode lot,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    Facility facility = stamps.facility();
    // The ledger's lock before the stamp: a sale stored between the two would make the receipt
    // earlier than the ledger's last movement, and refused as backdated.
    StockLedger before = ledgers.lock(facility.code());
    Stamp at = stamps.of(actor, facility);
    ProductionBatch released =
        writes.change(
            BATCH,
            lot.toString(),
            ifMatch,
            null,
            at,
            (b, stamp) -> b.release(FoodSafetyPolicy.defaults(), stamp));
    if (released.goodUnits() > 0) {
      StockLot stockLot = released.toStockLot(StockLot::of).orElseThrow();
      Outcome<StockLedger> received = before.receive(stockLot, at);
      ledgers.store(before, received.orElseThrow(), received.events(StockEvent.class));
    }
    return DomainWrites.answer(BATCH, released, HttpStatus.OK);
  }

  @PostMapping("/batches/{lot}/reject")
  ResponseEntity<ProductionBatch> reject(
      @PathVariable LotCode lot,
      @Valid @RequestBody RejectRequest request,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    return change(lot, ifMatch, actor, (b, at) -> b.reject(request.reason(), at));
  }

  /** Every batch, in lot-code order. */
  List<ProductionBatch> batches() {
    return writes.all(BATCH);
  }

  BomRegistry boms() {
    return BomRegistry.of(aggregates.all(BILL, BillOfMaterials.class));
  }

  MaterialPrices prices() {
    return aggregates.load(PRICES, FacilityController.CURRENT, MaterialPrices.class);
  }

  private ResponseEntity<ProductionBatch> change(
      LotCode lot, String ifMatch, Actor actor, DomainWrites.Operation<ProductionBatch> step) {
    ProductionBatch after =
        writes.change(BATCH, lot.toString(), ifMatch, null, writes.stamp(actor), step);
    return DomainWrites.answer(BATCH, after, HttpStatus.OK);
  }
}
