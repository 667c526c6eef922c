package org.bengkel.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bengkel.facility.FacilityTest.refused;

import java.util.Optional;
import org.bengkel.error.CoreRule;
import org.junit.jupiter.api.Test;

class OfficerTest {

  static final Nip NIP = Nip.parse("198503122010121001");
  static final Officer KASI =
      Officer.builder()
          .nip(NIP)
          .name("Ahmad Hidayat, S.H.")
          .position("Kasi Kegiatan Kerja")
          .build();

  @Test
  void officerKeepsItsAttributes() {
    Officer o = Officer.of(NIP, "Ahmad Hidayat, S.H.");
    assertThat(o.nip()).isEqualTo(NIP);
    assertThat(o.name()).isEqualTo("Ahmad Hidayat, S.H.");
    assertThat(o.position()).isEmpty();
    assertThat(KASI.position()).contains("Kasi Kegiatan Kerja");
    assertThat(KASI).isNotEqualTo(o);
    assertThat(Officer.builder().from(KASI).build()).isEqualTo(KASI).hasSameHashCodeAs(KASI);
    assertThat(KASI.toString()).contains("198503122010121001");
  }

  @Test
  void missingNipOrNameIsNamed() {
    refused(() -> Officer.builder().name("Budi").build(), CoreRule.REQUIRED, "nip");
    refused(() -> Officer.builder().nip(NIP).build(), CoreRule.REQUIRED, "name");
    refused(() -> Officer.of(NIP, null), CoreRule.REQUIRED, "name");
    refused(() -> Officer.of(null, "Budi"), CoreRule.REQUIRED, "nip");
  }

  @Test
  void nameMustNotBeBlankNorLongerThanTwoHundred() {
    refused(() -> Officer.of(NIP, "\t"), CoreRule.BLANK, "name");
    refused(() -> Officer.of(NIP, "x".repeat(201)), CoreRule.TOO_LONG, "name");
    assertThat(Officer.of(NIP, "x".repeat(200)).name()).hasSize(200);
  }

  @Test
  void positionWhenPresentMustNotBeBlankNorLongerThanTwoHundred() {
    refused(() -> Officer.builder().from(KASI).position(" ").build(), CoreRule.BLANK, "position");
    refused(
        () -> Officer.builder().from(KASI).position("x".repeat(201)).build(),
        CoreRule.TOO_LONG,
        "position");
    assertThat(Officer.builder().from(KASI).position(Optional.empty()).build().position())
        .isEmpty();
    refused(() -> Officer.builder().position((String) null), CoreRule.REQUIRED, "position");
  }
}
