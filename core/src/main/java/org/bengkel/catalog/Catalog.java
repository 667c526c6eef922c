package org.bengkel.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;

/**
 * A facility's catalogue (<i>katalog</i>): the products and services it sells, one per SKU.
 *
 * <p>Immutable and thread-safe; {@link #with(CatalogItem)} returns a new catalogue.
 */
public final class Catalog {

  private static final Catalog EMPTY = new Catalog(Map.of());

  private final Map<Sku, CatalogItem> items;

  private Catalog(Map<Sku, CatalogItem> items) {
    this.items = items;
  }

  /**
   * A catalogue of the given items.
   *
   * @param items the items, not null, no null elements, each SKU at most once
   * @return the catalogue, never null
   * @throws InvalidValueException {@code value.duplicate} (field {@code items}) naming a SKU that
   *     occurs twice
   * @throws org.bengkel.error.MissingValueException if {@code items} or an element is null
   */
  public static Catalog of(Collection<? extends CatalogItem> items) {
    Map<Sku, CatalogItem> map = new LinkedHashMap<>();
    for (CatalogItem item : Checks.requiredElements(items, "items")) {
      if (map.putIfAbsent(item.sku(), item) != null) {
        throw InvalidValueException.of(CoreRule.DUPLICATE, "items", item.sku());
      }
    }
    return new Catalog(Collections.unmodifiableMap(map));
  }

  /**
   * The empty catalogue.
   *
   * @return the catalogue, never null
   */
  public static Catalog empty() {
    return EMPTY;
  }

  /**
   * A catalogue with an item added, or replacing the item with the same SKU.
   *
   * @param item the item, not null
   * @return the new catalogue, never null; this one is unchanged
   * @throws org.bengkel.error.MissingValueException if {@code item} is null
   */
  public Catalog with(CatalogItem item) {
    Checks.required(item, "item");
    Map<Sku, CatalogItem> map = new LinkedHashMap<>(items);
    map.put(item.sku(), item);
    return new Catalog(Collections.unmodifiableMap(map));
  }

  /**
   * The item with a SKU.
   *
   * @param sku the SKU, not null
   * @return the item, empty when the catalogue has none
   * @throws org.bengkel.error.MissingValueException if {@code sku} is null
   */
  public Optional<CatalogItem> find(Sku sku) {
    return Optional.ofNullable(items.get(Checks.required(sku, "sku")));
  }

  /**
   * The product with a SKU.
   *
   * @param sku the SKU, not null
   * @return the product, empty when there is none or the SKU is a service
   */
  public Optional<Product> product(Sku sku) {
    return find(sku).filter(Product.class::isInstance).map(Product.class::cast);
  }

  /**
   * The service with a SKU.
   *
   * @param sku the SKU, not null
   * @return the service, empty when there is none or the SKU is a product
   */
  public Optional<Service> service(Sku sku) {
    return find(sku).filter(Service.class::isInstance).map(Service.class::cast);
  }

  /**
   * Every item, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<CatalogItem> items() {
    return List.copyOf(items.values());
  }

  /**
   * Every product of a category, in the order added.
   *
   * @param category the category, not null
   * @return an unmodifiable list, never null
   * @throws org.bengkel.error.MissingValueException if {@code category} is null
   */
  public List<Product> productsIn(ProductCategory category) {
    Checks.required(category, "category");
    List<Product> out = new ArrayList<>();
    for (CatalogItem item : items.values()) {
      if (item instanceof Product p && p.category().equals(category)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Catalog c && c.items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "Catalog" + items.keySet();
  }
}
