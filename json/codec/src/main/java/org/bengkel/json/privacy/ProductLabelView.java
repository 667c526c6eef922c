package org.bengkel.json.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.error.MissingValueException;
import org.bengkel.foodsafety.Label;

/**
 * What a product label (<i>label produk</i>) shows to anyone who buys the product: name,
 * ingredients, net content, producer (the facility), PIRT and halal certificate numbers, production
 * code and best-before date. It has no field for a trainee's identity or sentence, so its JSON
 * cannot carry them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param productName the product's name, not null
 * @param ingredients the ingredients in order, not null
 * @param netContent the net content as printed, such as {@code "500 g"}, not null
 * @param producer the producing facility as printed, not null
 * @param pirt the PIRT number (<i>P-IRT</i>), empty when not registered
 * @param halalCertificate the halal certificate's number, empty when none
 * @param productionCode the lot's production code, not null
 * @param bestBefore the best-before date, not null
 */
public record ProductLabelView(
    String productName,
    List<String> ingredients,
    String netContent,
    String producer,
    Optional<String> pirt,
    Optional<String> halalCertificate,
    String productionCode,
    LocalDate bestBefore) {

  /** Checks and copies the components. */
  public ProductLabelView {
    MissingValueException.required(productName, "productName");
    ingredients = List.copyOf(ingredients);
    MissingValueException.required(netContent, "netContent");
    MissingValueException.required(producer, "producer");
    MissingValueException.required(pirt, "pirt");
    MissingValueException.required(halalCertificate, "halalCertificate");
    MissingValueException.required(productionCode, "productionCode");
    MissingValueException.required(bestBefore, "bestBefore");
  }

  /**
   * The view of a label.
   *
   * @param label the label, not null
   * @return the view, never null
   */
  public static ProductLabelView of(Label label) {
    return new ProductLabelView(
        label.productName(),
        label.ingredients(),
        label.netContent(),
        label.producer(),
        label.pirt().map(PirtNumber::toString),
        label.halal().map(HalalCertificate::number),
        label.productionCode(),
        label.bestBefore());
  }
}
