package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.bengkel.catalog.Sku;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.privacy.CatalogueListingView;
import org.bengkel.json.privacy.ProductLabelView;
import org.bengkel.json.privacy.SkillsPassportView;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.EKatalogListing;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.testkit.FacilityGen;
import org.bengkel.testkit.MoneyGen;
import org.bengkel.testkit.Property;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * The privacy views on every binding, over seeded generated data: the JSON of a label, a listing or
 * a passport never contains the trainee's name, registration number or a sentence field, and reads
 * back as the view.
 */
public abstract class PrivacyViewContract {

  /** Names of fields that carry a trainee's identity or sentence anywhere in bengkel-core. */
  private static final Set<String> FORBIDDEN =
      Set.of(
          "holderName",
          "registrationNumber",
          "traineeName",
          "sentence",
          "sentences",
          "crimeCategory",
          "remissions",
          "disciplineRecords",
          "expectedRelease",
          "trainee",
          "detention",
          "servingFrom",
          "firstDayOfDetention");

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  private static final SkillField[] FIELDS = {
    SkillField.CULINARY, SkillField.WOOD_CRAFT, SkillField.VEHICLE_WASH
  };

  /** A trainee's passport with a generated name and registration number. */
  private static SkillsPassport passport(
      RandomGenerator random, String holder, RegistrationNumber number) {
    LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
    List<CompletedProgramme> programmes = new ArrayList<>();
    List<AchievedUnit> units = new ArrayList<>();
    List<Certificate> certificates = new ArrayList<>();
    for (int i = 0; i < random.nextInt(4); i++) {
      ProgrammeCode code = ProgrammeCode.parse("PRG-" + (1000 + random.nextInt(9000)));
      LocalDate done = asOf.minusDays(1 + random.nextInt(300));
      programmes.add(
          CompletedProgramme.builder()
              .code(code)
              .name("Pelatihan Tata Boga " + i)
              .field(FIELDS[random.nextInt(FIELDS.length)])
              .trainingHours(8 + random.nextInt(300))
              .completedOn(done)
              .build());
      units.add(AchievedUnit.of(code, "UK-" + random.nextInt(100), done));
      certificates.add(
          Certificate.builder()
              .issuerType(
                  CertificateIssuer.values()[random.nextInt(CertificateIssuer.values().length)])
              .issuerName("LSP Kuliner Nusantara")
              .bnspLicensed(random.nextBoolean())
              .number("CERT-" + random.nextInt(1_000_000))
              .scheme("Okupasi Juru Masak")
              .issuedOn(done)
              .expiresOn(asOf.plusYears(3))
              .build());
    }
    return SkillsPassport.builder()
        .holderName(holder)
        .registrationNumber(number)
        .asOf(asOf)
        .completedProgrammes(programmes)
        .hoursByField(Map.of(SkillField.CULINARY, Duration.ofHours(random.nextInt(100))))
        .competencyUnits(units)
        .certificates(certificates)
        .build();
  }

  private static String abbreviate(String name) {
    return name.length() > 150 ? name.substring(0, 150) : name;
  }

  private static void assertNoTraineeData(String json, String holder, RegistrationNumber number) {
    assertThat(json).doesNotContain(holder).doesNotContain(number.value());
    for (String field : FORBIDDEN) {
      assertThat(json).doesNotContain("\"" + field + "\"");
    }
  }

  @Test
  void viewTypesHaveNoFieldForTraineeIdentityOrSentence() {
    for (Class<?> view :
        List.of(ProductLabelView.class, CatalogueListingView.class, SkillsPassportView.class)) {
      assertThat(Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName))
          .as(view.getSimpleName())
          .doesNotContainAnyElementsOf(FORBIDDEN)
          .doesNotContain("name");
      assertThat(Arrays.stream(view.getRecordComponents()).map(RecordComponent::getType))
          .doesNotContain(RegistrationNumber.class, SkillsPassport.class);
    }
  }

  @Test
  void skillsPassportViewNeverCarriesTheHolder() {
    JsonBinding json = binding(BengkelJsonOptions.strict());
    long seed = Property.seed();
    RandomGenerator random = Property.random(seed);
    int n = Math.min(Property.samples(), 500);
    for (int i = 0; i < n; i++) {
      String holder =
          "WBP"
              + random.nextInt(1_000_000)
              + " "
              + abbreviate(FacilityGen.officerNames().next(random));
      RegistrationNumber number =
          RegistrationNumber.parse(
              "B.I-" + (1 + random.nextInt(9999)) + "/" + (2015 + random.nextInt(12)));
      SkillsPassportView view = SkillsPassportView.of(passport(random, holder, number));
      String written = json.write(view);
      assertNoTraineeData(written, holder, number);
      assertThat(json.read(written, SkillsPassportView.class))
          .as("seed %d sample %d", seed, i)
          .isEqualTo(view);
    }
  }

  @Test
  void labelAndListingViewsNeverCarryTheMakers() {
    JsonBinding json = binding(BengkelJsonOptions.strict());
    long seed = Property.seed();
    RandomGenerator random = Property.random(seed);
    int n = Math.min(Property.samples(), 500);
    for (int i = 0; i < n; i++) {
      // The trainees who made the batch: known here, and nowhere in what leaves the facility.
      String maker =
          "WBP"
              + random.nextInt(1_000_000)
              + " "
              + abbreviate(FacilityGen.officerNames().next(random));
      RegistrationNumber number =
          RegistrationNumber.parse("A.II-" + (1 + random.nextInt(999)) + "/2025");
      Label label =
          Label.builder()
              .productName("Kue Kering Nastar " + (100 + random.nextInt(900)) + " g")
              .ingredients(List.of("tepung terigu", "mentega", "selai nanas"))
              .netContent("500 g")
              .producer(Label.producerOf(GoldenSamples.PAMEKASAN))
              .productionCode("KK-2026" + (1000 + random.nextInt(9000)))
              .bestBefore(LocalDate.of(2027, 1, 1).plusDays(random.nextInt(300)))
              .shelfLifeDays(30 + random.nextInt(300))
              .build();
      ProductLabelView labelView = ProductLabelView.of(label);
      String labelJson = json.write(labelView);
      assertNoTraineeData(labelJson, maker, number);
      assertThat(json.read(labelJson, ProductLabelView.class)).isEqualTo(labelView);

      EKatalogListing listing =
          EKatalogListing.builder()
              .sku(Sku.parse("KUE-" + (100 + random.nextInt(900))))
              .unit(org.bengkel.catalog.Unit.JAR)
              .zone("ZONA-" + (1 + random.nextInt(5)))
              .price(MoneyGen.prices().next(random))
              .minimumOrder(1 + random.nextInt(50))
              .localContent(Rate.percent(40 + random.nextInt(60)))
              .producerScale(ProducerScale.values()[random.nextInt(ProducerScale.values().length)])
              .build();
      CatalogueListingView listingView = CatalogueListingView.of(listing, label.productName());
      String listingJson = json.write(listingView);
      assertNoTraineeData(listingJson, maker, number);
      assertThat(json.read(listingJson, CatalogueListingView.class)).isEqualTo(listingView);
      assertThat(listingView.price()).isInstanceOf(Rupiah.class);
      assertThat(listingJson.toLowerCase(Locale.ROOT)).doesNotContain("pidana");
    }
  }
}
