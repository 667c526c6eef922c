package org.bengkel.json.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.error.BengkelException;
import org.bengkel.facility.Nip;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.contract.GoldenSamples.Sample;
import org.bengkel.outcome.Outcome;
import org.bengkel.programme.AbsenceReason;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.CompetencyResult;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentEvent;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.ProgrammeRule;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingEvent;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The golden samples, invalid documents and seeded random values of the skill programme types
 * ({@code org.bengkel.programme}): golden files {@code programme-*.json}.
 */
public final class ProgrammeSamples {

  private ProgrammeSamples() {}

  static final Nip SUPERVISOR = Nip.parse("198503152010121002");
  static final Nip ASSESSOR = Nip.parse("199001012015032001");

  /** The supervisor at 08.00 WIB on a date: an enrolment move recorded that day. */
  static Stamp on(LocalDate date) {
    return Stamp.ofLocal(Actor.officer(SUPERVISOR), date.atTime(8, 0), TimeZoneName.WIB);
  }

  /**
   * The supervisor on 25 October 2026 at 09.00 WIB: sessions entered then, ahead, and the week's
   * attendance and assessment as a store written by an earlier release holds them (see {@link
   * #STORY}).
   */
  static final Stamp RECORDED = on(LocalDate.of(2026, 10, 25)).plusHours(1);

  static final RegistrationNumber HASAN = RegistrationNumber.parse("B.I-123/2024");
  static final RegistrationNumber RIYADI = RegistrationNumber.parse("B.IIa-45/2026");
  static final RegistrationNumber FAUZI = RegistrationNumber.parse("B.I-7/2025");

  static final SkillProgramme KULINER =
      SkillProgramme.builder()
          .code(ProgrammeCode.parse("KULINER-2026"))
          .name("Pelatihan Kue Kering")
          .field(SkillField.CULINARY)
          .skkniDecree("Kepmenaker 2019/174")
          .addCompetencyUnit("PAR.KL01.001.01")
          .addCompetencyUnit("PAR.KL01.002.01")
          .trainingHours(120)
          .capacity(2)
          .addSupervisor(SUPERVISOR)
          .build();

  static final SkillProgramme CUCI =
      SkillProgramme.builder()
          .code(ProgrammeCode.parse("CUCI-MOTOR-2026"))
          .name("Cuci Motor dan Mobil")
          .field(SkillField.VEHICLE_WASH)
          .skkniDecree("Kepmenaker 2017/312")
          .addCompetencyUnit("G.45CCM01.001.1")
          .trainingHours(80)
          .capacity(3)
          .addSupervisor(SUPERVISOR)
          .addSupervisor(ASSESSOR)
          .outsideWalls(true)
          .build();

  static final Session KULINER_MONDAY =
      Session.of(
          KULINER.code(), LocalDate.of(2026, 11, 2), LocalTime.of(8, 0), LocalTime.of(11, 30));
  static final Session CUCI_MONDAY =
      Session.of(CUCI.code(), LocalDate.of(2026, 11, 2), LocalTime.of(13, 0), LocalTime.of(16, 0));

  static final Attendance HASAN_FULL = Attendance.full(KULINER_MONDAY, HASAN, true);
  static final Attendance FAUZI_PARTIAL =
      Attendance.partial(KULINER_MONDAY, FAUZI, Duration.ofMinutes(150), AbsenceReason.SICK, true);

  static final CompetencyAssessment ASSESSMENT =
      CompetencyAssessment.builder()
          .trainee(HASAN)
          .programme(KULINER.code())
          .unitCode("PAR.KL01.001.01")
          .result(CompetencyResult.COMPETENT)
          .assessor(ASSESSOR)
          .date(LocalDate.of(2026, 11, 20))
          .evidence("Praktik membuat 2 kg kue nastar — lulus uji rasa")
          .build();

