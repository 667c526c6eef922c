package org.bengkel.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.bengkel.money.Rate;
import org.bengkel.trainee.AssessmentKind;
import org.bengkel.trainee.AssessmentRecord;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.DetentionKind;
import org.bengkel.trainee.DetentionPeriod;
import org.bengkel.trainee.DisciplineRecord;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegisterClass;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Remission;
import org.bengkel.trainee.RemissionKind;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.SentenceKind;
import org.bengkel.trainee.Trainee;
import org.bengkel.trainee.TraineeStatus;

/**
 * Generators of valid trainees and their records (<i>warga binaan dan registernya</i>): {@link
 * RegistrationNumber}, {@link Sentence} with {@link Remission}s, {@link DisciplineRecord}, {@link
 * AssessmentRecord}, {@link Trainee} and {@link EligibilityPolicy}.
 *
 * <p>Every sentence agrees with its register class (B.I more than one year, B.IIa more than three
 * months up to one year, B.IIb three months or less, B.III kurungan, lengths compared nominally as
 * {@link Sentence#nominalDays()} does); detainees (A.I-A.V) have none. Ordinary values (the
 * Pamekasan-style numbers, sentences of months and years) are mixed with the edges of each rule:
 * one-day sentences, exactly one year, one year and one day, exactly 18 months, 20 years, first
 * days of detention on 29 February and at month ends, remissions that leave a single day.
 *
 * <p>Stateless and thread-safe.
 */
public final class TraineeGen {

  private static final List<String> GIVEN_NAMES =
      List.of(
          "Moh.",
          "Abdul",
          "Ahmad",
          "Slamet",
          "Sumiati",
          "Hasan",
          "Rofiqi",
          "Junaidi",
          "Fathorrahman",
          "Siti",
          "Nur",
          "Agus",
          "Imam",
          "Bambang",
          "Sugeng",
          "Ach.",
          "Syamsul",
          "Hairul",
          "Kholil");
  private static final List<String> FAMILY_NAMES =
      List.of(
          "Rahman",
          "Hidayat",
          "Arifin",
          "Hasyim",
          "Wahyudi",
          "Qomariyah",
          "Ma'ruf",
          "Fauzan",
          "Mahfud",
          "Anwar",
          "Zainuddin",
          "Bahri",
          "Ni'mah",
          "Sholeh");
  private static final String NUMBER_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ/.-";
  private static final LocalDate EARLIEST_DETENTION = LocalDate.of(2004, 1, 1);
  private static final LocalDate LATEST_DETENTION = LocalDate.of(2030, 12, 31);
  private static final List<LocalDate> EDGE_DETENTION_DAYS =
      List.of(
          LocalDate.of(2024, 2, 29),
          LocalDate.of(2020, 2, 29),
          LocalDate.of(2028, 2, 29),
          LocalDate.of(2023, 1, 31),
          LocalDate.of(2024, 8, 31),
          LocalDate.of(2023, 12, 31),
          LocalDate.of(2025, 3, 1),
          LocalDate.of(2024, 1, 10));

  private TraineeGen() {}

  /**
   * Every register class, detainees' and convicts', equally likely.
   *
   * @return the generator, never null
   */
  public static Gen<RegisterClass> registerClasses() {
    return Gen.enums(RegisterClass.class);
  }

  /**
   * The convicts' register classes B.I, B.IIa, B.IIb and B.III.
   *
   * @return the generator, never null
   */
  public static Gen<RegisterClass> convictClasses() {
    return Gen.choose(
        RegisterClass.B_I, RegisterClass.B_IIA, RegisterClass.B_IIB, RegisterClass.B_III);
  }

  /**
   * The detainees' register classes A.I to A.V.
   *
   * @return the generator, never null
   */
  public static Gen<RegisterClass> detaineeClasses() {
    return Gen.choose(
        RegisterClass.A_I,
        RegisterClass.A_II,
        RegisterClass.A_III,
        RegisterClass.A_IV,
        RegisterClass.A_V);
  }

