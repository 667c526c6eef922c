package org.bengkel.material;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bengkel.catalog.Sku;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.MoneyRule;
import org.bengkel.money.Rupiah;

/**
 * The bills of materials of a facility's products, one per product, checked as a whole (<i>daftar
 * kebutuhan bahan</i>), and the material cost of a batch computed from them.
 *
 * <p>A registry never holds a cycle: no product needs itself, directly or through sub-assemblies
 * ({@link MaterialRule#BOM_CYCLE}, the message names the path, such as {@code KURSI -> KAKI ->
 * KURSI}), and every sub-assembly has its own bill ({@link MaterialRule#BOM_MISSING}), so a cost
 * can always be expanded down to materials.
 *
 * <p><b>Material cost.</b> For a batch of N units of a product whose bill makes B units, each
 * material line's quantity is scaled by N/B exactly (fractions, no floating point); a sub-assembly
 * line of k units needs k·N/B units of the sub-assembly, expanded recursively through its own bill.
 * Quantities of the same material are added exactly. Each material's cost is its exact quantity in
 * base units times the price per unit effective on the production date (see {@link
 * MaterialPrices#priceOn(String, LocalDate)}) divided by the unit's size in base units, rounded
 * half up to whole rupiah once per material; the total is the sum of the rounded lines.
 *
 * <p>Immutable and thread-safe; {@link #with(BillOfMaterials)} returns a new registry.
 */
public final class BomRegistry {

  private static final BomRegistry EMPTY = new BomRegistry(Map.of());

  private final Map<Sku, BillOfMaterials> bills;

  private BomRegistry(Map<Sku, BillOfMaterials> bills) {
    this.bills = bills;
  }

  /**
   * The empty registry.
   *
   * @return the registry, never null
   */
  public static BomRegistry empty() {
    return EMPTY;
  }

  /**
   * A registry of the given bills.
   *
   * @param bills the bills, not null, no null elements, one per product
   * @return the registry, never null
   * @throws InvalidValueException {@code value.duplicate} (field {@code bills}) for two bills of
   *     one product; {@link MaterialRule#BOM_CYCLE} naming the cycle's path; {@link
   *     MaterialRule#BOM_MISSING} for a sub-assembly without a bill
   * @throws org.bengkel.error.MissingValueException if {@code bills} or an element is null
   */
  public static BomRegistry of(Collection<BillOfMaterials> bills) {
    Map<Sku, BillOfMaterials> map = new LinkedHashMap<>();
    for (BillOfMaterials bill : Checks.requiredElements(bills, "bills")) {
      if (map.putIfAbsent(bill.product(), bill) != null) {
        throw InvalidValueException.of(CoreRule.DUPLICATE, "bills", bill.product());
      }
    }
    return checked(map);
  }

  /**
   * A registry with a bill added, or replacing the bill of the same product.
   *
   * @param bill the bill, not null
   * @return the new registry, never null; this one is unchanged
   * @throws InvalidValueException {@link MaterialRule#BOM_CYCLE} or {@link
   *     MaterialRule#BOM_MISSING} as {@link #of(Collection)}
   * @throws org.bengkel.error.MissingValueException if {@code bill} is null
   */
  public BomRegistry with(BillOfMaterials bill) {
    Checks.required(bill, "bill");
    Map<Sku, BillOfMaterials> map = new LinkedHashMap<>(bills);
    map.put(bill.product(), bill);
    return checked(map);
  }

  private static BomRegistry checked(Map<Sku, BillOfMaterials> map) {
    Set<Sku> done = new HashSet<>();
    for (Sku sku : map.keySet()) {
      visit(sku, map, new ArrayList<>(), done);
    }
    return new BomRegistry(Collections.unmodifiableMap(map));
  }

