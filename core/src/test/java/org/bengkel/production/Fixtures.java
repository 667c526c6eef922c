package org.bengkel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.bengkel.Stamps;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.error.BengkelException;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.trainee.RegistrationNumber;

/** Hand-built test data: the Pamekasan workshop's kue kering and Arek Lancor miniatures. */
final class Fixtures {

  static final ProgrammeCode KULINER = ProgrammeCode.of("KULINER-2026");
  static final ProgrammeCode KAYU = ProgrammeCode.of("KERAJINAN-KAYU-2026");

  static final Sku KUE_KERING = Sku.of("KUE-KERING-500G");
  static final Sku AREK_LANCOR = Sku.of("MINIATUR-AREK-LANCOR");

  /** Valid through 31 December 2026 (last two digits: expiry year). */
  static final PirtNumber PIRT_2026 = PirtNumber.of("2123456780126-26");

  /** Expired on 31 December 2025. */
  static final PirtNumber PIRT_2025 = PirtNumber.of("2123456780125-25");

  static final HalalCertificate HALAL =
      HalalCertificate.of("ID35110000123450821", LocalDate.of(2026, 3, 1));

  static final Officer KASI = Officer.of(Nip.of("198503122010121001"), "Slamet Riyadi");
  static final Officer PENGAWAS = Officer.of(Nip.of("199001012015032002"), "Siti Aminah");

  static final RegistrationNumber ANDI = RegistrationNumber.of("B.I-101/2025");
  static final RegistrationNumber BUDI = RegistrationNumber.of("B.I-102/2025");
  static final RegistrationNumber CANDRA = RegistrationNumber.of("B.IIa-103/2025");
  static final RegistrationNumber DEDI = RegistrationNumber.of("B.I-104/2025");

