package org.bengkel.testkit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.programme.AbsenceReason;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.CompetencyResult;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentEvent;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.trainee.RegistrationNumber;

/**
 * Generators of valid skill-programme values (<i>program pembinaan kemandirian</i>): {@link
 * SkillProgramme} and its parts, {@link Session}s (non-overlapping schedules and deliberately
 * overlapping pairs), {@link Attendance}, {@link Enrolment} histories, {@link
 * CompetencyAssessment}s, {@link Certificate}s and sequences of {@link RosterOperation}s for
 * property tests of {@link org.bengkel.programme.ProgrammeRoster} and {@link
 * org.bengkel.programme.TrainingRegister}.
 *
 * <p>Ordinary values follow the Pamekasan programmes (wood craft, vehicle wash, culinary; weekday
 * sessions from 08:00); the edges are there too: capacity one and 10 000, one unit and the longest
 * unit code, one-minute sessions and sessions ending at 23:59, sessions that touch without
 * overlapping, certificates expiring the day after issue.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgrammeGen {

  private static final String CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2030, 12, 31);

  private ProgrammeGen() {}

  /**
   * Skill fields: the three of the Pamekasan workshop ({@link SkillField#WOOD_CRAFT}, {@link
   * SkillField#VEHICLE_WASH}, {@link SkillField#CULINARY}) mostly, sometimes another field such as
   * {@code SEWING} or an arbitrary code.
   *
   * @return the generator, never null
   */
  public static Gen<SkillField> fields() {
    return Gen.frequency(
        Gen.weighted(
            6, Gen.choose(SkillField.WOOD_CRAFT, SkillField.VEHICLE_WASH, SkillField.CULINARY)),
        Gen.weighted(2, Gen.choose("SEWING", "WELDING", "FARMING", "BARBER").map(SkillField::of)),
        Gen.weighted(1, codes(40).map(SkillField::of)));
  }

  /**
   * Programme codes such as {@code KAYU-01}, {@code CUCI-MOTOR} or {@code BOGA-2}; sometimes an
   * arbitrary code up to the 40 characters allowed.
   *
   * @return the generator, never null
   */
  public static Gen<ProgrammeCode> programmeCodes() {
    Gen<String> realistic =
        Gen.zip(
            Gen.choose("KAYU", "CUCI", "BOGA", "JAHIT", "LAS", "TANI", "CUKUR"),
            Gen.ints(1, 99),
            (name, n) -> String.format(Locale.ROOT, "%s-%02d", name, n));
    return Gen.frequency(Gen.weighted(4, realistic), Gen.weighted(1, codes(40)))
        .map(ProgrammeCode::of);
  }

  /**
   * Distinct programme codes, {@code count} of them.
   *
   * @param count how many, one to 99
   * @return the generator of lists without repetition, never null
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public static Gen<List<ProgrammeCode>> distinctProgrammeCodes(int count) {
    if (count < 1 || count > 99) {
      throw new IllegalArgumentException("count must be 1 to 99: " + count);
    }
    return random -> {
      Set<ProgrammeCode> codes = new LinkedHashSet<>();
      String stem = Gen.choose("KAYU", "CUCI", "BOGA", "JAHIT").next(random);
      while (codes.size() < count) {
        codes.add(ProgrammeCode.of(String.format(Locale.ROOT, "%s-%02d", stem, codes.size() + 1)));
      }
      return List.copyOf(codes);
    };
  }

  /**
   * SKKNI competency unit codes (opaque to bengkel) in the usual form such as {@code
   * C.16KAY00.012.1}; sometimes a text up to the 60 characters allowed.
   *
   * @return the generator, never null
   */
  public static Gen<String> competencyUnits() {
    Gen<String> realistic =
        random ->
            String.format(
                Locale.ROOT,
                "%s.%02d%s00.%03d.%d",
                Gen.choose("C", "I", "M", "N").next(random),
                random.nextInt(10, 100),
                Gen.choose("KAY", "CUC", "BOG", "PAR", "OTO").next(random),
                random.nextInt(1, 1000),
                random.nextInt(1, 3));
    return Gen.frequency(Gen.weighted(9, realistic), Gen.weighted(1, FacilityGen.texts(60)));
  }

  /**
   * SKKNI decrees (<i>Keputusan Menteri Ketenagakerjaan</i>) such as {@code Kepmenaker No. 123
   * Tahun 2019}; sometimes a text up to 200 characters.
   *
   * @return the generator, never null
   */
  public static Gen<String> skkniDecrees() {
    Gen<String> realistic =
        Gen.zip(
            Gen.ints(1, 400),
            Gen.ints(2010, 2026),
            (n, y) -> "Kepmenaker No. " + n + " Tahun " + y);
    return Gen.frequency(Gen.weighted(9, realistic), Gen.weighted(1, FacilityGen.texts(200)));
  }

  /**
   * Valid skill programmes of any code.
   *
   * @return the generator, never null
   * @see #programmes(ProgrammeCode)
   */
  public static Gen<SkillProgramme> programmes() {
    return programmeCodes().flatMap(ProgrammeGen::programmes);
  }

  /**
   * Valid skill programmes with a given code: a field, a decree, one to eight distinct unit codes,
   * 1 to 10 000 training hours (JP; usually 40 to 400), a capacity of 1 to 10 000 (usually 5 to
   * 30), one to three distinct supervising officers' NIPs from {@link FacilityGen#officers()},
   * inside or outside the walls, production or not.
   *
   * @param code the code, not null
   * @return the generator, never null
   */
  public static Gen<SkillProgramme> programmes(ProgrammeCode code) {
    return programmes(
        code,
        Gen.frequency(
            Gen.weighted(8, Gen.ints(5, 30)),
            Gen.weighted(1, Gen.constant(1)),
            Gen.weighted(1, Gen.ints(1, 10_000))));
  }

  /**
   * Valid skill programmes with a given code and a capacity from a generator, such as small
   * capacities that fill up in a property test.
   *
   * @param code the code, not null
   * @param capacities the capacities, from 1 to 10 000, not null
   * @return the generator, never null
   */
  public static Gen<SkillProgramme> programmes(ProgrammeCode code, Gen<Integer> capacities) {
    Gen<List<String>> units =
        Gen.listOf(competencyUnits(), 1, 8).map(l -> List.copyOf(new LinkedHashSet<>(l)));
    Gen<List<Nip>> supervisors =
        Gen.listOf(FacilityGen.officers().map(Officer::nip), 1, 3)
            .map(l -> List.copyOf(new LinkedHashSet<>(l)));
    Gen<Integer> hours =
        Gen.frequency(Gen.weighted(8, Gen.ints(40, 400)), Gen.weighted(1, Gen.choose(1, 10_000)));
    return random -> {
      SkillField field = fields().next(random);
      return SkillProgramme.builder()
          .code(code)
          .name(name(field) + " " + code.value().toLowerCase(Locale.ROOT))
          .field(field)
          .skkniDecree(skkniDecrees().next(random))
          .competencyUnits(units.next(random))
          .trainingHours(hours.next(random))
          .capacity(capacities.next(random))
          .supervisors(supervisors.next(random))
          .outsideWalls(
              field.equals(SkillField.VEHICLE_WASH)
                  ? random.nextInt(4) != 0
                  : random.nextInt(8) == 0)
          .production(random.nextInt(6) != 0)
          .build();
    };
  }

  private static String name(SkillField field) {
    if (field.equals(SkillField.WOOD_CRAFT)) {
      return "Kerajinan kayu";
    }
    if (field.equals(SkillField.VEHICLE_WASH)) {
      return "Cuci kendaraan";
    }
    return field.equals(SkillField.CULINARY) ? "Tata boga" : "Pelatihan";
  }

  /**
   * Sessions of a programme between 2020 and 2030: usually weekday mornings or afternoons (08:00 to
   * 12:00, 13:00 to 16:00), sometimes any start and end on one day, one minute long, or ending at
   * 23:59.
   *
   * @param programme the programme's code, not null
   * @return the generator, never null
   */
  public static Gen<Session> sessions(ProgrammeCode programme) {
    Gen<LocalTime[]> ordinary =
        Gen.choose(
            new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(12, 0)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(16, 0)},
            new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(11, 30)});
    Gen<LocalTime[]> any =
        random -> {
          int a = random.nextInt(0, 24 * 60 - 1);
          int b = random.nextInt(a + 1, 24 * 60);
          return new LocalTime[] {
            LocalTime.ofSecondOfDay(a * 60L), LocalTime.ofSecondOfDay(b * 60L)
          };
        };
    Gen<LocalTime[]> edges =
        Gen.choose(
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(9, 1)},
            new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.of(23, 59)},
            new LocalTime[] {LocalTime.of(22, 0), LocalTime.of(23, 59)});
    Gen<LocalTime[]> times =
        Gen.frequency(Gen.weighted(6, ordinary), Gen.weighted(3, any), Gen.weighted(1, edges));
    return random -> {
      LocalTime[] t = times.next(random);
      return Session.of(programme, Gen.dates(EARLIEST, LATEST).next(random), t[0], t[1]);
    };
  }

  /**
   * A schedule of sessions over several programmes in which no two sessions overlap (whatever their
   * programme): over one to ten consecutive days from {@code firstDay}, each day is cut into
   * consecutive slots (some touching, the next starting when the last ends, which is not an
   * overlap; some with a gap) and each slot goes to one of the programmes.
   *
   * @param programmes the programmes' codes, at least one, not null
   * @param firstDay the first day of the schedule, not null
   * @return the generator of lists of distinct, pairwise non-overlapping sessions, never null
   * @throws IllegalArgumentException if no programme is given
   */
  public static Gen<List<Session>> schedules(List<ProgrammeCode> programmes, LocalDate firstDay) {
    Gen<ProgrammeCode> codes = Gen.choose(programmes);
    return random -> {
      List<Session> sessions = new ArrayList<>();
      int days = random.nextInt(1, 11);
      for (int d = 0; d < days; d++) {
        LocalDate date = firstDay.plusDays(d);
        int minute = 7 * 60 + random.nextInt(0, 120);
        while (minute < 18 * 60) {
          int length =
              Gen.frequency(
                      Gen.weighted(5, Gen.choose(60, 120, 180, 240)),
                      Gen.weighted(1, Gen.ints(1, 90)))
                  .next(random);
          int end = Math.min(minute + length, 24 * 60 - 1);
          sessions.add(
              Session.of(
                  codes.next(random),
                  date,
                  LocalTime.ofSecondOfDay(minute * 60L),
                  LocalTime.ofSecondOfDay(end * 60L)));
          minute = end + (random.nextBoolean() ? 0 : random.nextInt(1, 61));
        }
      }
      return List.copyOf(sessions);
    };
  }

  /**
   * Two sessions that overlap on purpose, for refusal tests: on the same date, by one minute, by
   * hours, one inside the other, or with identical times (programmes {@code a} and {@code b} may be
   * the same code only if the times differ, so that the sessions are distinct).
   *
   * @param a the first session's programme, not null
   * @param b the second session's programme, not null
   * @return the generator of two-element lists {@code [first, second]} with {@code
   *     first.overlaps(second)}, never null
   */
  public static Gen<List<Session>> overlappingPairs(ProgrammeCode a, ProgrammeCode b) {
    return random -> {
      LocalDate date = Gen.dates(EARLIEST, LATEST).next(random);
      int start = random.nextInt(6 * 60, 16 * 60);
      int end = start + random.nextInt(30, 240);
      int shape = a.equals(b) ? random.nextInt(3) : random.nextInt(4);
      int[] other =
          switch (shape) {
            case 0 -> new int[] {end - 1, end + 60};
            case 1 -> new int[] {start + 1, end - 1};
            case 2 ->
                new int[] {
                  start - random.nextInt(1, 120), start + random.nextInt(1, end - start + 1)
                };
            default -> new int[] {start, end};
          };
      return List.of(
          Session.of(
              a, date, LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L)),
          Session.of(
              b,
              date,
              LocalTime.ofSecondOfDay(other[0] * 60L),
              LocalTime.ofSecondOfDay(other[1] * 60L)));
    };
  }

  /**
   * Attendance of a trainee at a session: the full session (usually), part of it with a reason, or
   * absent with a reason (any of {@link AbsenceReason}); counting for pay or not. Hours never
   * exceed the session's length.
   *
   * @param session the session, not null
   * @param trainee the trainee, not null
   * @return the generator, never null
   */
  public static Gen<Attendance> attendance(Session session, RegistrationNumber trainee) {
    long minutes = session.length().toMinutes();
    return random -> {
      boolean pay = random.nextInt(4) != 0;
      AbsenceReason reason = Gen.enums(AbsenceReason.class).next(random);
      return switch (random.nextInt(6)) {
        case 0 -> Attendance.absent(session, trainee, reason, pay);
        case 1 ->
            minutes < 2
                ? Attendance.full(session, trainee, pay)
                : Attendance.partial(
                    session, trainee, Duration.ofMinutes(random.nextLong(1, minutes)), reason, pay);
        default -> Attendance.full(session, trainee, pay);
      };
    };
  }

  /**
   * Reasons that fit a move to a state (see {@link EnrolmentReason#fits}), never {@link
   * EnrolmentReason#APPLICATION} (which only opens an enrolment), and for {@link
   * EnrolmentStatus#ACTIVE} the one reason the move from {@code from} allows.
   *
   * @param from the state moved from, not null
   * @param to the state moved to, one {@code from} may move to, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if the lifecycle does not allow the move
   */
  public static Gen<EnrolmentReason> reasons(EnrolmentStatus from, EnrolmentStatus to) {
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException("no move from " + from + " to " + to);
    }
    if (to == EnrolmentStatus.ACTIVE) {
      return Gen.constant(
          from == EnrolmentStatus.WAITING
              ? EnrolmentReason.PLACE_AVAILABLE
              : EnrolmentReason.RESUMED);
    }
    List<EnrolmentReason> fitting = new ArrayList<>();
    for (EnrolmentReason r : EnrolmentReason.values()) {
      if (r != EnrolmentReason.APPLICATION && r.fits(to)) {
        fitting.add(r);
      }
    }
    return Gen.choose(fitting);
  }

  /**
   * Enrolments of a trainee in a programme with a random history allowed by the lifecycle: opened
   * waiting or active from 2020 to 2030, then zero to eight moves, each with a fitting reason and a
   * date on or after the last (often the same day).
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @return the generator, never null
   */
  public static Gen<Enrolment> enrolments(ProgrammeCode programme, RegistrationNumber trainee) {
    return random -> {
      LocalDate date = Gen.dates(EARLIEST, LATEST).next(random);
      Stamp applied = stampOn(random, date);
      Enrolment e =
          random.nextBoolean()
              ? Enrolment.waiting(programme, trainee, applied)
              : Enrolment.active(programme, trainee, applied);
      int moves = random.nextInt(0, 9);
      for (int i = 0; i < moves && e.status().isOpen(); i++) {
        EnrolmentStatus from = e.status();
        EnrolmentStatus to = Gen.choose(new ArrayList<>(EnumSet.copyOf(from.next()))).next(random);
        date = random.nextInt(3) == 0 ? date : date.plusDays(random.nextInt(1, 60));
        EnrolmentReason reason = reasons(from, to).next(random);
        Stamp at = stampOn(random, date);
        e =
            switch (to) {
              case ACTIVE -> e.activate(at, reason).orElseThrow();
              case SUSPENDED_WITH_PAY -> e.suspend(at, true, reason).orElseThrow();
              case SUSPENDED_WITHOUT_PAY -> e.suspend(at, false, reason).orElseThrow();
              case COMPLETED -> e.complete(at).orElseThrow();
              default -> e.withdraw(at, reason).orElseThrow();
            };
      }
      return e;
    };
  }

  /**
   * Enrolment event sequences (<i>riwayat status</i>): the histories of {@link
   * #enrolments(ProgrammeCode, RegistrationNumber)}, an application followed by zero to eight moves
   * the lifecycle allows, each with a fitting reason, dates never decreasing.
   *
   * @param programme the programme's code, not null
   * @param trainee the trainee, not null
   * @return the generator of non-empty unmodifiable lists, never null
   */
  public static Gen<List<EnrolmentEvent>> enrolmentHistories(
      ProgrammeCode programme, RegistrationNumber trainee) {
    return enrolments(programme, trainee).map(Enrolment::history);
  }

  /**
   * Competency assessments of a unit of a programme for a trainee on a date between two dates, by
   * an assessor's NIP from {@link FacilityGen#nips()}, competent about three times in four, with an
   * evidence note (sometimes up to the 1 000 characters allowed).
   *
   * @param programme the programme, not null; the unit is one of its units
   * @param trainee the trainee, not null
   * @param from the earliest date, not null
   * @param to the latest date, not before {@code from}, not null
   * @return the generator, never null
   */
  public static Gen<CompetencyAssessment> assessments(
      SkillProgramme programme, RegistrationNumber trainee, LocalDate from, LocalDate to) {
    Gen<String> evidence =
        Gen.frequency(
            Gen.weighted(
                9,
                Gen.choose(
                    "Observasi praktik kerja",
                    "Portofolio produk: kursi dan meja",
                    "Uji tulis dan praktik",
                    "Demonstrasi mencuci kendaraan")),
            Gen.weighted(1, FacilityGen.texts(1_000)));
    return random ->
        CompetencyAssessment.builder()
            .trainee(trainee)
            .programme(programme.code())
            .unitCode(Gen.choose(programme.competencyUnits()).next(random))
            .result(
                random.nextInt(4) == 0
                    ? CompetencyResult.NOT_YET_COMPETENT
                    : CompetencyResult.COMPETENT)
            .assessor(FacilityGen.nips().next(random))
            .date(Gen.dates(from, to).next(random))
            .evidence(evidence.next(random))
            .build();
  }

  /**
   * Certificates from an LSP or a BLK, BNSP-licensed or not, issued from 2020 to 2030, without
   * expiry a third of the time, otherwise expiring one day to five years after issue (three years
   * most often).
   *
   * @return the generator, never null
   */
  public static Gen<Certificate> certificates() {
    Gen<Optional<Integer>> validity =
        Gen.frequency(
            Gen.weighted(3, Gen.constant(Optional.empty())),
            Gen.weighted(4, Gen.constant(Optional.of(3 * 365))),
            Gen.weighted(2, Gen.ints(1, 5 * 365).map(Optional::of)),
            Gen.weighted(1, Gen.constant(Optional.of(1))));
    return random -> {
      CertificateIssuer issuer = Gen.enums(CertificateIssuer.class).next(random);
      LocalDate issued = Gen.dates(EARLIEST, LATEST).next(random);
      return Certificate.builder()
          .issuerType(issuer)
          .issuerName(
              issuer == CertificateIssuer.LSP
                  ? Gen.choose("LSP Pariwisata Jatim", "LSP Mebel dan Kerajinan", "LSP Otomotif")
                      .next(random)
                  : Gen.choose("BLK Pamekasan", "UPT BLK Surabaya", "BBPLK Semarang").next(random))
          .bnspLicensed(
              issuer == CertificateIssuer.LSP ? random.nextInt(5) != 0 : random.nextInt(5) == 0)
          .number(
              String.format(
                  Locale.ROOT,
                  "%05d/%d/%s",
                  random.nextInt(1, 100_000),
                  issued.getYear(),
                  issuer.name()))
          .scheme(
              Gen.choose("Juru Masak", "Tukang Kayu", "Pencuci Kendaraan", "Pembuat Mebel")
                  .next(random))
          .issuedOn(issued)
          .expiresOn(validity.next(random).map(issued::plusDays))
          .build();
    };
  }

  /**
   * Sequences of enrolment operations over some programmes and trainees, from a first date on:
   * applications (the most frequent), suspensions with a fitting reason, resumptions, completions
   * and withdrawals with a fitting reason, for trainees picked at random, so that many operations
   * are refused (not enrolled, not suspended, already enrolled, overlap) and programmes fill up.
   * Each is stamped at 08.00 WIB on its date by a generated actor. Dates never go back, usually
   * stay on the same day or move a few days on; now and then one goes back a day to provoke a
   * date-order refusal.
   *
   * @param programmes the programmes' codes, at least one, not null
   * @param trainees the trainees, at least one, not null
   * @param firstDay the first operation's earliest date, not null
   * @param maxLength the most operations, one or more
   * @return the generator of sequences of 1 to {@code maxLength} operations, never null
   * @throws IllegalArgumentException if a list is empty or {@code maxLength < 1}
   */
  public static Gen<List<RosterOperation>> operations(
      List<ProgrammeCode> programmes,
      List<RegistrationNumber> trainees,
      LocalDate firstDay,
      int maxLength) {
    if (maxLength < 1 || trainees.isEmpty()) {
      throw new IllegalArgumentException("operations need trainees and maxLength >= 1");
    }
    Gen<ProgrammeCode> codes = Gen.choose(programmes);
    List<RegistrationNumber> people = List.copyOf(trainees);
    Gen<RosterOperation.Kind> kinds =
        Gen.frequency(
            Gen.weighted(5, Gen.constant(RosterOperation.Kind.APPLY)),
            Gen.weighted(2, Gen.constant(RosterOperation.Kind.SUSPEND)),
            Gen.weighted(2, Gen.constant(RosterOperation.Kind.RESUME)),
            Gen.weighted(2, Gen.constant(RosterOperation.Kind.COMPLETE)),
            Gen.weighted(2, Gen.constant(RosterOperation.Kind.WITHDRAW)));
    Gen<EnrolmentReason> suspensions =
        reasons(EnrolmentStatus.ACTIVE, EnrolmentStatus.SUSPENDED_WITH_PAY);
    Gen<EnrolmentReason> withdrawals = reasons(EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN);
    return random -> {
      int length = random.nextInt(1, maxLength + 1);
      List<RosterOperation> ops = new ArrayList<>(length);
      LocalDate date = firstDay;
      for (int i = 0; i < length; i++) {
        int step = random.nextInt(20);
        date =
            step < 10 ? date : step < 19 ? date.plusDays(random.nextInt(1, 8)) : date.minusDays(1);
        RosterOperation.Kind kind = kinds.next(random);
        int who = random.nextInt(people.size());
        ops.add(
            new RosterOperation(
                kind,
                codes.next(random),
                people.get(who),
                who,
                stampOn(random, date),
                random.nextBoolean(),
                kind == RosterOperation.Kind.WITHDRAW
                    ? withdrawals.next(random)
                    : suspensions.next(random)));
      }
      return List.copyOf(ops);
    };
  }

  /**
   * A stamp on a date at 08.00 WIB (the workshop's morning roll call), by a generated actor: moves
   * on one day share the instant, which the date-order rules allow.
   */
  private static Stamp stampOn(RandomGenerator random, LocalDate date) {
    return AuditGen.stamp(random, date.atTime(8, 0), TimeZoneName.WIB);
  }

  private static Gen<String> codes(int maxLength) {
    return Gen.listOf(Gen.strings(CODE_ALPHABET, 1, 8), 1, 5)
        .map(groups -> String.join("-", groups))
        .filter(code -> code.length() <= maxLength);
  }
}
