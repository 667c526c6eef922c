package org.bengkel.json.codec.programme;

import java.util.List;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.json.Codec;

/**
 * The JSON form of the skill programme (<i>program pelatihan</i>) types. Helpers adding types of this package add their codec here
 * and to {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgrammeCodecs {

  /** {@link ProgrammeCode}: the code of a skill programme (<i>kode program</i>), {@code "KULINER-2026"}. */
  public static final Codec<ProgrammeCode> PROGRAMME_CODE = Codec.ofString(ProgrammeCode.class, ProgrammeCode::parse, ProgrammeCode::value);

  private ProgrammeCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(PROGRAMME_CODE);
  }
}
