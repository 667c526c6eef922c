package org.bengkel.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bengkel.internal.Checks;
import org.bengkel.outcome.Event;

/**
 * An event of bengkel-core's domain (<i>peristiwa domain</i>): what an accepted operation caused,
 * with its {@linkplain #type() type}, the {@linkplain #aggregateId() aggregate} and its {@linkplain
 * #version() new version}, {@linkplain #stamp() who and when}, and the facts needed to replay or
 * audit it.
 *
 * <p>Each aggregate declares its events as a sealed interface of records (a stock ledger's {@code
 * StockEvent}, an order's {@code OrderEvent}...), and rebuilds itself from them with a static
 * {@code replay}. Events are appended by hosts under (aggregate id, version), which is unique; see
 * docs/audit.md.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DomainEvent extends Event {

  /**
   * The event's type code, from its record's class by {@link #typeOf}: declared once for every
   * event, so no record writes its own. Renaming a record or moving it to another package changes
   * the code, which hosts store: released records keep their names.
   *
   * @return the code, such as {@code inventory.stock-sold}, never null
   */
  @Override
  default String type() {
    return typeOf(getClass());
  }

  /**
   * The type code of an event class (<i>kode jenis peristiwa</i>): the last segment of its package,
   * a dot and its simple name in kebab-case ({@code org.bengkel.inventory.StockEvent.StockSold}
   * gives {@code inventory.stock-sold}). It is what {@link #type()} answers, the key {@code
   * event.<type>} of the audit sentences, and the name of the event's JSON document kind.
   *
   * @param event the event's class, not null
   * @return the code, never null
   * @throws org.bengkel.error.MissingValueException if {@code event} is null
   */
  static String typeOf(Class<? extends DomainEvent> event) {
    Class<?> type = Checks.required(event, "event");
    String pkg = type.getPackageName();
    StringBuilder code = new StringBuilder(pkg.substring(pkg.lastIndexOf('.') + 1)).append('.');
    String simple = type.getSimpleName();
    for (int i = 0; i < simple.length(); i++) {
      char ch = simple.charAt(i);
      if (Character.isUpperCase(ch) && i > 0) {
        code.append('-');
      }
      code.append(ch);
    }
    // Computed on each call, not cached: a few dozen characters, against the JSON or SQL that
    // every caller then writes.
    return code.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Who made the change, when, in which zone.
   *
   * @return the stamp, never null
   */
  Stamp stamp();

  /**
   * When it happened: the stamp's instant.
   *
   * @return the instant, never null
   */
  @Override
  default Instant at() {
    return stamp().at();
  }

  /**
   * Who made the change: the stamp's actor.
   *
   * @return the actor, never null
   */
  default Actor actor() {
    return stamp().actor();
  }

  /**
   * The facts an audit trail shows for this event: the arguments ({@link java.text.MessageFormat}
   * {@code {0}}, {@code {1}}...) of the message {@code event.<type>} in the {@code messages} bundle
   * of the event's package, where each event's sentence is declared once in English and Indonesian.
   * A trainee's registration number is among them only under {@link
   * Disclosure#REGISTRATION_NUMBERS}; otherwise a neutral placeholder takes its place.
   *
   * @param disclosure what the viewer may see, not null
   * @return the arguments, never null, no null element
   * @throws org.bengkel.error.MissingValueException if {@code disclosure} is null (bengkel's own
   *     events; an event of a host's own should do the same)
   */
  List<Object> auditFacts(Disclosure disclosure);
}
