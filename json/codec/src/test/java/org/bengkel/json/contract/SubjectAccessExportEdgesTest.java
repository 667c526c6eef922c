package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.json.privacy.SubjectAccessExport;
import org.bengkel.json.privacy.SubjectAccessExport.ProductionWork;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.CompetencyAssessment;
import org.junit.jupiter.api.Test;

/**
 * The subject access export gathers the subject's records and nobody else's: each of its lists is
 * checked on its own, and the gathering is run here rather than only in a sample's static
 * initialiser (where a mutation test cannot see which test it serves).
 */
class SubjectAccessExportEdgesTest {

  private static final SubjectAccessExport E = DocumentSamples.EXPORT;

  @Test
  void gatheringTakesTheSubjectsRecordsOnly() {
    SubjectAccessExport export =
        gather(List.of(ProductionSamples.RELEASED, ProductionSamples.REJECTED));
    assertThat(export).isEqualTo(E);
    // Hasan's two attended sessions of three recorded (Fauzi's partial one left out), his one
    // assessment, his work 8:00-12:00 and 13:00-15:30 and his 22 pieces of the cookie batch
    assertThat(export.attendance())
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.trainee()).isEqualTo(ProgrammeSamples.HASAN));
    assertThat(export.assessments()).containsExactly(ProgrammeSamples.ASSESSMENT);
    assertThat(export.production())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.lotCode()).isEqualTo(ProductionSamples.RELEASED.lotCode());
              assertThat(p.work()).hasSize(2);
              assertThat(p.hours().orElseThrow().pieces()).contains(22L);
            });
    assertThat(export.toString()).isEqualTo("SubjectAccessExport[2026-11-27]");
  }

  @Test
  void aBatchWhoseTeamHoldsTheSubjectIsListedBeforeAnyWork() {
    // production started with Ani (Hasan's number) and Budi, nothing recorded yet
    ProductionBatch started =
        ProductionSamples.PLANNED_STORY
            .flatMap(
                b -> b.assignSupervisor(ProductionSamples.SUPERVISOR, ProductionSamples.WORKSHOP))
            .flatMap(
                b ->
                    b.startProduction(
                        List.of(ProductionSamples.ANI, ProductionSamples.BUDI),
                        ProductionSamples.ENROLLED,
                        ProductionSamples.stamp(
                            ProductionSamples.SUPERVISOR, LocalDateTime.of(2026, 11, 2, 7, 30))))
            .orElseThrow();
    assertThat(started.work()).isEmpty();
    SubjectAccessExport export = gather(List.of(started));
    assertThat(export.production())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.work()).isEmpty();
              // a team member's hours are kept from the start, none worked yet
              assertThat(p.hours().orElseThrow().worked()).isZero();
            });
  }

  @Test
  void everyListRefusesAnotherTraineesRecordAtItsOwnPlace() {
    List<org.bengkel.programme.Attendance> attendance = new ArrayList<>(E.attendance());
    attendance.add(ProgrammeSamples.FAUZI_PARTIAL);
    assertRefused(
        () ->
            export(
                attendance, E.assessments(), E.skillsPassport(), E.production(), E.premiShares()),
        "attendance[2].trainee");

    CompetencyAssessment fauzis =
        CompetencyAssessment.builder()
            .from(ProgrammeSamples.ASSESSMENT)
            .trainee(ProgrammeSamples.FAUZI)
            .build();
    assertRefused(
        () ->
            export(
                E.attendance(),
                List.of(ProgrammeSamples.ASSESSMENT, fauzis),
                E.skillsPassport(),
                E.production(),
                E.premiShares()),
        "assessments[1].trainee");

    assertRefused(
        () ->
            export(
                E.attendance(),
                E.assessments(),
                ProgrammeSamples.REGISTER.passport(
                    ProgrammeSamples.FAUZI, "Fauzi", E.asOf(), List.of()),
                E.production(),
                E.premiShares()),
        "skillsPassport.registrationNumber");

    ProductionWork hasans = E.production().get(0);
    WorkInterval budisWork =
        ProductionSamples.RELEASED.work().stream()
            .filter(w -> w.trainee().equals(ProductionSamples.BUDI))
            .findFirst()
            .orElseThrow();
    TeamHours budisHours =
        ProductionSamples.RELEASED.teamHours().stream()
            .filter(h -> h.trainee().equals(ProductionSamples.BUDI))
            .findFirst()
            .orElseThrow();
    List<WorkInterval> work = new ArrayList<>(hasans.work());
    work.add(budisWork);
    assertRefused(
        () ->
            export(
                E.attendance(),
                E.assessments(),
                E.skillsPassport(),
                List.of(
                    hasans,
                    new ProductionWork(
                        hasans.lotCode(), hasans.productionDate(), work, Optional.empty())),
                E.premiShares()),
        "production[1].work[2].trainee");
    assertRefused(
        () ->
            export(
                E.attendance(),
                E.assessments(),
                E.skillsPassport(),
                List.of(
                    new ProductionWork(
                        hasans.lotCode(),
                        hasans.productionDate(),
                        hasans.work(),
                        Optional.of(budisHours))),
                E.premiShares()),
        "production[0].hours.trainee");

    PremiShare dedis = ProceedsSamples.ALLOCATION.shareOf(ProceedsSamples.DEDI).orElseThrow();
    List<PremiShare> shares = new ArrayList<>(E.premiShares());
    shares.add(dedis);
    assertRefused(
        () -> export(E.attendance(), E.assessments(), E.skillsPassport(), E.production(), shares),
        "premiShares[1].registrationNumber");
  }

  private static SubjectAccessExport gather(List<ProductionBatch> batches) {
    return SubjectAccessExport.of(
        TraineeSamples.CONVICT,
        LocalDate.of(2026, 11, 27),
        ProgrammeSamples.REGISTER,
        List.of(ProgrammeSamples.CERTIFICATE),
        batches,
        List.of(SalesSamples.QUOTED, DocumentSamples.WASH_ORDER),
        List.of(ProceedsSamples.ALLOCATION),
        List.of(ProceedsSamples.ACCOUNT));
  }

  private static SubjectAccessExport export(
      List<org.bengkel.programme.Attendance> attendance,
      List<CompetencyAssessment> assessments,
      org.bengkel.programme.SkillsPassport passport,
      List<ProductionWork> production,
      List<PremiShare> shares) {
    return new SubjectAccessExport(
        E.asOf(),
        E.trainee(),
        E.enrolments(),
        attendance,
        assessments,
        passport,
        production,
        E.serviceJobs(),
        shares,
        E.premiAccount());
  }

  private static void assertRefused(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("value.malformed");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.isPersonal()).isTrue();
            });
  }
}
