package org.bengkel.examples;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Catalog;
import org.bengkel.catalog.CatalogItem;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.BomRegistry;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.TaxPolicy;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;

/**
 * The sample data of the Pamekasan scenario: Lapas Kelas IIA Pamekasan, its officers, the trainees
 * of October 2026, the three skill programmes, partners, materials and their prices, products,
 * services, bills of materials, sales price lists, the tax and split policies. All people are
 * fictional.
 *
 * <p>Everything here is read from the bengkel JSON files under {@code /pamekasan/} on the class
 * path ({@link #FILES}) through {@link BengkelJackson2}; only who applies to which programme is
 * written in Java ({@link #APPLICATIONS}), because the format has no "application" document.
 */
final class PamekasanData {

  /** The shipped JSON files, each read as the type beside it. */
  static final List<String> FILES =
      List.of(
          "facility.json",
          "officers.json",
          "trainees.json",
          "programmes.json",
          "products.json",
          "services.json",
          "material-prices.json",
          "bills-of-materials.json",
          "price-book.json",
          "tax-policy.json",
          "split-policies.json",
          "e-katalog-listings.json");

  private static final ObjectMapper JSON = BengkelJackson2.mapper();

  static final LocalDate MONTH_START = LocalDate.of(2026, 10, 1);
  static final LocalDate MONTH_END = LocalDate.of(2026, 10, 31);

  static final Facility LAPAS = read("facility.json", Facility.class);

  static final List<Officer> OFFICERS = readList("officers.json", Officer.class);
  static final Officer KASI_GIATJA = officer("Kasi Kegiatan Kerja");
  static final Officer WOOD_SUPERVISOR = officer("Pengawas Bengkel Kayu");
  static final Officer FOOD_SUPERVISOR = officer("Pengawas Dapur Produksi");
  static final Officer WASH_SUPERVISOR = officer("Pengawas SAE Cuci Kendaraan");

  static final List<SkillProgramme> PROGRAMMES = readList("programmes.json", SkillProgramme.class);
  static final SkillProgramme WOOD = programme("KAYU-2026");
  static final SkillProgramme WASH = programme("CUCI-2026");
  static final SkillProgramme FOOD = programme("KULINER-2026");

  static final List<Trainee> TRAINEES = readList("trainees.json", Trainee.class);
  static final Map<RegistrationNumber, Trainee> BY_NUMBER =
      TRAINEES.stream().collect(Collectors.toMap(Trainee::registrationNumber, Function.identity()));

  static final Trainee AHMAD = trainee("B.I-0412/2024");
  static final Trainee HASAN = trainee("B.I-0977/2025");
  static final Trainee SLAMET = trainee("B.I-0231/2023");
  static final Trainee ABDUL = trainee("B.IIa-0102/2026");
  static final Trainee RUDI = trainee("B.I-1150/2024");
  static final Trainee IMAM = trainee("B.I-0815/2025");
  static final Trainee YUSUF = trainee("B.I-1342/2023");
  static final Trainee HAIRUL = trainee("B.IIa-0233/2026");
  static final Trainee FAISOL = trainee("B.I-0590/2025");
  static final Trainee BUDI = trainee("A.II-0077/2026");

  /** Who applies to which programme on 1 October 2026. */
  static final Map<SkillProgramme, List<Trainee>> APPLICATIONS =
      Map.of(
          WOOD, List.of(SLAMET, RUDI, HASAN),
          WASH, List.of(AHMAD, IMAM, YUSUF, ABDUL),
          FOOD, List.of(HAIRUL, FAISOL, BUDI));

  static final List<Product> PRODUCTS = readList("products.json", Product.class);
  static final List<Service> SERVICES = readList("services.json", Service.class);
  static final Catalog CATALOG =
      Catalog.of(
          java.util.stream.Stream.<CatalogItem>concat(PRODUCTS.stream(), SERVICES.stream())
              .toList());
  static final org.bengkel.material.MaterialPrices MATERIAL_PRICES =
      read("material-prices.json", org.bengkel.material.MaterialPrices.class);
  static final BomRegistry BOMS =
      BomRegistry.of(readList("bills-of-materials.json", BillOfMaterials.class));
  static final PriceBook PRICE_BOOK = read("price-book.json", PriceBook.class);
  static final TaxPolicy TAX = read("tax-policy.json", TaxPolicy.class);
  static final SplitPolicies SPLIT = read("split-policies.json", SplitPolicies.class);
  static final List<EKatalogListing> LISTINGS =
      readList("e-katalog-listings.json", EKatalogListing.class);

  static Product product(String sku) {
    return CATALOG.product(Sku.of(sku)).orElseThrow();
  }

  static Service service(String sku) {
    return CATALOG.service(Sku.of(sku)).orElseThrow();
  }

  /**
   * An officer's stamp at a wall-clock time of the facility (WIB for Pamekasan): who recorded a
   * change, when.
   */
  static Stamp stamp(Officer officer, java.time.LocalDateTime local) {
    return Stamp.ofLocal(Actor.officer(officer.nip()), local, LAPAS.zone());
  }

  private static Officer officer(String position) {
    return OFFICERS.stream()
        .filter(o -> o.position().orElse("").equals(position))
        .findFirst()
        .orElseThrow();
  }

  private static SkillProgramme programme(String code) {
    return PROGRAMMES.stream().filter(p -> p.code().value().equals(code)).findFirst().orElseThrow();
  }

  private static Trainee trainee(String number) {
    return BY_NUMBER.get(RegistrationNumber.of(number));
  }

  static InputStream open(String file) {
    InputStream in = PamekasanData.class.getResourceAsStream("/pamekasan/" + file);
    if (in == null) {
      throw new IllegalStateException("sample data missing from the class path: " + file);
    }
    return in;
  }

  private static <T> T read(String file, Class<T> type) {
    return read(file, JSON.getTypeFactory().constructType(type));
  }

  private static <T> List<T> readList(String file, Class<T> type) {
    return read(file, JSON.getTypeFactory().constructCollectionType(List.class, type));
  }

  private static <T> T read(String file, JavaType type) {
    try (InputStream in = open(file)) {
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample data " + file, e);
    }
  }

  private PamekasanData() {}
}