  static final Certificate CERTIFICATE =
      Certificate.builder()
          .issuerType(CertificateIssuer.LSP)
          .issuerName("LSP Pariwisata Indonesia")
          .bnspLicensed(true)
          .number("LSP-PI/2026/00123")
          .scheme("Pembuat Kue")
          .issuedOn(LocalDate.of(2026, 11, 25))
          .expiresOn(LocalDate.of(2029, 11, 24))
          .build();

  /**
   * A week at Pamekasan: the register and its events. Sessions and enrolments go through the
   * register's own operations; the week's attendance and assessment are events as the v1 documents
   * (golden {@code programme.attendance-recorded-v1}, {@code programme.assessment-recorded-v1})
   * store them, entered with the stamp of 25 October ({@link #RECORDED}), ahead of the session on 2
   * November and the assessment on 20 November. The operations refuse such a record now ({@code
   * value.dated-after-recording}), but a stored fact is read and replayed as stored: the register
   * is {@link TrainingRegister#replay} of these events, then completed.
   */
  private static final Outcome<TrainingRegister> STORY = story();

  private static Outcome<TrainingRegister> story() {
    Outcome<TrainingRegister> enrolled =
        Outcome.accepted(TrainingRegister.of(List.of(KULINER, CUCI)))
            .flatMap(r -> r.schedule(KULINER_MONDAY, RECORDED))
            .flatMap(r -> r.schedule(CUCI_MONDAY, RECORDED))
            .flatMap(r -> r.apply(KULINER.code(), HASAN, on(LocalDate.of(2026, 10, 26))))
            .flatMap(r -> r.apply(KULINER.code(), RIYADI, on(LocalDate.of(2026, 10, 26))))
            .flatMap(r -> r.apply(KULINER.code(), FAUZI, on(LocalDate.of(2026, 10, 27))))
            .flatMap(r -> r.apply(CUCI.code(), HASAN, on(LocalDate.of(2026, 10, 27))))
            .flatMap(
                r ->
                    r.suspend(
                        KULINER.code(),
                        RIYADI,
                        on(LocalDate.of(2026, 10, 30)),
                        true,
                        EnrolmentReason.SICK))
            .flatMap(r -> r.resume(KULINER.code(), RIYADI, on(LocalDate.of(2026, 10, 31))))
            .flatMap(
                r ->
                    r.withdraw(
                        KULINER.code(),
                        RIYADI,
                        on(LocalDate.of(2026, 10, 31)),
                        EnrolmentReason.DISCIPLINE));
    long kuliner = enrolled.orElseThrow().version(KULINER.code());
    long cuci = enrolled.orElseThrow().version(CUCI.code());
    List<TrainingEvent> events = new ArrayList<>(enrolled.events(TrainingEvent.class));
    events.add(
        new TrainingEvent.AttendanceRecorded(KULINER.code(), kuliner + 1, RECORDED, HASAN_FULL));
    events.add(
        new TrainingEvent.AttendanceRecorded(KULINER.code(), kuliner + 2, RECORDED, FAUZI_PARTIAL));
    events.add(
        new TrainingEvent.AttendanceRecorded(
            CUCI.code(), cuci + 1, RECORDED, Attendance.full(CUCI_MONDAY, HASAN, true)));
    events.add(
        new TrainingEvent.AssessmentRecorded(KULINER.code(), kuliner + 3, RECORDED, ASSESSMENT));
    return Outcome.accepted(
            TrainingRegister.replay(List.of(KULINER, CUCI), events), List.copyOf(events))
        .flatMap(r -> r.complete(KULINER.code(), HASAN, on(LocalDate.of(2026, 11, 27))));
  }

  /** The register of a week at Pamekasan, built through the register's own operations. */
  static final TrainingRegister REGISTER = STORY.orElseThrow();

  /** The events of that week, in order. */
  static final List<TrainingEvent> EVENTS = STORY.events(TrainingEvent.class);

