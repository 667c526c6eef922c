package org.bengkel.json.codec.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.catalog.FoodSafety;
import org.bengkel.catalog.HalalCertificate;
import org.bengkel.catalog.Partner;
import org.bengkel.catalog.PartnerRole;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.Product;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Service;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.foodsafety.Label;
import org.bengkel.json.Codec;
import org.bengkel.material.BillOfMaterials;
import org.bengkel.material.Material;
import org.bengkel.material.MaterialCost;
import org.bengkel.material.MaterialPrice;
import org.bengkel.material.MaterialPrices;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.junit.jupiter.api.Test;

/**
 * What the catalogue's codecs build once per JVM, checked here directly: the list of codecs the
 * registry ({@code Codecs}) takes, where a codec left out is a type no document can hold, and the
 * unit symbols of a quantity's schema.
 */
class CatalogCodecsMutationEdgesTest {

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = CatalogCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            Sku.class,
            Unit.class,
            MeasureUnit.class,
            PartnerRole.class,
            VehicleClass.class,
            PirtNumber.class,
            Quantity.class,
            ProductCategory.class,
            HalalCertificate.class,
            FoodSafety.class,
            Product.class,
            Service.class,
            Label.class,
            Material.class,
            Partner.class,
            MaterialPrice.class,
            MaterialPrices.class,
            BillOfMaterials.class,
            MaterialCost.class);
  }

  @Test
  void aQuantitysUnitIsOneOfTheSymbolsOfMeasureUnit() {
    // built once, in the static initialiser, into QUANTITY's schema pattern
    assertThat(CatalogCodecs.unitSymbols()).isEqualTo("g|kg|ml|l|mm|cm|m|pcs|lembar");
    assertThat(CatalogCodecs.QUANTITY.schema().orElseThrow().toString())
        .contains("(0|[1-9][0-9]{0,18}) (g|kg|ml|l|mm|cm|m|pcs|lembar)");
  }
}
