package org.bengkel.sales;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Nip;
import org.bengkel.internal.Checks;
import org.immutables.value.Value;

/**
 * A buyer (<i>pembeli</i>) of the workshop's goods and services.
 *
 * <p>Which fields a customer carries depends on its {@link #kind()}:
 *
 * <ul>
 *   <li>{@link CustomerKind#INDIVIDUAL}: an optional {@link #name()}; without one it is a walk-in
 *       buyer ({@link #walkIn()});
 *   <li>{@link CustomerKind#GOVERNMENT}: the work unit code {@link #satkerCode()} (<i>kode
 *       satker</i>, digits kept as given) and the institution's name {@link #organisation()};
 *   <li>{@link CustomerKind#PARTNER}: the {@link #partnerCode()} and business name {@link
 *       #organisation()};
 *   <li>{@link CustomerKind#STAFF}: the officer's {@link #staffNip()} and an optional {@link
 *       #name()}.
 * </ul>
 *
 * A field the kind needs is required ({@link SalesRule#CUSTOMER_FIELD_REQUIRED}); a field it does
 * not use must be absent ({@link SalesRule#CUSTOMER_FIELD_NOT_ALLOWED}).
 *
 * <p>Customers are buyers, not inmates, but a private person's name is still personal data (UU
 * 27/2022): it never appears in {@link #toString()} or in error messages.
 *
 * <p>Immutable and thread-safe. Building an invalid customer throws {@link InvalidValueException}
 * naming the field.
 */
@Value.Immutable
public abstract class Customer {

  /** The longest name or organisation name. */
  public static final int MAX_NAME = 200;

  /**
   * Bean Validation's form of "not blank" for an optional text ({@code @NotBlank} would refuse an
   * absent value): at least one character that is not white space.
   */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /** The form of a work unit code: 1 to 20 digits. */
  public static final String SATKER_CODE = "[0-9]{1,20}";

  private static final java.util.regex.Pattern SATKER =
      java.util.regex.Pattern.compile(SATKER_CODE);
  private static final Customer WALK_IN =
      ImmutableCustomer.builder().kind(CustomerKind.INDIVIDUAL).build();

  Customer() {}

  /**
   * The kind of buyer.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract CustomerKind kind();

  /**
   * A private person's name (individual or staff). Personal data: never in {@code toString()}.
   *
   * @return the name, at most {@value #MAX_NAME} characters, not blank; empty for a walk-in buyer,
   *     a staff member who gave none, and for institutions and partners
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = NOT_BLANK) @Size(max = MAX_NAME) String> name();

  /**
   * The name of the government institution or of the partner's business (<i>nama instansi, nama
   * mitra</i>).
   *
   * @return the name, at most {@value #MAX_NAME} characters; present exactly for government and
   *     partner customers
   */
  public abstract Optional<@Pattern(regexp = NOT_BLANK) @Size(max = MAX_NAME) String>
      organisation();

  /**
   * A government institution's work unit code (<i>kode satuan kerja, satker</i>): digits, kept as
   * given (leading zeros matter).
   *
   * @return the code, 1 to 20 digits; present exactly for government customers
   */
  public abstract Optional<@Pattern(regexp = SATKER_CODE) String> satkerCode();

  /**
   * A private partner's code, such as {@code MITRA-KAYU-01}.
   *
   * @return upper-case letters and digits in groups joined by hyphens, at most 40 characters;
   *     present exactly for partner customers
   */
  public abstract Optional<
          @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") @Size(max = Checks.CODE_MAX) String>
      partnerCode();

  /**
   * A staff member's NIP (<i>nomor induk pegawai</i>).
   *
   * @return the NIP; present exactly for staff customers
   */
  public abstract Optional<Nip> staffNip();

