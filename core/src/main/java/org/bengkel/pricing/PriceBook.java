package org.bengkel.pricing;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.immutables.value.Value;

/**
 * All price lists of a facility (<i>buku harga</i>) and the pricing pipeline that turns items into
 * explained {@link Quote}s.
 *
 * <p><b>Which list.</b> For a channel and a day, the one list of that channel in force on that day
 * (lists of one channel never overlap). A {@link PriceBasis#CHANNEL} list takes as its base the
 * price that the base channel's list in force on the same day computes for the same item and
 * quantity; chains never loop (refused when the book is built).
 *
 * <p><b>The pipeline</b>, for each line, in this order (the winning rule is chosen as documented on
 * {@link PriceList}; each configured step is recorded as a {@link PriceStep}):
 *
 * <ol>
 *   <li><b>base</b>: the item's cost per unit (cost-plus), the list price of its SKU (for a service
 *       job without one, the service's tariff for the vehicle class), or the other channel's
 *       computed unit price;
 *   <li><b>markup or discount</b>: base × (1 + markup) or base × (1 − discount), computed exactly
 *       and rounded once to whole rupiah with {@link RoundingMode#HALF_UP};
 *   <li><b>rounding</b> to the rule's step (such as Rp500 {@code UP}) with its mode;
 *   <li><b>surcharge</b>: a fixed amount added;
 *   <li><b>minimum margin</b> (cost known only): raised to at least cost × (1 + minimum), rounded
 *       up to whole rupiah;
 *   <li><b>maximum margin</b> (cost known only): lowered to at most cost × (1 + maximum), rounded
 *       down to whole rupiah (this may undo the step rounding);
 *   <li><b>floor</b>: raised to at least the floor price; it runs last and so wins over the maximum
 *       margin.
 * </ol>
 *
 * Amounts are {@link Rupiah}, never negative (a discount is at most 100 %); the unit price is never
 * below the floor. The line total is unit price × quantity, exactly; the quote's subtotal is the
 * exact sum of line totals, and tax is computed once on it by the {@link TaxPolicy}.
 *
 * <p>Immutable and thread-safe. Building an invalid book throws {@link InvalidValueException}:
 * overlapping lists of a channel ({@link PricingRule#LIST_OVERLAP}), chains in a cycle ({@link
 * PricingRule#LIST_CYCLE}, refused when the lists of the cycle overlap pairwise in time), or
 * repeated list identifiers.
 *
 * <p><b>Changes.</b> A facility changes its book by stamped operations ({@link #addList}, {@link
 * #replaceList}, {@link #retireList}) that answer with an {@link Outcome}: accepted with the new
 * book, one version higher, and its {@link PriceBookEvent}; or refused, with the rule the change
 * breaks, the book and its version unchanged. {@link #replay(List)} rebuilds a book from its events
 * (docs/audit.md).
 */
@Value.Immutable
public abstract class PriceBook {

  PriceBook() {}

  /**
   * The price lists, of any channels and periods.
   *
   * @return the lists, never null, possibly empty
   */
  public abstract List<PriceList> lists();

  /**
   * The book's version: the number of changes accepted since it was empty (or since it was built
   * from its lists, at the version given). Each accepted {@link #addList}, {@link #replaceList} or
   * {@link #retireList} adds one; a refused one none. A host stores it beside the book and accepts
   * the next change only from the version it read (optimistic concurrency).
   *
   * @return the version, 0 or more; 0 unless set
   */
  @Value.Default
  public long version() {
    return 0;
  }

  @Value.Check
  void check() {
    Checks.requireRange(version(), "version", 0, Long.MAX_VALUE);
    Checks.requireDistinct(lists().stream().map(PriceList::id).toList(), "lists.id");
    checkOverlaps();
    checkCycles();
  }