  static final ProgrammeRoster ROSTER = REGISTER.roster(KULINER.code()).orElseThrow();

  static final Enrolment RIYADI_ENROLMENT = ROSTER.enrolmentsOf(RIYADI).get(0);

  static final SkillsPassport PASSPORT =
      REGISTER.passport(
          HASAN, "Moh. Hasan Ma'ruf", LocalDate.of(2026, 11, 27), List.of(CERTIFICATE));

  /** Every golden sample of the skill programme types. */
  public static List<Sample> all() {
    return List.of(
        new Sample("programme-skill-field", SkillField.class, SkillField.VEHICLE_WASH),
        new Sample("programme-skill-field-new", SkillField.class, SkillField.of("TAILORING")),
        new Sample("programme-absence-reason", AbsenceReason.class, AbsenceReason.REST_DAY),
        new Sample("programme-certificate-issuer", CertificateIssuer.class, CertificateIssuer.BLK),
        new Sample(
            "programme-competency-result",
            CompetencyResult.class,
            CompetencyResult.NOT_YET_COMPETENT),
        new Sample(
            "programme-enrolment-status",
            EnrolmentStatus.class,
            EnrolmentStatus.SUSPENDED_WITH_PAY),
        new Sample(
            "programme-enrolment-reason", EnrolmentReason.class, EnrolmentReason.PLACE_AVAILABLE),
        new Sample("programme-rule", ProgrammeRule.class, ProgrammeRule.HOURS_CAP),
        new Sample("programme-session", Session.class, KULINER_MONDAY),
        new Sample("programme-attendance", Attendance.class, HASAN_FULL),
        new Sample("programme-attendance-partial", Attendance.class, FAUZI_PARTIAL),
        new Sample("programme-certificate", Certificate.class, CERTIFICATE),
        new Sample(
            "programme-certificate-minimal",
            Certificate.class,
            Certificate.builder()
                .issuerType(CertificateIssuer.BLK)
                .issuerName("BLK Pamekasan")
                .bnspLicensed(false)
                .number("BLK-PMK/2026/7")
                .scheme("Pencucian Kendaraan")
                .issuedOn(LocalDate.of(2026, 12, 1))
                .build()),
        new Sample("programme-competency-assessment", CompetencyAssessment.class, ASSESSMENT),
        new Sample(
            "programme-achieved-unit", AchievedUnit.class, PASSPORT.competencyUnits().get(0)),
        new Sample(
            "programme-completed-programme",
            CompletedProgramme.class,
            PASSPORT.completedProgrammes().get(0)),
        new Sample(
            "programme-enrolment-event",
            EnrolmentEvent.class,
            EnrolmentEvent.of(
                EnrolmentStatus.ACTIVE,
                on(LocalDate.of(2026, 10, 30)),
                EnrolmentReason.PLACE_AVAILABLE)),
        new Sample("programme-enrolment", Enrolment.class, RIYADI_ENROLMENT),
        new Sample("programme-skill-programme", SkillProgramme.class, CUCI),
        new Sample("programme-roster", ProgrammeRoster.class, ROSTER),
        new Sample("programme-training-register", TrainingRegister.class, REGISTER),
        new Sample("programme-skills-passport", SkillsPassport.class, PASSPORT));
  }

  private static final String HASAN_COMPLETED =
      ",{\"status\":\"COMPLETED\"," + moveStamp("2026-11-27") + ",\"reason\":\"FINISHED\"}";

  /**
   * An enrolment move's day and stamp as the goldens write them: the samples' officer at 08.00 WIB
   * (01.00 UTC) on that day.
   */
  private static String moveStamp(String day) {
    return "\"date\":\""
        + day
        + "\",\"at\":\""
        + day
        + "T01:00:00Z\",\"zone\":\"WIB\",\"actor\":\"officer:198503152010121002\"";
  }

  private static String golden(String name) {
    return TextJson.compact(JsonFormatContract.golden(name));
  }

