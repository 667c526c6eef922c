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
 * The list of codecs the registry ({@code Codecs}) takes once per JVM, checked here directly: a
 * codec left out of it is a type no document can hold.
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
}
