package org.bengkel.json.privacy;

import static org.bengkel.json.JsonReader.required;
import static org.bengkel.json.schema.JsonSchema.optional;
import static org.bengkel.json.schema.JsonSchema.ref;
import static org.bengkel.json.schema.JsonSchema.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonWriter;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.ProducerScale;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.sales.Invoice;

/**
 * The JSON of what leaves the facility (<i>tampilan keluar</i>): product labels, catalogue and
 * e-Katalog listings, skills passports, buyers' receipts. Each is written from a view type that has no field for a
 * trainee's name, registration number, crime or sentence, so no such value can appear in its JSON
 * whatever the data. The Jackson modules register {@link #all()}, so the views are written and read
 * like any bengkel type.
 *
 * <p>A buyer's receipt (<i>kuitansi</i>) is a {@link ReceiptView}: a sales invoice of kind
 * {@code RECEIPT}, which has no trainee field. {@link #SUBJECT_ACCESS_EXPORT} is the opposite: the
 * trainee's own data, for the trainee.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrivacyViews {

  private static final Codec<ProducerScale> PRODUCER_SCALE = Codec.ofEnum(ProducerScale.class);

  /** {@link ProductLabelView}. */
  public static final Codec<ProductLabelView> PRODUCT_LABEL = new LabelCodec();

  /** {@link CatalogueListingView}. */
  public static final Codec<CatalogueListingView> CATALOGUE_LISTING = new ListingCodec();

  /** {@link SkillsPassportView}. */
  public static final Codec<SkillsPassportView> SKILLS_PASSPORT = new PassportCodec();

  /** {@link ReceiptView}: a sales receipt, the form of {@code SalesCodecs.INVOICE} of kind RECEIPT. */
  public static final Codec<ReceiptView> RECEIPT = new ReceiptCodec();

  /**
   * {@link SubjectAccessExport}: everything held about one trainee, for the trainee. Not a view that
   * leaves the facility without identity, so not in {@link #all()}; written as the document kind
   * {@code subject-access-export}.
   */
  public static final Codec<SubjectAccessExport> SUBJECT_ACCESS_EXPORT = new SubjectAccessExportCodec();

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

  private static final class LabelCodec extends ViewCodec<ProductLabelView> {
    LabelCodec() {
      super(ProductLabelView.class);
    }

    @Override
    public void write(ProductLabelView v, JsonWriter out) {
      out.beginObject();
      out.name("productName").string(v.productName());
      out.name("ingredients").beginArray();
      v.ingredients().forEach(out::string);
      out.endArray();
      out.name("netContent").string(v.netContent());
      out.name("producer").string(v.producer());
      v.pirt().ifPresent(p -> out.name("pirt").string(p));
      v.halalCertificate().ifPresent(h -> out.name("halalCertificate").string(h));
      out.name("productionCode").string(v.productionCode());
      out.name("bestBefore").date(v.bestBefore());
      out.endObject();
    }

    @Override
    public ProductLabelView read(JsonReader in) {
      String name = null;
      List<String> ingredients = null;
      String net = null;
      String producer = null;
      String pirt = null;
      String halal = null;
      String code = null;
      LocalDate best = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "productName" -> name = in.nextString();
          case "ingredients" -> ingredients = in.readList(STRING);
          case "netContent" -> net = in.nextString();
          case "producer" -> producer = in.nextString();
          case "pirt" -> pirt = in.nextIfNull() ? null : in.nextString();
          case "halalCertificate" -> halal = in.nextIfNull() ? null : in.nextString();
          case "productionCode" -> code = in.nextString();
          case "bestBefore" -> best = in.nextDate();
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      String n = name;
      List<String> i = ingredients;
      String c = net;
      String p = producer;
      String r = pirt;
      String h = halal;
      String l = code;
      LocalDate b = best;
      return in.build(
          () -> new ProductLabelView(required(n, "productName"), required(i, "ingredients"),
              required(c, "netContent"), required(p, "producer"), Optional.ofNullable(r),
              Optional.ofNullable(h), required(l, "productionCode"), required(b, "bestBefore")));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
                  required("productName", JsonSchema.string()),
                  required("ingredients", JsonSchema.arrayOf(JsonSchema.string())),
                  required("netContent", JsonSchema.string()),
                  required("producer", JsonSchema.string()),
                  optional("pirt", JsonSchema.string()),
                  optional("halalCertificate", JsonSchema.string()),
                  required("productionCode", JsonSchema.string()),
                  required("bestBefore", JsonSchema.date()))
              .describedAs("A product label: no trainee identity or sentence by construction"));
    }
  }

  private static final Codec<String> STRING = Codec.ofString(String.class, s -> s, s -> s);

  private static final class ListingCodec extends ViewCodec<CatalogueListingView> {
    ListingCodec() {
      super(CatalogueListingView.class);
    }

    @Override
    public void write(CatalogueListingView v, JsonWriter out) {
      out.beginObject();
      out.name("sku").value(CatalogCodecs.SKU, v.sku());
      out.name("productName").string(v.productName());
      out.name("unit").string(v.unit());
      out.name("zone").string(v.zone());
      out.name("price").value(MoneyCodecs.RUPIAH, v.price());
      out.name("minimumOrder").number(v.minimumOrder());
      out.name("localContent").value(MoneyCodecs.RATE, v.localContent());
      out.name("producerScale").value(PRODUCER_SCALE, v.producerScale());
      out.endObject();
    }

    @Override
    public CatalogueListingView read(JsonReader in) {
      Sku sku = null;
      String name = null;
      String unit = null;
      String zone = null;
      Rupiah price = null;
      Long minimum = null;
      Rate local = null;
      ProducerScale scale = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "sku" -> sku = in.read(CatalogCodecs.SKU);
          case "productName" -> name = in.nextString();
          case "unit" -> unit = in.nextString();
          case "zone" -> zone = in.nextString();
          case "price" -> price = in.read(MoneyCodecs.RUPIAH);
          case "minimumOrder" -> minimum = in.nextLong();
          case "localContent" -> local = in.read(MoneyCodecs.RATE);
          case "producerScale" -> scale = in.read(PRODUCER_SCALE);
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      Sku s = sku;
      String n = name;
      String u = unit;
      String z = zone;
      Rupiah p = price;
      Long m = minimum;
      Rate l = local;
      ProducerScale c = scale;
      return in.build(
          () -> new CatalogueListingView(required(s, "sku"), required(n, "productName"),
              required(u, "unit"), required(z, "zone"), required(p, "price"),
              required(m, "minimumOrder"), required(l, "localContent"),
              required(c, "producerScale")));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
                  required("sku", ref(CatalogCodecs.SKU)),
                  required("productName", JsonSchema.string()),
                  required("unit", JsonSchema.string()),
                  required("zone", JsonSchema.string()),
                  required("price", ref(MoneyCodecs.RUPIAH)),
                  required("minimumOrder", JsonSchema.integer(Long.MIN_VALUE, Long.MAX_VALUE)),
                  required("localContent", ref(MoneyCodecs.RATE)),
                  required("producerScale", JsonSchema.constants(ProducerScale.class)))
              .describedAs("A catalogue or e-Katalog listing: no trainee identity by construction"));
    }
  }

  private static final class PassportCodec extends ViewCodec<SkillsPassportView> {
    PassportCodec() {
      super(SkillsPassportView.class);
    }

    @Override
    public void write(SkillsPassportView v, JsonWriter out) {
      out.beginObject();
      out.name("asOf").date(v.asOf());
      out.name("programmes").beginArray();
      v.programmes().forEach(p -> out.value(ProgrammeCodecs.COMPLETED_PROGRAMME, p));
      out.endArray();
      out.name("units").beginArray();
      v.units().forEach(u -> out.value(ProgrammeCodecs.ACHIEVED_UNIT, u));
      out.endArray();
      out.name("certificates").beginArray();
      v.certificates().forEach(c -> out.value(ProgrammeCodecs.CERTIFICATE, c));
      out.endArray();
      out.endObject();
    }

    @Override
    public SkillsPassportView read(JsonReader in) {
      LocalDate asOf = null;
      List<CompletedProgramme> programmes = null;
      List<AchievedUnit> units = null;
      List<Certificate> certificates = null;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "asOf" -> asOf = in.nextDate();
          case "programmes" -> programmes = in.readList(ProgrammeCodecs.COMPLETED_PROGRAMME);
          case "units" -> units = in.readList(ProgrammeCodecs.ACHIEVED_UNIT);
          case "certificates" -> certificates = in.readList(ProgrammeCodecs.CERTIFICATE);
          default -> in.unknownProperty();
        }
      }
      in.endObject();
      LocalDate a = asOf;
      List<CompletedProgramme> p = programmes;
      List<AchievedUnit> u = units;
      List<Certificate> c = certificates;
      return in.build(
          () -> new SkillsPassportView(required(a, "asOf"), required(p, "programmes"),
              required(u, "units"), required(c, "certificates")));
    }

    @Override
    public Optional<JsonSchema> schema() {
      return Optional.of(
          JsonSchema.object(
                  required("asOf", JsonSchema.date()),
                  required("programmes", JsonSchema.arrayOf(ref(ProgrammeCodecs.COMPLETED_PROGRAMME))),
                  required("units", JsonSchema.arrayOf(ref(ProgrammeCodecs.ACHIEVED_UNIT))),
                  required("certificates", JsonSchema.arrayOf(ref(ProgrammeCodecs.CERTIFICATE))))
              .describedAs(
                  "A skills passport as it leaves the facility: no holder name, registration"
                      + " number, crime or sentence by construction"));
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
                              "properties", JsonSchema.map("kind", JsonSchema.constant("RECEIPT"))))))));
    }
  }
}
