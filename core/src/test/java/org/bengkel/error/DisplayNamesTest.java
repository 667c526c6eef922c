package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.bengkel.catalog.Unit;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.pricing.Channel;
import org.bengkel.programme.SkillField;
import org.bengkel.sales.OrderStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every value of bengkel-core shown to people has a display name in English and Indonesian,
 * declared once in its package's {@code labels} bundles. The enums are found by scanning core's
 * classes for {@link Displayable}, so a new one is checked without changing this test.
 */
class DisplayNamesTest {

  private static List<Class<?>> displayed;

  @BeforeAll
  static void scan() throws IOException, URISyntaxException {
    displayed = new ArrayList<>();
    for (Class<?> type : CoreClasses.all()) {
      if (type.isEnum() && Displayable.class.isAssignableFrom(type)) {
        displayed.add(type);
      }
    }
  }

  @Test
  void theScanFindsTheEnumsShownToPeople() {
    assertThat(displayed)
        .contains(Channel.class, OrderStatus.class, Unit.class)
        .hasSizeGreaterThan(25);
  }

  @Test
  void everyConstantHasANameInBothLanguagesAndNoLabelIsStale() throws IOException {
    for (String pkg : displayed.stream().map(Class::getPackageName).distinct().toList()) {
      Map<String, String> english = CoreClasses.properties(pkg, "labels.properties");
      Map<String, String> indonesian = CoreClasses.properties(pkg, "labels_id.properties");
      assertThat(indonesian.keySet()).as("keys of %s", pkg).isEqualTo(english.keySet());
      TreeSet<String> expected = new TreeSet<>();
      for (Class<?> type : displayed) {
        if (!type.getPackageName().equals(pkg)) {
          continue;
        }
        for (Object constant : type.getEnumConstants()) {
          String key = type.getSimpleName() + "." + ((Enum<?>) constant).name();
          expected.add(key);
          assertThat(english.get(key)).as("English name of %s", key).isNotBlank();
          assertThat(indonesian.get(key)).as("Indonesian name of %s", key).isNotBlank();
          Displayable d = (Displayable) constant;
          // and the value finds them at run time, in its module
          assertThat(d.displayName(Locale.ROOT)).isEqualTo(english.get(key));
          assertThat(d.displayName(Messages.INDONESIAN)).isEqualTo(indonesian.get(key));
        }
      }
      if (pkg.equals("org.bengkel.catalog")) {
        expected.add("VehicleClass.CAR");
        expected.add("VehicleClass.MOTORCYCLE");
      }
      if (pkg.equals("org.bengkel.programme")) {
        for (SkillField f :
            List.of(SkillField.WOOD_CRAFT, SkillField.VEHICLE_WASH, SkillField.CULINARY)) {
          expected.add("SkillField." + f.code());
          assertThat(f.displayName(Messages.INDONESIAN))
              .isEqualTo(indonesian.get("SkillField." + f.code()));
        }
        assertThat(SkillField.of("TAILORING").displayName(Messages.INDONESIAN))
            .as("a field added by a host shows its code")
            .isEqualTo("TAILORING");
      }
      assertThat(english.keySet())
          .as("labels of %s name only existing values", pkg)
          .isEqualTo(expected);
    }
  }

  @Test
  void aCarWashReadsCuciMobilNotCuciCar() {
    assertThat("cuci " + VehicleClass.CAR.displayName(Messages.INDONESIAN)).isEqualTo("cuci mobil");
    assertThat(VehicleClass.MOTORCYCLE.displayName(Locale.ENGLISH)).isEqualTo("motorcycle");
    assertThat(VehicleClass.CAR.toString()).as("the wire form keeps the code").isEqualTo("CAR");
  }

  @Test
  void anOpenSetsUnnamedCodeIsShownAsItsCode() {
    assertThat(VehicleClass.of("PICKUP").displayName(Messages.INDONESIAN)).isEqualTo("PICKUP");
  }

  @Test
  void aUnitReadsAsItsTermAndOtherLanguagesGetEnglish() {
    assertThat(Unit.JAR.displayName(Messages.INDONESIAN)).isEqualTo("toples");
    assertThat(Unit.JAR.indonesian()).isEqualTo("toples");
    assertThat(Unit.JAR.displayName(Locale.FRENCH)).isEqualTo("jar");
    assertThat(OrderStatus.CANCELLED.displayName(Locale.forLanguageTag("in")))
        .isEqualTo("dibatalkan");
  }
}
