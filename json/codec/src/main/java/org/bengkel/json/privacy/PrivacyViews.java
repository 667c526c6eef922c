package org.bengkel.json.privacy;

import static org.bengkel.json.schema.JsonSchema.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.production.LotCode;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.sales.Invoice;
import org.bengkel.trainee.Trainee;

/**
 * The JSON of what leaves the facility (<i>tampilan keluar</i>): product labels, catalogue and
 * e-Katalog listings, skills passports, buyers' receipts. Each is written from a view type that has
 * no field for a trainee's name, registration number, crime or sentence, so no such value can
 * appear in its JSON whatever the data. The Jackson modules register {@link #all()}, so the views
 * are written and read like any bengkel type.
 *
 * <p>A buyer's receipt (<i>kuitansi</i>) is a {@link ReceiptView}: a sales invoice of kind {@code
 * RECEIPT}, which has no trainee field. {@link #SUBJECT_ACCESS_EXPORT} is the opposite: the
 * trainee's own data, for the trainee.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrivacyViews {

  private static final Codec<ProducerScale> PRODUCER_SCALE = Codec.ofEnum(ProducerScale.class);

  // A label's fields: eight, more than a factory of fields takes, so read through Values.
  private static final Field<ProductLabelView, String> LABEL_NAME =
      Field.required("productName", Scalars.TEXT, ProductLabelView::productName);
  private static final Field<ProductLabelView, List<String>> LABEL_INGREDIENTS =
      Field.requiredList("ingredients", Scalars.TEXT, ProductLabelView::ingredients);
  private static final Field<ProductLabelView, String> LABEL_NET =
      Field.required("netContent", Scalars.TEXT, ProductLabelView::netContent);
  private static final Field<ProductLabelView, String> LABEL_PRODUCER =
      Field.required("producer", Scalars.TEXT, ProductLabelView::producer);
  private static final Field<ProductLabelView, String> LABEL_PIRT =
      Field.optional("pirt", Scalars.TEXT, ProductLabelView::pirt);
  private static final Field<ProductLabelView, String> LABEL_HALAL =
      Field.optional("halalCertificate", Scalars.TEXT, ProductLabelView::halalCertificate);
  private static final Field<ProductLabelView, String> LABEL_CODE =
      Field.required("productionCode", Scalars.TEXT, ProductLabelView::productionCode);
  private static final Field<ProductLabelView, LocalDate> LABEL_BEST_BEFORE =
      Field.required("bestBefore", Scalars.DATE, ProductLabelView::bestBefore);

  /** {@link ProductLabelView}. */
  public static final Codec<ProductLabelView> PRODUCT_LABEL =
      ObjectCodec.of(
              ProductLabelView.class,
              v ->
                  new ProductLabelView(
                      v.get(LABEL_NAME),
                      v.get(LABEL_INGREDIENTS),
                      v.get(LABEL_NET),
                      v.get(LABEL_PRODUCER),
                      Optional.ofNullable(v.find(LABEL_PIRT)),
                      Optional.ofNullable(v.find(LABEL_HALAL)),
                      v.get(LABEL_CODE),
                      v.get(LABEL_BEST_BEFORE)),
              List.of(
                  LABEL_NAME,
                  LABEL_INGREDIENTS,
                  LABEL_NET,
                  LABEL_PRODUCER,
                  LABEL_PIRT,
                  LABEL_HALAL,
                  LABEL_CODE,
                  LABEL_BEST_BEFORE))
          .describedAs("A product label: no trainee identity or sentence by construction")
          .build();

  private static final Field<CatalogueListingView, Sku> LISTING_SKU =
      Field.required("sku", CatalogCodecs.SKU, CatalogueListingView::sku);
  private static final Field<CatalogueListingView, String> LISTING_NAME =
      Field.required("productName", Scalars.TEXT, CatalogueListingView::productName);
  private static final Field<CatalogueListingView, String> LISTING_UNIT =
      Field.required("unit", Scalars.TEXT, CatalogueListingView::unit);
  private static final Field<CatalogueListingView, String> LISTING_ZONE =
      Field.required("zone", Scalars.TEXT, CatalogueListingView::zone);
  private static final Field<CatalogueListingView, Rupiah> LISTING_PRICE =
      Field.required("price", MoneyCodecs.RUPIAH, CatalogueListingView::price);
  private static final Field<CatalogueListingView, Long> LISTING_MINIMUM =
      Field.required(
          "minimumOrder",
          Scalars.integer(Long.MIN_VALUE, Long.MAX_VALUE),
          CatalogueListingView::minimumOrder);
  private static final Field<CatalogueListingView, Rate> LISTING_LOCAL =
      Field.required("localContent", MoneyCodecs.RATE, CatalogueListingView::localContent);
  private static final Field<CatalogueListingView, ProducerScale> LISTING_SCALE =
      Field.required("producerScale", PRODUCER_SCALE, CatalogueListingView::producerScale).inline();

  /** {@link CatalogueListingView}. */
  public static final Codec<CatalogueListingView> CATALOGUE_LISTING =
      ObjectCodec.of(
              CatalogueListingView.class,
              v ->
                  new CatalogueListingView(
                      v.get(LISTING_SKU),
                      v.get(LISTING_NAME),
                      v.get(LISTING_UNIT),
                      v.get(LISTING_ZONE),
                      v.get(LISTING_PRICE),
                      v.get(LISTING_MINIMUM),
                      v.get(LISTING_LOCAL),
                      v.get(LISTING_SCALE)),
              List.of(
                  LISTING_SKU,
                  LISTING_NAME,
                  LISTING_UNIT,
                  LISTING_ZONE,
                  LISTING_PRICE,
                  LISTING_MINIMUM,
                  LISTING_LOCAL,
                  LISTING_SCALE))
          .describedAs("A catalogue or e-Katalog listing: no trainee identity by construction")
          .build();

  /** {@link SkillsPassportView}. */
  public static final Codec<SkillsPassportView> SKILLS_PASSPORT =
      ObjectCodec.of(
              SkillsPassportView.class,
              SkillsPassportView::new,
              Field.required("asOf", Scalars.DATE, SkillsPassportView::asOf),
              Field.requiredList(
                  "programmes",
                  ProgrammeCodecs.COMPLETED_PROGRAMME,
                  SkillsPassportView::programmes),
              Field.requiredList("units", ProgrammeCodecs.ACHIEVED_UNIT, SkillsPassportView::units),
              Field.requiredList(
                  "certificates", ProgrammeCodecs.CERTIFICATE, SkillsPassportView::certificates))
          .describedAs(
              "A skills passport as it leaves the facility: no holder name, registration"
                  + " number, crime or sentence by construction")
          .build();

  /**
   * {@link ReceiptView}: a sales receipt, the form of {@code SalesCodecs.INVOICE} of kind RECEIPT.
   */
  public static final Codec<ReceiptView> RECEIPT = new ReceiptCodec();

  private static final Field<SubjectAccessExport.ProductionWork, LotCode> WORK_LOT =
      Field.required(
          "lotCode", ProductionCodecs.LOT_CODE, SubjectAccessExport.ProductionWork::lotCode);
  private static final Field<SubjectAccessExport.ProductionWork, LocalDate> WORK_DATE =
      Field.required(
          "productionDate", Scalars.DATE, SubjectAccessExport.ProductionWork::productionDate);
  private static final Field<SubjectAccessExport.ProductionWork, List<WorkInterval>> WORK_WORK =
      Field.requiredList(
          "work", ProductionCodecs.WORK_INTERVAL, SubjectAccessExport.ProductionWork::work);
  private static final Field<SubjectAccessExport.ProductionWork, TeamHours> WORK_HOURS =
      Field.optional(
          "hours", ProductionCodecs.TEAM_HOURS, SubjectAccessExport.ProductionWork::hours);

  // the subject's work in one production batch
  private static final Codec<SubjectAccessExport.ProductionWork> PRODUCTION_WORK =
      ObjectCodec.of(
              SubjectAccessExport.ProductionWork.class,
              v ->
                  new SubjectAccessExport.ProductionWork(
                      v.get(WORK_LOT),
                      v.get(WORK_DATE),
                      v.get(WORK_WORK),
                      Optional.ofNullable(v.find(WORK_HOURS))),
              List.of(WORK_LOT, WORK_DATE, WORK_WORK, WORK_HOURS))
          .describedAs("The subject's work in one production batch")
          .build();

  // a team's size: json.amount-out-of-range below 1 too, before core sees it
  private static final Codec<Integer> TEAM_SIZE =
      Scalars.of(
          Integer.class,
          JsonSchema.integer(1, Integer.MAX_VALUE),
          in -> {
            long team = in.nextLong();
            if (team < 1 || team > Integer.MAX_VALUE) {
              throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, 1, Integer.MAX_VALUE);
            }
            return (int) team;
          },
          (out, n) -> out.number(n));

  private static final Field<SubjectAccessExport.ServiceWork, String> JOB_ORDER =
      Field.required("orderNumber", Scalars.TEXT, SubjectAccessExport.ServiceWork::orderNumber);
  private static final Field<SubjectAccessExport.ServiceWork, Sku> JOB_SKU =
      Field.required("sku", CatalogCodecs.SKU, SubjectAccessExport.ServiceWork::sku);
  private static final Field<SubjectAccessExport.ServiceWork, String> JOB_DESCRIPTION =
      Field.required("description", Scalars.TEXT, SubjectAccessExport.ServiceWork::description);
  private static final Field<SubjectAccessExport.ServiceWork, VehicleClass> JOB_VEHICLE =
      Field.required(
          "vehicleClass",
          CatalogCodecs.VEHICLE_CLASS,
          SubjectAccessExport.ServiceWork::vehicleClass);
  private static final Field<SubjectAccessExport.ServiceWork, LocalDate> JOB_DATE =
      Field.required("date", Scalars.DATE, SubjectAccessExport.ServiceWork::date);
  private static final Field<SubjectAccessExport.ServiceWork, Integer> JOB_TEAM =
      Field.required("teamSize", TEAM_SIZE, SubjectAccessExport.ServiceWork::teamSize);

  // a service job the subject worked on
  private static final Codec<SubjectAccessExport.ServiceWork> SERVICE_WORK =
      ObjectCodec.of(
              SubjectAccessExport.ServiceWork.class,
              v ->
                  new SubjectAccessExport.ServiceWork(
                      v.get(JOB_ORDER),
                      v.get(JOB_SKU),
                      v.get(JOB_DESCRIPTION),
                      v.get(JOB_VEHICLE),
                      v.get(JOB_DATE),
                      v.get(JOB_TEAM)),
              List.of(JOB_ORDER, JOB_SKU, JOB_DESCRIPTION, JOB_VEHICLE, JOB_DATE, JOB_TEAM))
          .describedAs(
              "A service job the subject worked on, without the team's registration numbers")
          .build();

  private static final Field<SubjectAccessExport, LocalDate> SAR_AS_OF =
      Field.required("asOf", Scalars.DATE, SubjectAccessExport::asOf);
  private static final Field<SubjectAccessExport, Trainee> SAR_TRAINEE =
      Field.required("trainee", TraineeCodecs.TRAINEE, SubjectAccessExport::trainee);
  private static final Field<SubjectAccessExport, List<Enrolment>> SAR_ENROLMENTS =
      Field.requiredList("enrolments", ProgrammeCodecs.ENROLMENT, SubjectAccessExport::enrolments);
  private static final Field<SubjectAccessExport, List<Attendance>> SAR_ATTENDANCE =
      Field.requiredList("attendance", ProgrammeCodecs.ATTENDANCE, SubjectAccessExport::attendance);
  private static final Field<SubjectAccessExport, List<CompetencyAssessment>> SAR_ASSESSMENTS =
      Field.requiredList(
          "assessments", ProgrammeCodecs.COMPETENCY_ASSESSMENT, SubjectAccessExport::assessments);
  private static final Field<SubjectAccessExport, SkillsPassport> SAR_PASSPORT =
      Field.required(
          "skillsPassport", ProgrammeCodecs.SKILLS_PASSPORT, SubjectAccessExport::skillsPassport);
  private static final Field<SubjectAccessExport, List<SubjectAccessExport.ProductionWork>>
      SAR_PRODUCTION =
          Field.requiredList("production", PRODUCTION_WORK, SubjectAccessExport::production);
  private static final Field<SubjectAccessExport, List<SubjectAccessExport.ServiceWork>> SAR_JOBS =
      Field.requiredList("serviceJobs", SERVICE_WORK, SubjectAccessExport::serviceJobs);
  private static final Field<SubjectAccessExport, List<PremiShare>> SAR_SHARES =
      Field.requiredList(
          "premiShares", ProceedsCodecs.PREMI_SHARE, SubjectAccessExport::premiShares);
  private static final Field<SubjectAccessExport, PremiAccount> SAR_ACCOUNT =
      Field.optional(
          "premiAccount", ProceedsCodecs.PREMI_ACCOUNT, SubjectAccessExport::premiAccount);

  /**
   * {@link SubjectAccessExport}: everything held about one trainee, for the trainee. Not a view
   * that leaves the facility without identity, so not in {@link #all()}; written as the document
   * kind {@code subject-access-export}. {@code {"asOf","trainee","enrolments","attendance",
   * "assessments","skillsPassport","production","serviceJobs","premiShares","premiAccount"}}, each
   * production entry {@code {"lotCode","productionDate","work","hours"}}, each service job {@code
   * {"orderNumber","sku","description","vehicleClass","date","teamSize"}}.
   */
  public static final Codec<SubjectAccessExport> SUBJECT_ACCESS_EXPORT =
      ObjectCodec.of(
              SubjectAccessExport.class,
              v ->
                  new SubjectAccessExport(
                      v.get(SAR_AS_OF),
                      v.get(SAR_TRAINEE),
                      v.get(SAR_ENROLMENTS),
                      v.get(SAR_ATTENDANCE),
                      v.get(SAR_ASSESSMENTS),
                      v.get(SAR_PASSPORT),
                      v.get(SAR_PRODUCTION),
                      v.get(SAR_JOBS),
                      v.get(SAR_SHARES),
                      Optional.ofNullable(v.find(SAR_ACCOUNT))),
              List.of(
                  SAR_AS_OF,
                  SAR_TRAINEE,
                  SAR_ENROLMENTS,
                  SAR_ATTENDANCE,
                  SAR_ASSESSMENTS,
                  SAR_PASSPORT,
                  SAR_PRODUCTION,
                  SAR_JOBS,
                  SAR_SHARES,
                  SAR_ACCOUNT))
          .describedAs(
              "Everything held about one trainee, for the trainee's right of access (UU 27/2022);"
                  + " every part is the subject's own")
          .build();

  private PrivacyViews() {}

  /**
   * The codecs of every view.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(PRODUCT_LABEL, CATALOGUE_LISTING, SKILLS_PASSPORT, RECEIPT);
  }

  private abstract static class ViewCodec<T> implements Codec<T> {
    private final Class<T> type;

    ViewCodec(Class<T> type) {
      this.type = type;
    }

    @Override
    public Class<T> type() {
      return type;
    }
  }

  private static final class ReceiptCodec extends ViewCodec<ReceiptView> {
    ReceiptCodec() {
      super(ReceiptView.class);
    }

    @Override
    public void write(ReceiptView v, JsonWriter out) {
      out.value(SalesCodecs.INVOICE, v.receipt());
    }

    @Override
    public ReceiptView read(JsonReader in) {
      Invoice invoice = in.read(SalesCodecs.INVOICE);
      return in.build(() -> ReceiptView.of(invoice));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.of(
              JsonSchema.map(
                  "description",
                  "A buyer's receipt (kuitansi): an invoice of kind RECEIPT; no trainee by construction",
                  "allOf",
                  List.of(
                      ref(SalesCodecs.INVOICE),
                      JsonSchema.of(
                          JsonSchema.map(
                              "properties",
                              JsonSchema.map("kind", JsonSchema.constant("RECEIPT"))))))));
    }
  }
}