  private static void visit(Sku sku, Map<Sku, BillOfMaterials> map, List<Sku> path, Set<Sku> done) {
    int at = path.indexOf(sku);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>();
      for (Sku s : path.subList(at, path.size())) {
        cycle.add(s.value());
      }
      cycle.add(sku.value());
      throw InvalidValueException.of(
          MaterialRule.BOM_CYCLE, "bills", sku, String.join(" -> ", cycle));
    }
    if (done.contains(sku)) {
      return;
    }
    BillOfMaterials bill = map.get(sku);
    if (bill == null) {
      throw InvalidValueException.of(
          MaterialRule.BOM_MISSING, "bills", sku, path.get(path.size() - 1));
    }
    path.add(sku);
    for (SubAssemblyLine line : bill.subAssemblies()) {
      visit(line.sku(), map, path, done);
    }
    path.remove(path.size() - 1);
    done.add(sku);
  }

  /**
   * The bill of a product.
   *
   * @param product the product's SKU, not null
   * @return the bill, empty when the product has none
   * @throws org.bengkel.error.MissingValueException if {@code product} is null
   */
  public Optional<BillOfMaterials> find(Sku product) {
    return Optional.ofNullable(bills.get(Checks.required(product, "product")));
  }

  /**
   * Every bill, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<BillOfMaterials> bills() {
    return List.copyOf(bills.values());
  }

  /**
   * The material cost of a batch, with a breakdown per material: see the class description for the
   * scaling and rounding.
   *
   * @param product the product's SKU, not null, with a bill in this registry
   * @param units the number of units in the batch, one or more
   * @param productionDate the date whose prices apply, not null
   * @param prices the prices, not null
   * @return the cost, never null
   * @throws InvalidValueException {@link MaterialRule#BOM_MISSING} (field {@code product}) if the
   *     product has no bill; {@code value.out-of-range} (field {@code units}) for fewer than one
   *     unit; {@link MaterialRule#PRICE_MISSING} (field {@code prices}, value the material's code)
   *     if a material has no price effective on the date; {@link MaterialRule#UNIT_MISMATCH} if the
   *     price's material record (same code) has a unit of another base; {@code money.overflow} if a
   *     cost exceeds a long
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public MaterialCost materialCost(
      Sku product, long units, LocalDate productionDate, MaterialPrices prices) {
    Checks.required(productionDate, "productionDate");
    Checks.required(prices, "prices");
    if (!bills.containsKey(Checks.required(product, "product"))) {
      throw InvalidValueException.of(MaterialRule.BOM_MISSING, "product", product, "materialCost");
    }
    if (units < 1) {
      throw InvalidValueException.of(CoreRule.OUT_OF_RANGE, "units", units, 1, Long.MAX_VALUE);
    }
    Map<String, Material> materials = new LinkedHashMap<>();
    Map<String, Ratio> amounts = new LinkedHashMap<>();
    expand(product, Ratio.of(units, 1), materials, amounts);
    MaterialCost.Builder cost =
        MaterialCost.builder().product(product).units(units).date(productionDate);
    for (Map.Entry<String, Material> e : materials.entrySet()) {
      Material material = e.getValue();
      Ratio base = Checks.present(amounts.get(e.getKey()));
      MaterialPrice price =
          prices
              .priceOn(material.code(), productionDate)
              .orElseThrow(
                  () ->
                      InvalidValueException.of(
                          MaterialRule.PRICE_MISSING, "prices", material.code(), productionDate));
      MeasureUnit priceUnit = price.material().unit();
      if (!priceUnit.isCompatibleWith(material.unit())) {
        throw InvalidValueException.of(
            MaterialRule.UNIT_MISMATCH,
            "prices",
            material.code() + " per " + priceUnit.symbol(),
            material.unit().symbol());
      }
      // The price is per one unit of the price's own material record.
      Ratio exactCost = base.times(price.price().amount()).dividedBy(priceUnit.factor());
      cost.addLine(
          MaterialCostLine.of(
              material,
              Quantity.of(toLong(base.ceil(), "quantity", material.code()), material.unit().base()),
              price,
              Rupiah.of(toLong(exactCost.roundHalfUp(), "amount", material.code()))));
    }
    return cost.build();
  }

  private void expand(
      Sku sku, Ratio units, Map<String, Material> materials, Map<String, Ratio> amounts) {
    BillOfMaterials bill = Checks.present(bills.get(sku));
    Ratio scale = units.dividedBy(bill.batchSize());
    for (MaterialLine line : bill.materials()) {
      String code = line.material().code();
      materials.putIfAbsent(code, line.material());
      Ratio need = scale.times(line.quantity().baseAmount());
      amounts.merge(code, need, Ratio::plus);
    }
    for (SubAssemblyLine line : bill.subAssemblies()) {
      expand(line.sku(), scale.times(line.units()), materials, amounts);
    }
  }

  private static long toLong(BigInteger value, String field, String material) {
    if (value.bitLength() > 63) {
      throw InvalidValueException.of(MoneyRule.OVERFLOW, field, material);
    }
    return value.longValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BomRegistry r && r.bills.equals(bills);
  }

  @Override
  public int hashCode() {
    return bills.hashCode();
  }

  @Override
  public String toString() {
    return "BomRegistry" + bills.keySet();
  }
}
