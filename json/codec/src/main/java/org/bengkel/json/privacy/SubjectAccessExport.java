package org.bengkel.json.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.json.JsonRule;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;

/**
 * A subject-access export (<i>salinan data pribadi</i>): everything bengkel's model holds about one
 * trainee, for the trainee's right of access to their personal data (UU 27/2022 tentang Pelindungan
 * Data Pribadi, Pasal 7 and 32): the trainee record (with the sentence, remissions, discipline and
 * assessments), their enrolments, attendance and competency assessments, their skills passport,
 * their work in production batches (intervals, hours, pieces), the service jobs they did, their
 * premi shares and their premi account.
 *
 * <p>It holds <b>only the subject's own data</b>: every enrolment, attendance, assessment, work
 * interval, team-hours line, premi share and the account must carry the subject's registration
 * number, and a service job is shown without its team (only how many worked on it), so no other
 * trainee's registration number can appear. Records kept under an earlier registration number (a
 * detainee's before sentencing) are not gathered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date of the export, not null
 * @param trainee the subject's record, not null
 * @param enrolments the subject's enrolments, not null
 * @param attendance the subject's attendance records, not null
 * @param assessments the subject's competency assessments, not null
 * @param skillsPassport the subject's skills passport as of {@code asOf}, not null
 * @param production the subject's work in production batches, not null
 * @param serviceJobs the service jobs the subject worked on, not null
 * @param premiShares the subject's shares of premi allocations, not null
 * @param premiAccount the subject's premi account, empty when none is held
 */
