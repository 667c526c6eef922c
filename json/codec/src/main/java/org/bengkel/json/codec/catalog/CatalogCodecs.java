package org.bengkel.json.codec.catalog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bengkel.catalog.CatalogRule;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PartnerRole;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.codec.internal.ObjectCodec;
import org.bengkel.json.codec.internal.ObjectCodec.Field;
import org.bengkel.json.codec.internal.Scalars;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.sales.SalesJsonRule;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialCostLine;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.material.SubAssemblyLine;
import org.bengkel.money.Rupiah;

/**
 * The JSON form of the catalogue (<i>katalog</i>) types: codes and quantities as strings,
 * enumerations as constant names, everything else as objects read through bengkel-core's public
 * builders and factories.
 *
 * <p>{@link MaterialCost} is read back through core's public builder, which checks that the
 * breakdown is consistent in itself; whether its prices are the ones in force in a price book is
 * not in the document, and is checked, where it matters, with {@code BomRegistry.materialCost}.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogCodecs {

  /** {@link Sku}: the stock-keeping unit (<i>kode barang</i>), {@code "KUE-KERING-500G"}. */
  public static final Codec<Sku> SKU =
      Scalars.code(Sku.class, Sku::parse, Sku::value, "A stock-keeping unit");

  /** {@link Unit}: the sales unit's constant name, {@code "JAR"}. */
  public static final Codec<Unit> UNIT = Codec.ofEnum(Unit.class);

  /** {@link MeasureUnit}: the unit of measure's constant name, {@code "KILOGRAM"}. */
  public static final Codec<MeasureUnit> MEASURE_UNIT = Codec.ofEnum(MeasureUnit.class);

  /** {@link PartnerRole}: the role's constant name, {@code "SUPPLIER"}. */
  public static final Codec<PartnerRole> PARTNER_ROLE = Codec.ofEnum(PartnerRole.class);

  // the name of a product, a service, a material or a partner, as long as core allows
  private static final Codec<String> NAME = Scalars.text(1, Product.MAX_NAME);

  // a product's or label's net content, such as "500 g", as long as core allows
  private static final Codec<String> NET_CONTENT = Scalars.text(1, Product.MAX_NET_CONTENT);

  // one ingredient of a product or label, as long as core allows
  private static final Codec<String> INGREDIENT = Scalars.text(1, Product.MAX_INGREDIENT);

  // a product's or a label's shelf life, as core bounds it: the schema states the range
  private static final Codec<Integer> SHELF_LIFE_DAYS =
      Scalars.int32(1, Product.MAX_SHELF_LIFE_DAYS);

  /** {@link VehicleClass}: the class code (<i>golongan kendaraan</i>), {@code "CAR"}. */
  public static final Codec<VehicleClass> VEHICLE_CLASS =
      Scalars.code(
          VehicleClass.class, VehicleClass::of, VehicleClass::code, "A vehicle class code");

  /** {@link PirtNumber}: the SPP-IRT number, {@code "2063527010123-29"}. */
  public static final Codec<PirtNumber> PIRT_NUMBER =
      Codec.ofString(
          PirtNumber.class,
          PirtNumber::parse,
          PirtNumber::toString,
          JsonSchema.pattern("[1-8][0-9]{12}-[0-9]{2}", 16)
              .describedAs(
                  "An SPP-IRT number: 13 digits (packaging code 1 to 8 first), a hyphen, 2 digits"));

  /**
   * {@link Quantity}: its canonical text, a whole number, a space and the unit symbol, {@code "500
   * g"}.
   */
  public static final Codec<Quantity> QUANTITY =
      Codec.ofString(
          Quantity.class,
          Quantity::parse,
          Quantity::toString,
          JsonSchema.pattern("(0|[1-9][0-9]{0,18}) (" + unitSymbols() + ")", 26)
              .describedAs(
                  "A quantity: a whole number, a space and a unit symbol, such as \"500 g\""));

  // A service's price per job by vehicle class: {"CAR": 150000, ...}, sorted by class.
  private static final Codec<Map<VehicleClass, Rupiah>> PRICE_PER_JOB =
      Scalars.map(
          JsonSchema.of(
              JsonSchema.map(
                  "type",
                  "object",
                  "minProperties",
                  1L,
                  "propertyNames",
                  Scalars.CODE_FORM,
                  "additionalProperties",
                  MoneyCodecs.POSITIVE_RUPIAH.schema().orElseThrow())),
          VehicleClass::of,
          VehicleClass::code,
          MoneyCodecs.RUPIAH,
          Comparator.naturalOrder());

  /**
   * {@link ProductCategory}: {@code {"code","indonesianName","food","highRisk"}}, all required,
   * read through {@link ProductCategory#custom}, so a predefined category reads as its constant.
   */
  public static final Codec<ProductCategory> PRODUCT_CATEGORY =
      ObjectCodec.of(
              ProductCategory.class,
              ProductCategory::custom,
              Field.required("code", Scalars.CODE, ProductCategory::code),
              Field.required(
                  "indonesianName",
                  Scalars.text(1, ProductCategory.MAX_NAME),
                  ProductCategory::indonesianName),
              Field.required("food", Scalars.BOOLEAN, ProductCategory::isFood),
              Field.required("highRisk", Scalars.BOOLEAN, ProductCategory::isHighRisk))
          // custom(..) names its fields "category.x"; the path is this object's own
          .dropPrefix("category")
          .describedAs("A product category (kategori produk)")
          .build();

  /** {@link HalalCertificate}: {@code {"number","issued"}}, both required. */
  public static final Codec<HalalCertificate> HALAL_CERTIFICATE =
      ObjectCodec.builder(
              HalalCertificate.class, HalalCertificate::builder, HalalCertificate.Builder::build)
          .required(
              "number",
              Scalars.pattern(HalalCertificate.NUMBER_PATTERN, 50, CatalogRule.HALAL_FORMAT),
              HalalCertificate::number,
              HalalCertificate.Builder::number)
          .required(
              "issued", Scalars.DATE, HalalCertificate::issued, HalalCertificate.Builder::issued)
          // the check names its field "halal.number"; the path is this object's own
          .dropPrefix("halal")
          .describedAs("A halal certificate (sertifikat halal): its number and issue date")
          .build();

  /**
   * {@link FoodSafety}: {@code
   * {"pirt","pirtIssued","halal","halalReviewSince","declaredNonHalal"}}, all optional; {@code
   * halalReviewSince} is the day the composition or process changed after the halal certificate was
   * issued, absent when nothing changed.
   */
  public static final Codec<FoodSafety> FOOD_SAFETY =
      ObjectCodec.builder(FoodSafety.class, FoodSafety::builder, FoodSafety.Builder::build)
          .optional("pirt", PIRT_NUMBER, FoodSafety::pirt, FoodSafety.Builder::pirt)
          .optional(
              "pirtIssued", Scalars.DATE, FoodSafety::pirtIssued, FoodSafety.Builder::pirtIssued)
          .optional("halal", HALAL_CERTIFICATE, FoodSafety::halal, FoodSafety.Builder::halal)
          .optional(
              "halalReviewSince",
              Scalars.DATE,
              FoodSafety::halalReviewSince,
              FoodSafety.Builder::halalReviewSince)
          .nullable(
              "declaredNonHalal",
              Scalars.BOOLEAN,
              FoodSafety::declaredNonHalal,
              FoodSafety.Builder::declaredNonHalal)
          // the check names its fields "foodSafety.halal", "foodSafety.pirtIssued" and
          // "foodSafety.halalReviewSince"
          .dropPrefix("foodSafety")
          .describedAs(
              "The food-safety registrations of a product (keamanan pangan): P-IRT and the issue"
                  + " date of its licence, halal certificate and the day a change of composition or"
                  + " process put it under review, declared non-halal")
          .build();

  /**
   * {@link Product}: {@code {"sku","name","category","unit","programme","shelfLifeDays",
   * "netContent","ingredients","foodSafety"}}; the last four optional.
   */
  public static final Codec<Product> PRODUCT =
      ObjectCodec.builder(Product.class, Product::builder, Product.Builder::build)
          .required("sku", SKU, Product::sku, Product.Builder::sku)
          .required("name", NAME, Product::name, Product.Builder::name)
          .required("category", PRODUCT_CATEGORY, Product::category, Product.Builder::category)
          .required("unit", UNIT, Product::unit, Product.Builder::unit)
          .required(
              "programme",
              ProgrammeCodecs.PROGRAMME_CODE,
              Product::programme,
              Product.Builder::programme)
          .optional(
              "shelfLifeDays",
              SHELF_LIFE_DAYS,
              Product::shelfLifeDays,
              Product.Builder::shelfLifeDays)
          .optional("netContent", NET_CONTENT, Product::netContent, Product.Builder::netContent)
          .optionalList(
              "ingredients", INGREDIENT, Product::ingredients, Product.Builder::ingredients)
          .optional("foodSafety", FOOD_SAFETY, Product::foodSafety, Product.Builder::foodSafety)
          .describedAs("A product of a workshop (produk)")
          .build();

  /**
   * {@link Service}: {@code {"sku","name","programme","pricePerJob"}}, the prices an object from
   * vehicle class code to amount.
   */
  public static final Codec<Service> SERVICE =
      ObjectCodec.builder(Service.class, Service::builder, Service.Builder::build)
          .required("sku", SKU, Service::sku, Service.Builder::sku)
          .required("name", NAME, Service::name, Service.Builder::name)
          .required(
              "programme",
              ProgrammeCodecs.PROGRAMME_CODE,
              Service::programme,
              Service.Builder::programme)
          // the check names an entry "pricePerJob.CAR"; required in the schema, since core refuses
          // a service without prices (value.required)
          .required(
              "pricePerJob", PRICE_PER_JOB, Service::pricePerJob, Service.Builder::pricePerJob)
          .inline()
          .describedAs("A service of a workshop (jasa), priced per job by vehicle class")
          .build();

  /**
   * {@link Label}: {@code {"productName","ingredients","netContent","producer","pirt","halal",
   * "declaredNonHalal","productionCode","bestBefore","shelfLifeDays"}}.
   */
  public static final Codec<Label> LABEL =
      ObjectCodec.builder(Label.class, Label::builder, Label.Builder::build)
          .required("productName", NAME, Label::productName, Label.Builder::productName)
          .list("ingredients", INGREDIENT, Label::ingredients, Label.Builder::ingredients)
          .required("netContent", NET_CONTENT, Label::netContent, Label.Builder::netContent)
          .required(
              "producer",
              Scalars.text(1, Label.MAX_PRODUCER),
              Label::producer,
              Label.Builder::producer)
          .optional("pirt", PIRT_NUMBER, Label::pirt, Label.Builder::pirt)
          .optional("halal", HALAL_CERTIFICATE, Label::halal, Label.Builder::halal)
          .nullable(
              "declaredNonHalal",
              Scalars.BOOLEAN,
              Label::declaredNonHalal,
              Label.Builder::declaredNonHalal)
          .required(
              "productionCode", Scalars.CODE, Label::productionCode, Label.Builder::productionCode)
          .required("bestBefore", Scalars.DATE, Label::bestBefore, Label.Builder::bestBefore)
          .required(
              "shelfLifeDays", SHELF_LIFE_DAYS, Label::shelfLifeDays, Label.Builder::shelfLifeDays)
          .describedAs("The label of a packaged food (label pangan olahan)")
          .build();

  /** {@link Material}: {@code {"code","name","unit"}}, all required. */
  public static final Codec<Material> MATERIAL =
      ObjectCodec.builder(Material.class, Material::builder, Material.Builder::build)
          .required("code", Scalars.CODE, Material::code, Material.Builder::code)
          .required("name", NAME, Material::name, Material.Builder::name)
          .required("unit", MEASURE_UNIT, Material::unit, Material.Builder::unit)
          .describedAs("A raw material (bahan baku)")
          .build();

  /** {@link Partner}: {@code {"code","name","roles"}}, all required, roles a non-empty array. */
  public static final Codec<Partner> PARTNER =
      ObjectCodec.builder(Partner.class, Partner::builder, Partner.Builder::build)
          .required("code", Scalars.CODE, Partner::code, Partner.Builder::code)
          .required("name", NAME, Partner::name, Partner.Builder::name)
          .requiredList(
              "roles",
              PARTNER_ROLE,
              p -> p.roles().stream().sorted().toList(),
              Partner.Builder::roles)
          .minItems(1)
          .uniqueItems()
          .describedAs("A partner (mitra): supplier, buyer or both")
          .build();

  /**
   * {@link MaterialPrice}: {@code {"material","partner","price","effectiveFrom",
   * "effectiveUntil"}}, the last optional.
   */
  public static final Codec<MaterialPrice> MATERIAL_PRICE =
      ObjectCodec.builder(MaterialPrice.class, MaterialPrice::builder, MaterialPrice.Builder::build)
          .required("material", MATERIAL, MaterialPrice::material, MaterialPrice.Builder::material)
          .required("partner", PARTNER, MaterialPrice::partner, MaterialPrice.Builder::partner)
          .required("price", MoneyCodecs.RUPIAH, MaterialPrice::price, MaterialPrice.Builder::price)
          .required(
              "effectiveFrom",
              Scalars.DATE,
              MaterialPrice::effectiveFrom,
              MaterialPrice.Builder::effectiveFrom)
          .optional(
              "effectiveUntil",
              Scalars.DATE,
              MaterialPrice::effectiveUntil,
              MaterialPrice.Builder::effectiveUntil)
          .describedAs("The price of a material from a supplier (harga bahan) over a period")
          .build();

  /** {@link MaterialPrices} (<i>daftar harga bahan</i>): {@code {"prices":[...]}}. */
  public static final Codec<MaterialPrices> MATERIAL_PRICES =
      CodecSupport.oneList(
          MaterialPrices.class,
          "prices",
          MATERIAL_PRICE,
          MaterialPrices::prices,
          MaterialPrices::of,
          "The material prices (daftar harga bahan)");

  /**
   * {@link MaterialLine}: {@code {"material","quantity"}}, the form of a material inside a bill of
   * materials and a production batch; not a document type of its own (not in {@link #all()}).
   */
  public static final Codec<MaterialLine> MATERIAL_LINE =
      ObjectCodec.of(
              MaterialLine.class,
              MaterialLine::of,
              Field.required("material", MATERIAL, MaterialLine::material),
              Field.required("quantity", QUANTITY, MaterialLine::quantity))
          .build();

  /**
   * {@link BillOfMaterials}: {@code {"product","batchSize","materials":[{"material","quantity"}],
   * "subAssemblies":[{"sku","units"}]}}.
   */
  public static final Codec<BillOfMaterials> BILL_OF_MATERIALS =
      ObjectCodec.builder(
              BillOfMaterials.class, BillOfMaterials::builder, BillOfMaterials.Builder::build)
          .required("product", SKU, BillOfMaterials::product, BillOfMaterials.Builder::product)
          .required(
              "batchSize",
              Scalars.POSITIVE_COUNT,
              BillOfMaterials::batchSize,
              BillOfMaterials.Builder::batchSize)
          .list(
              "materials",
              MATERIAL_LINE,
              BillOfMaterials::materials,
              BillOfMaterials.Builder::materials)
          .inline()
          .list(
              "subAssemblies",
              ObjectCodec.of(
                      SubAssemblyLine.class,
                      SubAssemblyLine::of,
                      Field.required("sku", SKU, SubAssemblyLine::sku),
                      Field.required("units", Scalars.POSITIVE_COUNT, SubAssemblyLine::units))
                  .build(),
              BillOfMaterials::subAssemblies,
              BillOfMaterials.Builder::subAssemblies)
          .inline()
          .describedAs(
              "A bill of materials (resep / daftar bahan) of a batch; cycles between sub-assemblies"
                  + " are checked by the reader")
          .build();

  /**
   * {@link MaterialCost}: {@code {"product","units","date","lines":[{"material","quantity","price",
   * "cost"}],"total","perUnit"}}, the breakdown as computed; {@code total} and {@code perUnit}
   * written always, optional on reading and refused with {@code json.total-mismatch} when they
   * differ from what the lines and units give.
   */
  public static final Codec<MaterialCost> MATERIAL_COST =
      ObjectCodec.builder(MaterialCost.class, MaterialCost::builder, MaterialCost.Builder::build)
          .required("product", SKU, MaterialCost::product, MaterialCost.Builder::product)
          .required(
              "units", Scalars.POSITIVE_COUNT, MaterialCost::units, MaterialCost.Builder::units)
          .required("date", Scalars.DATE, MaterialCost::date, MaterialCost.Builder::date)
          .requiredList(
              "lines",
              ObjectCodec.builder(
                      MaterialCostLine.class,
                      MaterialCostLine::builder,
                      MaterialCostLine.Builder::build)
                  .required(
                      "material",
                      MATERIAL,
                      MaterialCostLine::material,
                      MaterialCostLine.Builder::material)
                  .required(
                      "quantity",
                      QUANTITY,
                      MaterialCostLine::quantity,
                      MaterialCostLine.Builder::quantity)
                  .required(
                      "price",
                      MATERIAL_PRICE,
                      MaterialCostLine::price,
                      MaterialCostLine.Builder::price)
                  .required(
                      "cost",
                      MoneyCodecs.RUPIAH,
                      MaterialCostLine::cost,
                      MaterialCostLine.Builder::cost)
                  .describedAs(
                      "One material (rincian biaya bahan): the quantity issued in the material's base"
                          + " unit, the price applied and the cost, the exact quantity needed times the"
                          + " unit price rounded half up")
                  .build(),
              MaterialCost::lines,
              MaterialCost.Builder::lines)
          .inline()
          .minItems(1)
          .derived(
              "total",
              MoneyCodecs.RUPIAH,
              MaterialCost::total,
              SalesJsonRule.TOTAL_MISMATCH,
              "lines")
          .derived(
              "perUnit",
              MoneyCodecs.RUPIAH,
              MaterialCost::perUnit,
              SalesJsonRule.TOTAL_MISMATCH,
              "total and units")
          .describedAs(
              "The material cost of a batch (biaya bahan per batch) as computed; total and perUnit"
                  + " must equal what the lines and units give, and whether the prices are those in"
                  + " force is for the reader to check")
          .build();

  private CatalogCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(
        SKU,
        UNIT,
        MEASURE_UNIT,
        PARTNER_ROLE,
        VEHICLE_CLASS,
        PIRT_NUMBER,
        QUANTITY,
        PRODUCT_CATEGORY,
        HALAL_CERTIFICATE,
        FOOD_SAFETY,
        PRODUCT,
        SERVICE,
        LABEL,
        MATERIAL,
        PARTNER,
        MATERIAL_PRICE,
        MATERIAL_PRICES,
        BILL_OF_MATERIALS,
        MATERIAL_COST);
  }

  /**
   * The unit symbols as a regular expression alternation, {@code g|kg|...}. Package-private for its
   * test: it runs once, in the static initialiser.
   */
  static String unitSymbols() {
    return Arrays.stream(MeasureUnit.values())
        .map(MeasureUnit::symbol)
        .collect(Collectors.joining("|"));
  }
}
