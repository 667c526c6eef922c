package org.bengkel.audit;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.facility.Nip;
import org.bengkel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Who made a change (<i>pelaku</i>): an officer, by NIP, or a named system actor for an automated
 * step (an import, a nightly expiry run).
 *
 * <p>Never a trainee: trainees take part in what is recorded (hours, premi), but the record is made
 * by an officer or a system, and nothing personal about a trainee goes into an actor.
 *
 * <p>{@link #toString()} is {@code officer:198503122010121001} or {@code system:import}, which
 * {@link #parse(CharSequence)} reads back: the form a host stores in one column. Immutable and
 * thread-safe.
 */
public final class Actor implements Comparable<Actor>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern SYSTEM_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int SYSTEM_NAME_MAX = 40;
  private static final String OFFICER = "officer:";
  private static final String SYSTEM = "system:";

  private final @Nullable Nip nip;
  private final String text;

  private Actor(@Nullable Nip nip, String text) {
    this.nip = nip;
    this.text = text;
  }

  /**
   * An officer (<i>petugas</i>) acting in office.
   *
   * @param nip the officer's NIP, not null
   * @return the actor, never null
   * @throws MissingValueException if {@code nip} is null
   */
  public static Actor officer(Nip nip) {
    Checks.required(nip, "nip");
    return new Actor(nip, OFFICER + nip);
  }

  /**
   * A named system actor, for steps no officer performs by hand: {@code import} for records read in
   * from another system, for example.
   *
   * @param name 1 to 40 lower-case letters, digits and single hyphens, starting with a letter, not
   *     null
   * @return the actor, never null
   * @throws MissingValueException if {@code name} is null
   * @throws InvalidValueException with {@link AuditRule#SYSTEM_ACTOR_NAME} for another form
   */
  public static Actor system(String name) {
    Checks.required(name, "name");
    if (name.length() > SYSTEM_NAME_MAX || !SYSTEM_NAME.matcher(name).matches()) {
      throw InvalidValueException.of(AuditRule.SYSTEM_ACTOR_NAME, "name", name);
    }
    return new Actor(null, SYSTEM + name);
  }

  /**
   * Reads back {@link #toString()}.
   *
   * @param text {@code officer:<18-digit NIP>} or {@code system:<name>}, not null
   * @return the actor, never null
   * @throws MissingValueException if {@code text} is null
   * @throws InvalidValueException with {@link AuditRule#ACTOR_FORMAT}, or the rule of the NIP or
   *     name that is wrong
   */
  public static Actor parse(CharSequence text) {
    String s = Checks.required(text, "text").toString();
    if (s.startsWith(OFFICER)) {
      return officer(Nip.parse(s.substring(OFFICER.length())));
    }
    if (s.startsWith(SYSTEM)) {
      return system(s.substring(SYSTEM.length()));
    }
    throw InvalidValueException.of(AuditRule.ACTOR_FORMAT, "actor", s);
  }

  /**
   * The officer's NIP.
   *
   * @return the NIP for an officer, empty for a system actor
   */
  public Optional<Nip> nip() {
    return Optional.ofNullable(nip);
  }

  /**
   * The system actor's name.
   *
   * @return the name for a system actor, empty for an officer
   */
  public Optional<String> systemName() {
    return nip == null ? Optional.of(text.substring(SYSTEM.length())) : Optional.empty();
  }

  /**
   * Whether the actor is an officer.
   *
   * @return true for an officer, false for a system actor
   */
  public boolean isOfficer() {
    return nip != null;
  }

  @Override
  public int compareTo(Actor other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Actor that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * {@code officer:<NIP>} or {@code system:<name>}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }
}
