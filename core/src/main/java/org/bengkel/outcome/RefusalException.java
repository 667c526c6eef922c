package org.bengkel.outcome;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bengkel.error.BengkelException;
import org.bengkel.internal.Checks;

/**
 * A refused operation treated as a broken contract: thrown only by {@link Outcome#orElseThrow()},
 * for callers (scripts, replays of a history known to be valid) that do not expect a refusal.
 *
 * <p>Its {@linkplain #rule() rule} and {@linkplain #details() details} are those of the first
 * refusal; {@link #refusals()} has them all. Like every {@link BengkelException}, its message never
 * contains personal data.
 *
 * <p>Immutable and thread-safe.
 */
public final class RefusalException extends BengkelException {

  private static final long serialVersionUID = 1L;

  // Refusals hold rules, which are not serializable; a deserialized exception keeps its code and
  // message text only.
  private final transient List<Refusal> refusals;
  private final String english;
  private final String indonesian;

  RefusalException(List<Refusal> refusals) {
    super(refusals.get(0).rule(), refusals.get(0).details(), null);
    this.refusals = List.copyOf(refusals);
    this.english = join(refusals, Locale.ROOT);
    this.indonesian = join(refusals, Locale.forLanguageTag("id"));
  }

  /**
   * Every reason why the operation was refused, in order.
   *
   * @return an unmodifiable list, never null; every refusal of the outcome, or empty in an
   *     exception that was serialized and read back (refusals hold rules, which are not kept)
   */
  public List<Refusal> refusals() {
    return refusals == null ? List.of() : refusals;
  }

  /** The first refusal's subject and shown value, so that {@link #reason(Locale)} reads right. */
  @Override
  protected String[] leadingArguments(Locale locale) {
    List<Refusal> all = refusals();
    return all.isEmpty() ? new String[0] : all.get(0).leadingArguments(locale);
  }

  @Override
  public String message(Locale locale) {
    Checks.required(locale, "locale");
    return org.bengkel.error.Messages.isIndonesian(locale) ? indonesian : english;
  }

  private static String join(List<Refusal> refusals, Locale locale) {
    return refusals.stream().map(r -> r.message(locale)).collect(Collectors.joining("; "));
  }
}
