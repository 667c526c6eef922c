package org.bengkel.examples;

import static org.bengkel.examples.PamekasanData.*;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bengkel.error.Messages;
import org.bengkel.outcome.Outcome;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.OutsideWorkClearance;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.ConditionResult;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.Trainee;

/**
 * Enrolment, eligibility for outside-the-walls work (SAE) and the first week of sessions.
 *
 * <p>The clearance for the car wash is wired here: the programme package asks an {@link
 * OutsideWorkClearance}, and the trainee package's {@link EligibilityPolicy} answers it.
 */
final class TrainingChapter {

  static final Locale ID = Messages.INDONESIAN;
  static final LocalDate WEEK_START = LocalDate.of(2026, 10, 5);

  private final EligibilityPolicy policy = EligibilityPolicy.defaults();
  private TrainingRegister register = TrainingRegister.of(PROGRAMMES);

  TrainingRegister register() {
    return register;
  }

  /** Outside-the-walls work needs asimilasi/SAE eligibility on the session date. */
  OutsideWorkClearance saeClearance() {
    return (number, date) ->
        policy.evaluate(Entitlement.SAE, BY_NUMBER.get(number), date).eligible();
  }

  void run(PrintStream out) {
    Table.heading(out, "1. Pendaftaran program, " + MONTH_START);
    Table enrolments = new Table("Program", "Warga binaan", "Reg.", "Hasil");
    for (SkillProgramme programme : PROGRAMMES) {
      for (Trainee t : APPLICATIONS.get(programme)) {
        String result;
        Outcome<TrainingRegister> applied =
            register.apply(
                programme.code(),
                t.registrationNumber(),
                PamekasanData.stamp(PamekasanData.KASI_GIATJA, MONTH_START.atTime(8, 0)));
        if (applied.isAccepted()) {
          register = applied.orElseThrow();
          result =
              register
                  .roster(programme.code())
                  .orElseThrow()
                  .openEnrolment(t.registrationNumber())
                  .orElseThrow()
                  .status()
                  .displayName(ID);
        } else {
          result = "DITOLAK: " + applied.refusals().get(0).message(ID);
        }
        enrolments.row(
            programme.code(), t.name(), t.registrationNumber().registerClass().prefix(), result);
      }
    }
    enrolments.print(out);

    Table.heading(out, "2. Kelayakan SAE cuci kendaraan, " + WEEK_START);
    Table sae = new Table("Warga binaan", "Layak", "Syarat belum terpenuhi", "Paling cepat");
    for (Trainee t : TRAINEES) {
      EligibilityDecision d = policy.evaluate(Entitlement.SAE, t, WEEK_START);
      List<ConditionResult> failing = d.failing();
      String why =
          failing.isEmpty()
              ? "-"
              : failing.get(0).message(ID)
                  + (failing.size() > 1 ? " (+" + (failing.size() - 1) + ")" : "");
      sae.row(
          t.name(),
          d.eligible() ? "ya" : "tidak",
          why,
          d.earliestDate().map(LocalDate::toString).orElse("-"));
    }
    sae.print(out);

    Table.heading(
        out, "3. Sesi pelatihan minggu pertama, " + WEEK_START + " s.d. " + WEEK_START.plusDays(4));
    Map<SkillProgramme, LocalTime[]> hours =
        Map.of(
            WOOD, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)},
            WASH, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(14, 0)},
            FOOD, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)});
    Map<String, String> refusals = new java.util.LinkedHashMap<>();
    Map<String, Integer> refusedDays = new java.util.LinkedHashMap<>();
    for (LocalDate day = WEEK_START;
        day.getDayOfWeek() != DayOfWeek.SATURDAY;
        day = day.plusDays(1)) {
      for (SkillProgramme programme : PROGRAMMES) {
        LocalTime[] h = hours.get(programme);
        Session session = Session.of(programme.code(), day, h[0], h[1]);
        register =
            register
                .schedule(
                    session,
                    PamekasanData.stamp(
                        PamekasanData.KASI_GIATJA, WEEK_START.minusDays(3).atTime(9, 0)))
                .orElseThrow();
        for (Trainee t : APPLICATIONS.get(programme)) {
          if (!register.isActivelyEnrolled(t.registrationNumber(), programme.code(), day)) {
            continue;
          }
          Outcome<TrainingRegister> recorded =
              register.record(
                  Attendance.full(session, t.registrationNumber(), true),
                  saeClearance(),
                  PamekasanData.stamp(PamekasanData.KASI_GIATJA, day.atTime(h[1])));
          if (recorded.isAccepted()) {
            register = recorded.orElseThrow();
          } else {
            String key = programme.code() + "|" + t.name();
            refusals.putIfAbsent(key, recorded.refusals().get(0).message(ID));
            refusedDays.merge(key, 1, Integer::sum);
          }
        }
      }
    }
    Table refused = new Table("Program", "Warga binaan", ">Hari", "Kehadiran ditolak");
    refusals.forEach(
        (key, why) -> {
          String[] k = key.split("\\|");
          refused.row(k[0], k[1], refusedDays.get(key), why);
        });
    refused.print(out);

    Table trained = new Table("Warga binaan", "Bidang", ">Jam latihan");
    for (Trainee t : TRAINEES) {
      Map<SkillField, Duration> byField =
          register.hoursByField(t.registrationNumber(), WEEK_START.plusDays(4));
      byField.forEach((field, d) -> trained.row(t.name(), field.displayName(ID), Report.hours(d)));
    }
    trained.print(out);
  }
}