  /**
   * Registration numbers of any register class.
   *
   * @return the generator, never null
   * @see #registrationNumbers(RegisterClass)
   */
  public static Gen<RegistrationNumber> registrationNumbers() {
    return registerClasses().flatMap(TraineeGen::registrationNumbers);
  }

  /**
   * Registration numbers of one register class: usually as facilities write them ({@code
   * B.I-123/2024}, {@code B.IIa 45/P/2023}, {@code A.II.17/XI/2024}) with each of the separators
   * space, dot, hyphen and slash; sometimes the shortest form (the prefix, a separator and one
   * character) or the longest (40 characters). Never a {@code *}, so a number is never mistaken for
   * its redacted form.
   *
   * @param registerClass the class, not null
   * @return the generator, never null
   */
  public static Gen<RegistrationNumber> registrationNumbers(RegisterClass registerClass) {
    String prefix = registerClass.prefix();
    return random -> {
      char separator = Gen.choose('-', ' ', '.', '/').next(random);
      String rest =
          switch (random.nextInt(10)) {
            case 0 -> Gen.strings("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 1, 1).next(random);
            case 1 ->
                Gen.strings(NUMBER_ALPHABET, 40 - prefix.length() - 1, 40 - prefix.length() - 1)
                    .next(random);
            case 2, 3 ->
                random.nextInt(1, 1000)
                    + "/"
                    + Gen.choose(
                            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
                            "XII")
                        .next(random)
                    + "/"
                    + random.nextInt(2004, 2031);
            case 4 -> random.nextInt(1, 1000) + "/P/" + random.nextInt(2004, 2031);
            default -> random.nextInt(1, 10_000) + "/" + random.nextInt(2004, 2031);
          };
      return RegistrationNumber.parse(prefix + separator + rest);
    };
  }

  /**
   * Trainees' names as registered (Madurese and Javanese names, often with {@code Moh.} or {@code
   * Ach.}, sometimes with an apostrophe); now and then a single name, or a long name up to the 200
   * characters allowed. Every name has at least four characters, so that a test looking for it in a
   * text does not find it by chance.
   *
   * @return the generator, never null
   */
  public static Gen<String> names() {
    Gen<String> two =
        Gen.zip(Gen.choose(GIVEN_NAMES), Gen.choose(FAMILY_NAMES), (g, f) -> g + " " + f);
    Gen<String> three =
        random -> two.next(random) + " bin " + Gen.choose(FAMILY_NAMES).next(random);
    Gen<String> single = Gen.choose("Sumiati", "Rofiqi", "Junaidi", "Fathorrahman", "Kholil");
    Gen<String> longest =
        random -> {
          StringBuilder sb = new StringBuilder(two.next(random));
          while (sb.length() < 200) {
            sb.append(' ').append(Gen.choose(FAMILY_NAMES).next(random));
          }
          return sb.substring(0, 200).strip();
        };
    return Gen.frequency(
        Gen.weighted(12, two),
        Gen.weighted(4, three),
        Gen.weighted(2, single),
        Gen.weighted(1, longest));
  }

  /**
   * Crime categories: general crimes half the time, otherwise one of the special categories.
   *
   * @return the generator, never null
   */
  public static Gen<CrimeCategory> crimeCategories() {
    return Gen.frequency(
        Gen.weighted(6, Gen.constant(CrimeCategory.GENERAL)), Gen.weighted(6, specialCategories()));
  }

  /**
   * The special crime categories (every category but {@link CrimeCategory#GENERAL}); narcotics
   * counts as special only with a long enough sentence.
   *
   * @return the generator, never null
   */
  public static Gen<CrimeCategory> specialCategories() {
    return Gen.frequency(
        Gen.weighted(3, Gen.constant(CrimeCategory.NARCOTICS)),
        Gen.weighted(1, Gen.constant(CrimeCategory.TERRORISM)),
        Gen.weighted(1, Gen.constant(CrimeCategory.CORRUPTION)),
        Gen.weighted(1, Gen.constant(CrimeCategory.STATE_SECURITY)),
        Gen.weighted(1, Gen.constant(CrimeCategory.GRAVE_HUMAN_RIGHTS)),
        Gen.weighted(1, Gen.constant(CrimeCategory.TRANSNATIONAL_ORGANISED_CRIME)));
  }

  /**
   * First days of detention between 2004 and 2030, often an edge: 29 February of a leap year, the
   * last day of a month, the first of March.
   *
   * @return the generator, never null
   */
  public static Gen<LocalDate> detentionDays() {
    return Gen.frequency(
        Gen.weighted(4, Gen.dates(EARLIEST_DETENTION, LATEST_DETENTION)),
        Gen.weighted(1, Gen.choose(EDGE_DETENTION_DAYS)));
  }

  /**
   * Sentence lengths as verdicts state them that put a sentence in the given convict's register
   * class (nominal length, a month being 30 days): B.IIb from one day to three months (also {@code
   * P2M30D} and {@code P90D}); B.IIa from three months and one day to exactly one year; B.I from
   * one year and one day to twenty years, often exactly 18 months ({@code P18M} and {@code P1Y6M})
   * or 18 months and a day (the CB cap) and five years (the narcotics threshold); B.III kurungan
   * from one day to one year and four months.
   *
   * @param registerClass a convict's class (B.I, B.IIa, B.IIb or B.III), not null
   * @return the generator, never null
   * @throws IllegalArgumentException for a detainee's class, which has no sentence
   */
  public static Gen<Period> sentenceLengths(RegisterClass registerClass) {
    return switch (registerClass) {
      case B_IIB ->
          lengths(
              1,
              90,
              Period.ofDays(1),
              Period.ofMonths(3),
              Period.ofDays(90),
              Period.of(0, 2, 30),
              Period.ofMonths(1));
      case B_IIA ->
          lengths(
              91,
              360,
              Period.of(0, 3, 1),
              Period.ofYears(1),
              Period.ofDays(360),
              Period.ofDays(91),
              Period.ofMonths(6),
              Period.ofMonths(10));
      case B_I ->
          lengths(
              361,
              7_200,
              Period.of(1, 0, 1),
              Period.ofMonths(18),
              Period.of(1, 6, 0),
              Period.of(1, 6, 1),
              Period.ofYears(2),
              Period.ofYears(5),
              Period.of(4, 11, 29),
              Period.ofYears(20),
              Period.of(19, 11, 30),
              Period.ofYears(3));
      case B_III ->
          lengths(
              1,
              480,
              Period.ofDays(1),
              Period.of(1, 4, 0),
              Period.ofMonths(6),
              Period.ofMonths(3),
              Period.ofYears(1));
      default ->
          throw new IllegalArgumentException("no sentence for a detainee's class " + registerClass);
    };
  }

  /** Lengths with a nominal value in [min, max]: edges, or months and days summing to one. */
  private static Gen<Period> lengths(int min, int max, Period... edges) {
    Gen<Period> ordinary =
        random -> {
          int nominal = random.nextInt(min, max + 1);
          return switch (random.nextInt(3)) {
            case 0 -> Period.ofDays(nominal);
            case 1 ->
                nominal % 30 == 0
                    ? Period.ofMonths(nominal / 30)
                    : Period.of(0, nominal / 30, nominal % 30);
            default -> Period.of(nominal / 360, (nominal % 360) / 30, nominal % 30);
          };
        };
    Gen<Period> wholeMonths = Gen.ints((min + 29) / 30, max / 30).map(Period::ofMonths);
    return Gen.frequency(
        Gen.weighted(4, ordinary),
        Gen.weighted(3, wholeMonths),
        Gen.weighted(3, Gen.choose(edges)));
  }

  /**
   * Sentences without remissions for a convict's register class: imprisonment for B.I, B.IIa and
   * B.IIb, kurungan for B.III, with a length from {@link #sentenceLengths(RegisterClass)} and a
   * first day from {@link #detentionDays()}.
   *
   * @param registerClass a convict's class, not null
   * @return the generator, never null; {@link Sentence#registerClass()} is always {@code
   *     registerClass}
   * @throws IllegalArgumentException for a detainee's class
   */
  public static Gen<Sentence> plainSentences(RegisterClass registerClass) {
    Gen<Period> lengths = sentenceLengths(registerClass);
    SentenceKind kind =
        registerClass == RegisterClass.B_III ? SentenceKind.KURUNGAN : SentenceKind.IMPRISONMENT;
    return Gen.zip(
        lengths,
        detentionDays(),
        (length, first) -> Sentence.builder().kind(kind).length(length).servingFrom(first).build());
  }

  /**
   * The given sentence with one to four detention periods before its first day of serving (KUHAP
   * 1981 Art. 22): of any kind (rutan, house arrest, city arrest), each 1 to 120 days, separated by
   * breaks of 0 to 60 days (0 often: one kind of detention turning into another), the last one
   * ending 1 to 30 days before the first day of serving, or on the day before. Its remissions are
   * kept: they fall after every period.
   *
   * @param sentence the sentence, not null; its {@link Sentence#servingFrom()} is kept
   * @return the generator, never null
   */
  public static Gen<Sentence> withDetention(Sentence sentence) {
    return random -> {
      int count = random.nextInt(1, 5);
      List<DetentionPeriod> reversed = new ArrayList<>();
      LocalDate next = sentence.servingFrom();
      for (int i = 0; i < count; i++) {
        int gap = random.nextInt(3) == 0 ? random.nextInt(0, 61) : 0;
        if (i == 0) {
          gap = random.nextInt(2) == 0 ? 0 : random.nextInt(1, 31);
        }
        LocalDate last = next.minusDays(1L + gap);
        LocalDate first = last.minusDays(random.nextInt(0, 120));
        reversed.add(
            0, DetentionPeriod.of(Gen.enums(DetentionKind.class).next(random), first, last));
        next = first;
      }
      return Sentence.builder().from(sentence).detention(reversed).build();
    };
  }

  /**
   * Sentences of any convict's class with detention periods (see {@link #withDetention(Sentence)}),
   * then zero to four remissions.
   *
   * @return the generator, never null
   */
  public static Gen<Sentence> detainedSentences() {
    return convictClasses()
        .flatMap(TraineeGen::plainSentences)
        .flatMap(TraineeGen::withDetention)
        .flatMap(s -> withRemissions(s, Long.MAX_VALUE));
  }

  /**
   * Sentences of any convict's class with zero to four remissions (see {@link
   * #withRemissions(Sentence, long)}).
   *
   * @return the generator, never null
   */
  public static Gen<Sentence> sentences() {
    return convictClasses().flatMap(TraineeGen::sentences);
  }

  /**
   * Sentences of one convict's class with zero to four remissions (see {@link
   * #withRemissions(Sentence, long)}).
   *
   * @param registerClass a convict's class, not null
   * @return the generator, never null
   * @throws IllegalArgumentException for a detainee's class
   */
  public static Gen<Sentence> sentences(RegisterClass registerClass) {
    return plainSentences(registerClass).flatMap(s -> withRemissions(s, Long.MAX_VALUE));
  }

  /**
   * The given sentence with zero to four more remissions, each granted within the sentence: on or
   * after the first day of detention and before the expected release it leaves (so nobody is
   * granted a remission after walking out), never two general or two special ones on one day, in
   * order of grant date, their days together at most {@code maxTotalDays} and always leaving at
   * least one day to serve. Days are usually those of general and special remissions (15 days to 3
   * months), sometimes one day, sometimes all but one of the days left.
   *
   * @param sentence the sentence, not null; its own remissions are kept
   * @param maxTotalDays the most days the new remissions may cut together, zero or more
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code maxTotalDays < 0}
   */
  public static Gen<Sentence> withRemissions(Sentence sentence, long maxTotalDays) {
    if (maxTotalDays < 0) {
      throw new IllegalArgumentException("maxTotalDays must not be negative: " + maxTotalDays);
    }
    return random -> {
      Sentence s = sentence;
      long budget = maxTotalDays;
      LocalDate earliest =
          s.lastRemission().map(Remission::granted).orElse(s.firstDayOfDetention());
      int count =
          Gen.frequency(
                  Gen.weighted(3, Gen.constant(0)),
                  Gen.weighted(5, Gen.ints(1, 2)),
                  Gen.weighted(2, Gen.ints(3, 4)))
              .next(random);
      for (int i = 0; i < count; i++) {
        long most = Math.min(budget, Math.min(Integer.MAX_VALUE, s.effectiveDays() - 1));
        if (most < 1) {
          break;
        }
        long days =
            switch (random.nextInt(8)) {
              case 0 -> 1;
              case 1 -> most;
              default -> Math.min(most, Gen.choose(15L, 30L, 30L, 45L, 60L, 90L).next(random));
            };
        // the release the remission leaves: the first date with all but its days served (with
        // detention at a partial share, more calendar days back than the remission has)
        LocalDate lastGrant =
            s.pointAt(Rate.of(s.effectiveDays() - days, s.effectiveDays())).minusDays(1);
        if (lastGrant.isBefore(earliest)) {
          break;
        }
        LocalDate granted =
            random.nextInt(6) == 0 ? earliest : Gen.dates(earliest, lastGrant).next(random);
        s = s.withRemission(Remission.of((int) days, granted, kind(s, granted, random)));
        budget -= days;
        earliest = granted;
      }
      return s;
    };
  }

  /**
   * A kind for a remission granted on {@code granted}: any, but {@link RemissionKind#OTHER} instead
   * of a general or special kind the sentence already has on that day (one of each on a day).
   */
  private static RemissionKind kind(Sentence s, LocalDate granted, RandomGenerator random) {
    RemissionKind kind = Gen.enums(RemissionKind.class).next(random);
    boolean taken =
        s.remissions().stream().anyMatch(r -> r.kind() == kind && r.granted().equals(granted));
    return kind != RemissionKind.OTHER && taken ? RemissionKind.OTHER : kind;
  }

  /**
   * Discipline records (Register F) dated between two dates, with a note usually (up to the 500
   * characters allowed) or without.
   *
   * @param from the earliest date, not null
   * @param to the latest date, not before {@code from}, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<DisciplineRecord> disciplineRecords(LocalDate from, LocalDate to) {
    Gen<LocalDate> dates = Gen.dates(from, to);
    Gen<Optional<String>> notes =
        Gen.optionalOf(
            Gen.frequency(
                Gen.weighted(
                    9,
                    Gen.choose(
                        "berkelahi dengan sesama WBP",
                        "membawa telepon genggam",
                        "tidak mengikuti apel",
                        "merusak alat bengkel",
                        "menolak perintah petugas")),
                Gen.weighted(1, FacilityGen.texts(500))));
    return random ->
        DisciplineRecord.builder().date(dates.next(random)).note(notes.next(random)).build();
  }

  /**
   * Human assessments (TPP, Litmas, participation, crime-specific conditions) dated between two
   * dates: mostly favourable, a quarter for one entitlement only, some with a note.
   *
   * @param from the earliest date, not null
   * @param to the latest date, not before {@code from}, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<AssessmentRecord> assessmentRecords(LocalDate from, LocalDate to) {
    return assessmentRecords(
        from,
        to,
        Gen.frequency(Gen.weighted(4, Gen.constant(true)), Gen.weighted(1, Gen.constant(false))));
  }

  /**
   * Favourable human assessments dated between two dates (see {@link #assessmentRecords(LocalDate,
   * LocalDate)}).
   *
   * @param from the earliest date, not null
   * @param to the latest date, not before {@code from}, not null
   * @return the generator, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Gen<AssessmentRecord> positiveAssessmentRecords(LocalDate from, LocalDate to) {
    return assessmentRecords(from, to, Gen.constant(true));
  }

  private static Gen<AssessmentRecord> assessmentRecords(
      LocalDate from, LocalDate to, Gen<Boolean> positive) {
    Gen<LocalDate> dates = Gen.dates(from, to);
    Gen<Optional<Entitlement>> entitlements =
        Gen.frequency(
            Gen.weighted(3, Gen.constant(Optional.empty())),
            Gen.weighted(1, entitlements().map(Optional::of)));
    Gen<Optional<String>> notes =
        Gen.optionalOf(Gen.ints(1, 999).map(n -> "BA Sidang TPP No. W15.PAS." + n));
    return random ->
        AssessmentRecord.builder()
            .kind(Gen.enums(AssessmentKind.class).next(random))
            .date(dates.next(random))
            .positive(positive.next(random))
            .entitlement(entitlements.next(random))
            .note(notes.next(random))
            .build();
  }

  /**
   * The entitlements (asimilasi, SAE, PB, CB, CMB).
   *
   * @return the generator, never null
   */
  public static Gen<Entitlement> entitlements() {
    return Gen.enums(Entitlement.class);
  }

  /**
   * Convicts in custody ({@link TraineeStatus#CONVICT}) of every convict's class, with a sentence
   * from {@link #sentences(RegisterClass)}, zero to three discipline records dated from the first
   * day of detention up to the expected release, and zero to eight assessments in the same span;
   * about one in eight has every assessment positive and recorded on the first day, so that
   * eligible convicts are common.
   *
   * @return the generator, never null
   */
  public static Gen<Trainee> convicts() {
    return convictClasses().flatMap(rc -> sentences(rc).flatMap(s -> convicts(s, true)));
  }

  /**
   * Convicts in custody with a given sentence, a registration number in its class, a name, a
   * facility code and a crime category; narcotics with a sentence of five years or more (special)
   * as well as shorter (general rules).
   *
   * @param sentence the sentence, not null
   * @param withDiscipline whether to add zero to three discipline records within the sentence (if
   *     false there are none)
   * @return the generator, never null
   */
  public static Gen<Trainee> convicts(Sentence sentence, boolean withDiscipline) {
    LocalDate first = sentence.firstDayOfDetention();
    LocalDate last = sentence.expectedRelease();
    return random -> {
      Trainee.Builder b =
          Trainee.builder()
              .registrationNumber(registrationNumbers(sentence.registerClass()).next(random))
              .name(names().next(random))
              .facilityCode(FacilityGen.facilityCodes().next(random))
              .crimeCategory(crimeCategories().next(random))
              .status(TraineeStatus.CONVICT)
              .sentence(sentence);
      if (withDiscipline) {
        b.disciplineRecords(Gen.listOf(disciplineRecords(first, last), 0, 3).next(random));
      }
      if (random.nextInt(8) == 0) {
        for (AssessmentKind kind : AssessmentKind.values()) {
          b.addAssessment(AssessmentRecord.positive(kind, first));
        }
      } else {
        b.assessments(Gen.listOf(assessmentRecords(first, last), 0, 8).next(random));
      }
      return b.build();
    };
  }

  /**
   * Detainees (<i>tahanan</i>, A.I-A.V) without a sentence, with any crime category of the charge
   * and now and then a discipline record.
   *
   * @return the generator, never null
   */
  public static Gen<Trainee> detainees() {
    return random ->
        Trainee.builder()
            .registrationNumber(
                detaineeClasses().flatMap(TraineeGen::registrationNumbers).next(random))
            .name(names().next(random))
            .facilityCode(FacilityGen.facilityCodes().next(random))
            .crimeCategory(crimeCategories().next(random))
            .status(TraineeStatus.DETAINEE)
            .disciplineRecords(
                Gen.listOf(disciplineRecords(EARLIEST_DETENTION, LATEST_DETENTION), 0, 1)
                    .next(random))
            .build();
  }

  /**
   * Any trainee: mostly convicts in custody, some detainees, and convicts on integration, released
   * or transferred (who keep their register class and sentence).
   *
   * @return the generator, never null
   */
  public static Gen<Trainee> trainees() {
    Gen<Trainee> elsewhere =
        random ->
            // a record as read back (version 0), not a stamped move
            Trainee.builder()
                .from(convicts().next(random))
                .status(
                    Gen.choose(
                            TraineeStatus.ON_INTEGRATION,
                            TraineeStatus.RELEASED,
                            TraineeStatus.TRANSFERRED)
                        .next(random))
                .build();
    return Gen.frequency(
        Gen.weighted(6, convicts()), Gen.weighted(2, detainees()), Gen.weighted(1, elsewhere));
  }

  /**
   * Eligibility policies: the defaults of docs/eligibility.md a third of the time, otherwise
   * configured variants (fractions from 1/3 to one, clean-record and minimum months from 0 to 24, a
   * CB sentence cap from 12 to 24 months, a CB leave of 4 or 6 months, a CMB cap of 1 to 6 months,
   * a narcotics threshold of 0 to 20 years, SAE work covered by the asimilasi approval or needing
   * its own), the extremes included.
   *
   * @return the generator, never null
   */
  public static Gen<EligibilityPolicy> policies() {
    Gen<Rate> fractions =
        Gen.choose(
            Rate.of(1, 3), Rate.of(1, 2), Rate.of(2, 3), Rate.of(3, 4), Rate.ONE, Rate.of(7, 12));
    Gen<Integer> months =
        Gen.frequency(Gen.weighted(4, Gen.ints(0, 12)), Gen.weighted(1, Gen.choose(0, 24)));
    Gen<EligibilityPolicy> configured =
        random ->
            EligibilityPolicy.builder()
                .asimilasiFraction(fractions.next(random))
                .specialAsimilasiFraction(fractions.next(random))
                .integrationFraction(fractions.next(random))
                .generalCleanMonths(months.next(random))
                .specialCleanMonths(months.next(random))
                .integrationCleanMonths(months.next(random))
                .minimumMonths(months.next(random))
                .cbSentenceCapMonths(Gen.ints(12, 24).next(random))
                .cbMaximumLeaveMonths(Gen.choose(4, 6).next(random))
                .cmbMaximumMonths(Gen.ints(1, 6).next(random))
                .narcoticsSpecialFromYears(
                    Gen.frequency(
                            Gen.weighted(3, Gen.constant(5)), Gen.weighted(1, Gen.ints(0, 20)))
                        .next(random))
                .saeNeedsOwnApproval(random.nextBoolean())
                .build();
    return Gen.frequency(
        Gen.weighted(1, Gen.constant(EligibilityPolicy.defaults())), Gen.weighted(2, configured));
  }

  /**
   * Dates between the first day of detention and the expected release of a sentence (both
   * included), often one of the points that matter: the first day, the 1/2 and 2/3 points, the day
   * before each, the day before release and release itself.
   *
   * @param sentence the sentence, not null
   * @return the generator, never null
   */
  public static Gen<LocalDate> datesWithin(Sentence sentence) {
    LocalDate first = sentence.firstDayOfDetention();
    LocalDate release = sentence.expectedRelease();
    List<LocalDate> edges = new ArrayList<>();
    for (LocalDate d : List.of(first, sentence.halfPoint(), sentence.twoThirdsPoint(), release)) {
      edges.add(d);
      if (d.isAfter(first)) {
        edges.add(d.minusDays(1));
      }
    }
    return Gen.frequency(
        Gen.weighted(3, Gen.dates(first, release)), Gen.weighted(1, Gen.choose(edges)));
  }
}