  /**
   * Whether this is an anonymous walk-in buyer: an individual without a name.
   *
   * @return true for a walk-in buyer
   */
  public boolean isWalkIn() {
    return kind() == CustomerKind.INDIVIDUAL && name().isEmpty();
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.requirePersonalText(n, "name", MAX_NAME));
    organisation().ifPresent(o -> Checks.requireText(o, "organisation", MAX_NAME));
    satkerCode().ifPresent(c -> Checks.requireMatch(c, "satkerCode", SATKER, 20, "1 to 20 digits"));
    partnerCode().ifPresent(c -> Checks.requireCode(c, "partnerCode"));
    CustomerKind k = kind();
    field("name", name(), k == CustomerKind.INDIVIDUAL || k == CustomerKind.STAFF, false);
    boolean organisation = k == CustomerKind.GOVERNMENT || k == CustomerKind.PARTNER;
    field("organisation", organisation(), organisation, organisation);
    boolean government = k == CustomerKind.GOVERNMENT;
    field("satkerCode", satkerCode(), government, government);
    boolean partner = k == CustomerKind.PARTNER;
    field("partnerCode", partnerCode(), partner, partner);
    boolean staff = k == CustomerKind.STAFF;
    field("staffNip", staffNip(), staff, staff);
  }

  private void field(String name, Optional<?> value, boolean allowed, boolean required) {
    if (value.isPresent() && !allowed) {
      throw InvalidValueException.of(SalesRule.CUSTOMER_FIELD_NOT_ALLOWED, name, null, kind());
    }
    if (value.isEmpty() && required) {
      throw InvalidValueException.of(SalesRule.CUSTOMER_FIELD_REQUIRED, name, null, kind());
    }
  }

  /**
   * An anonymous buyer at the gallery or a market stall (<i>pembeli langsung</i>).
   *
   * @return the walk-in customer, never null
   */
  public static Customer walkIn() {
    return WALK_IN;
  }

  /**
   * A named private buyer (<i>pembeli perorangan</i>).
   *
   * @param name the buyer's name, not null, not blank, at most {@value #MAX_NAME} characters
   * @return the customer, never null
   * @throws InvalidValueException rule {@code value.required}, {@code value.blank} or {@code
   *     value.too-long} for the name, which is never shown
   */
  public static Customer individual(String name) {
    return builder().kind(CustomerKind.INDIVIDUAL).name(Checks.required(name, "name")).build();
  }

  /**
   * A government institution buying directly (<i>instansi pemerintah</i>).
   *
   * @param satkerCode the work unit code, 1 to 20 digits, not null
   * @param organisation the institution's name, not null, not blank, at most {@value #MAX_NAME}
   *     characters
   * @return the customer, never null
   * @throws InvalidValueException if an argument is null or breaks its rule
   */
  public static Customer government(String satkerCode, String organisation) {
    return builder()
        .kind(CustomerKind.GOVERNMENT)
        .satkerCode(Checks.required(satkerCode, "satkerCode"))
        .organisation(Checks.required(organisation, "organisation"))
        .build();
  }

  /**
   * A private partner buying for resale or taking goods on consignment (<i>mitra swasta</i>).
   *
   * @param partnerCode the partner's code, not null
   * @param organisation the partner's business name, not null, not blank, at most {@value
   *     #MAX_NAME} characters
   * @return the customer, never null
   * @throws InvalidValueException if an argument is null or breaks its rule
   */
  public static Customer partner(String partnerCode, String organisation) {
    return builder()
        .kind(CustomerKind.PARTNER)
        .partnerCode(Checks.required(partnerCode, "partnerCode"))
        .organisation(Checks.required(organisation, "organisation"))
        .build();
  }

  /**
   * A member of the facility's staff (<i>pegawai</i>).
   *
   * @param staffNip the officer's NIP, not null
   * @return the customer, never null
   * @throws InvalidValueException rule {@code value.required} if {@code nip} is null
   */
  public static Customer staff(Nip staffNip) {
    return builder()
        .kind(CustomerKind.STAFF)
        .staffNip(Checks.required(staffNip, "staffNip"))
        .build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null; {@code build()} throws {@link InvalidValueException} if
   *     an attribute breaks its rule
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Customer}; not thread-safe. */
  public static final class Builder extends ImmutableCustomer.Builder {
    Builder() {}
  }
}
