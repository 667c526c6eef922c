package org.bengkel.pricing;

import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.CoreRule;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.internal.Checks;
import org.bengkel.money.NumberText;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PriceStep} did, as a stable code (<i>kode langkah harga</i>) with named parameters;
 * the step is put into words only when shown ({@link PriceStep#message(Locale)}), in English or
 * Indonesian, from the patterns of the package's {@code messages} bundles under the code (for
 * example {@code pricing.step.markup}).
 *
 * <p>The parameters are kept as their canonical texts (what {@code toString()} writes and {@code
 * parse} or {@code of} reads back: {@code Rp92.500}, {@code 10%}, {@code GALLERY}, {@code
 * HALF_UP}), so a step travels through JSON unchanged. Each code declares its parameters once, in
 * order; a pattern refers to the price before the step as <code>{0}</code>, after it as <code>{1}
 * </code> and to the parameters from <code>{2}</code> on, in that order.
 *
 * <p>Codes are part of the public contract: other systems may match on them.
 *
 * <p>Immutable and thread-safe.
 */
public enum StepCode {
  /** The base is the item's material cost per unit; parameter {@code cost}. */
  BASE_COST("pricing.step.base-cost", StepKind.BASE, Param.rupiah("cost")),
  /** The base is the list price of the SKU; parameters {@code sku}, {@code price}. */
  BASE_LIST_PRICE(
      "pricing.step.base-list-price", StepKind.BASE, Param.text("sku"), Param.rupiah("price")),
  /**
   * The base is a service's tariff for a vehicle class; parameters {@code sku}, {@code
   * vehicleClass}, {@code tariff}.
   */
  BASE_TARIFF(
      "pricing.step.base-tariff",
      StepKind.BASE,
      Param.text("sku"),
      Param.vehicleClass("vehicleClass"),
      Param.rupiah("tariff")),
  /**
   * The base is the price another channel's list computes, with no rule applied there; parameters
   * {@code channel}, {@code price}, {@code list}.
   */
  BASE_CHANNEL(
      "pricing.step.base-channel",
      StepKind.BASE,
      Param.channel("channel"),
      Param.rupiah("price"),
      Param.text("list")),
  /**
   * The base is the price another channel's list computes with one of its rules; parameters {@code
   * channel}, {@code price}, {@code list}, {@code rule}.
   */
  BASE_CHANNEL_RULE(
      "pricing.step.base-channel-rule",
      StepKind.BASE,
      Param.channel("channel"),
      Param.rupiah("price"),
      Param.text("list"),
      Param.text("rule")),
  /** before × (1 + rate), rounded half up to whole rupiah; parameter {@code rate}. */
  MARKUP("pricing.step.markup", StepKind.MARKUP, Param.rate("rate")),
  /** before × (1 − rate), rounded half up to whole rupiah; parameter {@code rate}. */
  DISCOUNT("pricing.step.discount", StepKind.DISCOUNT, Param.rate("rate")),
  /** Rounded to a multiple of a step; parameters {@code step} and {@code mode}. */
  ROUNDING(
      "pricing.step.rounding", StepKind.ROUNDING, Param.rupiah("step"), Param.roundingMode("mode")),
  /** A fixed amount added; parameter {@code amount}. */
  SURCHARGE("pricing.step.surcharge", StepKind.SURCHARGE, Param.rupiah("amount")),
  /**
   * Raised to at least cost × (1 + margin), rounded up; parameters {@code margin}, {@code cost},
   * {@code bound}.
   */
  MIN_MARGIN(
      "pricing.step.min-margin",
      StepKind.MIN_MARGIN,
      Param.rate("margin"),
      Param.rupiah("cost"),
      Param.rupiah("bound")),
  /** The minimum margin was not applied because the cost is unknown; parameter {@code margin}. */
  MIN_MARGIN_SKIPPED("pricing.step.min-margin-skipped", StepKind.MIN_MARGIN, Param.rate("margin")),
  /**
   * Lowered to at most cost × (1 + margin), rounded down; parameters {@code margin}, {@code cost},
   * {@code bound}.
   */
  MAX_MARGIN(
      "pricing.step.max-margin",
      StepKind.MAX_MARGIN,
      Param.rate("margin"),
      Param.rupiah("cost"),
      Param.rupiah("bound")),
  /** The maximum margin was not applied because the cost is unknown; parameter {@code margin}. */
  MAX_MARGIN_SKIPPED("pricing.step.max-margin-skipped", StepKind.MAX_MARGIN, Param.rate("margin")),
  /** Raised to at least the floor price; parameter {@code floor}. */
  FLOOR("pricing.step.floor", StepKind.FLOOR, Param.rupiah("floor")),
  /**
   * A step recorded as prose before steps had codes, read from an older document; parameter {@code
   * text}, shown as written (in English) whatever the reader's language. Fits any kind.
   */
  TEXT("pricing.step.text", null, Param.text("text"));

  private final String code;
  private final @Nullable StepKind kind;
  private final List<Param> params;

  StepCode(String code, @Nullable StepKind kind, Param... params) {
    this.code = code;
    this.kind = kind;
    this.params = List.of(params);
  }

  /**
   * The stable code, such as {@code pricing.step.markup}: the key of its message.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The kind of step this code explains.
   *
   * @return the kind, empty for {@link #TEXT}, which fits any kind
   */
  public Optional<StepKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * The names of the parameters, in the order the messages refer to them from <code>{2}</code> on.
   *
   * @return the names, never null
   */
  public List<String> parameterNames() {
    return params.stream().map(Param::name).toList();
  }

  /**
   * The form of a parameter's text that this code's check accepts, as a regular expression without
   * anchors in the dialect ECMA-262, Java and Python share, for a JSON Schema: an amount ({@code
   * Rp1.000}), a rate ({@link Rate#TEXT_FORM}), a channel's or a rounding mode's constant name, a
   * vehicle class's code. Empty for a free text, which must not be blank and has at most 500
   * characters. A text of the form may still be refused when its number does not fit a long.
   *
   * @param name a parameter's name, one of {@link #parameterNames()}, not null
   * @return the expression, empty for a free text
   * @throws InvalidValueException {@code value.malformed} (field {@code name}) for a name this code
   *     has no parameter of
   */
  public Optional<String> parameterForm(String name) {
    Checks.required(name, "name");
    for (Param p : params) {
      if (p.name().equals(name)) {
        return Optional.ofNullable(p.form());
      }
    }
    throw InvalidValueException.of(CoreRule.MALFORMED, "name", name, "a parameter of " + code);
  }

  /**
   * The code whose {@link #code()} is the given text.
   *
   * @param code a code such as {@code pricing.step.markup}, not null
   * @return the step code, never null
   * @throws InvalidValueException {@code value.malformed} (field {@code code}) for an unknown code
   */
  public static StepCode of(String code) {
    Checks.required(code, "code");
    for (StepCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw InvalidValueException.of(CoreRule.MALFORMED, "code", code, "a price step code");
  }

  /** Checks each parameter's text against its type; the names are checked by the step. */
  void check(Map<String, String> values) {
    for (Param p : params) {
      String value = values.get(p.name());
      if (value != null) {
        p.check().accept(value);
      }
    }
  }

  /** The message arguments: before, after, then each parameter written for the reader. */
  Object[] arguments(Rupiah before, Rupiah after, Map<String, String> values, Locale locale) {
    Object[] args = new Object[2 + params.size()];
    args[0] = before.toString();
    args[1] = after.toString();
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      args[2 + i] = p.show().apply(Checks.present(values.get(p.name())), locale);
    }
    return args;
  }

  /** A parameter: its name, how its text is checked, and how it is shown. */
  private record Param(
      String name,
      Consumer<String> check,
      BiFunction<String, Locale, String> show,
      @Nullable String form) {

    static Param text(String name) {
      return new Param(name, v -> Checks.requireText(v, "params." + name, 500), (v, l) -> v, null);
    }

    static Param rupiah(String name) {
      return new Param(
          name,
          v -> parsed(name, v, "an amount such as Rp1.000", () -> Rupiah.parse(v)),
          (v, l) -> v,
          // Rupiah.parse's form: no leading zero, dots between groups of three, 19 digits at most
          "Rp(?:0|[1-9][0-9]{0,2}(?:\\.[0-9]{3}){0,6})");
    }

    static Param rate(String name) {
      return new Param(
          name,
          v -> parsed(name, v, "a rate such as 10%", () -> Rate.parse(v)),
          (v, l) -> NumberText.percent(Rate.parse(v), l),
          Rate.TEXT_FORM);
    }

    static Param channel(String name) {
      return new Param(
          name,
          v -> parsed(name, v, "a channel", () -> Channel.valueOf(v)),
          (v, l) -> Channel.valueOf(v).displayName(l),
          names(Channel.values()));
    }

    static Param vehicleClass(String name) {
      return new Param(
          name,
          v -> parsed(name, v, "a vehicle class code", () -> VehicleClass.of(v)),
          (v, l) -> VehicleClass.of(v).displayName(l),
          // Checks.requireCode: the code form, at most CODE_MAX characters (all ASCII)
          "(?=[A-Z0-9-]{1,"
              + Checks.CODE_MAX
              + "}(?![\\s\\S]))(?:"
              + org.bengkel.facility.Facility.CODE_PATTERN
              + ")");
    }

    static Param roundingMode(String name) {
      return new Param(
          name,
          v -> parsed(name, v, "a rounding mode such as HALF_UP", () -> RoundingMode.valueOf(v)),
          (v, l) -> Messages.pattern(StepCode.class, "pricing.step.mode." + v, l),
          names(RoundingMode.values()));
    }

    /** The constants' names as alternatives, {@code (?:GALLERY|GOVERNMENT_DIRECT|...)}. */
    private static String names(Enum<?>[] constants) {
      return java.util.Arrays.stream(constants)
          .map(Enum::name)
          .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    private static void parsed(String name, String value, String form, Runnable parse) {
      try {
        parse.run();
      } catch (RuntimeException e) {
        throw InvalidValueException.of(CoreRule.MALFORMED, "params." + name, value, form);
      }
    }
  }
}
