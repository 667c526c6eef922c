package org.bengkel.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.bengkel.pricing.PriceInclusion;
import org.bengkel.pricing.StepKind;
import org.bengkel.pricing.TaxStatus;
import org.bengkel.sales.Channel;

/**
 * The JSON benchmark's baseline: plain mutable classes with public fields and the same JSON
 * properties as bengkel's quote document, bound by plain Jackson data-binding without any
 * validation. Money is a {@code long}, the SKU a {@code String}, enums are enums.
 */
final class PlainQuote {

  private PlainQuote() {}

  /** The quote, its date as a string (plain Jackson 2 has no {@code java.time} support built in). */
  public static final class Quote2 {
    public Channel channel;
    public String date;
    public List<Line> lines;
    public Tax tax;
  }

  /** The quote, its date as a {@link LocalDate} (Jackson 3 reads {@code java.time} itself). */
  public static final class Quote3 {
    public Channel channel;
    public LocalDate date;
    public List<Line> lines;
    public Tax tax;
  }

  /** A quoted line. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Line {
    public Item item;
    public String listId;
    public String ruleId;
    public List<Step> steps;
    public long unitPrice;
  }

  /** The priced item. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Item {
    public String sku;
    public String category;
    public String unit;
    public long quantity;
    public Long cost;
  }

  /** A price step. */
  public static final class Step {
    public String source;
    public StepKind kind;
    public String description;
    public long before;
    public long after;
  }

  /** The tax breakdown. */
  public static final class Tax {
    public TaxStatus status;
    public PriceInclusion inclusion;
    public long quoted;
    public long taxBase;
    public long ppn;
  }
}
