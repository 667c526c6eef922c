package org.bengkel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bengkel.audit.Stamp;
import org.bengkel.error.CoreRule;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.StockLedger;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;

/**
 * The one null policy: a null where none is allowed throws {@link MissingValueException} naming the
 * parameter, from hand-written checks and from the generated builders alike.
 */
class NullPolicyTest {

  private static final Stamp AT = Stamps.at(2025, 3, 1, 9, 0);
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private static final RegistrationNumber CONVICT = RegistrationNumber.of("B.I-101/2025");
  private static final RegistrationNumber DETAINEE = RegistrationNumber.of("A.II-77/2025");
  private static final FacilityCode FACILITY = FacilityCode.of("LAPAS-PAMEKASAN");
  private static final ProgrammeCode KAYU = ProgrammeCode.of("KAYU-2025");

  private static SkillProgramme kayu() {
    return SkillProgramme.builder()
        .code(KAYU)
        .name("Pelatihan kayu")
        .field(SkillField.WOOD_CRAFT)
        .skkniDecree("Kepmenaker 321 Tahun 2016")
        .addCompetencyUnits("UNIT.001.01")
        .trainingHours(160)
        .capacity(2)
        .addSupervisor(Nip.of("198503122010121001"))
        .build();
  }

  @Test
  void money() {
    assertMissing(() -> Rupiah.parse(null), "text");
    assertMissing(() -> Rupiah.of(1_000).plus(null), "other");
    assertMissing(() -> Rupiah.of(1_000).minus(null), "other");
    assertMissing(() -> Rupiah.of(1_000).times(null, java.math.RoundingMode.HALF_UP), "rate");
  }

  @Test
  void premiAllocation() {
    assertMissing(
        () -> PremiAllocation.allocate(null, ContributionBasis.MINUTES_WORKED, List.of()), "pool");
    assertMissing(() -> PremiAllocation.allocate(Rupiah.of(100), null, List.of()), "basis");
    assertMissing(
        () -> PremiAllocation.allocate(Rupiah.of(100), ContributionBasis.MINUTES_WORKED, null),
        "contributions");
  }

  @Test
  void productionBatch() {
    // Through the generated builder: the style hands the attribute's name over.
    assertMissing(
        () -> ProductionBatch.plan(null, null, 10, LocalDate.of(2025, 3, 1), AT), "lotCode");
  }

  @Test
  void stockLedger() {
    assertMissing(() -> StockLedger.replay(Stamps.FACILITY, null, List.of()), "lots");
    assertMissing(() -> StockLedger.empty(null), "facility");
    assertMissing(() -> StockLedger.empty(Stamps.FACILITY).sell(null, 1, AT), "sku");
  }

  @Test
  void premiAccount() {
    PremiAccount account = PremiAccount.open(CONVICT);
    assertMissing(
        () -> account.credit(Stamps.on(DAY), (org.bengkel.proceeds.PremiShare) null, "S"), "share");
    assertMissing(() -> account.spend(Stamps.on(DAY), null, "K"), "amount");
  }

  @Test
  void pnbpLedger() {
    PnbpLedger ledger = PnbpLedger.of(FACILITY, Year.of(2025), Rupiah.of(1_000_000));
    assertMissing(
        () -> ledger.record(Stamps.on(DAY), "S", (org.bengkel.proceeds.ProceedsSplit) null),
        "split");
  }

  @Test
  void trainingRegister() {
    assertMissing(() -> TrainingRegister.of(null), "programmes");
    assertMissing(
        () -> TrainingRegister.of(java.util.Arrays.asList(kayu(), null)), "programmes[1]");
    TrainingRegister register = TrainingRegister.of(List.of(kayu()));
    assertMissing(() -> register.record(null, Stamps.RECORDED), "record");
    assertMissing(() -> register.apply(KAYU, null, Stamps.on(DAY)), "trainee");
    assertMissing(() -> register.apply(KAYU, CONVICT, null), "stamp");
    assertMissing(() -> register.complete(null, CONVICT, Stamps.on(DAY)), "programme");
  }

  @Test
  void programmeRoster() {
    ProgrammeRoster empty = ProgrammeRoster.of(kayu());
    assertMissing(() -> empty.apply(null, Stamps.on(DAY)), "trainee");
    assertMissing(() -> empty.apply(CONVICT, null), "stamp");
    ProgrammeRoster roster = empty.apply(CONVICT, Stamps.on(DAY)).orElseThrow();
    assertMissing(() -> roster.complete(null, Stamps.on(DAY)), "trainee");
    assertMissing(() -> roster.complete(CONVICT, null), "stamp");
    assertMissing(() -> roster.resume(CONVICT, null), "stamp");
    assertMissing(() -> roster.withdraw(CONVICT, null, EnrolmentReason.OWN_REQUEST), "stamp");
  }

  @Test
  void enrolment() {
    Enrolment active = Enrolment.active(KAYU, CONVICT, Stamps.on(DAY));
    assertMissing(() -> active.complete(null), "stamp");
    assertMissing(() -> active.suspend(null, true, EnrolmentReason.SICK), "stamp");
    assertMissing(() -> active.withdraw(null, EnrolmentReason.OWN_REQUEST), "stamp");
    assertMissing(() -> active.withdraw(Stamps.on(DAY), null), "reason");
    // Resuming an active enrolment would be refused, but the null is seen first.
    assertMissing(() -> active.resume(null), "stamp");
    assertMissing(
        () -> Enrolment.waiting(KAYU, CONVICT, Stamps.on(DAY)).activate(null, null), "stamp");
  }

  @Test
  void trainee() {
    Trainee detainee = Trainee.detainee(DETAINEE, "Nama Contoh", FACILITY, CrimeCategory.GENERAL);
    Trainee convict =
        Trainee.convict(
            CONVICT,
            "Nama Contoh",
            FACILITY,
            CrimeCategory.GENERAL,
            Sentence.imprisonment(Period.ofYears(2), DAY.minusYears(1)));
    assertMissing(() -> detainee.changeStatus(null, Stamps.RECORDED), "next");
    // A convict cannot be sentenced again (a refusal), but the nulls are seen before any rule.
    assertMissing(() -> convict.sentenced(null, null, Stamps.RECORDED), "convictNumber");
    assertMissing(() -> detainee.sentenced(null, null, Stamps.RECORDED), "convictNumber");
    assertMissing(() -> detainee.sentenced(CONVICT, null, Stamps.RECORDED), "sentence");
    assertMissing(() -> detainee.withRemission(null, Stamps.RECORDED), "remission");
  }

  private static void assertMissing(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            MissingValueException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isSameAs(CoreRule.REQUIRED);
            });
  }
}
