package org.bengkel.audit;

import org.bengkel.error.Rule;

/**
 * The rules of actors and stamps (<i>aturan jejak audit</i>).
 *
 * <p>Immutable and thread-safe.
 */
public enum AuditRule implements Rule {
  /**
   * A system actor's name is not 1 to 40 lower-case letters, digits or hyphens, starting with a
   * letter (such as {@code import}).
   */
  SYSTEM_ACTOR_NAME("audit.actor.system-name"),
  /** An actor's text is neither {@code officer:<NIP>} nor {@code system:<name>}. */
  ACTOR_FORMAT("audit.actor.format"),
  /**
   * Broken contract (thrown): a recorded event does not replay, because the operation it records is
   * refused, yields another event, or its aggregate or version is not the next one. Detail {@code
   * {2}} the event type.
   */
  EVENT_INCONSISTENT("audit.event.inconsistent");

  private final String code;

  AuditRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