public record SubjectAccessExport(
    LocalDate asOf,
    Trainee trainee,
    List<Enrolment> enrolments,
    List<Attendance> attendance,
    List<CompetencyAssessment> assessments,
    SkillsPassport skillsPassport,
    List<ProductionWork> production,
    List<ServiceWork> serviceJobs,
    List<PremiShare> premiShares,
    Optional<PremiAccount> premiAccount) {

  /**
   * The subject's work in one production batch.
   *
   * @param lotCode the batch's lot code, not null
   * @param productionDate the batch's production date, not null
   * @param work the subject's work intervals in the batch, not null
   * @param hours the subject's hours (and pieces) in the batch, empty when not on its team
   */
  public record ProductionWork(
      LotCode lotCode,
      LocalDate productionDate,
      List<WorkInterval> work,
      Optional<TeamHours> hours) {

    /**
     * Checks and copies the components.
     *
     * @throws MissingValueException for a null component
     */
    public ProductionWork {
      MissingValueException.required(lotCode, "lotCode");
      MissingValueException.required(productionDate, "productionDate");
      work = List.copyOf(work);
      MissingValueException.required(hours, "hours");
    }
  }

  /**
   * A service job the subject worked on, without the team's registration numbers.
   *
   * @param orderNumber the sales order's number, not null
   * @param sku the service's SKU, not null
   * @param description the job's description, not null
   * @param vehicleClass the vehicle class, not null
   * @param date the day of the job, not null
   * @param teamSize how many trainees did the job, the subject included, at least 1
   */
  public record ServiceWork(
      String orderNumber,
      Sku sku,
      String description,
      VehicleClass vehicleClass,
      LocalDate date,
      int teamSize) {

    /**
     * Checks the components.
     *
     * @throws MissingValueException for a null component
     * @throws InvalidValueException rule {@code value.out-of-range} for a team size below 1
     */
    public ServiceWork {
      MissingValueException.required(orderNumber, "orderNumber");
      MissingValueException.required(sku, "sku");
      MissingValueException.required(description, "description");
      MissingValueException.required(vehicleClass, "vehicleClass");
      MissingValueException.required(date, "date");
      if (teamSize < 1) {
        throw InvalidValueException.of(
            CoreRule.OUT_OF_RANGE, "teamSize", teamSize, 1, Integer.MAX_VALUE);
      }
    }
  }

  /**
   * Checks that every part is the subject's own, and copies the lists.
   *
   * @throws MissingValueException for a null component
   * @throws InvalidValueException rule {@code value.malformed} (redacted) naming the first part
   *     that belongs to another registration number; rule {@code json.document.mismatch} (field
   *     {@code skillsPassport.asOf}) for a skills passport of another date than {@code asOf}
   */
  public SubjectAccessExport {
    MissingValueException.required(asOf, "asOf");
    MissingValueException.required(trainee, "trainee");
    MissingValueException.required(skillsPassport, "skillsPassport");
    if (!skillsPassport.asOf().equals(asOf)) {
      // of(..) draws the passport up on the export's date; another date is another export's
      throw InvalidValueException.of(
          JsonRule.DOCUMENT_MISMATCH, "skillsPassport.asOf", skillsPassport.asOf(), asOf);
    }
    MissingValueException.required(premiAccount, "premiAccount");
    enrolments = List.copyOf(enrolments);
    attendance = List.copyOf(attendance);
    assessments = List.copyOf(assessments);
    production = List.copyOf(production);
    serviceJobs = List.copyOf(serviceJobs);
    premiShares = List.copyOf(premiShares);
    RegistrationNumber subject = trainee.registrationNumber();
    for (int i = 0; i < enrolments.size(); i++) {
      own(subject, enrolments.get(i).trainee(), "enrolments[" + i + "].trainee");
    }
    for (int i = 0; i < attendance.size(); i++) {
      own(subject, attendance.get(i).trainee(), "attendance[" + i + "].trainee");
    }
    for (int i = 0; i < assessments.size(); i++) {
      own(subject, assessments.get(i).trainee(), "assessments[" + i + "].trainee");
    }
    own(subject, skillsPassport.registrationNumber(), "skillsPassport.registrationNumber");
    for (int i = 0; i < production.size(); i++) {
      ProductionWork p = production.get(i);
      for (int j = 0; j < p.work().size(); j++) {
        own(subject, p.work().get(j).trainee(), "production[" + i + "].work[" + j + "].trainee");
      }
      String at = "production[" + i + "].hours.trainee";
      p.hours().ifPresent(h -> own(subject, h.trainee(), at));
    }
    for (int i = 0; i < premiShares.size(); i++) {
      own(
          subject,
          premiShares.get(i).registrationNumber(),
          "premiShares[" + i + "].registrationNumber");
    }
    premiAccount.ifPresent(
        a -> own(subject, a.registrationNumber(), "premiAccount.registrationNumber"));
  }

  private static void own(RegistrationNumber subject, RegistrationNumber number, String field) {
    if (!subject.equals(number)) {
      throw InvalidValueException.personal(
          CoreRule.MALFORMED, field, "the subject's own registration number");
    }
  }

  /**
   * Gathers everything held about one trainee from the model's records: a pure function of its
   * arguments, which it only reads.
   *
   * @param trainee the subject, not null
   * @param asOf the date of the export and of the skills passport, not null
   * @param register the training register, not null
   * @param certificates the subject's certificates, not null (those valid on {@code asOf} go on the
   *     passport)
   * @param batches production batches, not null; those the subject was on the team of are gathered,
   *     with the subject's work in them
   * @param orders sales orders, not null; the service jobs the subject worked on are gathered
   * @param allocations premi allocations, not null; the subject's shares are gathered
   * @param accounts premi accounts, not null; the subject's, if any, is gathered
   * @return the export, never null
   * @throws MissingValueException for a null argument
   */
  public static SubjectAccessExport of(
      Trainee trainee,
      LocalDate asOf,
      TrainingRegister register,
      Collection<Certificate> certificates,
      Collection<ProductionBatch> batches,
      Collection<SalesOrder> orders,
      Collection<PremiAllocation> allocations,
      Collection<PremiAccount> accounts) {
    RegistrationNumber subject = trainee.registrationNumber();
    List<Enrolment> enrolments = new ArrayList<>();
    for (ProgrammeRoster roster : register.rosters()) {
      enrolments.addAll(roster.enrolmentsOf(subject));
    }
    List<Attendance> attendance =
        register.attendance().stream().filter(a -> a.trainee().equals(subject)).toList();
    List<CompetencyAssessment> assessments =
        register.assessments().stream().filter(a -> a.trainee().equals(subject)).toList();
    SkillsPassport passport = register.passport(subject, trainee.name(), asOf, certificates);
    List<ProductionWork> production = new ArrayList<>();
    for (ProductionBatch batch : batches) {
      List<WorkInterval> work =
          batch.work().stream().filter(w -> w.trainee().equals(subject)).toList();
      // only a team member records work (WorkLog's NOT_IN_TEAM), so the team decides alone
      if (batch.team().contains(subject)) {
        Optional<TeamHours> hours =
            batch.teamHours().stream().filter(h -> h.trainee().equals(subject)).findFirst();
        production.add(new ProductionWork(batch.lotCode(), batch.productionDate(), work, hours));
      }
    }
    List<ServiceWork> jobs = new ArrayList<>();
    for (SalesOrder order : orders) {
      for (OrderLine line : order.lines()) {
        if (line instanceof ServiceJob job && job.trainees().contains(subject)) {
          jobs.add(
              new ServiceWork(
                  order.number(),
                  job.sku(),
                  job.description(),
                  job.vehicleClass(),
                  job.date(),
                  job.trainees().size()));
        }
      }
    }
    List<PremiShare> shares = new ArrayList<>();
    for (PremiAllocation allocation : allocations) {
      allocation.shareOf(subject).ifPresent(shares::add);
    }
    Optional<PremiAccount> account =
        accounts.stream().filter(a -> a.registrationNumber().equals(subject)).findFirst();
    return new SubjectAccessExport(
        asOf,
        trainee,
        enrolments,
        attendance,
        assessments,
        passport,
        production,
        jobs,
        shares,
        account);
  }

  @Override
  public String toString() {
    return "SubjectAccessExport[" + asOf + "]";
  }
}
