package org.bengkel.trainee;

import org.bengkel.error.Displayable;
import org.bengkel.money.Rate;

/**
 * The kind of a pre-trial detention (<i>jenis penahanan</i>), KUHAP 1981 (UU 8/1981) Art. 22(1),
 * with the share of its days that is deducted from the sentence, Art. 22(4) and (5): detention in a
 * state detention centre in full, house arrest one third, city arrest one fifth.
 *
 * <p>The shares are exact fractions, never rounded per period: see {@link Sentence} and the
 * project's docs/domain.md (rounding of detention credit).
 *
 * <p>Immutable and thread-safe.
 */
public enum DetentionKind implements Displayable {
  /**
   * Detention in a state detention centre (<i>penahanan rumah tahanan negara, rutan</i>), or at a
   * police station, prosecutor's office or Lapas where there is no rutan (Elucidation of Art.
   * 22(1)); deducted in full (KUHAP 1981 Art. 22(4)).
   */
  RUTAN(1, 1),
  /** House arrest (<i>penahanan rumah</i>); one third deducted (KUHAP 1981 Art. 22(5)). */
  HOUSE_ARREST(1, 3),
  /** City arrest (<i>penahanan kota</i>); one fifth deducted (KUHAP 1981 Art. 22(5)). */
  CITY_ARREST(1, 5);

  /** The common denominator of every share: a day of detention counts this many fifteenths. */
  static final int FIFTEENTHS = 15;

  private final Rate credit;

  DetentionKind(long numerator, long denominator) {
    this.credit = Rate.of(numerator, denominator);
  }

  /**
   * The share of each day of this kind that counts as a day of the sentence served.
   *
   * @return 1, 1/3 or 1/5; never null
   */
  public Rate credit() {
    return credit;
  }

  /** The share of one day in fifteenths of a day: 15, 5 or 3. */
  int fifteenthsPerDay() {
    return (int) (FIFTEENTHS * credit.numerator() / credit.denominator());
  }
}
