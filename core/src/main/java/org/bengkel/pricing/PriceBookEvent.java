package org.bengkel.pricing;

import java.time.LocalDate;
import java.util.List;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.internal.Checks;

/**
 * What an accepted change of a {@link PriceBook} caused (<i>peristiwa buku harga</i>): a list
 * added, replaced or retired, with the book's version after it, the stamp and the facts that
 * rebuild the book ({@link PriceBook#replay(List)}).
 *
 * <p>A price book holds no identity of its own (a facility keeps one book): its events' aggregate
 * id is {@link #AGGREGATE}, and a host that keeps the books of several facilities stores them under
 * its own key for the facility beside it.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PriceBookEvent extends DomainEvent
    permits PriceBookEvent.PriceListAdded,
        PriceBookEvent.PriceListReplaced,
        PriceBookEvent.PriceListRetired {

  /** The aggregate id of every price-book event. */
  String AGGREGATE = "price-book";

  @Override
  default String aggregateId() {
    return AGGREGATE;
  }

  /**
   * The list changed.
   *
   * @return its id, never null
   */
  String listId();

  /**
   * A list was added ({@link PriceBook#addList}).
   *
   * @param version the book's version after it, 1 or more
   * @param stamp who and when, not null
   * @param list the list added, not null
   */
  record PriceListAdded(long version, Stamp stamp, PriceList list) implements PriceBookEvent {
    /** Checks. */
    public PriceListAdded {
      check(version, stamp);
      Checks.required(list, "list");
    }

    @Override
    public String listId() {
      return list.id();
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(list.id(), list.channel().name(), list.effectiveFrom().toString());
    }
  }

  /**
   * A list was replaced by a new version of it, with the same id ({@link PriceBook#replaceList}).
   *
   * @param version the book's version after it, 1 or more
   * @param stamp who and when, not null
   * @param list the list as it now is, not null
   */
  record PriceListReplaced(long version, Stamp stamp, PriceList list) implements PriceBookEvent {
    /** Checks. */
    public PriceListReplaced {
      check(version, stamp);
      Checks.required(list, "list");
    }

    @Override
    public String listId() {
      return list.id();
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(list.id(), list.channel().name(), list.effectiveFrom().toString());
    }
  }

  /**
   * A list was retired: its last day in force set earlier ({@link PriceBook#retireList}).
   *
   * @param version the book's version after it, 1 or more
   * @param stamp who and when, not null
   * @param listId the list retired, not null
   * @param lastDay its last day in force now, not null
   */
  record PriceListRetired(long version, Stamp stamp, String listId, LocalDate lastDay)
      implements PriceBookEvent {
    /** Checks. */
    public PriceListRetired {
      check(version, stamp);
      Checks.required(listId, "listId");
      Checks.required(lastDay, "lastDay");
    }

    @Override
    public List<Object> auditFacts(Disclosure disclosure) {
      Checks.required(disclosure, "disclosure");
      return List.of(listId, lastDay.toString());
    }
  }

  private static void check(long version, Stamp stamp) {
    Checks.required(stamp, "stamp");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
  }
}
