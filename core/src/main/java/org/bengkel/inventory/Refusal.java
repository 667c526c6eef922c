package org.bengkel.inventory;

import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Why the stock ledger refused an operation (<i>alasan penolakan</i>): the rule, what it was
 * about, and the numbers that explain it.
 *
 * <p>A refusal is a business answer, not an error: the ledger is unchanged and the caller decides
 * what to do (offer fewer units, pick another product, cancel the order). {@link #code()} is the
 * stable rule code to match on; {@link #message(Locale)} explains it in English or Indonesian.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Refusal {

  Refusal() {}

  /**
   * The operation that was refused, named by the movement it would have recorded.
   *
   * @return the movement type, never null
   */
  @NotNull
  public abstract MovementType operation();

  /**
   * The rule that refused it.
   *
   * @return the rule, never null
   */
  @NotNull
  public abstract InventoryRule rule();

  /**
   * What the refusal is about: a SKU, lot code or reservation id as text ({@code {0}} in the
   * message).
   *
   * @return the subject, never null
   */
  @NotNull
  public abstract String subject();

  /**
   * The value asked for: a quantity or date-time as text ({@code {1}} in the message).
   *
   * @return the value, never null
   */
  @NotNull
  public abstract String value();

  /**
   * The rule's further values, as text ({@code {2}}... in the message): documented on each
   * {@link InventoryRule}.
   *
   * @return the details, never null
   */
  @NotNull
  public abstract List<String> details();

  /**
   * The stable rule code, such as {@code inventory.available.insufficient}.
   *
   * @return the code, never null
   */
  public String code() {
    return rule().code();
  }

  /**
   * The explanation in the caller's language: Indonesian for {@code id}, English otherwise.
   *
   * @param locale the caller's locale, not null
   * @return the message followed by the code in brackets, never null
   */
  public String message(Locale locale) {
    Object[] args = new Object[2 + details().size()];
    args[0] = subject();
    args[1] = value();
    for (int i = 0; i < details().size(); i++) {
      args[2 + i] = details().get(i);
    }
    return new MessageFormat(rule().pattern(locale), Locale.ROOT).format(args)
        + " [" + code() + "]";
  }

  static Refusal of(MovementType operation, InventoryRule rule, Object subject, Object value,
      Object... details) {
    return ImmutableRefusal.builder()
        .operation(operation)
        .rule(rule)
        .subject(String.valueOf(subject))
        .value(String.valueOf(value))
        .addDetails(java.util.Arrays.stream(details).map(String::valueOf).toArray(String[]::new))
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Refusal}; not thread-safe. */
  public static final class Builder extends ImmutableRefusal.Builder {
    Builder() {}
  }
}
