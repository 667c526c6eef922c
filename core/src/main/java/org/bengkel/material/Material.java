package org.bengkel.material;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bengkel.catalog.Product;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A raw material or packaging item (<i>bahan baku, bahan kemasan</i>), such as wheat flour, teak
 * wood or a 500 g jar, with the unit it is priced in.
 *
 * <p>Required: a code (upper-case letters and digits in groups joined by hyphens, at most 40, such
 * as {@code TEPUNG-TERIGU}), a name (at most 200 characters) and a {@link MeasureUnit} such as
 * {@code kg}. Prices ({@link MaterialPrice}) are per one of this unit; bills of materials may state
 * quantities in any unit with the same base ({@code 250 g} of a material priced per kg).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Material {

  Material() {}

  /**
   * The code.
   *
   * @return the code, never null
   */
  @NotNull
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  @Size(max = Checks.CODE_MAX)
  public abstract String code();

  /**
   * The name, such as {@code Tepung terigu}.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = Product.MAX_NAME)
  public abstract String name();

  /**
   * The unit it is priced in (<i>satuan</i>).
   *
   * @return the unit, never null
   */
  @NotNull
  public abstract MeasureUnit unit();

  @Value.Check
  void check() {
    Checks.requireCode(code(), "code");
    Checks.requireText(name(), "name", Product.MAX_NAME);
  }

  /**
   * A material.
   *
   * @param code the code, not null
   * @param name the name, not null
   * @param unit the pricing unit, not null
   * @return the material, never null
   * @throws InvalidValueException if an attribute breaks its rule
   */
  public static Material of(String code, String name, MeasureUnit unit) {
    return builder().code(code).name(name).unit(unit).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Material}; not thread-safe. */
  public static final class Builder extends ImmutableMaterial.Builder {
    Builder() {}
  }
}
