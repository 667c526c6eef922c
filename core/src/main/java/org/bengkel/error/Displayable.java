package org.bengkel.error;

import java.util.Locale;

/**
 * A value with a name for people (<i>nama tampilan</i>) in English and Indonesian: a status, a
 * channel, a vehicle class, a unit. The wire form and {@code toString()} keep the code ({@code
 * CAR}); what an officer reads is the display name ({@code car}, {@code mobil}).
 *
 * <p>Each name is declared once, in the resource bundle {@code labels} of the value's package
 * (English as the base, Indonesian as {@code labels_id}), under the key {@code
 * SimpleTypeName.CODE}: for {@code org.bengkel.catalog.VehicleClass.CAR} the key {@code
 * VehicleClass.CAR} of {@code org.bengkel.catalog.labels}. The bundles are read the same way as
 * rule messages (see {@link Messages}); any language other than Indonesian gets English.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Displayable {

  /**
   * The name of this value for people, in the given language.
   *
   * <p>The default reads this value's package bundle {@code labels}, keyed by the simple name of
   * its type (the declaring enum for enum constants) and its constant name, or for other types its
   * {@code toString()}; where no name is declared (an open set's code added by a host, such as the
   * vehicle class {@code PICKUP}) the code itself.
   *
   * @param locale the reader's language, not null; languages other than Indonesian get English
   * @return the name, never null
   */
  default String displayName(Locale locale) {
    return Messages.displayName(this, locale);
  }
}
