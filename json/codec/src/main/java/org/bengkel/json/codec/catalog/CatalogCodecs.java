package org.bengkel.json.codec.catalog;

import java.util.ArrayList;
import java.util.List;
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
import org.bengkel.facility.Facility;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.Codec;
import org.bengkel.json.JsonReader;
import org.bengkel.json.JsonRule;
import org.bengkel.json.codec.internal.CodecSupport;
import org.bengkel.json.schema.JsonSchema;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialLine;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;

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
  public static final Codec<Sku> SKU = Codec.ofString(
          Sku.class,
          Sku::parse,
          Sku::value,
          JsonSchema.pattern(Facility.CODE_PATTERN, 40)
              .describedAs("A stock-keeping unit: A-Z 0-9 groups joined by hyphens"));

  /** {@link Unit}: the sales unit's constant name, {@code "JAR"}. */
  public static final Codec<Unit> UNIT = Codec.ofEnum(Unit.class);

  /** {@link MeasureUnit}: the unit of measure's constant name, {@code "KILOGRAM"}. */
  public static final Codec<MeasureUnit> MEASURE_UNIT = Codec.ofEnum(MeasureUnit.class);

  /** {@link PartnerRole}: the role's constant name, {@code "SUPPLIER"}. */
  public static final Codec<PartnerRole> PARTNER_ROLE = Codec.ofEnum(PartnerRole.class);

  /** {@link VehicleClass}: the class code (<i>golongan kendaraan</i>), {@code "CAR"}. */
  public static final Codec<VehicleClass> VEHICLE_CLASS =
      Codec.ofString(
          VehicleClass.class,
          VehicleClass::of,
          VehicleClass::code,
          JsonSchema.pattern(Facility.CODE_PATTERN, 40)
              .describedAs("A vehicle class code: A-Z 0-9 groups joined by hyphens"));

  /** {@link PirtNumber}: the SPP-IRT number, {@code "2063527010123-29"}. */
  public static final Codec<PirtNumber> PIRT_NUMBER =
      Codec.ofString(
          PirtNumber.class,
          PirtNumber::parse,
          PirtNumber::toString,
          JsonSchema.pattern("[1-8][0-9]{12}-[0-9]{2}", 16)
              .describedAs("An SPP-IRT number: 13 digits (packaging code 1 to 8 first), a hyphen, 2 digits"));

  /**
   * {@link Quantity}: its canonical text, a whole number, a space and the unit symbol,
   * {@code "500 g"}.
   */
  public static final Codec<Quantity> QUANTITY =
      Codec.ofString(
          Quantity.class,
          Quantity::parse,
          Quantity::toString,
          JsonSchema.pattern("(0|[1-9][0-9]{0,18}) (" + unitSymbols() + ")", 26)
              .describedAs("A quantity: a whole number, a space and a unit symbol, such as \"500 g\""));

  /**
   * {@link ProductCategory}: {@code {"code","indonesianName","food","highRisk"}}, all required,
   * read through {@link ProductCategory#custom}, so a predefined category reads as its constant.
   */
  public static final Codec<ProductCategory> PRODUCT_CATEGORY = new ProductCategoryCodec();

  /** {@link HalalCertificate}: {@code {"number","issued"}}, both required. */
  public static final Codec<HalalCertificate> HALAL_CERTIFICATE = new HalalCertificateCodec();

  /** {@link FoodSafety}: {@code {"pirt","halal","declaredNonHalal"}}, all optional. */
  public static final Codec<FoodSafety> FOOD_SAFETY = new FoodSafetyCodec();

  /**
   * {@link Product}: {@code {"sku","name","category","unit","programme","shelfLifeDays",
   * "netContent","ingredients","foodSafety"}}; the last four optional.
   */
  public static final Codec<Product> PRODUCT = new ProductCodec();

  /**
   * {@link Service}: {@code {"sku","name","programme","pricePerJob"}}, the prices an object from
   * vehicle class code to amount.
   */
  public static final Codec<Service> SERVICE = new ServiceCodec();

  /**
   * {@link Label}: {@code {"productName","ingredients","netContent","producer","pirt","halal",
   * "declaredNonHalal","productionCode","bestBefore","shelfLifeDays"}}.
   */
  public static final Codec<Label> LABEL = new LabelCodec();

  /** {@link Material}: {@code {"code","name","unit"}}, all required. */
  public static final Codec<Material> MATERIAL = new MaterialCodec();

  /** {@link Partner}: {@code {"code","name","roles"}}, all required, roles a non-empty array. */
  public static final Codec<Partner> PARTNER = new PartnerCodec();

  /**
   * {@link MaterialPrice}: {@code {"material","partner","price","effectiveFrom",
   * "effectiveUntil"}}, the last optional.
   */
  public static final Codec<MaterialPrice> MATERIAL_PRICE = new MaterialPriceCodec();

  /** {@link MaterialPrices} (<i>daftar harga bahan</i>): {@code {"prices":[...]}}. */
  public static final Codec<MaterialPrices> MATERIAL_PRICES =
      CodecSupport.oneList(
          MaterialPrices.class, "prices", MATERIAL_PRICE, MaterialPrices::prices, MaterialPrices::of,
          "The material prices (daftar harga bahan)");

  /**
   * {@link MaterialLine}: {@code {"material","quantity"}}, the form of a material inside a bill of
   * materials and a production batch; not a document type of its own (not in {@link #all()}).
   */
  public static final Codec<MaterialLine> MATERIAL_LINE = new MaterialLineCodec();

  /**
   * {@link BillOfMaterials}: {@code {"product","batchSize","materials":[{"material","quantity"}],
   * "subAssemblies":[{"sku","units"}]}}.
   */
  public static final Codec<BillOfMaterials> BILL_OF_MATERIALS = new BillOfMaterialsCodec();

  /**
   * {@link MaterialCost}: {@code {"product","units","date","lines":[{"material","quantity","price",
   * "cost"}],"total","perUnit"}}, the breakdown as computed; {@code total} and {@code perUnit}
   * written always, optional on reading and refused with {@code json.total-mismatch} when they
   * differ from what the lines and units give.
   */
  public static final Codec<MaterialCost> MATERIAL_COST = new MaterialCostCodec();

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

  /** The unit symbols as a regular expression alternation, {@code g|kg|...}. */
  private static String unitSymbols() {
    StringBuilder b = new StringBuilder();
    for (MeasureUnit u : MeasureUnit.values()) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(u.symbol());
    }
    return b.toString();
  }

  /** Reads a whole number that must fit an {@code int}, such as a number of days. */
  static int intValue(JsonReader in) {
    long v = in.nextLong();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw in.error(JsonRule.AMOUNT_OUT_OF_RANGE, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    return (int) v;
  }

  /** Reads an array of strings. */
  static List<String> strings(JsonReader in) {
    List<String> list = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      list.add(in.nextString());
    }
    in.endArray();
    return list;
  }
}
