package org.bengkel.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.bengkel.internal.Checks;
import org.bengkel.money.Rupiah;
import org.bengkel.pricing.PricingItem;
import org.bengkel.pricing.QuotedLine;
import org.bengkel.trainee.RegistrationNumber;
import org.immutables.value.Value;

/**
 * One service job (<i>pekerjaan jasa</i>), such as washing one car or motorcycle (<i>cuci mobil,
 * cuci motor</i>): a service of the catalogue for a {@link VehicleClass}, done on a date by one or
 * more trainees, at an agreed price. Services have no stock: a job never touches the stock ledger.
 *
 * <p>{@link #trainees()} record who did the job, so that premi can be allocated to them. They are
 * personal data (UU 27/2022): never in {@link #toString()}, never on an invoice or receipt, never
 * in anything a buyer sees.
 *
 * <p>Immutable and thread-safe. Building an invalid job throws {@link InvalidValueException} naming
 * the field.
 */
@Value.Immutable
public abstract non-sealed class ServiceJob implements OrderLine {

  ServiceJob() {}

  @NotNull
  @Override
  public abstract Sku sku();

  @NotBlank
  @Size(max = GoodsLine.MAX_DESCRIPTION)
  @Override
  public abstract String description();

  /**
   * The class of the vehicle served (<i>jenis kendaraan</i>).
   *
   * @return the class, never null
   */
  @NotNull
  public abstract VehicleClass vehicleClass();

  @NotNull
  @Override
  public abstract Rupiah unitPrice();

  /**
   * The day the job was done (<i>tanggal pengerjaan</i>).
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The trainees who did the job. Personal data: never shown.
   *
   * @return an unmodifiable set, never null or empty
   */
  @NotEmpty
  @Value.Redacted
  public abstract Set<@NotNull RegistrationNumber> trainees();

  /**
   * One job is one unit.
   *
   * @return 1
   */
  @Override
  public final long quantity() {
    return 1;
  }

  @Value.Check
  void check() {
    Checks.requireText(description(), "description", GoodsLine.MAX_DESCRIPTION);
    Checks.requireNotEmpty(trainees(), "trainees");
  }

  /**
   * A job of a catalogue service at the service's tariff for the vehicle class, described as the
   * service's name and the class, such as {@code Cuci kendaraan (CAR)}.
   *
   * @param service the service, not null
   * @param vehicleClass the vehicle class, not null, one the service offers
   * @param date the day of the job, not null
   * @param trainees who did it, not null, at least one
   * @return the job, never null
   * @throws InvalidValueException rule {@link SalesRule#SERVICE_CLASS_NOT_OFFERED} (field {@code
   *     vehicleClass}) if the service has no price for the class; as {@link #of(Service,
   *     VehicleClass, Rupiah, LocalDate, Set)} otherwise
   * @throws MissingValueException if an argument is null
   */
  public static ServiceJob of(
      Service service,
      VehicleClass vehicleClass,
      LocalDate date,
      Set<RegistrationNumber> trainees) {
    if (service == null || vehicleClass == null) {
      throw MissingValueException.of(service == null ? "service" : "vehicleClass");
    }
    Checks.required(date, "date");
    Checks.required(trainees, "trainees");
    Rupiah price =
        service
            .priceFor(vehicleClass)
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        SalesRule.SERVICE_CLASS_NOT_OFFERED,
                        "vehicleClass",
                        vehicleClass,
                        service.sku()));
    return of(service, vehicleClass, price, date, trainees);
  }

  /**
   * A job of a catalogue service at an agreed price (from a pricing quote or a promotion).
   *
   * @param service the service, not null
   * @param vehicleClass the vehicle class, not null
   * @param price the agreed price of the job, not null
   * @param date the day of the job, not null
   * @param trainees who did it, not null, at least one
   * @return the job, never null
   * @throws InvalidValueException rule {@code value.required} for a null argument or no trainee
   */
  public static ServiceJob of(
      Service service,
      VehicleClass vehicleClass,
      Rupiah price,
      LocalDate date,
      Set<RegistrationNumber> trainees) {
    if (service == null || vehicleClass == null || trainees == null) {
      throw MissingValueException.of(
          service == null ? "service" : vehicleClass == null ? "vehicleClass" : "trainees");
    }
    Checks.required(price, "price");
    return builder()
        .sku(service.sku())
        .description(describe(service, vehicleClass))
        .vehicleClass(vehicleClass)
        .unitPrice(price)
        .date(date)
        .trainees(trainees)
        .build();
  }

  /**
   * The job of a quoted service line (<i>pekerjaan dari penawaran</i>): its item's SKU and vehicle
   * class at the quoted unit price, described as the service's name and the class.
   *
   * @param quoted the quoted line, not null; a service job of quantity 1
   * @param date the day of the job, not null
   * @param trainees who did it, not null, at least one
   * @return the job, never null
   * @throws MissingValueException if an argument is null
   * @throws InvalidValueException rule {@link SalesRule#QUOTE_MISMATCH} (field {@code
   *     vehicleClass}) for quoted goods, (field {@code quantity}) for a quantity other than 1
   *     (quote one line per job); {@code value.required} for no trainee
   */
  public static ServiceJob of(QuotedLine quoted, LocalDate date, Set<RegistrationNumber> trainees) {
    if (quoted == null || trainees == null) {
      throw MissingValueException.of(quoted == null ? "quoted" : "trainees");
    }
    Checks.required(date, "date");
    PricingItem item = quoted.item();
    VehicleClass vehicleClass =
        item.vehicleClass()
            .orElseThrow(
                () ->
                    InvalidValueException.of(
                        SalesRule.QUOTE_MISMATCH, "vehicleClass", null, item.sku()));
    if (quoted.quantity() != 1) {
      throw InvalidValueException.of(SalesRule.QUOTE_MISMATCH, "quantity", quoted.quantity(), 1);
    }
    return builder()
        .sku(item.sku())
        .description(describe(item.description(), vehicleClass))
        .vehicleClass(vehicleClass)
        .unitPrice(quoted.unitPrice())
        .date(date)
        .trainees(trainees)
        .build();
  }

  private static String describe(Service service, VehicleClass vehicleClass) {
    return describe(service.name(), vehicleClass);
  }

  private static String describe(String name, VehicleClass vehicleClass) {
    String suffix = " (" + vehicleClass + ")";
    int room = GoodsLine.MAX_DESCRIPTION - suffix.length();
    return (name.length() <= room ? name : Checks.prefix(name, room - 3) + "...") + suffix;
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceJob}; not thread-safe. */
  public static final class Builder extends ImmutableServiceJob.Builder {
    Builder() {}
  }
}
