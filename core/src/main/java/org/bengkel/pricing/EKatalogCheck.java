package org.bengkel.pricing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;

/**
 * The decision on an e-Katalog listing (<i>hasil pemeriksaan tayangan e-Katalog</i>): one finding
 * per rule, each explained; the listing is accepted when every finding passed. Produced by {@link
 * EKatalogPolicy#check}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EKatalogCheck {

  EKatalogCheck() {}

  /**
   * The listing checked.
   *
   * @return the listing, never null
   */
  @NotNull
  public abstract EKatalogListing listing();

  /**
   * One finding per rule, in a fixed order: price, then local content, then (only when an offer was
   * in another unit) the unit finding.
   *
   * @return the findings, never null or empty
   */
  @NotEmpty
  public abstract List<EKatalogFinding> findings();

  /**
   * Whether the listing meets every rule.
   *
   * @return true when every finding passed
   */
  public boolean accepted() {
    return findings().stream().allMatch(EKatalogFinding::passed);
  }

  /**
   * The findings that did not pass: the reasons for a refusal.
   *
   * @return the failed findings, never null, empty when accepted
   */
  public List<EKatalogFinding> refusals() {
    return findings().stream().filter(f -> !f.passed()).toList();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EKatalogCheck}; not thread-safe. */
  public static final class Builder extends ImmutableEKatalogCheck.Builder {
    Builder() {}
  }
}
