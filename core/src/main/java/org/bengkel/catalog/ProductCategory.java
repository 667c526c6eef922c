package org.bengkel.catalog;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * The category of a product (<i>kategori produk</i>), such as wood craft miniatures or kue kering.
 *
 * <p>A category knows whether its products are food (<i>pangan</i>), which need a shelf life,
 * ingredients, a P-IRT number and a label, and whether it is a high-risk food category that cannot
 * be sold under a home-industry licence (P-IRT; Peraturan BPOM 22/2018 on SPP-IRT: milk products,
 * frozen meat and fish, low-acid canned food, baby food, alcoholic drinks and bottled drinking
 * water need a BPOM registration, <i>izin edar MD</i>, instead).
 *
 * <p>The constants cover the Pamekasan workshop's products and the high-risk categories; {@link
 * #custom(String, String, boolean, boolean)} defines more. {@link #of(String)} returns a constant
 * by its code. {@link #toString()} returns the code.
 *
 * <p>Immutable and thread-safe; equality is by every attribute.
 */
public final class ProductCategory implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The longest Indonesian name of a category accepted, in characters (code points); the JSON
   * schema states it.
   */
  public static final int MAX_NAME = 100;

  private static final Map<String, ProductCategory> KNOWN = new LinkedHashMap<>();

  /** Wood craft miniatures (<i>miniatur kayu</i>): boats, the Monumen Arek Lancor. */
  public static final ProductCategory WOOD_MINIATURE =
      known("WOOD-MINIATURE", "Miniatur kayu", false, false);

  /** Furniture (<i>meubel</i>): tables, chairs. */
  public static final ProductCategory FURNITURE = known("FURNITURE", "Meubel", false, false);

  /** Cookies (<i>kue kering</i>). */
  public static final ProductCategory COOKIES = known("COOKIES", "Kue kering", true, false);

  /** Traditional snacks (<i>jajanan tradisional, keripik</i>). */
  public static final ProductCategory TRADITIONAL_SNACKS =
      known("TRADITIONAL-SNACKS", "Jajanan tradisional", true, false);

  /** Herbal drinks (<i>minuman herbal, jamu, wedang jahe instan</i>). */
  public static final ProductCategory HERBAL_DRINKS =
      known("HERBAL-DRINKS", "Minuman herbal", true, false);

  /** Milk and milk products (<i>susu dan hasil olahannya</i>); high-risk. */
  public static final ProductCategory MILK_PRODUCTS =
      known("MILK-PRODUCTS", "Susu dan olahannya", true, true);

  /** Frozen meat or fish products (<i>daging/ikan beku</i>); high-risk. */
  public static final ProductCategory FROZEN_MEAT_FISH =
      known("FROZEN-MEAT-FISH", "Daging dan ikan beku", true, true);

  /** Low-acid canned food (<i>pangan kaleng berasam rendah</i>); high-risk. */
  public static final ProductCategory LOW_ACID_CANNED =
      known("LOW-ACID-CANNED", "Pangan kaleng berasam rendah", true, true);

  /** Baby food (<i>pangan bayi</i>); high-risk. */
  public static final ProductCategory BABY_FOOD = known("BABY-FOOD", "Pangan bayi", true, true);

  /** Alcoholic drinks (<i>minuman beralkohol</i>); high-risk. */
  public static final ProductCategory ALCOHOLIC_DRINKS =
      known("ALCOHOLIC-DRINKS", "Minuman beralkohol", true, true);

  /** Bottled drinking water (<i>air minum dalam kemasan</i>); high-risk. */
  public static final ProductCategory BOTTLED_WATER =
      known("BOTTLED-WATER", "Air minum dalam kemasan", true, true);

  private final String code;
  private final String indonesianName;
  private final boolean food;
  private final boolean highRisk;

  private ProductCategory(String code, String indonesianName, boolean food, boolean highRisk) {
    this.code = code;
    this.indonesianName = indonesianName;
    this.food = food;
    this.highRisk = highRisk;
  }

  private static ProductCategory known(String code, String name, boolean food, boolean highRisk) {
    ProductCategory c = new ProductCategory(code, name, food, highRisk);
    KNOWN.put(code, c);
    return c;
  }

  /**
   * The predefined category with this code.
   *
   * @param category the code, such as {@code COOKIES}, not null
   * @return the constant, never null
   * @throws InvalidValueException rule {@link CatalogRule#UNKNOWN_CATEGORY} (field {@code
   *     category}) if no constant has the code; {@code value.required} if null
   */
  public static ProductCategory of(String category) {
    if (category == null) {
      throw org.bengkel.error.MissingValueException.of("category");
    }
    ProductCategory c = KNOWN.get(category);
    if (c == null) {
      throw InvalidValueException.of(
          CatalogRule.UNKNOWN_CATEGORY, "category", category, String.join(", ", KNOWN.keySet()));
    }
    return c;
  }

  /**
   * A category beyond the predefined ones, such as {@code BATIK}.
   *
   * @param code the code, upper-case letters and digits in groups joined by hyphens, not null
   * @param indonesianName the Indonesian name, not blank, at most 100 characters, not null
   * @param food whether its products are food
   * @param highRisk whether it is a high-risk food category (only meaningful when {@code food})
   * @return the category, never null
   * @throws InvalidValueException {@code value.required}, {@code value.malformed}, {@code
   *     value.too-long} or {@code value.blank}; rule {@link CatalogRule#NOT_FOOD} if {@code
   *     highRisk} without {@code food}
   */
  public static ProductCategory custom(
      String code, String indonesianName, boolean food, boolean highRisk) {
    Checks.required(code, "code");
    Checks.required(indonesianName, "indonesianName");
    Checks.requireCode(code, "category.code");
    Checks.requireText(indonesianName, "category.indonesianName", MAX_NAME);
    if (highRisk && !food) {
      throw InvalidValueException.of(
          CatalogRule.NOT_FOOD, "category.highRisk", code, "highRisk", code);
    }
    return new ProductCategory(code, indonesianName, food, highRisk);
  }

  /**
   * The predefined categories, in declaration order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<ProductCategory> predefined() {
    return List.copyOf(KNOWN.values());
  }

  /**
   * The code.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The Indonesian name, such as {@code Kue kering}.
   *
   * @return the name, never null
   */
  public String indonesianName() {
    return indonesianName;
  }

  /**
   * Whether products of this category are food (<i>pangan olahan</i>).
   *
   * @return true for food
   */
  public boolean isFood() {
    return food;
  }

  /**
   * Whether this is a high-risk food category that cannot be sold under P-IRT.
   *
   * @return true for high-risk food
   */
  public boolean isHighRisk() {
    return highRisk;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductCategory c
        && c.code.equals(code)
        && c.indonesianName.equals(indonesianName)
        && c.food == food
        && c.highRisk == highRisk;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, indonesianName, food, highRisk);
  }

  /**
   * The code.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }

  /**
   * Serializes this value as a {@code SerializedForm} proxy holding only its fields; reading the
   * proxy back goes through the predefined constant of its code, or {@link #custom}, so no byte
   * stream can build an invalid value.
   *
   * @return the proxy, never null
   */
  private Object writeReplace() {
    return new SerializedForm(code, indonesianName, food, highRisk);
  }

  /**
   * Refuses a stream that holds this class's own form rather than its proxy: such a stream was
   * crafted to skip the checks.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ProductCategory is read only through its serialized form");
  }

  /** The serialized form of a {@link ProductCategory}: its fields, checked again when read. */
  private static final class SerializedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String indonesianName;
    private final boolean food;
    private final boolean highRisk;

    SerializedForm(String code, String indonesianName, boolean food, boolean highRisk) {
      this.code = code;
      this.indonesianName = indonesianName;
      this.food = food;
      this.highRisk = highRisk;
    }

    private Object readResolve() throws InvalidObjectException {
      ProductCategory known = KNOWN.get(code);
      if (known != null
          && known.indonesianName.equals(indonesianName)
          && known.food == food
          && known.highRisk == highRisk) {
        return known;
      }
      return Checks.validOnRead(() -> custom(code, indonesianName, food, highRisk));
    }
  }
}
