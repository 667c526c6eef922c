package org.bengkel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.bengkel.catalog.PirtNumber;
import org.bengkel.catalog.ProductCategory;
import org.bengkel.catalog.Sku;
import org.bengkel.catalog.VehicleClass;
import org.bengkel.error.InvalidValueException;
import org.bengkel.facility.Nip;
import org.bengkel.inventory.ReservationId;
import org.bengkel.material.MeasureUnit;
import org.bengkel.material.Quantity;
import org.bengkel.money.Rate;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;
import org.bengkel.money.RupiahDelta;
import org.bengkel.production.LotCode;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.SkillField;
import org.bengkel.trainee.RegistrationNumber;
import org.junit.jupiter.api.Test;

/**
 * Every serializable value of core travels as a serialization proxy that is read back through the
 * validating factory, so a crafted byte stream cannot build an invalid value.
 */
class SerializationProxyTest {

  private static byte[] write(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void everySerializableValueComesBackEqual() throws Exception {
    List<Serializable> values =
        List.of(
            Rupiah.of(1_250_000),
            Rupiah.ZERO,
            RupiahDelta.of(-20_000),
            Rate.of(11, 12),
            RoundingStep.of(500, RoundingMode.UP),
            Nip.parse("198503122010121001"),
            RegistrationNumber.of("B.I-0412/2024"),
            ProgrammeCode.of("KAYU-2026"),
            SkillField.CULINARY,
            SkillField.of("BATIK"),
            Sku.of("KUE-NASTAR-500"),
            VehicleClass.CAR,
            Quantity.of(5, MeasureUnit.KILOGRAM),
            ProductCategory.COOKIES,
            ProductCategory.custom("BATIK", "Kain batik", false, false),
            PirtNumber.of("2123456780126-26"),
            LotCode.of("KK-20261102-01"),
            ReservationId.of("RSV-0001"));
    for (Serializable v : values) {
      Object back = read(write(v));
      assertThat(back).as("%s", v.getClass().getSimpleName()).isEqualTo(v);
      assertThat(back.getClass()).isEqualTo(v.getClass());
    }
    // Constants stay constants.
    assertThat(read(write(Rupiah.ZERO))).isSameAs(Rupiah.ZERO);
    assertThat(read(write(ProductCategory.COOKIES))).isSameAs(ProductCategory.COOKIES);
  }

  @Test
  void aProxyWithANegativeAmountIsRefused() throws Exception {
    // The amount is written as 8 big-endian bytes; this one is easy to find and unique.
    long marker = 0x0123_4567_89AB_CDEFL;
    byte[] bytes = write(Rupiah.of(marker));
    byte[] pattern = longBytes(marker);
    int at = indexOf(bytes, pattern);
    assertThat(at).isPositive();
    System.arraycopy(longBytes(-5), 0, bytes, at, 8);
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(InvalidObjectException.class)
        .hasCauseInstanceOf(InvalidValueException.class)
        .hasMessageContaining("money.negative");
  }

  @Test
  void aProxyWithAnUnreducedRateComesBackReduced() throws Exception {
    // 7/marker written (reduced: the marker is not a multiple of 7); its denominator patched to 21
    // in the stream: read back as 1/3, never 7/21.
    byte[] bytes = write(Rate.of(7, 0x0123_4567_89AB_CDEFL));
    int at = indexOf(bytes, longBytes(0x0123_4567_89AB_CDEFL));
    System.arraycopy(longBytes(21), 0, bytes, at, 8);
    Rate back = (Rate) read(bytes);
    assertThat(back.numerator()).isEqualTo(1);
    assertThat(back.denominator()).isEqualTo(3);
    // and a zero denominator is refused
    System.arraycopy(longBytes(0), 0, bytes, at, 8);
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidObjectException.class);
  }

  @Test
  void aProxyWithAMalformedCodeIsRefused() throws Exception {
    byte[] bytes = write(Sku.of("KUE-NASTAR-500"));
    int at = indexOf(bytes, "KUE-NASTAR-500".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] bad = "kue nastar 500".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.arraycopy(bad, 0, bytes, at, bad.length);
    assertThatThrownBy(() -> read(bytes)).isInstanceOf(InvalidObjectException.class);
  }

  @Test
  void aStreamOfTheClassesOwnFormIsRefused() throws Exception {
    // A stream as the classes were written before the proxies (or as an attacker writes it):
    // the class itself with its fields, Rp-5 and the unreduced 2/4.
    assertThatThrownBy(() -> read(ownForm("org.bengkel.money.Rupiah", new String[] {"amount"}, -5)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Rupiah");
    assertThatThrownBy(
            () ->
                read(
                    ownForm(
                        "org.bengkel.money.Rate", new String[] {"denominator", "numerator"}, 4, 2)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("Rate");
    assertThatThrownBy(
            () -> read(ownForm("org.bengkel.money.RupiahDelta", new String[] {"amount"}, 1)))
        .isInstanceOf(InvalidObjectException.class);
  }

  /**
   * A serialization stream of one object of {@code className} (serialVersionUID 1) with the given
   * long fields, written by hand as the Java Object Serialization Specification, section 6, lays it
   * out.
   */
  private static byte[] ownForm(String className, String[] longFields, long... values)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeShort(0xACED); // STREAM_MAGIC
    out.writeShort(5); // STREAM_VERSION
    out.writeByte(0x73); // TC_OBJECT
    out.writeByte(0x72); // TC_CLASSDESC
    out.writeUTF(className);
    out.writeLong(1L); // serialVersionUID
    out.writeByte(0x02); // SC_SERIALIZABLE
    out.writeShort(longFields.length);
    for (String f : longFields) {
      out.writeByte('J');
      out.writeUTF(f);
    }
    out.writeByte(0x78); // TC_ENDBLOCKDATA
    out.writeByte(0x70); // TC_NULL: no serializable superclass
    for (long v : values) {
      out.writeLong(v);
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static byte[] longBytes(long v) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeLong(v);
    return bytes.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
