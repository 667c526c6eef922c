package org.bengkel.json.contract;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.bengkel.pricing.Channel;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.trainee.RegistrationNumber;

/**
 * One sample value per golden file {@code org/bengkel/json/golden/<name>.json}. Adding a type: add
 * its samples here and their files beside the others.
 */
public final class GoldenSamples {

  private GoldenSamples() {}

  /** A sample: the golden file's name, the type to read it as, and the value it holds. */
  public record Sample(String name, Class<?> type, Object value) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final Facility PAMEKASAN =
      Facility.of(
          FacilityCode.of("LAPAS-PAMEKASAN"),
          "Lapas Kelas IIA Pamekasan",
          FacilityType.LAPAS,
          FacilityClass.IIA,
          "Kanwil Ditjenpas Jawa Timur");

  /** Every sample: one line per package's list. */
  public static List<Sample> all() {
    return Stream.of(
            foundation(),
            TraineeSamples.all(),
            ProgrammeSamples.all(),
            CatalogSamples.samples(),
            PricingSamples.samples(),
            ProceedsSamples.samples(),
            InventorySamples.samples(),
            ProductionSamples.samples(),
            SalesSamples.samples(),
            ReportSamples.samples())
        .flatMap(List::stream)
        .toList();
  }

  /** The samples of the foundation: money, facility, identifiers. */
  private static List<Sample> foundation() {
    return List.of(
        new Sample("rupiah", Rupiah.class, Rupiah.of(150_000)),
        new Sample("rupiah-zero", Rupiah.class, Rupiah.ZERO),
        new Sample("rupiah-delta", RupiahDelta.class, RupiahDelta.of(-2_500)),
        new Sample("rate-percent", Rate.class, Rate.percent(12)),
        new Sample("rate-fraction", Rate.class, Rate.of(11, 12)),
        new Sample("rounding-step", RoundingStep.class, RoundingStep.of(500, RoundingMode.HALF_UP)),
        new Sample("nip", Nip.class, Nip.parse("198503152010121002")),
        new Sample("facility-type", FacilityType.class, FacilityType.LAPAS_NARKOTIKA),
        new Sample("facility-class", FacilityClass.class, FacilityClass.IIA),
        new Sample(
            "facility-time-zone",
            org.bengkel.facility.TimeZoneName.class,
            org.bengkel.facility.TimeZoneName.WITA),
        new Sample("facility", Facility.class, PAMEKASAN),
        new Sample(
            "officer",
            Officer.class,
            Officer.builder()
                .nip(Nip.parse("198503152010121002"))
                .name("Ahmad Fauzi")
                .position("Kepala Seksi Kegiatan Kerja — Bimker ½")
                .build()),
        new Sample(
            "officer-minimal",
            Officer.class,
            Officer.of(Nip.parse("199001012015032001"), "Siti \"Ani\" Rahma")),
        new Sample(
            "registration-number",
            RegistrationNumber.class,
            RegistrationNumber.parse("B.I-123/2024")),
        new Sample("programme-code", ProgrammeCode.class, ProgrammeCode.parse("KULINER-2026")),
        new Sample("sku", Sku.class, Sku.parse("KUE-KERING-500G")),
        new Sample("lot-code", LotCode.class, LotCode.parse("KK-20261102-01")),
        new Sample("channel", Channel.class, Channel.E_KATALOG));
  }
}
