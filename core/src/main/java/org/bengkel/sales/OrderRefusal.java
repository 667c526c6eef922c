package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bengkel.error.Rule;
import org.bengkel.inventory.Refusal;
import org.immutables.value.Value;

/**
 * One reason why an order operation was refused (<i>alasan penolakan</i>): the rule, the order
 * line it concerns, and the values that explain it.
 *
 * <p>The rule is a {@link SalesRule} or, where the stock ledger refused a line, the ledger's
 * {@link org.bengkel.inventory.InventoryRule} (such as {@code inventory.available.insufficient}).
 * {@link #ruleCode()} is the stable code to match on; {@link #message(Locale)} explains it in
 * English or Indonesian.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderRefusal {

  OrderRefusal() {}

  /**
   * The order line concerned, numbered from 1.
   *
   * @return the line number, empty when the refusal concerns the whole order
   */
  public abstract Optional<Integer> line();

  /**
   * The rule that refused.
   *
   * @return the rule, never null
   */
  @NotNull
  public abstract Rule rule();

  /**
   * What the refusal is about (a SKU, lot or order line) as text: {@code {0}} in the message.
   *
   * @return the subject, never null
   */
  @NotNull
  public abstract String subject();

  /**
   * The value asked for (a quantity or date-time) as text: {@code {1}} in the message.
   *
   * @return the value, never null
   */
  @NotNull
  public abstract String value();

  /**
   * Further values: {@code {2}}... in the message, documented on each rule.
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
  public String ruleCode() {
    return rule().code();
  }

  /**
   * The explanation in the caller's language: Indonesian for {@code id}, English otherwise.
   *
   * @param locale the caller's locale, not null
   * @return the line (if any), the message and the code in brackets, never null
   */
  public String message(Locale locale) {
    Object[] args = new Object[2 + details().size()];
    args[0] = subject();
    args[1] = value();
    for (int i = 0; i < details().size(); i++) {
      args[2 + i] = details().get(i);
    }
    String text = new MessageFormat(rule().pattern(locale), Locale.ROOT).format(args);
    String prefix = line().map(n -> "#" + n + ": ").orElse("");
    return prefix + text + " [" + ruleCode() + "]";
  }

  /**
   * A refusal of the stock ledger for one order line.
   *
   * @param line the order line, from 1
   * @param refusal the ledger's refusal, not null
   * @return the order refusal with the ledger's rule and values, never null
   */
  static OrderRefusal ofStock(int line, Refusal refusal) {
    return ImmutableOrderRefusal.builder()
        .line(line)
        .rule(refusal.rule())
        .subject(refusal.subject())
        .value(refusal.value())
        .details(refusal.details())
        .build();
  }

  /**
   * A refusal by a sales rule for one order line.
   *
   * @param line the order line, from 1
   * @param rule the rule, not null
   * @param subject the subject, not null
   * @param value the value asked, not null
   * @param details further values, not null
   * @return the refusal, never null
   */
  static OrderRefusal of(int line, SalesRule rule, Object subject, Object value, Object... details) {
    return ImmutableOrderRefusal.builder()
        .line(line)
        .rule(rule)
        .subject(String.valueOf(subject))
        .value(String.valueOf(value))
        .details(Arrays.stream(details).map(String::valueOf).toList())
        .build();
  }
}
