package org.bengkel.json.codec.trainee;

import java.util.List;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.json.Codec;

/**
 * The JSON form of the trainee (<i>warga binaan</i>) types. Helpers adding types of this package add their codec here
 * and to {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraineeCodecs {

  /** {@link RegistrationNumber}: the registration number of a trainee (<i>nomor registrasi</i>), personal data, as its full text, {@code "B.I-123/2024"}. */
  public static final Codec<RegistrationNumber> REGISTRATION_NUMBER = Codec.ofString(RegistrationNumber.class, RegistrationNumber::parse, RegistrationNumber::value);

  private TraineeCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(REGISTRATION_NUMBER);
  }
}
