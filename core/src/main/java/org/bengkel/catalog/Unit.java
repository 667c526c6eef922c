package org.bengkel.catalog;

/**
 * The unit a product is sold in (<i>satuan jual</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum Unit {
  /** A single piece (<i>buah</i>), such as a miniature. */
  PIECE("buah"),
  /** A jar (<i>toples</i>), such as 500 g of kue kering. */
  JAR("toples"),
  /** A pack or bag (<i>bungkus</i>), such as keripik 150 g. */
  PACK("bungkus"),
  /** A set (<i>set</i>), such as a table with chairs. */
  SET("set"),
  /** A sachet (<i>sachet</i>). */
  SACHET("sachet"),
  /** A box (<i>kotak, dus</i>), such as 30 sachets of ginger drink. */
  BOX("kotak"),
  /** A bottle (<i>botol</i>). */
  BOTTLE("botol"),
  /** A pair (<i>pasang</i>). */
  PAIR("pasang");

  private final String indonesian;

  Unit(String indonesian) {
    this.indonesian = indonesian;
  }

  /**
   * The Indonesian term, such as {@code toples}.
   *
   * @return the term, never null
   */
  public String indonesian() {
    return indonesian;
  }
}
