package org.bengkel.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.bengkel.catalog.Sku;
import org.bengkel.programme.ProgrammeCode;
import org.immutables.value.Value;

/**
 * A row of a report's production section (<i>baris produksi</i>): the figures of one skill
 * programme (<i>program pelatihan</i>), or of one product (<i>produk</i>) of a programme.
 *
 * <p>In {@link PeriodReport#productionByProgramme()} the row has no product; in {@link
 * PeriodReport#productionByProduct()} it has one, with the programme whose trainees make it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProductionRow {

  ProductionRow() {}

  /**
   * The skill programme.
   *
   * @return the code, never null
   */
  @NotNull
  public abstract ProgrammeCode programme();

  /**
   * The product, for a row of the by-product list.
   *
   * @return the SKU; empty for a programme's row
   */
  public abstract Optional<Sku> product();

  /**
   * The figures.
   *
   * @return the figures, never null
   */
  @NotNull
  @Valid
  public abstract ProductionFigures figures();

  /**
   * A programme's row.
   *
   * @param programme the programme, not null
   * @param figures its figures, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.required} for a null argument
   */
  public static ProductionRow ofProgramme(ProgrammeCode programme, ProductionFigures figures) {
    return builder().programme(programme).figures(figures).build();
  }

  /**
   * A product's row.
   *
   * @param programme the product's programme, not null
   * @param product the product, not null
   * @param figures its figures, not null
   * @return the row, never null
   * @throws org.bengkel.error.InvalidValueException rule {@code value.required} for a null argument
   */
  public static ProductionRow ofProduct(
      ProgrammeCode programme, Sku product, ProductionFigures figures) {
    return builder().programme(programme).product(product).figures(figures).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductionRow}; not thread-safe. */
  public static final class Builder extends ImmutableProductionRow.Builder {
    Builder() {}
  }
}
