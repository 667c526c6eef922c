package org.bengkel.trainee;

import org.bengkel.error.Displayable;

/**
 * The kind of a remission (<i>jenis remisi</i>), UU 22/2022 Art. 10 and Keppres 174/1999.
 *
 * <p><b>One of a kind on a day.</b> A general remission is granted once a year, on 17 August, and a
 * special one once a year, on the convict's religious holiday; a late one (<i>remisi susulan</i>,
 * for a convict whose verdict became final after the day) is granted on another day. So a convict
 * is never granted two general, or two special, remissions on one date: a second is the first
 * recorded twice, and {@link Sentence#withRemission} refuses it ({@link
 * TraineeRule#REMISSION_DUPLICATE}; a sentence stored before the rule is read as stored). The
 * calendar year does not identify them: a <i>remisi umum susulan</i> for last August and this
 * August's remission fall in one year, and Idul Fitri, a lunar date, falls twice in some years
 * (2033). {@link #OTHER} remissions are not identified by their day: a <i>remisi tambahan</i> and a
 * <i>remisi dasawarsa</i> are both granted on 17 August (2025). See the project's docs/domain.md.
 *
 * <p>Immutable and thread-safe.
 */
public enum RemissionKind implements Displayable {
  /**
   * General remission (<i>remisi umum</i>), granted on Independence Day, 17 August (a late one,
   * <i>susulan</i>, on another day); at most one on a date.
   */
  GENERAL,
  /**
   * Special remission (<i>remisi khusus</i>), granted on the convict's religious holiday (a late
   * one, <i>susulan</i>, on another day); at most one on a date.
   */
  SPECIAL,
  /**
   * Any other remission (<i>remisi tambahan, kemanusiaan, dasawarsa</i>); several may be granted on
   * one date.
   */
  OTHER;

  /** Whether at most one remission of this kind is granted on a date: general and special. */
  boolean isOncePerDay() {
    return this != OTHER;
  }
}
