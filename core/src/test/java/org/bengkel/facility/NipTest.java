package org.bengkel.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.bengkel.error.InvalidValueException;
import org.bengkel.error.Messages;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class NipTest {

  private static InvalidValueException refused(String text, FacilityRule rule) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> Nip.parse(text));
    assertThat(t).as(text).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) t;
    assertThat(e.ruleCode()).as(text).isEqualTo(rule.code());
    assertThat(e.rule()).isSameAs(rule);
    assertThat(e.field()).isEqualTo("nip");
    return e;
  }

  @Test
  void validNipIsReadIntoItsParts() {
    // 19850312 born 12 March 1985, 201012 appointed December 2010, 1 male, 001 serial
    Nip nip = Nip.parse("198503122010121001");
    assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    assertThat(nip.appointment()).isEqualTo(YearMonth.of(2010, 12));
    assertThat(nip.sex()).isEqualTo(Nip.Sex.MALE);
    assertThat(nip.serial()).isEqualTo(1);
    assertThat(nip).hasToString("198503122010121001");
    assertThat(Nip.of("198503122010121001")).isEqualTo(nip).hasSameHashCodeAs(nip);
  }

  @Test
  void femaleSexDigitAndHighestSerial() {
    Nip nip = Nip.parse("199001012015012999");
    assertThat(nip.sex()).isEqualTo(Nip.Sex.FEMALE);
    assertThat(nip.serial()).isEqualTo(999);
  }

  @Test
  void appointmentTheMonthAfterBirthIsTheEarliestAllowed() {
    assertThat(Nip.parse("198503121985041001").appointment()).isEqualTo(YearMonth.of(1985, 4));
    // a leap day is a real birth date
    assertThat(Nip.parse("200002292020011001").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void nipMustBeExactlyEighteenDigits() {
    refused("19850312201012100", FacilityRule.NIP_FORMAT);
    refused("1985031220101210011", FacilityRule.NIP_FORMAT);
    refused("19850312201012100a", FacilityRule.NIP_FORMAT);
    refused("198503122010121 01", FacilityRule.NIP_FORMAT);
    refused("", FacilityRule.NIP_FORMAT);
    refused("19850312201012100\u0661", FacilityRule.NIP_FORMAT); // an Arabic-Indic digit
    assertThatThrownBy(() -> Nip.parse(null))
        .isInstanceOfSatisfying(
            MissingValueException.class, e -> assertThat(e.field()).isEqualTo("text"));
  }

  @Test
  void birthDateMustBeARealDate() {
    InvalidValueException e = refused("198502302010121001", FacilityRule.NIP_BIRTH_DATE);
    assertThat(e.details()).containsExactly("19850230");
    assertThat(e.message(Locale.ROOT)).contains("real birth date yyyyMMdd (got 19850230)");
    assertThat(e.message(Messages.INDONESIAN))
        .contains("tanggal lahir yang sah yyyyMMdd (tertulis 19850230)");
    refused("198513012010121001", FacilityRule.NIP_BIRTH_DATE); // month 13
    refused("198500012010121001", FacilityRule.NIP_BIRTH_DATE); // month 00
    refused("198503002010121001", FacilityRule.NIP_BIRTH_DATE); // day 00
    refused("199902292020011001", FacilityRule.NIP_BIRTH_DATE); // 1999 is not a leap year
  }

  @Test
  void appointmentMustBeARealMonth() {
    InvalidValueException e = refused("198503122010131001", FacilityRule.NIP_APPOINTMENT);
    assertThat(e.details()).containsExactly("201013");
    refused("198503122010001001", FacilityRule.NIP_APPOINTMENT);
  }

  @Test
  void appointmentMustBeAfterTheBirthMonth() {
    refused("198503121984121001", FacilityRule.NIP_APPOINTMENT);
    refused("198503121985031001", FacilityRule.NIP_APPOINTMENT); // the birth month itself
    refused("198503121985021001", FacilityRule.NIP_APPOINTMENT);
  }

  @Test
  void sexDigitMustBeOneOrTwo() {
    InvalidValueException e = refused("198503122010123001", FacilityRule.NIP_SEX);
    assertThat(e.details()).containsExactly("3");
    refused("198503122010120001", FacilityRule.NIP_SEX);
  }

  @Test
  void serialMustNotBeZero() {
    refused("198503122010121000", FacilityRule.NIP_SERIAL);
  }

  @Test
  void orderAndEqualityFollowTheDigits() {
    Nip a = Nip.parse("198503122010121001");
    Nip b = Nip.parse("198503122010121002");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(Nip.parse(a.toString()))).isZero();
    assertThat(a).isNotEqualTo(b).isNotEqualTo(a.toString());
  }
}