  /** Documents each breaking one rule of the programme types: type, JSON, path, rule code. */
  public static Stream<Arguments> invalidDocuments() {
    String session = golden("programme-session");
    String attendance = golden("programme-attendance");
    String certificate = golden("programme-certificate");
    String enrolment = golden("programme-enrolment");
    String programme = golden("programme-skill-programme");
    String roster = golden("programme-roster");
    String register = golden("programme-training-register");
    String passport = golden("programme-skills-passport");
    String assessment = golden("programme-competency-assessment");
    return Stream.of(
        Arguments.of(
            Session.class,
            session.replace("\"11:30\"", "\"08:00\""),
            "$.end",
            "programme.session.times"),
        Arguments.of(
            Session.class,
            session.replace("\"11:30\"", "\"11.30\""),
            "$.end",
            "json.malformed-date"),
        // the session lasts 3 h 30 min
        Arguments.of(
            Attendance.class,
            attendance.replace("PT3H30M", "PT3H31M"),
            "$.attended",
            "programme.attendance.hours-cap"),
        Arguments.of(
            Attendance.class,
            attendance.replace("PT3H30M", "PT-1H"),
            "$.attended",
            "programme.attendance.hours-cap"),
        Arguments.of(
            Attendance.class,
            attendance.replace("PT3H30M", "PT0S"),
            "$.absenceReason",
            "programme.attendance.absence-reason"),
        Arguments.of(
            Attendance.class,
            attendance.replace("PT3H30M", "3.5 jam"),
            "$.attended",
            "json.wrong-type"),
        Arguments.of(
            Attendance.class,
            attendance.replace("\"08:00\"", "\"12:00\""),
            "$.session.end",
            "programme.session.times"),
        Arguments.of(
            Certificate.class,
            certificate.replace("2029-11-24", "2026-11-25"),
            "$.expiresOn",
            "programme.certificate.expiry"),
        Arguments.of(
            Certificate.class,
            certificate.replace("2029-11-24", "2025-01-01"),
            "$.expiresOn",
            "programme.certificate.expiry"),
        Arguments.of(
            Certificate.class,
            certificate.replace("LSP-PI/2026/00123", " "),
            "$.number",
            "value.blank"),
        Arguments.of(
            CompetencyAssessment.class,
            assessment.replace("199001012015032001", "199013012015032001"),
            "$.assessor",
            "facility.nip.birth-date"),
        Arguments.of(
            CompetencyAssessment.class,
            assessment.replace("\"COMPETENT\"", "\"LULUS\""),
            "$.result",
            "json.unknown-constant"),
        Arguments.of(
            EnrolmentEvent.class,
            "{\"status\":\"COMPLETED\",\"date\":\"2026-10-30\",\"reason\":\"SICK\"}",
            "$.reason",
            "programme.enrolment.reason"),
        Arguments.of(
            Enrolment.class,
            "{\"programme\":\"KULINER-2026\",\"trainee\":\"B.IIa-45/2026\",\"history\":[]}",
            "$.history",
            "programme.empty"),
        Arguments.of(
            Enrolment.class,
            enrolment.replace(moveStamp("2026-10-30"), moveStamp("2026-10-25")),
            "$.history[1].at",
            "programme.enrolment.date-order"),
        Arguments.of(
            Enrolment.class,
            enrolment
                .replaceFirst("\"APPLICATION\"", "\"OWN_REQUEST\"")
                .replaceFirst("\"ACTIVE\"", "\"WITHDRAWN\""),
            "$.history[0].reason",
            "programme.enrolment.reason"),
        // waiting cannot move to suspended
        Arguments.of(
            Enrolment.class,
            enrolment.replaceFirst("\"ACTIVE\"", "\"WAITING\""),
            "$.history[1].status",
            "programme.enrolment.transition"),
        Arguments.of(
            SkillProgramme.class,
            programme.replace("\"capacity\":3", "\"capacity\":0"),
            "$.capacity",
            "value.out-of-range"),
        Arguments.of(
            SkillProgramme.class,
            programme.replace("[\"G.45CCM01.001.1\"]", "[]"),
            "$.competencyUnits",
            "programme.empty"),
        Arguments.of(
            SkillProgramme.class,
            programme.replace("[\"G.45CCM01.001.1\"]", "[\"G.45CCM01.001.1\",\"G.45CCM01.001.1\"]"),
            "$.competencyUnits",
            "value.duplicate"),
        Arguments.of(
            SkillProgramme.class,
            programme.replace("[\"198503152010121002\",\"199001012015032001\"]", "[]"),
            "$.supervisors",
            "programme.empty"),
        Arguments.of(
            SkillProgramme.class,
            programme.replace("\"VEHICLE-WASH\"", "\"vehicle wash\""),
            "$.field",
            "value.malformed"),
        // capacity 1, and Hasan, not completed, and Fauzi would both hold a place
        Arguments.of(
            ProgrammeRoster.class,
            roster.replace("\"capacity\":2", "\"capacity\":1").replace(HASAN_COMPLETED, ""),
            "$.enrolments",
            "programme.roster.capacity"),
        Arguments.of(
            ProgrammeRoster.class,
            roster.replace("\"code\":\"KULINER-2026\"", "\"code\":\"ROTI-2026\""),
            "$.enrolments.programme",
            "programme.roster.programme"),
        Arguments.of(
            ProgrammeRoster.class,
            roster.replace(HASAN_COMPLETED, "").replace("B.I-7/2025", "B.I-123/2024"),
            "$.enrolments.trainee",
            "programme.roster.duplicate"),
        // Fauzi left on the waiting list while Riyadi's withdrawal leaves a place free
        Arguments.of(
            ProgrammeRoster.class,
            roster.replace(
                ",{\"status\":\"ACTIVE\","
                    + moveStamp("2026-10-31")
                    + ",\"reason\":\"PLACE_AVAILABLE\"}",
                ""),
            "$.enrolments",
            "programme.roster.idle-place"),
        // Hasan's sessions at 08:00-11:30 and 10:00-13:00 overlap; he attended both
        Arguments.of(
            TrainingRegister.class,
            register.replace("\"start\":\"13:00\"", "\"start\":\"10:00\""),
            "$.attendance",
            "programme.attendance.overlap"),
        // ... and, still active in both programmes, cannot hold both enrolments
        Arguments.of(
            TrainingRegister.class,
            register
                .replace("\"start\":\"13:00\"", "\"start\":\"10:00\"")
                .replace(HASAN_COMPLETED, ""),
            "$.rosters.enrolments",
            "programme.enrolment.overlap"),
        Arguments.of(
            TrainingRegister.class,
            register.replaceFirst(
                "\"attendance\":\\[\\{\"session\":\\{\"programme\":\"KULINER-2026\",\"date\":\"2026-11-02\"",
                "\"attendance\":[{\"session\":{\"programme\":\"KULINER-2026\",\"date\":\"2026-11-03\""),
            "$.attendance.session",
            "programme.attendance.unknown-session"),
        Arguments.of(
            TrainingRegister.class,
            register.replace(
                "\"unitCode\":\"PAR.KL01.001.01\",\"result\"",
                "\"unitCode\":\"PAR.KL01.009.01\",\"result\""),
            "$.assessments.unitCode",
            "programme.assessment.unit"),
        Arguments.of(
            TrainingRegister.class,
            register.replace(
                "{\"trainee\":\"B.I-123/2024\",\"programme\":\"KULINER-2026\"",
                "{\"trainee\":\"B.I-999/2024\",\"programme\":\"KULINER-2026\""),
            "$.assessments.trainee",
            "programme.assessment.not-enrolled"),
        Arguments.of(
            TrainingRegister.class,
            register.replace(
                "\"sessions\":[{\"programme\":\"KULINER-2026\"",
                "\"sessions\":[{\"programme\":\"ROTI-2026\""),
            "$.sessions.programme",
            "programme.register.unknown-programme"),
        Arguments.of(
            SkillsPassport.class,
            passport.replace("\"asOf\":\"2026-11-27\"", "\"asOf\":\"2029-12-01\""),
            "$.certificates[0]",
            "programme.passport.certificate"),
        Arguments.of(
            SkillsPassport.class,
            passport.replace("\"CULINARY\":", "\"kuliner\":"),
            "$.hoursByField.kuliner",
            "value.malformed"),
        Arguments.of(
            SkillsPassport.class,
            passport.replace("\"Moh. Hasan Ma'ruf\"", "\"\""),
            "$.holderName",
            "value.blank"),
        Arguments.of(ProgrammeRule.class, "\"programme.nope\"", "$", "json.unknown-constant"));
  }