  static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.values()[0],
          "Kanwil Ditjenpas Jawa Timur");

  /** Monday 2 November 2026: after the halal deadline of 17 October 2026. */
  static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

  /** 1 October 2026: before the halal deadline. */
  static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

  static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  static final Material TEPUNG = org.bengkel.catalog.Fixtures.TEPUNG;
  static final Material MENTEGA = org.bengkel.catalog.Fixtures.MENTEGA;
  static final Material GULA = org.bengkel.catalog.Fixtures.GULA;
  static final Material TOPLES = org.bengkel.catalog.Fixtures.TOPLES;
  static final Material KAYU_BALOK = org.bengkel.catalog.Fixtures.KAYU_BALOK;
  static final Material CAT_EMAS = org.bengkel.catalog.Fixtures.CAT_EMAS;
  static final Material PERNIS = org.bengkel.catalog.Fixtures.PERNIS;
  static final Material AMPLAS = org.bengkel.catalog.Fixtures.AMPLAS;

  static final Partner SUMBER_REJEKI = org.bengkel.catalog.Fixtures.SUMBER_REJEKI;

  private Fixtures() {}

  static Product kueKering(FoodSafety safety) {
    return Product.builder()
        .sku(KUE_KERING)
        .name("Kue kering nastar 500 g")
        .category(ProductCategory.COOKIES)
        .unit(Unit.JAR)
        .programme(KULINER)
        .shelfLifeDays(60)
        .netContent("500 g")
        .addIngredients("tepung terigu", "mentega", "gula halus", "selai nanas")
        .foodSafety(safety)
        .build();
  }

  static Product kueKering() {
    return kueKering(FoodSafety.of(PIRT_2026, HALAL));
  }

  static Product arekLancor() {
    return Product.of(
        AREK_LANCOR,
        "Miniatur Monumen Arek Lancor",
        ProductCategory.WOOD_MINIATURE,
        Unit.PIECE,
        KAYU);
  }

  static SkillProgramme programme(ProgrammeCode code, SkillField field) {
    return SkillProgramme.builder()
        .code(code)
        .name("Pelatihan " + code)
        .field(field)
        .skkniDecree("Kepmenaker 321 Tahun 2016")
        .addCompetencyUnits("UNIT.001.01")
        .trainingHours(160)
        .capacity(10)
        .addSupervisor(KASI.nip())
        .build();
  }

  /**
   * Andi, Budi and Candra active in the culinary programme, Dedi in wood craft, from 1 Sep 2026.
   */
  static TrainingRegister register() {
    LocalDate sep1 = LocalDate.of(2026, 9, 1);
    return TrainingRegister.of(
            List.of(
                programme(KULINER, SkillField.CULINARY), programme(KAYU, SkillField.WOOD_CRAFT)))
        .apply(KULINER, ANDI, Stamps.on(sep1))
        .orElseThrow()
        .apply(KULINER, BUDI, Stamps.on(sep1))
        .orElseThrow()
        .apply(KULINER, CANDRA, Stamps.on(sep1))
        .orElseThrow()
        .apply(KAYU, DEDI, Stamps.on(sep1))
        .orElseThrow();
  }

  /** 20 jars: 5 kg flour, 3 kg butter, 2 kg sugar, 20 jars. */
  static BillOfMaterials kueKeringBom() {
    return org.bengkel.catalog.Fixtures.kueKeringBom();
  }

  /** 10 miniatures: 5 wood blocks, 500 ml gold paint, 750 ml varnish, 20 sheets of sandpaper. */
  static BillOfMaterials arekLancorBom() {
    return org.bengkel.catalog.Fixtures.arekLancorBom();
  }

  static BomRegistry boms() {
    return BomRegistry.of(List.of(kueKeringBom(), arekLancorBom()));
  }

  /** Open-ended prices from 1 January 2026. */
  static MaterialPrices prices() {
    return org.bengkel.catalog.Fixtures.prices();
  }

  static MaterialPrice price(Material material, long rupiah) {
    return MaterialPrice.of(material, SUMBER_REJEKI, Rupiah.of(rupiah), JAN_1);
  }

  /** The officer's stamp at a wall-clock time in WIB (Pamekasan's zone). */
  static Stamp stamp(Officer by, LocalDateTime local) {
    return Stamp.ofLocal(Actor.officer(by.nip()), local, TimeZoneName.WIB);
  }

  /**
   * The desk stamp of changes whose time no rule compares with the batch's moves (a supervisor
   * assigned, work or pieces recorded, materials issued): the head of section entering the month's
   * records on 30 November 2026, 09:00 WIB, after every day of work the tests record (work is
   * recorded on its day or later).
   */
  static final Stamp DESK = stamp(KASI, LocalDateTime.of(2026, 11, 30, 9, 0));

  static LocalDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute);
  }

  static WorkInterval work(RegistrationNumber rn, LocalDate date, String from, String to) {
    return WorkInterval.of(rn, date, LocalTime.parse(from), LocalTime.parse(to));
  }

  /** A kue kering plan of 40 jars for 2 November 2026 with Siti Aminah supervising. */
  static ProductionBatch plannedKue() {
    return ProductionBatch.plan(
            LotCode.of("KK-20261102-01"),
            kueKering(),
            40,
            NOV_2,
            stamp(KASI, at(NOV_2.minusDays(5), 9, 0)))
        .orElseThrow()
        .assignSupervisor(PENGAWAS, DESK)
        .orElseThrow();
  }

  /** {@link #plannedKue()} started at 07:30 with Andi and Budi. */
  static ProductionBatch kueInProduction() {
    return plannedKue()
        .startProduction(List.of(ANDI, BUDI), register(), stamp(PENGAWAS, at(NOV_2, 7, 30)))
        .orElseThrow();
  }

  /** {@link #kueInProduction()} packed at 15:00 with 38 jars produced. */
  static ProductionBatch kuePackaging() {
    return kueInProduction().startPackaging(38, stamp(PENGAWAS, at(NOV_2, 15, 0))).orElseThrow();
  }

  /** {@link #kuePackaging()} checked at 16:00: 36 good, 2 rejected. */
  static ProductionBatch kueChecked() {
    return kuePackaging().recordQualityCheck(36, 2, stamp(KASI, at(NOV_2, 16, 0))).orElseThrow();
  }

  static String rule(Throwable t) {
    return ((BengkelException) t).ruleCode();
  }

  /** The code of the only refusal of a refused outcome. */
  static String refusal(Outcome<?> outcome) {
    assertThat(outcome.isRefused()).as("refused: %s", outcome).isTrue();
    assertThat(outcome.refusals()).hasSize(1);
    return outcome.refusals().get(0).code();
  }
}
