package org.bengkel.examples;

import java.math.BigDecimal;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.money.Rate;
import org.bengkel.pricing.Channel;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.SplitBase;

/**
 * The words and numbers a period report shows people, in English or Indonesian: the names of the
 * channels, vehicle classes and split bases the report prints (never their codes), and
 * percentages in each language's style ({@code 72.74 %}, {@code 72,74 %}). Used by the scenario's
 * report (section 13) and by {@code bengkel report}.
 *
 * <p>Local to the report on purpose: a small hook until the library names its own values in both
 * languages; then these methods should call it.
 */
public final class ReportTexts {

  private ReportTexts() {}

  /**
   * A sales channel's name.
   *
   * @param channel the channel, not null
   * @param indonesian whether in Indonesian
   * @return the name, never null
   */
  public static String channel(Channel channel, boolean indonesian) {
    return switch (channel) {
      case GALLERY -> indonesian ? "galeri" : "gallery";
      case GOVERNMENT_DIRECT -> indonesian ? "instansi pemerintah" : "government institution";
      case E_KATALOG -> "e-Katalog";
      case PARTNER_RESALE -> indonesian ? "mitra (jual putus)" : "partner (resale)";
      case PARTNER_CONSIGNMENT -> indonesian ? "mitra (konsinyasi)" : "partner (consignment)";
      case EXHIBITION -> indonesian ? "pameran" : "exhibition";
      case ONLINE_MARKETPLACE -> indonesian ? "lokapasar daring" : "online marketplace";
    };
  }

  /**
   * A vehicle class's name; a class the library does not predefine shows its code.
   *
   * @param vehicleClass the class, not null
   * @param indonesian whether in Indonesian
   * @return the name, never null
   */
  public static String vehicleClass(VehicleClass vehicleClass, boolean indonesian) {
    if (vehicleClass.equals(VehicleClass.CAR)) {
      return indonesian ? "mobil" : "car";
    }
    if (vehicleClass.equals(VehicleClass.MOTORCYCLE)) {
      return indonesian ? "motor" : "motorcycle";
    }
    return vehicleClass.toString();
  }

  /**
   * What a split policy divides.
   *
   * @param base the base, not null
   * @param indonesian whether in Indonesian
   * @return the name, never null
   */
  public static String splitBase(SplitBase base, boolean indonesian) {
    return switch (base) {
      case NET_PROFIT -> indonesian ? "laba bersih" : "net profit";
      case GROSS_REVENUE -> indonesian ? "pendapatan kotor" : "gross revenue";
    };
  }

  /**
   * A percentage as printed: {@code 65.42 %} in English, {@code 65,42 %} in Indonesian (a comma
   * before the decimals, PUEBI), without trailing zeros.
   *
   * @param percent the percentage, not null
   * @param indonesian whether in Indonesian
   * @return the text, never null
   */
  public static String percent(BigDecimal percent, boolean indonesian) {
    String text = percent.stripTrailingZeros().toPlainString();
    return (indonesian ? text.replace('.', ',') : text) + " %";
  }

  /**
   * A share as a percentage with at most two decimals, rounded half up
   * ({@link PnbpLedger#percent(Rate)}): {@code 50 %}, {@code 33,33 %}.
   *
   * @param share the share, not null
   * @param indonesian whether in Indonesian
   * @return the text, never null
   */
  public static String percent(Rate share, boolean indonesian) {
    return percent(PnbpLedger.percent(share), indonesian);
  }
}
