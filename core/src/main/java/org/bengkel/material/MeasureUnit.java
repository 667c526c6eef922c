package org.bengkel.material;

import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A unit of measure of a material (<i>satuan ukuran bahan</i>).
 *
 * <p>Each unit is an exact whole multiple of a base unit ({@link #base()}): kilogram is 1000 gram,
 * litre 1000 millilitre, metre 1000 millimetre. Quantities in units with the same base convert
 * exactly; pieces and sheets are their own bases. No floating point is involved.
 *
 * <p>Immutable and thread-safe.
 */
public enum MeasureUnit {
  /** Gram (<i>gram</i>), a base unit. */
  GRAM("g", "gram", null, 1),
  /** Kilogram (<i>kilogram</i>): 1000 g. */
  KILOGRAM("kg", "kilogram", GRAM, 1000),
  /** Millilitre (<i>mililiter</i>), a base unit. */
  MILLILITRE("ml", "mililiter", null, 1),
  /** Litre (<i>liter</i>): 1000 ml. */
  LITRE("l", "liter", MILLILITRE, 1000),
  /** Millimetre (<i>milimeter</i>), a base unit. */
  MILLIMETRE("mm", "milimeter", null, 1),
  /** Centimetre (<i>sentimeter</i>): 10 mm. */
  CENTIMETRE("cm", "sentimeter", MILLIMETRE, 10),
  /** Metre (<i>meter</i>): 1000 mm. */
  METRE("m", "meter", MILLIMETRE, 1000),
  /** Piece (<i>buah</i>), a base unit. */
  PIECE("pcs", "buah", null, 1),
  /** Sheet (<i>lembar</i>), a base unit. */
  SHEET("lembar", "lembar", null, 1);

  private final String symbol;
  private final String indonesian;
  private final @Nullable MeasureUnit base;
  private final long factor;

  MeasureUnit(String symbol, String indonesian, @Nullable MeasureUnit base, long factor) {
    this.symbol = symbol;
    this.indonesian = indonesian;
    this.base = base;
    this.factor = factor;
  }

  /**
   * The symbol written after a quantity, such as {@code kg}.
   *
   * @return the symbol, never null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The Indonesian name, such as {@code lembar}.
   *
   * @return the name, never null
   */
  public String indonesian() {
    return indonesian;
  }

  /**
   * The base unit this unit is a multiple of (itself for a base unit).
   *
   * @return the base unit, never null
   */
  public MeasureUnit base() {
    return base == null ? this : base;
  }

  /**
   * How many base units one of this unit is.
   *
   * @return one or more
   */
  public long factor() {
    return factor;
  }

  /**
   * Whether quantities in this unit and {@code other} convert into each other.
   *
   * @param other the other unit, not null
   * @return true when both have the same base
   * @throws org.bengkel.error.MissingValueException if {@code other} is null
   */
  public boolean isCompatibleWith(MeasureUnit other) {
    Checks.required(other, "other");
    return base() == other.base();
  }

  /**
   * The unit written with this symbol.
   *
   * @param symbol a symbol such as {@code kg}, not null
   * @return the unit, or null when no unit has the symbol
   */
  static @Nullable MeasureUnit bySymbol(String symbol) {
    for (MeasureUnit u : values()) {
      if (u.symbol.equals(symbol)) {
        return u;
      }
    }
    return null;
  }
}
