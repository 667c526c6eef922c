package org.bengkel.json.codec.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.Codec;
import org.junit.jupiter.api.Test;

/**
 * The list of codecs the registry ({@code Codecs}) takes once per JVM, checked here directly: a
 * codec left out of it is a type no document can hold.
 */
class FacilityCodecsMutationEdgesTest {

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = FacilityCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            Nip.class,
            FacilityType.class,
            FacilityClass.class,
            TimeZoneName.class,
            Facility.class,
            Officer.class);
  }
}