  // ---- seeded random valid values ----

  private static final RegistrationNumber[] TRAINEES = {
    RegistrationNumber.parse("B.I-1/2026"), RegistrationNumber.parse("B.I-2/2026"),
    RegistrationNumber.parse("B.IIa-3/2026"), RegistrationNumber.parse("B.IIb-4/2026"),
    RegistrationNumber.parse("B.III-5/2026"), RegistrationNumber.parse("B.I-6/2026")
  };

  private static final EnrolmentReason[] SUSPENSIONS = {
    EnrolmentReason.SICK,
    EnrolmentReason.DISCIPLINE,
    EnrolmentReason.LEGAL_PROCEEDINGS,
    EnrolmentReason.WORK_HALTED,
    EnrolmentReason.OTHER
  };

  private static final EnrolmentReason[] WITHDRAWALS = {
    EnrolmentReason.OWN_REQUEST, EnrolmentReason.TRANSFER, EnrolmentReason.RELEASE,
    EnrolmentReason.DISCIPLINE, EnrolmentReason.ASSESSMENT, EnrolmentReason.OTHER
  };

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  static SkillProgramme programme(SplittableRandom r, int i) {
    SkillField[] fields = {
      SkillField.CULINARY,
      SkillField.VEHICLE_WASH,
      SkillField.WOOD_CRAFT,
      SkillField.of("TAILORING")
    };
    SkillProgramme.Builder b =
        SkillProgramme.builder()
            .code(ProgrammeCode.parse("P" + i + "-2026"))
            .name("Program " + i)
            .field(fields[r.nextInt(fields.length)])
            .skkniDecree("Kepmenaker " + (2015 + r.nextInt(10)) + "/" + r.nextInt(400))
            .trainingHours(1 + r.nextInt(400))
            .capacity(1 + r.nextInt(3))
            .addSupervisor(SUPERVISOR)
            .outsideWalls(r.nextInt(4) == 0)
            .production(r.nextInt(5) != 0);
    for (int u = 1 + r.nextInt(3); u > 0; u--) {
      b.addCompetencyUnit("U" + i + "." + u);
    }
    return b.build();
  }

