package org.bengkel.audit;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.bengkel.error.Displayable;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.internal.Checks;

/**
 * The audit view of events (<i>jejak audit</i>): the events of an aggregate, or of several, in
 * order, one line each as an officer reads them:
 *
 * <pre>
 * 12 Okt 2026 09.14 WIB · Agus Salim (NIP 198503122010121001) · menjual 12 unit SKU KK-500 dari lot KK-2610-01
 * 12 Oct 2026 09:14 WIB · Agus Salim (NIP 198503122010121001) · sold 12 units of SKU KK-500 from lot KK-2610-01
 * </pre>
 *
 * <p>The time is the stamp's local time in the facility's zone, with the zone's name; the actor is
 * the officer's name and NIP where the caller knows the officer, else the NIP alone, or the system
 * actor's name. The sentence is the event's message ({@code event.<type>} in the {@code messages}
 * bundle of its package, English and Indonesian) with the event's {@linkplain
 * DomainEvent#auditFacts facts}, a {@link Displayable} fact by its display name in the reader's
 * language. Trainees appear by registration number only under {@link
 * Disclosure#REGISTRATION_NUMBERS}, never by name.
 *
 * <p>Order: by instant, then aggregate id, then version, so that the events of several aggregates
 * interleave in time. This is an order for reading, not for replay: an aggregate that accepts an
 * operation stamped before its previous event (a PNBP ledger, a training register, a trainee, a
 * batch's work; docs/audit.md, "How a host stores events") shows that event before the one it
 * follows. Immutable and thread-safe.
 */
public final class AuditTrail {

  /** Between the parts of a line. */
  public static final String SEPARATOR = " · ";

  private static final Comparator<DomainEvent> ORDER =
      Comparator.comparing(DomainEvent::at)
          .thenComparing(DomainEvent::aggregateId)
          .thenComparingLong(DomainEvent::version);

  private final List<DomainEvent> events;

  private AuditTrail(List<DomainEvent> events) {
    this.events = events;
  }

  /**
   * A trail of events.
   *
   * @param events the events, in any order, not null, no null element
   * @return the trail, never null
   * @throws MissingValueException if the list or an event is null
   */
  public static AuditTrail of(Collection<? extends DomainEvent> events) {
    Checks.requiredElements(events, "events");
    return new AuditTrail(events.stream().map(DomainEvent.class::cast).sorted(ORDER).toList());
  }

  /**
   * The events, in trail order.
   *
   * @return an unmodifiable list, never null
   */
  public List<DomainEvent> events() {
    return events;
  }

  /**
   * The trail restricted to one aggregate.
   *
   * @param aggregateId the aggregate's identity, not null
   * @return the trail of its events, never null
   * @throws MissingValueException if {@code aggregateId} is null
   */
  public AuditTrail of(String aggregateId) {
    Checks.required(aggregateId, "aggregateId");
    return new AuditTrail(
        events.stream().filter(e -> e.aggregateId().equals(aggregateId)).toList());
  }

  /**
   * The lines of the trail.
   *
   * @param locale the language: Indonesian for {@code id}, English otherwise; not null
   * @param officers the officers whose names the reader may see, not null (may be empty: then
   *     officers appear by NIP)
   * @param disclosure what the reader may see of trainees, not null
   * @return one line per event, in trail order, never null
   * @throws MissingValueException if an argument is null
   */
  public List<String> lines(Locale locale, Collection<Officer> officers, Disclosure disclosure) {
    Checks.required(locale, "locale");
    Checks.requiredElements(officers, "officers");
    Checks.required(disclosure, "disclosure");
    Map<Nip, String> names = new HashMap<>();
    for (Officer o : officers) {
      names.put(o.nip(), o.name());
    }
    boolean indonesian = Messages.isIndonesian(locale);
    Locale language = indonesian ? Messages.INDONESIAN : Locale.ENGLISH;
    ResourceBundle own = bundle(AuditTrail.class.getPackageName(), indonesian);
    DateTimeFormatter clock =
        DateTimeFormatter.ofPattern(Messages.lookup(own, "audit.line.clock"), language);
    return events.stream()
        .map(
            e ->
                clock.format(e.stamp().localDateTime())
                    + " "
                    + e.stamp().zone()
                    + SEPARATOR
                    + actor(e.actor(), names, own)
                    + SEPARATOR
                    + sentence(e, indonesian, disclosure))
        .toList();
  }

  private static String actor(Actor actor, Map<Nip, String> names, ResourceBundle own) {
    if (actor.nip().isEmpty()) {
      return format(Messages.lookup(own, "audit.actor.system"), actor.systemName().orElseThrow());
    }
    Nip nip = actor.nip().get();
    String name = names.get(nip);
    return name == null
        ? format(Messages.lookup(own, "audit.actor.officer-nip"), nip.toString())
        : format(Messages.lookup(own, "audit.actor.officer"), name, nip.toString());
  }

  private static String sentence(DomainEvent e, boolean indonesian, Disclosure disclosure) {
    ResourceBundle bundle = bundle(e.getClass().getPackageName(), indonesian);
    Locale language = indonesian ? Messages.INDONESIAN : Locale.ENGLISH;
    // a displayable fact (a status, the neutral word for a withheld trainee) in the reader's words
    Object[] facts =
        e.auditFacts(disclosure).stream()
            .map(f -> f instanceof Displayable d ? d.displayName(language) : f)
            .toArray();
    return format(Messages.lookup(bundle, "event." + e.type()), facts);
  }

  private static ResourceBundle bundle(String pkg, boolean indonesian) {
    // Core's bundles are in core's module: loaded here, by a class of that module.
    return ResourceBundle.getBundle(
        pkg + ".messages", indonesian ? Messages.INDONESIAN : Locale.ROOT);
  }

  private static String format(String pattern, Object... args) {
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  @Override
  public String toString() {
    return "AuditTrail{events=" + events.size() + "}";
  }
}
