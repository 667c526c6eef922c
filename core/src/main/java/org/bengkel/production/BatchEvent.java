package org.bengkel.production;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Product;
import org.bengkel.facility.Officer;
import org.bengkel.internal.Checks;
import org.bengkel.material.MaterialLine;
import org.bengkel.trainee.RegistrationNumber;

/**
 * What an accepted operation of a {@link ProductionBatch} caused (<i>peristiwa batch produksi</i>):
 * one event per operation, with the lot code as aggregate id, the batch's version after it, the
 * stamp and the facts that rebuild the batch ({@link ProductionBatch#replay(LotCode, List)}).
 *
 * <p>The team and the work name trainees by registration number: personal data (UU 27/2022 PDP),
 * never in {@code toString()} of the records that hold them, and in an audit line only under {@link
 * Disclosure#REGISTRATION_NUMBERS}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface BatchEvent extends DomainEvent
    permits BatchEvent.BatchPlanned,
        BatchEvent.SupervisorAssigned,
        BatchEvent.BatchRescheduled,
        BatchEvent.ProductionStarted,
        BatchEvent.WorkRecorded,
        BatchEvent.PiecesRecorded,
        BatchEvent.MaterialsConsumed,
        BatchEvent.PackagingStarted,
        BatchEvent.QualityChecked,
        BatchEvent.BatchReleased,
        BatchEvent.BatchRejected {

  /**
   * The batch's lot code.
   *
   * @return the lot code, never null
   */
  LotCode lotCode();

  @Override
  default String aggregateId() {
    return lotCode().value();
  }

  /**
   * The batch was planned ({@link ProductionBatch#plan}): the first event, version 1.
   *
   * @param lotCode the lot code, not null
   * @param version 1
   * @param stamp who planned it and when, not null
   * @param product the product, not null
   * @param plannedQuantity the planned units
   * @param productionDate the planned production date, not null
   */
  record BatchPlanned(
      LotCode lotCode,
      long version,
      Stamp stamp,
      Product product,
      long plannedQuantity,
      LocalDate productionDate)
      implements BatchEvent {
    /** Checks. */
    public BatchPlanned {
      check(lotCode, version, stamp);
      Checks.required(product, "product");
      Checks.required(productionDate, "productionDate");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(
          lotCode.value(), plannedQuantity, product.sku().toString(), productionDate.toString());
    }
  }

  /**
   * The supervising officer was assigned or replaced ({@link ProductionBatch#assignSupervisor}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who and when, not null
   * @param supervisor the supervising officer, not null
   */
  record SupervisorAssigned(LotCode lotCode, long version, Stamp stamp, Officer supervisor)
      implements BatchEvent {
    /** Checks. */
    public SupervisorAssigned {
      check(lotCode, version, stamp);
      Checks.required(supervisor, "supervisor");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(supervisor.nip().toString(), lotCode.value());
    }
  }

  /**
   * A planned batch was moved to another production date ({@link ProductionBatch#reschedule}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who and when, not null
   * @param productionDate the new production date, not null
   */
  record BatchRescheduled(LotCode lotCode, long version, Stamp stamp, LocalDate productionDate)
      implements BatchEvent {
    /** Checks. */
    public BatchRescheduled {
      check(lotCode, version, stamp);
      Checks.required(productionDate, "productionDate");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value(), productionDate.toString());
    }
  }

  /**
   * Production started with a team ({@link ProductionBatch#startProduction}). Personal data.
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who and when, not null
   * @param team the trainees, not null, each once
   */
  record ProductionStarted(
      LotCode lotCode, long version, Stamp stamp, List<RegistrationNumber> team)
      implements BatchEvent {
    /** Checks and copies, each trainee once, in the order given. */
    public ProductionStarted {
      check(lotCode, version, stamp);
      team = List.copyOf(WorkLog.forTeam(Checks.required(team, "team")).team());
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value(), team.size());
    }

    @Override
    public String toString() {
      return "ProductionStarted[lotCode="
          + lotCode
          + ", version="
          + version
          + ", team="
          + team.size()
          + "]";
    }
  }

  /**
   * A stretch of a trainee's work was recorded ({@link ProductionBatch#recordWork}). Personal data.
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who recorded it and when, not null
   * @param work the interval worked, not null
   */
  record WorkRecorded(LotCode lotCode, long version, Stamp stamp, WorkInterval work)
      implements BatchEvent {
    /** Checks. */
    public WorkRecorded {
      check(lotCode, version, stamp);
      Checks.required(work, "work");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      return List.of(
          disclosed(disclosure),
          shown(work.trainee(), disclosure),
          work.date().toString(),
          work.start().toString(),
          work.end().toString(),
          lotCode.value());
    }

    @Override
    public String toString() {
      return "WorkRecorded[lotCode=" + lotCode + ", version=" + version + "]";
    }
  }

  /**
   * Pieces made by a trainee were recorded ({@link ProductionBatch#recordPieces}). Personal data.
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who recorded them and when, not null
   * @param trainee the team member, not null
   * @param count the pieces added, 0 to {@link ProductionBatch#MAX_QUANTITY}
   */
  record PiecesRecorded(
      LotCode lotCode, long version, Stamp stamp, RegistrationNumber trainee, long count)
      implements BatchEvent {
    /** Checks. */
    public PiecesRecorded {
      check(lotCode, version, stamp);
      Checks.required(trainee, "trainee");
      Checks.requireRange(count, "count", 0, ProductionBatch.MAX_QUANTITY);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      return List.of(count, disclosed(disclosure), shown(trainee, disclosure), lotCode.value());
    }

    @Override
    public String toString() {
      return "PiecesRecorded[lotCode="
          + lotCode
          + ", version="
          + version
          + ", count="
          + count
          + "]";
    }
  }

  /**
   * Materials were issued to the batch and consumed ({@link ProductionBatch#consumeMaterial},
   * {@link ProductionBatch#consumeMaterials}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who and when, not null
   * @param materials the lines consumed, in order, not null (empty when a computed cost had only
   *     lines of zero quantity)
   */
  record MaterialsConsumed(LotCode lotCode, long version, Stamp stamp, List<MaterialLine> materials)
      implements BatchEvent {
    /** Checks and copies. */
    public MaterialsConsumed {
      check(lotCode, version, stamp);
      materials = List.copyOf(Checks.required(materials, "materials"));
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(materials.size(), lotCode.value());
    }
  }

  /**
   * Production ended and packaging started, with the units produced ({@link
   * ProductionBatch#startPackaging}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp who and when, not null
   * @param producedUnits the units produced
   */
  record PackagingStarted(LotCode lotCode, long version, Stamp stamp, long producedUnits)
      implements BatchEvent {
    /** Checks. */
    public PackagingStarted {
      check(lotCode, version, stamp);
      Checks.requireRange(producedUnits, "producedUnits", 0, ProductionBatch.MAX_QUANTITY);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value(), producedUnits);
    }
  }

  /**
   * The quality check was recorded ({@link ProductionBatch#recordQualityCheck}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp the checking officer and when, not null
   * @param qualityCheck the counts and notes, not null
   */
  record QualityChecked(LotCode lotCode, long version, Stamp stamp, QualityCheck qualityCheck)
      implements BatchEvent {
    /** Checks. */
    public QualityChecked {
      check(lotCode, version, stamp);
      Checks.required(qualityCheck, "qualityCheck");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value(), qualityCheck.goodUnits(), qualityCheck.rejectedUnits());
    }
  }

  /**
   * The batch was released into stock ({@link ProductionBatch#release}).
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp the releasing officer and when, not null
   */
  record BatchReleased(LotCode lotCode, long version, Stamp stamp) implements BatchEvent {
    /** Checks. */
    public BatchReleased {
      check(lotCode, version, stamp);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value());
    }
  }

  /**
   * The batch was rejected ({@link ProductionBatch#reject}): nothing of it enters stock.
   *
   * @param lotCode the lot code, not null
   * @param version the batch's version after it
   * @param stamp the rejecting officer and when, not null
   * @param reason why, not null or blank, at most {@link StageEvent#MAX_NOTE} characters
   */
  record BatchRejected(LotCode lotCode, long version, Stamp stamp, String reason)
      implements BatchEvent {
    /** Checks. */
    public BatchRejected {
      check(lotCode, version, stamp);
      Checks.required(reason, "reason");
      Checks.requireText(reason, "reason", StageEvent.MAX_NOTE);
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(lotCode.value(), reason);
    }
  }

  private static void check(LotCode lotCode, long version, Stamp stamp) {
    Checks.required(lotCode, "lotCode");
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }

  /** 1 when the viewer may see registration numbers, else 0: the sentences' choice. */
  private static int disclosed(Disclosure disclosure) {
    return Checks.required(disclosure, "disclosure") == Disclosure.REGISTRATION_NUMBERS ? 1 : 0;
  }

  /** The registration number where the viewer may see it, else a dash the sentence never shows. */
  private static String shown(RegistrationNumber trainee, Disclosure disclosure) {
    return disclosure == Disclosure.REGISTRATION_NUMBERS ? trainee.value() : "-";
  }
}
