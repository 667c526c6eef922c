package org.bengkel.json.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bengkel.audit.DomainEvent;
import org.bengkel.facility.FacilityCode;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.inventory.InventoryCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.report.ReportCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;
import org.bengkel.json.privacy.PrivacyViews;
import org.bengkel.json.privacy.SkillsPassportView;
import org.bengkel.json.privacy.SubjectAccessExport;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.pricing.PriceBook;
import org.bengkel.pricing.Quote;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.production.ProductionBatch;
import org.bengkel.programme.TrainingRegister;
import org.bengkel.report.PeriodReport;
import org.bengkel.sales.SalesOrder;
import org.bengkel.trainee.Trainee;

/**
 * The registry of document kinds (<i>daftar jenis dokumen</i>): which {@code kind} names bengkel
 * reads and writes in the versioned envelope, and at which versions. The Jackson modules register
 * {@link #CODEC}, so {@code read(text, Document.class)} reads any registered kind on both majors,
 * and {@link org.bengkel.json.schema.JsonSchemas} renders a schema per kind.
 *
 * <p>Adding a kind is one line in {@link #all()}'s list, for example {@code
 * DocumentKind.of("trainee-record", 1, TraineeCodecs.TRAINEE)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentKinds {

  // FacilityRecord as {"facility":{..},"officers":[..]}, both required
  private static final Codec<FacilityRecord> FACILITY_RECORD_V2 =
      ObjectCodec.of(
              FacilityRecord.class,
              FacilityRecord::of,
              Field.required("facility", FacilityCodecs.FACILITY, FacilityRecord::facility),
              Field.requiredList("officers", FacilityCodecs.OFFICER, FacilityRecord::officers))
          .describedAs("A facility and its officers")
          .build();

  // SalesOrderDocument as {"order":{..},"quote":{..}}, both required
  private static final Codec<SalesOrderDocument> SALES_ORDER_V3 =
      ObjectCodec.of(
              SalesOrderDocument.class,
              SalesOrderDocument::of,
              Field.required("order", SalesCodecs.SALES_ORDER, SalesOrderDocument::order),
              Field.required("quote", PricingCodecs.QUOTE, SalesOrderDocument::quote))
          .describedAs("A sales order and the price quote it was made from")
          .build();

  // StockMovements as {"facility","after","previous","lots":[..],"movements":[..]}, previous and
  // the lots may be absent
  private static final Field<StockMovements, FacilityCode> MOVEMENTS_FACILITY =
      Field.required("facility", Scalars.FACILITY_CODE, StockMovements::facility);
  private static final Field<StockMovements, Long> MOVEMENTS_AFTER =
      Field.required("after", Scalars.COUNT, StockMovements::after);
  private static final Field<StockMovements, Movement> MOVEMENTS_PREVIOUS =
      Field.optional("previous", InventoryCodecs.MOVEMENT, StockMovements::previous).since("0.2.0");
  private static final Field<StockMovements, List<StockLot>> MOVEMENTS_LOTS =
      Field.list("lots", InventoryCodecs.STOCK_LOT, StockMovements::lots);
  private static final Field<StockMovements, List<Movement>> MOVEMENTS_LIST =
      Field.requiredList("movements", InventoryCodecs.MOVEMENT, StockMovements::movements);

  private static final Codec<StockMovements> STOCK_MOVEMENTS_V1 =
      ObjectCodec.of(
              StockMovements.class,
              v ->
                  StockMovements.of(
                      v.get(MOVEMENTS_FACILITY),
                      v.get(MOVEMENTS_AFTER),
                      v.find(MOVEMENTS_PREVIOUS),
                      v.get(MOVEMENTS_LOTS),
                      v.get(MOVEMENTS_LIST)),
              List.<Field<StockMovements, ?>>of(
                  MOVEMENTS_FACILITY,
                  MOVEMENTS_AFTER,
                  MOVEMENTS_PREVIOUS,
                  MOVEMENTS_LOTS,
                  MOVEMENTS_LIST))
          .describedAs(
              "A facility's stock movements after a sequence number (mutasi stok), numbered from"
                  + " after + 1, with the movement numbered after (the last one the receiving"
                  + " ledger holds, absent for after 0) and the lots they receive; applied to the"
                  + " ledger at that sequence, whose last movement must be the previous one, they"
                  + " replay through its operations")
          .build();

  private static final Field<RefusalRecord, String> CODE =
      Field.required(
          "code",
          Scalars.pattern(RefusalRecord.CODE_PATTERN, RefusalRecord.MAX_CODE),
          RefusalRecord::code);
  private static final Field<RefusalRecord, String> WHERE =
      Field.optional("where", Scalars.TEXT, RefusalRecord::where);
  private static final Field<RefusalRecord, String> SUBJECT =
      Field.required("subject", Scalars.TEXT, RefusalRecord::subject);
  private static final Field<RefusalRecord, String> VALUE =
      Field.optional("value", Scalars.TEXT, RefusalRecord::value);
  private static final Field<RefusalRecord, List<String>> DETAILS =
      Field.list("details", Scalars.TEXT, RefusalRecord::details);
  // a refusal always says something: its messages are never blank
  private static final Codec<String> MESSAGE_TEXT = Scalars.text(1, Scalars.MAX_TEXT_LENGTH);
  private static final Field<RefusalRecord, String> MESSAGE =
      Field.required("message", MESSAGE_TEXT, RefusalRecord::message);
  private static final Field<RefusalRecord, String> INDONESIAN_MESSAGE =
      Field.required("indonesianMessage", MESSAGE_TEXT, RefusalRecord::indonesianMessage);

  // RefusalRecord as {"code","where","subject","value","details","message","indonesianMessage"}
  private static final Codec<RefusalRecord> REFUSAL_RECORD =
      ObjectCodec.of(
              RefusalRecord.class,
              v ->
                  RefusalRecord.of(
                      v.get(CODE),
                      v.find(WHERE),
                      v.get(SUBJECT),
                      v.find(VALUE),
                      v.get(DETAILS),
                      v.get(MESSAGE),
                      v.get(INDONESIAN_MESSAGE)),
              List.<Field<RefusalRecord, ?>>of(
                  CODE, WHERE, SUBJECT, VALUE, DETAILS, MESSAGE, INDONESIAN_MESSAGE))
          .describedAs(
              "A refusal (penolakan): its rule code, where and about what it applies, the value"
                  + " (absent when withheld as personal data), the details, and its message in"
                  + " English and Indonesian")
          .build();

  private static final Field<OrderOutcome, SalesOrder> ORDER =
      Field.optional("order", SalesCodecs.SALES_ORDER, OrderOutcome::order);
  private static final Field<OrderOutcome, List<RefusalRecord>> REFUSALS =
      Field.list("refusals", REFUSAL_RECORD, OrderOutcome::refusals);

  private static final ObjectCodec<OrderOutcome, Object[]> ORDER_OUTCOME_FIELDS =
      ObjectCodec.of(
              OrderOutcome.class,
              v -> OrderOutcome.of(v.find(ORDER), v.get(REFUSALS)),
              List.<Field<OrderOutcome, ?>>of(ORDER, REFUSALS))
          .describedAs(
              "What placing or moving a sales order came to (hasil pesanan): the accepted order,"
                  + " or at least one refusal (then no order)")
          .build();

  // OrderOutcome as {"order":{..},"refusals":[]} or {"refusals":[..]}: the schema states that it
  // is one or the other, as OrderOutcome.of checks
  private static final Codec<OrderOutcome> ORDER_OUTCOME_V1 =
      Scalars.withSchema(
          ORDER_OUTCOME_FIELDS,
          ORDER_OUTCOME_FIELDS
              .schema()
              .orElseThrow()
              .with(
                  "anyOf",
                  List.of(
                      JsonSchema.of(
                          JsonSchema.map(
                              "required",
                              List.of("order"),
                              "properties",
                              JsonSchema.map(
                                  "order",
                                  JsonSchema.of(JsonSchema.map("type", "object")),
                                  "refusals",
                                  JsonSchema.of(JsonSchema.map("maxItems", 0L))))),
                      JsonSchema.of(
                          JsonSchema.map(
                              "required",
                              List.of("refusals"),
                              "properties",
                              JsonSchema.map(
                                  "order",
                                  JsonSchema.of(JsonSchema.map("type", "null")),
                                  "refusals",
                                  JsonSchema.of(JsonSchema.map("minItems", 1L))))))));

  /**
   * {@code facility-record}: a facility and its officers. Version 2 (current) is {@code
   * {"facility":{..},"officers":[..]}}; version 1 was the facility object alone, read with no
   * officers.
   */
  public static final DocumentKind<FacilityRecord> FACILITY_RECORD =
      DocumentKind.of("facility-record", 2, FACILITY_RECORD_V2)
          .withOlderVersion(1, FacilityCodecs.FACILITY, f -> FacilityRecord.of(f, List.of()));

  /** {@code trainee-record}: a trainee's record (personal data: an internal document). */
  public static final DocumentKind<Trainee> TRAINEE_RECORD =
      DocumentKind.of("trainee-record", 1, TraineeCodecs.TRAINEE);

  /**
   * {@code training-register} (<i>register pelatihan</i>): a facility's programmes with their
   * enrolments, sessions, attendance and assessments ({@code ProgrammeCodecs.TRAINING_REGISTER});
   * it holds registration numbers: an internal document.
   */
  public static final DocumentKind<TrainingRegister> TRAINING_REGISTER =
      DocumentKind.of("training-register", 1, ProgrammeCodecs.TRAINING_REGISTER);

  /**
   * {@code skills-passport}: the skills passport as it leaves the facility with its holder, the
   * privacy view without the holder's name and registration number (and, like the passport, no
   * crime or sentence).
   */
  public static final DocumentKind<SkillsPassportView> SKILLS_PASSPORT =
      DocumentKind.of("skills-passport", 1, PrivacyViews.SKILLS_PASSPORT);

  /** {@code production-batch}: a production batch with its team, work, materials and history. */
  public static final DocumentKind<ProductionBatch> PRODUCTION_BATCH =
      DocumentKind.of("production-batch", 1, ProductionCodecs.PRODUCTION_BATCH);

  /** {@code stock-ledger}: a stock ledger, its lots and its whole history of movements. */
  public static final DocumentKind<StockLedger> STOCK_LEDGER =
      DocumentKind.of("stock-ledger", 1, InventoryCodecs.STOCK_LEDGER);

  /**
   * {@code stock-movements}: a stock ledger's movements after a sequence number and the lots they
   * receive, for storing a ledger incrementally ({@link StockMovements#applyTo}).
   */
  public static final DocumentKind<StockMovements> STOCK_MOVEMENTS =
      DocumentKind.of("stock-movements", 1, STOCK_MOVEMENTS_V1);

  /** {@code quote}: a price quote with every step of every line explained. */
  public static final DocumentKind<Quote> QUOTE = DocumentKind.of("quote", 1, PricingCodecs.QUOTE);

  /**
   * {@code order-outcome}: what placing or moving an order came to, the order or its refusals
   * ({@link OrderOutcome}).
   */
  public static final DocumentKind<OrderOutcome> ORDER_OUTCOME =
      DocumentKind.of("order-outcome", 1, ORDER_OUTCOME_V1);

  /**
   * {@code price-book}: a facility's price lists and the book's version ({@code "version"}, 0 when
   * absent).
   */
  public static final DocumentKind<PriceBook> PRICE_BOOK =
      DocumentKind.of("price-book", 1, PricingCodecs.PRICE_BOOK);

  /**
   * {@code sales-order}: a sales order with the price quote it was made from. Version 3 (current)
   * writes each price step as a code with parameters; version 2 wrote the step as English prose
   * ({@code "description"}) and is read with the same codec, each such step becoming a {@code
   * pricing.step.text} step. Version 2 introduced the quoted items' typed form (description,
   * catalogue category and unit, or vehicle class and tariff); version 1 had the category and unit
   * as free strings and is read by upgrading them (see the 0.2.0 notes in CHANGELOG.md).
   */
  public static final DocumentKind<SalesOrderDocument> SALES_ORDER =
      DocumentKind.of("sales-order", 3, SALES_ORDER_V3)
          .withOlderVersion(2, SALES_ORDER_V3, v -> v)
          .withOlderVersion(
              1, SalesOrderV1Codec.CODEC, v -> SalesOrderDocument.of(v.order(), v.quote()));

  /**
   * {@code premi-account}: a trainee's premi savings account with its entries (holds the
   * registration number: an internal document). An entry written before stamps, with a {@code
   * "date"}, reads as that day's start, WIB, recorded by {@code system:import}.
   */
  public static final DocumentKind<PremiAccount> PREMI_ACCOUNT =
      DocumentKind.of("premi-account", 1, ProceedsCodecs.PREMI_ACCOUNT);

  /**
   * {@code pnbp-ledger}: a facility's PNBP records and deposits for a budget year, against its
   * target. An entry written before stamps, with a {@code "date"}, reads as that day's start, WIB,
   * recorded by {@code system:import}.
   */
  public static final DocumentKind<PnbpLedger> PNBP_LEDGER =
      DocumentKind.of("pnbp-ledger", 1, ProceedsCodecs.PNBP_LEDGER);

  /**
   * {@code period-report}: a period's production, sales, proceeds, premi and PNBP (holds
   * registration numbers in its premi rows: an internal document).
   */
  public static final DocumentKind<PeriodReport> PERIOD_REPORT =
      DocumentKind.of("period-report", 1, ReportCodecs.PERIOD_REPORT);

  /** {@code subject-access-export}: everything held about one trainee, for the trainee. */
  public static final DocumentKind<SubjectAccessExport> SUBJECT_ACCESS_EXPORT =
      DocumentKind.of("subject-access-export", 1, PrivacyViews.SUBJECT_ACCESS_EXPORT);

  /**
   * Every domain event of core (<i>peristiwa domain</i>), each a kind of its own named by its type
   * ({@code inventory.stock-sold}), at version 1, so that a host can store events in an outbox and
   * a system in another language read them (docs/audit.md).
   */
  private static final List<DocumentKind<?>> EVENTS =
      Stream.of(
              // One line per event family.
              InventoryCodecs.events(),
              SalesCodecs.events(),
              PricingCodecs.events(),
              ProceedsCodecs.premiEvents(),
              ProceedsCodecs.pnbpEvents(),
              ProductionCodecs.events(),
              ProgrammeCodecs.events(),
              TraineeCodecs.events())
          .flatMap(List::stream)
          .<DocumentKind<?>>map(DocumentKinds::eventKind)
          .toList();

  private static final List<DocumentKind<?>> ALL =
      Stream.concat(
              Stream.of(
                  // One line per kind, in story order.
                  FACILITY_RECORD,
                  TRAINEE_RECORD,
                  TRAINING_REGISTER,
                  SKILLS_PASSPORT,
                  PRODUCTION_BATCH,
                  STOCK_LEDGER,
                  STOCK_MOVEMENTS,
                  QUOTE,
                  PRICE_BOOK,
                  SALES_ORDER,
                  ORDER_OUTCOME,
                  PREMI_ACCOUNT,
                  PNBP_LEDGER,
                  PERIOD_REPORT,
                  SUBJECT_ACCESS_EXPORT),
              EVENTS.stream())
          .toList();

  private static final Map<String, DocumentKind<?>> BY_NAME = index();

  /** The envelope's codec, for every registered kind. */
  public static final Codec<Document> CODEC = new DocumentCodec();

  private DocumentKinds() {}

  private static <E> DocumentKind<E> eventKind(Codec<E> event) {
    return DocumentKind.of(
        DomainEvent.typeOf(event.type().asSubclass(DomainEvent.class)), 1, event);
  }

  private static Map<String, DocumentKind<?>> index() {
    Map<String, DocumentKind<?>> map = new LinkedHashMap<>();
    for (DocumentKind<?> kind : ALL) {
      if (map.put(kind.name(), kind) != null) {
        throw new IllegalStateException("two document kinds named " + kind.name());
      }
    }
    return map;
  }

  /**
   * Every registered kind.
   *
   * @return an unmodifiable list, never null
   */
  public static List<DocumentKind<?>> all() {
    return ALL;
  }

  /**
   * The kind of a name.
   *
   * @param name the envelope's {@code kind}, not null
   * @return the kind, empty when none is registered under the name
   */
  public static Optional<DocumentKind<?>> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
