package org.bengkel.examples.service;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.privacy.ProductLabelView;
import org.bengkel.production.LotCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue (<i>katalog</i>): products and services by SKU, and a food product's label for a
 * lot, written from bengkel's privacy view (no trainee data by construction).
 */
@RestController
class CatalogueController {

  static final String PRODUCT = "product";
  static final String SERVICE = "service";

  private final Aggregates aggregates;

  CatalogueController(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @PutMapping("/catalogue/products/{sku}")
  ResponseEntity<Product> putProduct(
      @PathVariable Sku sku,
      @Valid @RequestBody Product product,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("sku", product.sku(), sku);
    return aggregates.put(PRODUCT, sku.value(), ifMatch, "ProductRecorded", actor, product);
  }

  @GetMapping("/catalogue/products/{sku}")
  ResponseEntity<Product> getProduct(@PathVariable Sku sku) {
    return aggregates.get(PRODUCT, sku.value(), Product.class);
  }

  @GetMapping("/catalogue/products")
  List<Product> products() {
    return aggregates.all(PRODUCT, Product.class);
  }

  /**
   * The label a buyer sees on a jar of one lot: {@code ?lot=KK-2610-01&produced=2026-10-01}.
   *
   * @param sku the product
   * @param lot the production code printed on the label
   * @param produced the production date, from which the best-before date follows
   * @return the label view
   */
  @GetMapping("/catalogue/products/{sku}/label")
  ProductLabelView label(
      @PathVariable Sku sku, @RequestParam LotCode lot, @RequestParam LocalDate produced) {
    // The production code has a lot code's form: a malformed one is the query's fault (400), not
    // a label bengkel refuses to print (422).
    Product product = aggregates.load(PRODUCT, sku.value(), Product.class);
    Facility facility =
        aggregates.load(FacilityController.FACILITY, FacilityController.CURRENT, Facility.class);
    return ProductLabelView.of(Label.forProduct(product, facility, lot.toString(), produced));
  }

  @PutMapping("/catalogue/services/{sku}")
  ResponseEntity<Service> putService(
      @PathVariable Sku sku,
      @Valid @RequestBody Service service,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      Actor actor) {
    ServiceException.requireSameId("sku", service.sku(), sku);
    return aggregates.put(SERVICE, sku.value(), ifMatch, "ServiceRecorded", actor, service);
  }

  @GetMapping("/catalogue/services/{sku}")
  ResponseEntity<Service> getService(@PathVariable Sku sku) {
    return aggregates.get(SERVICE, sku.value(), Service.class);
  }

  @GetMapping("/catalogue/services")
  List<Service> services() {
    return aggregates.all(SERVICE, Service.class);
  }
}
