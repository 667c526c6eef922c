package org.bengkel.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.facility.FacilityCodecs;
import org.bengkel.json.codec.inventory.InventoryCodecs;
import org.bengkel.json.codec.money.MoneyCodecs;
import org.bengkel.json.codec.pricing.PricingCodecs;
import org.bengkel.json.codec.proceeds.ProceedsCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.json.codec.programme.ProgrammeCodecs;
import org.bengkel.json.codec.report.ReportCodecs;
import org.bengkel.json.codec.sales.SalesCodecs;
import org.bengkel.json.codec.trainee.TraineeCodecs;

/**
 * The registry of every {@link Codec} of bengkel's JSON format (<i>daftar kodek</i>): the one place
 * the Jackson modules learn which types to handle. Each domain package contributes its list ({@code
 * MoneyCodecs.all()}, {@code FacilityCodecs.all()}, ...), in story order.
 *
 * <p>Immutable and thread-safe.
 */
public final class Codecs {

  private static final List<Codec<?>> ALL =
      concat(
          List.of(
              MoneyCodecs.all(),
              FacilityCodecs.all(),
              TraineeCodecs.all(),
              ProgrammeCodecs.all(),
              CatalogCodecs.all(),
              PricingCodecs.all(),
              ProceedsCodecs.all(),
              InventoryCodecs.all(),
              ProductionCodecs.all(),
              SalesCodecs.all(),
              ReportCodecs.all()));

  private static final Map<Class<?>, Codec<?>> BY_TYPE = index(ALL);

  private Codecs() {}

  // Package-private, not private: they run once, in the static initialiser, before a test could
  // observe them, so the registry's tests call them directly.
  static List<Codec<?>> concat(List<List<Codec<?>>> lists) {
    return lists.stream().flatMap(List::stream).toList();
  }

  static Map<Class<?>, Codec<?>> index(List<Codec<?>> codecs) {
    Map<Class<?>, Codec<?>> map = new LinkedHashMap<>();
    for (Codec<?> codec : codecs) {
      if (map.put(codec.type(), codec) != null) {
        throw new IllegalStateException("two codecs for " + codec.type().getName());
      }
    }
    return map;
  }

  /**
   * Every registered codec, one per type, in story order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return ALL;
  }

  /**
   * The codec of a type, if bengkel's format defines one.
   *
   * @param <T> the type
   * @param type the exact class, not null
   * @return the codec, empty when the type has none
   */
  public static <T> Optional<Codec<T>> find(Class<T> type) {
    @SuppressWarnings("unchecked") // BY_TYPE maps each class to a codec of that class
    Codec<T> codec = (Codec<T>) BY_TYPE.get(type);
    return Optional.ofNullable(codec);
  }

  /**
   * The codec for writing values of a class: the codec of the class itself or of its nearest
   * superclass, so that the generated implementations of value types (which subclass the public
   * type) find their type's codec.
   *
   * @param <T> the class of the values
   * @param type the runtime class, not null
   * @return the codec, empty when neither the class nor a superclass has one
   */
  public static <T> Optional<Codec<? super T>> findFor(Class<T> type) {
    for (Class<? super T> c = type; c != null; c = c.getSuperclass()) {
      Optional<? extends Codec<? super T>> found = find(c);
      if (found.isPresent()) {
        return Optional.of(found.get());
      }
    }
    return Optional.empty();
  }

  /**
   * The codec of a type.
   *
   * @param <T> the type
   * @param type the exact class, not null
   * @return the codec, never null
   * @throws IllegalArgumentException when bengkel's format has no codec for the type
   */
  public static <T> Codec<T> of(Class<T> type) {
    return find(type)
        .orElseThrow(() -> new IllegalArgumentException("no bengkel codec for " + type.getName()));
  }
}