  /**
   * A random register: each move is one of the register's own operations on a random programme,
   * trainee and date; a move the register refuses is skipped, so only valid states are kept.
   */
  static TrainingRegister register(SplittableRandom r) {
    List<SkillProgramme> programmes = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      programmes.add(programme(r, i));
    }
    TrainingRegister reg = TrainingRegister.of(programmes);
    LocalDate day = LocalDate.of(2026, 1, 5);
    for (int i = 0; i < 6; i++) {
      SkillProgramme p = programmes.get(r.nextInt(programmes.size()));
      LocalTime start = LocalTime.of(7 + r.nextInt(8), r.nextInt(4) * 15);
      Session s =
          Session.of(
              p.code(),
              day.plusDays(r.nextInt(20)),
              start,
              start.plusMinutes(30 + r.nextInt(8) * 30L));
      try {
        reg = reg.schedule(s, RECORDED).orElseThrow();
      } catch (BengkelException e) {
        // a session scheduled twice: skipped
      }
    }
    for (int step = 0; step < 40; step++) {
      SkillProgramme p = programmes.get(r.nextInt(programmes.size()));
      RegistrationNumber t = pick(r, TRAINEES);
      LocalDate date = day.plusDays(step / 4);
      TrainingRegister before = reg;
      try {
        reg =
            switch (r.nextInt(8)) {
              case 0, 1 -> reg.apply(p.code(), t, on(date)).orElseThrow();
              case 2 ->
                  reg.suspend(p.code(), t, on(date), r.nextBoolean(), pick(r, SUSPENSIONS))
                      .orElseThrow();
              case 3 -> reg.resume(p.code(), t, on(date)).orElseThrow();
              case 4 -> reg.complete(p.code(), t, on(date)).orElseThrow();
              case 5 -> reg.withdraw(p.code(), t, on(date), pick(r, WITHDRAWALS)).orElseThrow();
              case 6 -> attend(r, reg, t);
              default ->
                  reg.recordAssessment(
                          CompetencyAssessment.builder()
                              .trainee(t)
                              .programme(p.code())
                              .unitCode(
                                  p.competencyUnits().get(r.nextInt(p.competencyUnits().size())))
                              .result(
                                  r.nextBoolean()
                                      ? CompetencyResult.COMPETENT
                                      : CompetencyResult.NOT_YET_COMPETENT)
                              .assessor(ASSESSOR)
                              .date(date)
                              .evidence("Uji praktik " + step)
                              .build(),
                          RECORDED)
                      .orElseThrow();
            };
      } catch (BengkelException e) {
        reg = before;
      }
    }
    return reg;
  }

  private static TrainingRegister attend(
      SplittableRandom r, TrainingRegister reg, RegistrationNumber t) {
    if (reg.sessions().isEmpty()) {
      return reg;
    }
    Session s = reg.sessions().get(r.nextInt(reg.sessions().size()));
    long minutes = s.length().toMinutes();
    Attendance a =
        switch (r.nextInt(3)) {
          case 0 -> Attendance.full(s, t, r.nextBoolean());
          case 1 ->
              Attendance.partial(
                  s,
                  t,
                  Duration.ofMinutes(1 + r.nextLong(minutes - 1)),
                  pick(r, AbsenceReason.values()),
                  r.nextBoolean());
          default -> Attendance.absent(s, t, pick(r, AbsenceReason.values()), false);
        };
    return reg.record(a, (x, d) -> r.nextBoolean(), RECORDED).orElse(reg);
  }

  /**
   * Seeded random valid programme values: registers (with everything inside them), a roster, a
   * passport.
   */
  static List<Object> random(SplittableRandom r, int n) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      TrainingRegister reg = register(r);
      // the register holds everything else: rosters, enrolment histories, sessions, attendance
      values.add(reg);
      values.add(reg.rosters().get(0));
      RegistrationNumber t = pick(r, TRAINEES);
      LocalDate asOf = LocalDate.of(2026, 1, 5).plusDays(r.nextInt(30));
      List<Certificate> certs = new ArrayList<>();
      if (r.nextBoolean()) {
        Certificate.Builder c =
            Certificate.builder()
                .issuerType(CertificateIssuer.BLK)
                .issuerName("BLK Pamekasan")
                .bnspLicensed(r.nextBoolean())
                .number("BLK/" + i)
                .scheme("Skema " + i)
                .issuedOn(asOf.minusDays(r.nextInt(300)));
        if (r.nextBoolean()) {
          c.expiresOn(asOf.plusDays(r.nextInt(1000)));
        }
        certs.add(c.build());
      }
      values.add(reg.passport(t, "Pemegang " + i, asOf, certs));
    }
    return values;
  }
}
