package org.bengkel.error;

import java.util.Locale;

/**
 * A state transition that the lifecycle does not allow (<i>perpindahan status tidak sah</i>):
 * names the state it was asked to leave, the state it was asked to reach and the rule that forbids
 * it.
 *
 * <p>State-transition methods ({@code enrolment.suspend(..)}, {@code batch.release(..)}) throw it
 * and leave the object they were called on unchanged (it is immutable). The rule's message
 * pattern may refer to {@code {0}} (from), {@code {1}} (to) and {@code {2}}... (details).
 *
 * <p>Immutable and thread-safe.
 */
public final class IllegalTransitionException extends BengkelException {

  private static final long serialVersionUID = 1L;

  private final String from;
  private final String to;

  private IllegalTransitionException(Rule rule, String from, String to, Object... details) {
    super(rule, InvalidValueException.texts(details), null);
    this.from = from;
    this.to = to;
  }

  /**
   * A refused transition.
   *
   * @param rule the rule that forbids it, not null
   * @param from the current state, not null (its {@code toString()} is shown: pass states, not
   *     objects that hold personal data)
   * @param to the requested state, not null
   * @param details values that the rule's message mentions, not null
   * @return the exception, never null
   * @throws MissingValueException if {@code rule}, {@code from}, {@code to} or {@code details} is
   *     null
   */
  public static IllegalTransitionException of(Rule rule, Object from, Object to, Object... details) {
    MissingValueException.required(rule, "rule");
    MissingValueException.required(details, "details");
    return new IllegalTransitionException(
        rule,
        text(MissingValueException.required(from, "from")),
        text(MissingValueException.required(to, "to")),
        details);
  }

  /**
   * The state the object was in.
   *
   * @return the state's name, never null
   */
  public String from() {
    return from;
  }

  /**
   * The state that was requested.
   *
   * @return the state's name, never null
   */
  public String to() {
    return to;
  }

  @Override
  public String message(Locale locale) {
    return format(locale, "frame.transition", from, to);
  }

  @Override
  protected String[] leadingArguments(Locale locale) {
    return new String[] {from, to};
  }
}
