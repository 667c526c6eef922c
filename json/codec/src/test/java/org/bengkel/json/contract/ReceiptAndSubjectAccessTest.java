package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.FacilityCode;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.privacy.PrivacyViews;
import org.bengkel.json.privacy.ReceiptView;
import org.bengkel.json.privacy.SubjectAccessExport;
import org.bengkel.money.Rupiah;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.ContributionBasis;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.sales.Invoice;
import org.bengkel.sales.OrderLine;
import org.bengkel.sales.OrderStatus;
import org.bengkel.sales.SalesOrder;
import org.bengkel.sales.ServiceJob;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;

/**
 * The buyer's receipt view and the subject-access export, over seeded generated data (text binding;
 * the Jackson bindings write the same bytes from the same codecs).
 */
class ReceiptAndSubjectAccessTest {

  private static final long SEED = Long.getLong("bengkel.json.seed", 20261127L);
  private final JsonBinding json = TextJson.binding(BengkelJsonOptions.strict());

  private static String quoted(RegistrationNumber number) {
    return "\"" + number.value() + "\"";
  }

  @Test
  void receiptsOfGeneratedOrdersNeverCarryATrainee() {
    int withServiceJobs = 0;
    int receipts = 0;
    for (SalesOrder order : SalesSamples.randomOrders(SEED, 300)) {
      if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.FULFILLED) {
        continue;
      }
      Invoice receipt =
          Invoice.receiptFor(
              order,
              "KW-" + order.number(),
              order.reachedOn(OrderStatus.PAID).orElseThrow(),
              List.of());
      String written = json.write(ReceiptView.of(receipt));
      receipts++;
      assertThat(written).doesNotContain("\"trainees\"", "registrationNumber", "\"name\":\"B.");
      for (OrderLine line : order.lines()) {
        if (line instanceof ServiceJob job) {
          withServiceJobs++;
          for (RegistrationNumber t : job.trainees()) {
            assertThat(written)
                .as("seed %d order %s", SEED, order.number())
                .doesNotContain(quoted(t));
            assertThat(TextJson.write(order))
                .contains(quoted(t)); // the order itself does carry them
          }
        }
      }
      assertThat(json.read(written, ReceiptView.class)).isEqualTo(ReceiptView.of(receipt));
    }
    assertThat(receipts).isPositive();
    assertThat(withServiceJobs).as("the generated receipts include service jobs").isPositive();
  }

  @Test
  void aReceiptViewHoldsOnlyAReceipt() {
    assertThatThrownBy(() -> ReceiptView.of(SalesSamples.PARTNER_INVOICE))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).ruleCode())
        .isEqualTo("value.malformed");
    String invoice = TextJson.write(SalesSamples.PARTNER_INVOICE);
    assertThatThrownBy(() -> json.read(invoice, ReceiptView.class))
        .isInstanceOf(BengkelJsonException.class)
        .satisfies(
            e -> {
              assertThat(((BengkelJsonException) e).ruleCode()).isEqualTo("value.malformed");
              assertThat(((BengkelJsonException) e).path()).isEqualTo("$.kind");
            });
    assertThat(json.write(ReceiptView.of(SalesSamples.RECEIPT)))
        .isEqualTo(TextJson.write(SalesSamples.RECEIPT));
  }

  @Test
  void theReceiptAndPassportSchemasAcceptTheirGoldenFilesAndRefuseAnInvoice() {
    assertThat(
            SchemaValidation.errors(
                "types/privacy.ReceiptView.schema.json",
                JsonFormatContract.golden("sales-receipt")))
        .isEmpty();
    assertThat(
            SchemaValidation.errors(
                "types/privacy.ReceiptView.schema.json",
                JsonFormatContract.golden("sales-invoice")))
        .isNotEmpty();
    assertThat(
            SchemaValidation.errors(
                "skills-passport.schema.json", DocumentContract.golden("skills-passport-v1")))
        .isEmpty();
  }

  @Test
  void theSubjectAccessExportHoldsTheSubjectsDataAndNoOtherTraineesNumber() {
    SplittableRandom random = new SplittableRandom(SEED);
    int checkedOthers = 0;
    for (int i = 0; i < 60; i++) {
      TrainingRegister register = ProgrammeSamples.register(random);
      List<SalesOrder> orders = SalesSamples.randomOrders(SEED + i, 10);
      Set<RegistrationNumber> everyone = new LinkedHashSet<>();
      for (ProgrammeRoster roster : register.rosters()) {
        roster.enrolments().forEach(e -> everyone.add(e.trainee()));
      }
      register.attendance().forEach(a -> everyone.add(a.trainee()));
      orders.forEach(
          o ->
              o.lines()
                  .forEach(
                      l -> {
                        if (l instanceof ServiceJob job) {
                          everyone.addAll(job.trainees());
                        }
                      }));
      everyone.addAll(ProductionSamples.RELEASED.team());
      everyone.addAll(ProductionSamples.REJECTED.team());
      List<RegistrationNumber> people = new ArrayList<>(everyone);
      RegistrationNumber subject = people.get(random.nextInt(people.size()));
      List<Contribution> contributions = new ArrayList<>();
      List<PremiAccount> accounts = new ArrayList<>();
      for (RegistrationNumber p : people) {
        contributions.add(Contribution.of(p, 1 + random.nextInt(300)));
        accounts.add(
            PremiAccount.open(p)
                .credit(
                    ContractStamps.at(LocalDate.of(2026, 11, 1).atTime(9, 0)),
                    Rupiah.of(1_000 + random.nextInt(9_000)),
                    "PREMI-2026-10")
                .orElseThrow());
      }
      PremiAllocation allocation =
          PremiAllocation.allocate(
              Rupiah.of(500_000), ContributionBasis.MINUTES_WORKED, contributions);
      Trainee trainee =
          Trainee.convict(
              subject,
              "Warga Binaan " + i,
              FacilityCode.of("LAPAS-PAMEKASAN"),
              CrimeCategory.GENERAL,
              TraineeSamples.sentence(random, subject.registerClass()));

      SubjectAccessExport export =
          SubjectAccessExport.of(
              trainee,
              LocalDate.of(2026, 12, 31),
              register,
              List.of(ProgrammeSamples.CERTIFICATE),
              List.of(ProductionSamples.RELEASED, ProductionSamples.REJECTED),
              orders,
              List.of(allocation),
              accounts);
      String written = json.write(Document.of(DocumentKinds.SUBJECT_ACCESS_EXPORT, export));

      assertThat(written).contains(quoted(subject), "Warga Binaan " + i);
      assertThat(export.premiShares()).hasSize(1);
      assertThat(export.premiAccount()).isPresent();
      assertThat(export.enrolments()).allSatisfy(e -> assertThat(e.trainee()).isEqualTo(subject));
      long jobs =
          orders.stream()
              .flatMap(o -> o.lines().stream())
              .filter(l -> l instanceof ServiceJob job && job.trainees().contains(subject))
              .count();
      assertThat(export.serviceJobs()).hasSize((int) jobs);
      for (RegistrationNumber other : people) {
        if (!other.equals(subject)) {
          checkedOthers++;
          assertThat(written).as("seed %d case %d", SEED, i).doesNotContain(quoted(other));
        }
      }
      Document read = json.read(written, Document.class);
      assertThat(read.payload(DocumentKinds.SUBJECT_ACCESS_EXPORT)).isEqualTo(export);
    }
    assertThat(checkedOthers).isGreaterThan(100);
  }

  @Test
  void theGoldenExportGathersHasansDataFromEveryPart() {
    SubjectAccessExport export = DocumentSamples.EXPORT;
    RegistrationNumber hasan = ProgrammeSamples.HASAN;
    // KULINER-2026 and CUCI-MOTOR-2026; two sessions attended; one assessment
    assertThat(export.enrolments()).hasSize(2);
    assertThat(export.attendance()).hasSize(2);
    assertThat(export.assessments()).hasSize(1);
    assertThat(export.skillsPassport().registrationNumber()).isEqualTo(hasan);
    // in the cookie batch only (ANI there); 8:00-12:00 and 13:00-15:30, 22 pieces
    assertThat(export.production()).hasSize(1);
    assertThat(export.production().get(0).work()).hasSize(2);
    assertThat(export.production().get(0).hours().orElseThrow().pieces()).contains(22L);
    // the car wash with Fauzi: shown as a team of two, without Fauzi's number
    assertThat(export.serviceJobs())
        .singleElement()
        .satisfies(j -> assertThat(j.teamSize()).isEqualTo(2));
    assertThat(json.write(Document.of(DocumentKinds.SUBJECT_ACCESS_EXPORT, export)))
        .doesNotContain(quoted(ProgrammeSamples.FAUZI), quoted(ProgrammeSamples.RIYADI));
    // 100 001 by minutes 120 : 90 : 30: BUDI (= Hasan's number) gets 50 001
    assertThat(export.premiShares())
        .singleElement()
        .satisfies(s -> assertThat(s.amount()).isEqualTo(Rupiah.of(50_001)));
    assertThat(export.premiAccount()).map(PremiAccount::registrationNumber).contains(hasan);
  }

  private void assertRefused(String document, String path, String code) {
    assertThatThrownBy(() -> json.read(document, Document.class))
        .isInstanceOf(BengkelJsonException.class)
        .satisfies(
            e -> {
              assertThat(((BengkelJsonException) e).ruleCode()).as(document).isEqualTo(code);
              assertThat(((BengkelJsonException) e).path()).isEqualTo(path);
            });
  }

  @Test
  void theExportAndOrderDocumentsAreReadStrictly() {
    assertThat(PrivacyViews.SUBJECT_ACCESS_EXPORT.schema()).isPresent();
    assertThat(DocumentKinds.SALES_ORDER.codec().schema()).isPresent();
    String doc = DocumentContract.golden("subject-access-export-v1");
    assertRefused(
        doc.replace("\"teamSize\": 2", "\"teamSize\": 0"),
        "$.data.serviceJobs[0].teamSize",
        "json.amount-out-of-range");
    assertRefused(
        doc.replace("\"teamSize\"", "\"team\": [], \"teamSize\""),
        "$.data.serviceJobs[0].team",
        "json.unknown-property");
    assertRefused(
        doc.replace("\"productionDate\"", "\"note\": 1, \"productionDate\""),
        "$.data.production[0].note",
        "json.unknown-property");
    assertRefused(
        doc.replace("\"asOf\": \"2026-11-27\",", "\"note\": 1,"),
        "$.data.note",
        "json.unknown-property");
    assertRefused(
        doc.replaceFirst("\"asOf\": \"2026-11-27\",", ""), "$.data.asOf", "json.missing-property");
    String order = DocumentContract.golden("sales-order-v3");
    assertRefused(
        order.replace("\"quote\":", "\"note\": 1, \"quote\":"),
        "$.data.note",
        "json.unknown-property");
    assertThat(json.read(order, Document.class).payload(DocumentKinds.SALES_ORDER))
        .isEqualTo(DocumentSamples.SALES_ORDER);
    // version 1 had the quoted items' category and unit as free strings: read and upgraded, or
    // refused where the unit is none of the catalogue's
    String v1 = DocumentContract.golden("sales-order-v1");
    assertThat(json.read(v1, Document.class).payload(DocumentKinds.SALES_ORDER))
        .isEqualTo(DocumentSamples.withProseSteps(DocumentSamples.SALES_ORDER_V1));
    assertRefused(
        v1.replace("\"unit\": \"toples\"", "\"unit\": \"Piece-ish\""),
        "$.data.quote.lines[0].item.unit",
        "json.unknown-constant");
    assertThat(DocumentSamples.SALES_ORDER.toString())
        .isEqualTo("SalesOrderDocument[SO-2026-0051]");
  }

  @Test
  void anExportRefusesAnotherTraineesRecords() {
    SubjectAccessExport e = DocumentSamples.EXPORT;
    assertThatThrownBy(
            () ->
                new SubjectAccessExport(
                    e.asOf(),
                    e.trainee(),
                    ProgrammeSamples.ROSTER.enrolmentsOf(ProgrammeSamples.RIYADI),
                    e.attendance(),
                    e.assessments(),
                    e.skillsPassport(),
                    e.production(),
                    e.serviceJobs(),
                    e.premiShares(),
                    e.premiAccount()))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            x -> {
              InvalidValueException v = (InvalidValueException) x;
              assertThat(v.ruleCode()).isEqualTo("value.malformed");
              assertThat(v.field()).isEqualTo("enrolments[0].trainee");
              assertThat(v.getMessage()).doesNotContain(ProgrammeSamples.RIYADI.value());
            });
    assertThatThrownBy(
            () ->
                new SubjectAccessExport(
                    e.asOf(),
                    e.trainee(),
                    e.enrolments(),
                    e.attendance(),
                    e.assessments(),
                    e.skillsPassport(),
                    e.production(),
                    e.serviceJobs(),
                    e.premiShares(),
                    Optional.of(PremiAccount.open(ProgrammeSamples.FAUZI))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                new SubjectAccessExport.ServiceWork(
                    "SO-1",
                    SalesSamples.CAR_WASH.sku(),
                    "x",
                    SalesSamples.CAR_WASH.vehicleClass(),
                    e.asOf(),
                    0))
        .isInstanceOf(InvalidValueException.class);
    assertThat(e.toString()).doesNotContain(ProgrammeSamples.HASAN.value(), "Hasan");
  }
}
