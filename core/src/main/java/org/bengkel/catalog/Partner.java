package org.bengkel.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bengkel.error.InvalidValueException;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A private partner (<i>mitra swasta</i>): a business that supplies materials, buys, resells or
 * sells the workshop's products on consignment.
 *
 * <p>Required: a code (upper-case letters and digits in groups joined by hyphens, at most 40), a
 * name (at most 200 characters) and at least one {@link PartnerRole}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partner {

  Partner() {}

  /**
   * The code, such as {@code UD-SUMBER-REJEKI}.
   *
   * @return the code, never null
   */
  @NotNull
  @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*")
  @Size(max = Checks.CODE_MAX)
  public abstract String code();

  /**
   * The business name.
   *
   * @return the name, never null or blank
   */
  @NotBlank
  @Size(max = Product.MAX_NAME)
  public abstract String name();

  /**
   * What the partner does.
   *
   * @return an unmodifiable, non-empty set, never null
   */
  @NotEmpty
  public abstract Set<PartnerRole> roles();

  /**
   * Whether the partner has a role.
   *
   * @param role the role, not null
   * @return true when {@link #roles()} contains it
   * @throws org.bengkel.error.MissingValueException if {@code role} is null
   */
  public final boolean has(PartnerRole role) {
    Checks.required(role, "role");
    return roles().contains(role);
  }

  @Value.Check
  void check() {
    Checks.requireCode(code(), "code");
    Checks.requireText(name(), "name", Product.MAX_NAME);
    Checks.requireNotEmpty(roles(), "roles");
  }

  /**
   * A partner.
   *
   * @param code the code, not null
   * @param name the name, not null
   * @param roles at least one role, not null
   * @return the partner, never null
   * @throws InvalidValueException if an attribute breaks its rule
   * @throws org.bengkel.error.MissingValueException if an argument is null
   */
  public static Partner of(String code, String name, PartnerRole... roles) {
    Checks.required(roles, "roles");
    return builder().code(code).name(name).addRoles(roles).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partner}; not thread-safe. */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }
}
