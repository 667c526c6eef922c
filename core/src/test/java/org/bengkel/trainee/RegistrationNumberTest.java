package org.bengkel.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bengkel.error.InvalidValueException;
import org.bengkel.error.MissingValueException;
import org.junit.jupiter.api.Test;

class RegistrationNumberTest {

  @Test
  void registerClassPrefixIsValidatedAndTheRestKeptOpaque() {
    RegistrationNumber n = RegistrationNumber.parse("B.IIa 17/2025 PMK");
    assertThat(n.registerClass()).isEqualTo(RegisterClass.B_IIA);
    assertThat(n.value()).isEqualTo("B.IIa 17/2025 PMK");
    assertThat(RegistrationNumber.of("A.V/1").registerClass()).isEqualTo(RegisterClass.A_V);
  }

  @Test
  void longestPrefixWinsAndNeedsASeparator() {
    assertThat(RegisterClass.ofPrefix("B.IIb-1")).contains(RegisterClass.B_IIB);
    assertThat(RegisterClass.ofPrefix("B.III-1")).contains(RegisterClass.B_III);
    assertThat(RegisterClass.ofPrefix("B.IIIx")).isEmpty();
    assertThat(RegisterClass.ofPrefix("A.I")).contains(RegisterClass.A_I);
    assertThat(RegisterClass.A_IV.isConvict()).isFalse();
    assertThat(RegisterClass.B_III.isConvict()).isTrue();
  }

  @Test
  void registrationNumberFormatIsRefusedWithoutRepeatingTheValue() {
    for (String bad :
        new String[] {
          "C.I-1",
          "B.I-",
          "B.I- ",
          "B.I",
          "B.I-1\n",
          "B.I-" + "9".repeat(40),
          // white space at the end would make another person's number of the same visible text
          "B.I-512/2027 ",
          "B.I-512/2027\u2003",
          // nor a no-break space, a zero-width space or a byte order mark, which Java does not
          // count as white space
          "B.I-512/2027\u00a0",
          "B.I-512/2027\u202f",
          "B.I-512/2027\u200b",
          "B.I-512/2027\ufeff",
          "B.I-\u00a0",
          "B.I-1 2 "
        }) {
      assertThatThrownBy(() -> RegistrationNumber.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e -> {
                InvalidValueException ive = (InvalidValueException) e;
                assertThat(ive.ruleCode()).isEqualTo("trainee.registration.format");
                assertThat(ive.isPersonal()).isTrue();
                assertThat(ive.rejectedValue()).isEmpty();
              });
    }
    // white space inside is the facility's own text and kept
    assertThat(RegistrationNumber.parse("B.I-1 2").value()).isEqualTo("B.I-1 2");
    assertThat(RegistrationNumber.parse("B.I-\u00a01").value()).isEqualTo("B.I-\u00a01");
    assertThatThrownBy(() -> RegistrationNumber.parse(null))
        .isInstanceOf(MissingValueException.class);
  }

  @Test
  void equalityOrderAndRedactedToString() {
    RegistrationNumber a = RegistrationNumber.of("B.I-1/2024");
    RegistrationNumber b = RegistrationNumber.of("B.I-2/2024");
    assertThat(a).isEqualTo(RegistrationNumber.of("B.I-1/2024")).isNotEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(RegistrationNumber.of("B.I-1/2024").hashCode());
    assertThat(a.compareTo(b)).isNegative();
    assertThat(a).hasToString("RegistrationNumber[B.I ***]");
  }

  @Test
  void prefixLookupAgreesWithLongestMatchingPrefixOverAllClasses() {
    // The reference definition: the longest prefix p with text.startsWith(p) and then the end or
    // a separator (space . - /), over every class.
    String[] texts = {
      "", "A", "A.", "A.I", "A.II", "A.III", "A.IV", "A.V", "A.VI", "A.I-1", "A.II/2", "A.IIIx",
      "A.IV.3", "A.V 4", "B", "B.I", "B.II", "B.IIa", "B.IIb", "B.IIc", "B.III", "B.IIIa", "B.I.1",
      "B.IIa-1", "B.IIb/2", "B.III 3", "b.I-1", "C.I-1", "B.Ia", "B.IIA-1", " B.I-1", "B.I\t1"
    };
    for (String t : texts) {
      RegisterClass expected = null;
      for (RegisterClass c : RegisterClass.values()) {
        String p = c.prefix();
        char next = t.length() > p.length() ? t.charAt(p.length()) : 0;
        boolean sep =
            t.length() == p.length() || next == ' ' || next == '.' || next == '-' || next == '/';
        if (t.startsWith(p)
            && sep
            && (expected == null || p.length() > expected.prefix().length())) {
          expected = c;
        }
      }
      assertThat(RegisterClass.ofPrefix(t))
          .as(t)
          .isEqualTo(java.util.Optional.ofNullable(expected));
    }
  }
}
