package org.bengkel.proceeds;

import java.util.List;
import org.bengkel.audit.AuditRule;
import org.bengkel.audit.Disclosure;
import org.bengkel.audit.DomainEvent;
import org.bengkel.audit.Stamp;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.bengkel.trainee.RegistrationNumber;

/**
 * What an accepted operation of a {@link PremiAccount} caused (<i>peristiwa tabungan premi</i>):
 * one event per entry appended, carrying the holder's registration number as aggregate id, the
 * account's version after it and the {@link PremiEntry} it appended (whose stamp is the event's).
 * {@link PremiAccount#replay(RegistrationNumber, org.bengkel.money.Rate, List)} rebuilds an account
 * from them.
 *
 * <p>Personal data: the registration number identifies a trainee. It is the aggregate id a host
 * stores the events under (an internal record, like the account itself); the records' {@code
 * toString()} leaves it out, and an audit trail shows it only under {@link
 * Disclosure#REGISTRATION_NUMBERS}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PremiEvent extends DomainEvent
    permits PremiEvent.PremiCredited, PremiEvent.PremiSpent, PremiEvent.PremiPaidOut {

  /**
   * The account holder; personal data.
   *
   * @return the registration number, never null
   */
  RegistrationNumber account();

  /**
   * The entry the operation appended.
   *
   * @return the entry, never null
   */
  PremiEntry entry();

  @Override
  default String aggregateId() {
    return account().value();
  }

  @Override
  default Stamp stamp() {
    return entry().stamp();
  }

  /**
   * The same facts for every premi event, declared once: {0} the amount, {1} the reference, {2} the
   * holder: the registration number under {@link Disclosure#REGISTRATION_NUMBERS}, otherwise {@link
   * Disclosure#NO_TRAINEES}, which the audit trail shows as its neutral word ("a trainee", "seorang
   * warga binaan").
   */
  @Override
  default List<Object> auditFacts(Disclosure disclosure) {
    boolean shown = Checks.required(disclosure, "disclosure") == Disclosure.REGISTRATION_NUMBERS;
    return List.of(
        entry().amount().toString(),
        entry().reference(),
        shown ? account().value() : Disclosure.NO_TRAINEES);
  }

  /**
   * Premi was credited ({@link PremiAccount#credit(Stamp, org.bengkel.money.Rupiah, String)}).
   *
   * @param account the holder, not null
   * @param version the account's version after it, 1 or more
   * @param entry the {@link PremiEntryKind#CREDIT} entry, not null
   */
  record PremiCredited(RegistrationNumber account, long version, PremiEntry entry)
      implements PremiEvent {
    /** Checks. */
    public PremiCredited {
      check(account, version, entry, PremiEntryKind.CREDIT);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * Premi was spent inside ({@link PremiAccount#spend}).
   *
   * @param account the holder, not null
   * @param version the account's version after it, 1 or more
   * @param entry the {@link PremiEntryKind#SPEND} entry, not null
   */
  record PremiSpent(RegistrationNumber account, long version, PremiEntry entry)
      implements PremiEvent {
    /** Checks. */
    public PremiSpent {
      check(account, version, entry, PremiEntryKind.SPEND);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  /**
   * The balance was paid out on release and the account closed ({@link PremiAccount#payOut}).
   *
   * @param account the holder, not null
   * @param version the account's version after it, 1 or more
   * @param entry the {@link PremiEntryKind#PAYOUT} entry, not null
   */
  record PremiPaidOut(RegistrationNumber account, long version, PremiEntry entry)
      implements PremiEvent {
    /** Checks. */
    public PremiPaidOut {
      check(account, version, entry, PremiEntryKind.PAYOUT);
    }

    @Override
    public String toString() {
      return describe(this);
    }
  }

  private static void check(
      RegistrationNumber account, long version, PremiEntry entry, PremiEntryKind kind) {
    Checks.required(account, "account");
    Checks.required(entry, "entry");
    Checks.requireRange(version, "version", 1, Long.MAX_VALUE);
    if (entry.kind() != kind) {
      throw InvalidValueException.of(
          AuditRule.EVENT_INCONSISTENT, "entry.kind", entry.kind(), kind);
    }
  }

  /** Without the registration number. */
  private static String describe(PremiEvent e) {
    return e.getClass().getSimpleName()
        + "{version="
        + e.version()
        + ", stamp="
        + e.stamp()
        + ", amount="
        + e.entry().amount()
        + "}";
  }
}