  /**
   * Refuses two lists of one channel in force on a common day. Sort and sweep, O(n log n): in the
   * order of their first day, a list overlaps an earlier one of its channel exactly when it starts
   * on or before the latest last day seen so far (a list without an end reaching to the end of
   * time). The refusal names the later of the two in the book's order and the other's id.
   */
  private void checkOverlaps() {
    List<PriceList> all = lists();
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Arrays.sort of objects is stable: lists of one channel and first day keep the book's order.
    Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> all.get(i).channel())
            .thenComparing(i -> all.get(i).effectiveFrom()));
    // The list met just before, the latest-ending of its channel so far: the lists met before it
    // do not overlap one another, so in the order of their first day each ends before the next
    // starts.
    int reach = -1;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      PriceList list = all.get(i);
      if (reach >= 0
          && all.get(reach).channel() == list.channel()
          && all.get(reach).overlaps(list)) {
        int first = Math.min(reach, i);
        int second = Math.max(reach, i);
        throw InvalidValueException.of(
            PricingRule.LIST_OVERLAP,
            "lists[" + second + "].from",
            all.get(second).effectiveFrom(),
            all.get(first).id());
      }
      reach = i;
    }
  }

  /**
   * Refuses chains in a cycle: a list leads to each list of its base channel that overlaps it in
   * time; no list may lead back to itself. Depth-first search with an explicit stack (a chain
   * alternating between channels can be as long as the book), visiting each list once; the lists
   * that a list leads to are found by binary search among its base channel's lists, which no longer
   * overlap one another here, so the whole search is O(n log n).
   */
  private void checkCycles() {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
    List<String> path = new ArrayList<>();
    Deque<Iterator<PriceList>> stack = new ArrayDeque<>();
    Deque<PriceList> visiting = new ArrayDeque<>();
    for (PriceList root : lists()) {
      if (state.containsKey(root.id())) {
        continue;
      }
      enter(root, state, path, stack, visiting);
      while (!stack.isEmpty()) {
        Iterator<PriceList> next = Checks.present(stack.peek());
        if (!next.hasNext()) {
          state.put(Checks.present(visiting.pop()).id(), 2);
          path.remove(path.size() - 1);
          stack.pop();
          continue;
        }
        PriceList list = next.next();
        Integer s = state.get(list.id());
        if (s == null) {
          enter(list, state, path, stack, visiting);
        } else if (s == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(list.id()), path.size()));
          cycle.add(list.id());
          throw InvalidValueException.of(
              PricingRule.LIST_CYCLE,
              "lists.baseChannel",
              list.baseChannel().orElse(null),
              String.join(" -> ", cycle));
        }
      }
    }
  }

  private void enter(
      PriceList list,
      Map<String, Integer> state,
      List<String> path,
      Deque<Iterator<PriceList>> stack,
      Deque<PriceList> visiting) {
    state.put(list.id(), 1);
    path.add(list.id());
    visiting.push(list);
    stack.push(
        list.baseChannel()
            .map(base -> overlapping(base, list))
            .orElse(List.<PriceList>of())
            .iterator());
  }

  /** The lists of a channel that overlap a list in time, by binary search. */
  private List<PriceList> overlapping(Channel channel, PriceList list) {
    List<PriceList> sorted = byChannel().getOrDefault(channel, List.of());
    int k = firstEndingOnOrAfter(sorted, list.effectiveFrom());
    List<PriceList> out = new ArrayList<>();
    for (; k < sorted.size() && sorted.get(k).overlaps(list); k++) {
      out.add(sorted.get(k));
    }
    return out;
  }

  /**
   * The index of the first list that is still in force on or after a day, in a channel's lists
   * sorted by first day and not overlapping (so sorted by last day too, an open end last).
   */
  private static int firstEndingOnOrAfter(List<PriceList> sorted, LocalDate day) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      boolean ended = sorted.get(mid).effectiveUntil().map(u -> u.isBefore(day)).orElse(false);
      if (ended) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The lists of each channel in the order of their first day, built once per book.
   *
   * @return the lists by channel, never null
   */
  @Value.Lazy
  Map<Channel, List<PriceList>> byChannel() {
    Map<Channel, List<PriceList>> map = new EnumMap<>(Channel.class);
    for (PriceList list : lists()) {
      map.computeIfAbsent(list.channel(), c -> new ArrayList<>()).add(list);
    }
    map.replaceAll(
        (c, l) -> l.stream().sorted(Comparator.comparing(PriceList::effectiveFrom)).toList());
    return map;
  }

  /**
   * The list of a channel in force on a day.
   *
   * @param channel the channel, not null
   * @param date the day, not null
   * @return the list, empty when the channel has none in force that day
   * @throws MissingValueException if {@code channel} or {@code date} is null
   */
  public Optional<PriceList> listFor(Channel channel, LocalDate date) {
    Checks.required(channel, "channel");
    Checks.required(date, "date");
    List<PriceList> sorted = byChannel().getOrDefault(channel, List.of());
    int k = firstEndingOnOrAfter(sorted, date);
    return k < sorted.size() && sorted.get(k).isInForceOn(date)
        ? Optional.of(sorted.get(k))
        : Optional.empty();
  }

  /**
   * Prices one item for a channel on a day, explaining every step.
   *
   * @param channel the channel, not null
   * @param date the pricing date, not null
   * @param item the item, not null
   * @return the priced line, never null
   * @throws InvalidValueException rule {@link PricingRule#NO_PRICE_LIST} (field {@code channel})
   *     when the channel, or a channel its list is based on, has no list in force that day; {@link
   *     PricingRule#NO_LIST_PRICE} (field {@code sku}) when a list-price list has no price for the
   *     SKU of goods; {@link PricingRule#NO_COST} (field {@code cost}) when a cost-plus list prices
   *     an item of unknown cost; {@code money.overflow} if an amount exceeds a long
   * @throws MissingValueException if an argument is null
   */
  public QuotedLine price(Channel channel, LocalDate date, PricingItem item) {
    Checks.required(channel, "channel");
    Checks.required(date, "date");
    Checks.required(item, "item");
    List<PriceStep> steps = new ArrayList<>();
    Priced priced = compute(channel, date, item, steps);
    return QuotedLine.builder()
        .item(item)
        .listId(priced.list().id())
        .ruleId(priced.rule().map(PriceRule::id))
        .steps(steps)
        .unitPrice(priced.price())
        .build();
  }

  /**
   * Prices items for a channel on a day and computes the tax on their total: the entry point for a
   * sales order.
   *
   * @param channel the channel, not null
   * @param date the pricing date, not null
   * @param items the items, at least one, not null
   * @param tax the facility's tax policy, not null
   * @return the quote, never null; its lines in the order of {@code items}
   * @throws InvalidValueException as {@link #price}, with the field prefixed by {@code items[i]};
   *     {@code value.required} for no items
   * @throws MissingValueException if an argument is null
   */
  public Quote quote(Channel channel, LocalDate date, List<PricingItem> items, TaxPolicy tax) {
    Checks.required(channel, "channel");
    Checks.required(date, "date");
    Checks.required(items, "items");
    Checks.required(tax, "tax");
    Checks.requireNotEmpty(items, "items");
    List<QuotedLine> lines = new ArrayList<>(items.size());
    Rupiah subtotal = Rupiah.ZERO;
    for (int i = 0; i < items.size(); i++) {
      QuotedLine line;
      try {
        line = price(channel, date, items.get(i));
      } catch (InvalidValueException e) {
        throw e.within("items[" + i + "]");
      }
      lines.add(line);
      subtotal = subtotal.plus(line.lineTotal());
    }
    return Quote.builder()
        .channel(channel)
        .date(date)
        .lines(lines)
        .tax(tax.apply(subtotal))
        .build();
  }

  private record Priced(PriceList list, Optional<PriceRule> rule, Rupiah price) {}

  private Priced compute(Channel channel, LocalDate date, PricingItem item, List<PriceStep> steps) {
    PriceList list =
        listFor(channel, date)
            .orElseThrow(
                () ->
                    InvalidValueException.of(PricingRule.NO_PRICE_LIST, "channel", channel, date));
    Rupiah base;
    switch (list.basis()) {
      case COST -> {
        base =
            item.cost()
                .orElseThrow(
                    () -> InvalidValueException.of(PricingRule.NO_COST, "cost", null, list.id()));
        steps.add(PriceStep.of(list.id(), StepCode.BASE_COST, base, base, base));
      }
      case LIST_PRICE -> {
        Rupiah listed = list.listPrices().get(item.sku());
        if (listed != null) {
          base = listed;
          steps.add(
              PriceStep.of(list.id(), StepCode.BASE_LIST_PRICE, base, base, item.sku(), base));
        } else if (item.tariff().isPresent()) {
          base = item.tariff().get();
          steps.add(
              PriceStep.of(
                  list.id(),
                  StepCode.BASE_TARIFF,
                  base,
                  base,
                  item.sku(),
                  item.vehicleClass().orElseThrow(),
                  base));
        } else {
          throw InvalidValueException.of(PricingRule.NO_LIST_PRICE, "sku", item.sku(), list.id());
        }
      }
      default -> {
        Channel other = list.baseChannel().orElseThrow();
        Priced inner = compute(other, date, item, steps);
        base = inner.price();
        steps.add(
            inner.rule().isPresent()
                ? PriceStep.of(
                    list.id(),
                    StepCode.BASE_CHANNEL_RULE,
                    base,
                    base,
                    other,
                    base,
                    inner.list().id(),
                    inner.rule().get().id())
                : PriceStep.of(
                    list.id(), StepCode.BASE_CHANNEL, base, base, other, base, inner.list().id()));
      }
    }
    Optional<PriceRule> rule = list.ruleFor(item, date);
    Rupiah price = rule.isPresent() ? apply(rule.get(), item, base, steps) : base;
    return new Priced(list, rule, price);
  }

  private static Rupiah apply(PriceRule r, PricingItem item, Rupiah base, List<PriceStep> steps) {
    String id = r.id();
    Rupiah p = base;
    if (r.markup().isPresent()) {
      Rate m = r.markup().get();
      Rupiah next = p.times(Rate.ONE.plus(m), RoundingMode.HALF_UP);
      steps.add(PriceStep.of(id, StepCode.MARKUP, p, next, m));
      p = next;
    }
    if (r.discount().isPresent()) {
      Rate d = r.discount().get();
      Rupiah next = p.times(Rate.ONE.minus(d), RoundingMode.HALF_UP);
      steps.add(PriceStep.of(id, StepCode.DISCOUNT, p, next, d));
      p = next;
    }
    if (r.rounding().isPresent()) {
      RoundingStep rounding = r.rounding().get();
      Rupiah next = rounding.round(p);
      steps.add(PriceStep.of(id, StepCode.ROUNDING, p, next, rounding.step(), rounding.mode()));
      p = next;
    }
    if (r.surcharge().isPresent()) {
      Rupiah next = p.plus(r.surcharge().get());
      steps.add(PriceStep.of(id, StepCode.SURCHARGE, p, next, r.surcharge().get()));
      p = next;
    }
    Optional<Rupiah> cost = item.cost();
    if (r.minMargin().isPresent()) {
      p = clamp(id, StepKind.MIN_MARGIN, r.minMargin().get(), cost, p, steps);
    }
    if (r.maxMargin().isPresent()) {
      p = clamp(id, StepKind.MAX_MARGIN, r.maxMargin().get(), cost, p, steps);
    }
    if (r.floor().isPresent()) {
      Rupiah f = r.floor().get();
      Rupiah next = p.max(f);
      steps.add(PriceStep.of(id, StepCode.FLOOR, p, next, f));
      p = next;
    }
    return p;
  }

  private static Rupiah clamp(
      String id,
      StepKind kind,
      Rate margin,
      Optional<Rupiah> cost,
      Rupiah p,
      List<PriceStep> steps) {
    boolean min = kind == StepKind.MIN_MARGIN;
    if (cost.isEmpty()) {
      steps.add(
          PriceStep.of(
              id, min ? StepCode.MIN_MARGIN_SKIPPED : StepCode.MAX_MARGIN_SKIPPED, p, p, margin));
      return p;
    }
    Rupiah c = cost.get();
    Rupiah bound = c.times(Rate.ONE.plus(margin), min ? RoundingMode.CEILING : RoundingMode.FLOOR);
    Rupiah next = min ? p.max(bound) : p.min(bound);
    steps.add(
        PriceStep.of(
            id, min ? StepCode.MIN_MARGIN : StepCode.MAX_MARGIN, p, next, margin, c, bound));
    return next;
  }

  /**
   * Adds a price list (<i>menambah daftar harga</i>), such as next year's list of a channel.
   *
   * @param list the list, not null
   * @param at who changes the book and when, not null
   * @return accepted with the book holding the list and its {@link PriceBookEvent.PriceListAdded},
   *     or refused, the book unchanged, with the rule the new book would break: {@code
   *     value.duplicate} for a list id the book holds, {@link PricingRule#LIST_OVERLAP} or {@link
   *     PricingRule#LIST_CYCLE}; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<PriceBook> addList(PriceList list, Stamp at) {
    Checks.required(list, "list");
    Checks.required(at, "at");
    List<PriceList> next = new ArrayList<>(lists());
    next.add(list);
    return changed(next, v -> new PriceBookEvent.PriceListAdded(v, at, list));
  }

  /**
   * Replaces a price list by a new version of it with the same id (<i>mengganti daftar harga</i>):
   * new prices, rules or period.
   *
   * @param list the list as it is to be, not null; its id names the list replaced
   * @param at who changes the book and when, not null
   * @return accepted with the new book and its {@link PriceBookEvent.PriceListReplaced}, or
   *     refused, the book unchanged, with {@link PricingRule#LIST_UNKNOWN} (subject {@code
   *     "listId"}) if the book holds no list of that id, or the rule the new book would break
   *     ({@link PricingRule#LIST_OVERLAP}, {@link PricingRule#LIST_CYCLE}); never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<PriceBook> replaceList(PriceList list, Stamp at) {
    Checks.required(list, "list");
    Checks.required(at, "at");
    int i = indexOf(list.id());
    if (i < 0) {
      return Outcome.refused(Refusal.of(PricingRule.LIST_UNKNOWN, "listId", list.id()));
    }
    List<PriceList> next = new ArrayList<>(lists());
    next.set(i, list);
    return changed(next, v -> new PriceBookEvent.PriceListReplaced(v, at, list));
  }

  /**
   * Retires a price list (<i>menghentikan daftar harga</i>): it is in force until {@code lastDay}
   * and no longer. The day is a calendar rule of the list, not the time of the change: a list may
   * be retired ahead, at the end of the month, or back to a day already past.
   *
   * @param listId the list, not null
   * @param lastDay its last day in force, not null, on or after its first day and before the day it
   *     ends now (if it has one)
   * @param at who changes the book and when, not null
   * @return accepted with the new book and its {@link PriceBookEvent.PriceListRetired}, or refused,
   *     the book unchanged, with {@link PricingRule#LIST_UNKNOWN} (subject {@code "listId"}),
   *     {@link PricingRule#RETIRE_LATER} (subject {@code "lastDay"}, detail the day it ends now) or
   *     {@code value.date-order} (subject {@code "effectiveUntil"}, detail its first day) for a day
   *     before the list starts; never null
   * @throws MissingValueException if an argument is null
   */
  public Outcome<PriceBook> retireList(String listId, LocalDate lastDay, Stamp at) {
    Checks.required(listId, "listId");
    Checks.required(lastDay, "lastDay");
    Checks.required(at, "at");
    int i = indexOf(listId);
    if (i < 0) {
      return Outcome.refused(Refusal.of(PricingRule.LIST_UNKNOWN, "listId", listId));
    }
    PriceList old = lists().get(i);
    Optional<LocalDate> until = old.effectiveUntil();
    if (until.isPresent() && !lastDay.isBefore(until.get())) {
      return Outcome.refused(Refusal.of(PricingRule.RETIRE_LATER, "lastDay", lastDay, until.get()));
    }
    PriceList retired;
    try {
      retired = PriceList.builder().from(old).effectiveUntil(lastDay).build();
    } catch (InvalidValueException e) {
      return Outcome.refused(Refusal.of(e));
    }
    List<PriceList> next = new ArrayList<>(lists());
    next.set(i, retired);
    return changed(next, v -> new PriceBookEvent.PriceListRetired(v, at, listId, lastDay));
  }

  /**
   * Rebuilds a book from its events (<i>memutar ulang peristiwa</i>): each event's change is made
   * again, with its stamp, starting from the empty book, so every rule is checked again, and must
   * yield exactly the recorded event.
   *
   * @param events the book's events, versions 1, 2, ... in order, not null, no null element
   * @return the book at the last event's version (the empty book for none), never null
   * @throws MissingValueException if the list or an event is null
   * @throws InvalidValueException naming {@code events[i]} with rule {@link
   *     AuditRule#EVENT_INCONSISTENT} when its change is refused or yields another event
   */
  public static PriceBook replay(List<? extends PriceBookEvent> events) {
    Checks.required(events, "events");
    PriceBook book = of(List.of());
    for (int i = 0; i < events.size(); i++) {
      String field = "events[" + i + "]";
      PriceBookEvent e = Checks.required(events.get(i), field);
      Outcome<PriceBook> next;
      if (e instanceof PriceBookEvent.PriceListAdded a) {
        next = book.addList(a.list(), a.stamp());
      } else if (e instanceof PriceBookEvent.PriceListReplaced r) {
        next = book.replaceList(r.list(), r.stamp());
      } else {
        PriceBookEvent.PriceListRetired r = (PriceBookEvent.PriceListRetired) e;
        next = book.retireList(r.listId(), r.lastDay(), r.stamp());
      }
      if (next.isRefused() || !next.events().equals(List.of(e))) {
        throw InvalidValueException.of(AuditRule.EVENT_INCONSISTENT, field, e.version(), e.type());
      }
      book = next.orElseThrow();
    }
    return book;
  }

  private int indexOf(String listId) {
    List<PriceList> all = lists();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(listId)) {
        return i;
      }
    }
    return -1;
  }

  /** The book of the changed lists, one version higher, with its event; or the refusal. */
  private Outcome<PriceBook> changed(List<PriceList> next, LongFunction<PriceBookEvent> event) {
    PriceBook book;
    try {
      book = builder().lists(next).version(version() + 1).build();
    } catch (InvalidValueException e) {
      return Outcome.refused(Refusal.of(e));
    }
    return Outcome.accepted(book, event.apply(book.version()));
  }

  /**
   * This book with one more list, at the same version: for assembling a book, not a stamped change
   * (see {@link #addList}); this book is unchanged.
   *
   * @param list the list to add, not null
   * @return the new book, never null
   * @throws InvalidValueException as documented on this class, for example when the list overlaps
   *     another list of its channel
   * @throws MissingValueException if {@code list} is null
   */
  public PriceBook withList(PriceList list) {
    Checks.required(list, "list");
    return builder().from(this).addList(list).build();
  }

  /**
   * A book of the given lists.
   *
   * @param lists the lists, not null
   * @return the book, never null
   * @throws InvalidValueException as documented on this class
   * @throws MissingValueException if {@code lists} is null
   */
  public static PriceBook of(List<PriceList> lists) {
    Checks.required(lists, "lists");
    return builder().lists(lists).build();
  }

  /**
   * A book of the given lists.
   *
   * @param lists the lists, not null
   * @return the book, never null
   * @throws InvalidValueException as documented on this class
   * @throws MissingValueException if {@code lists} is null
   */
  public static PriceBook of(PriceList... lists) {
    Checks.required(lists, "lists");
    return of(List.of(lists));
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceBook}; not thread-safe. */
  public static final class Builder extends ImmutablePriceBook.Builder {
    Builder() {}
  }
}
