package org.bengkel.testkit.facility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.testkit.FacilityGen;
import org.bengkel.testkit.Property;
import org.junit.jupiter.api.Test;

class FacilityLawsTest {

  @Test
  void nipParseReversesToString() {
    Property.check(
        "Nip.parse reverses toString",
        FacilityGen.nips(),
        nip -> assertThat(Nip.parse(nip.toString())).isEqualTo(nip));
  }

  @Test
  void nipDigitsAreItsParts() {
    Property.check(
        "a NIP's digits are its birth date, appointment, sex and serial",
        FacilityGen.nips(),
        nip -> {
          assertThat(nip.appointment()).isAfter(YearMonth.from(nip.birthDate()));
          assertThat(nip.serial()).isBetween(1, 999);
          String rebuilt =
              String.format(
                  Locale.ROOT,
                  "%1$tY%1$tm%1$td%2$04d%3$02d%4$d%5$03d",
                  nip.birthDate(),
                  nip.appointment().getYear(),
                  nip.appointment().getMonthValue(),
                  nip.sex() == Nip.Sex.MALE ? 1 : 2,
                  nip.serial());
          assertThat(rebuilt).isEqualTo(nip.toString());
        });
  }

  @Test
  void generatedOfficersAndFacilitiesRebuildToThemselves() {
    Property.check(
        "an officer rebuilt from its attributes equals it",
        FacilityGen.officers(),
        o -> assertThat(Officer.builder().from(o).build()).isEqualTo(o).hasSameHashCodeAs(o));
    Property.check(
        "a facility rebuilt from its attributes equals it",
        FacilityGen.facilities(),
        f -> {
          assertThat(
                  Facility.of(f.code(), f.name(), f.type(), f.facilityClass(), f.regionalOffice()))
              .isEqualTo(f);
          assertThat(f.code().value()).matches(FacilityCode.PATTERN).hasSizeLessThanOrEqualTo(40);
        });
  }

  @Test
  void generatorsReplayBySeed() {
    assertThat(FacilityGen.facilities().sample(11L, 50))
        .isEqualTo(FacilityGen.facilities().sample(11L, 50));
    assertThat(FacilityGen.officers().sample(11L, 50))
        .isEqualTo(FacilityGen.officers().sample(11L, 50));
    assertThat(FacilityGen.officers().sample(11L, 50))
        .isNotEqualTo(FacilityGen.officers().sample(12L, 50));
  }

  @Test
  void generatorsCoverEveryTypeClassAndSex() {
    assertThat(FacilityGen.facilities().sample(3L, 500).stream().map(Facility::type).distinct())
        .hasSize(5);
    assertThat(
            FacilityGen.facilities().sample(3L, 500).stream()
                .map(Facility::facilityClass)
                .distinct())
        .hasSize(4);
    assertThat(FacilityGen.nips().sample(3L, 200).stream().map(Nip::sex).distinct()).hasSize(2);
    assertThat(FacilityGen.officers().sample(3L, 200).stream().filter(o -> o.position().isEmpty()))
        .isNotEmpty();
    assertThat(FacilityGen.facilityCodes().sample(3L, 500))
        .allMatch(
            c ->
                c.value().matches(FacilityCode.PATTERN)
                    && c.value().length() <= FacilityCode.MAX_LENGTH)
        .allMatch(c -> FacilityCode.parse(c.toString()).equals(c));
    assertThat(FacilityGen.sexes().sample(3L, 50)).contains(Nip.Sex.MALE, Nip.Sex.FEMALE);
    assertThat(FacilityGen.facilityTypes().sample(3L, 1)).hasSize(1);
  }
}
