package org.bengkel.json.codec.production;

import java.util.List;
import org.bengkel.production.LotCode;
import org.bengkel.json.Codec;

/**
 * The JSON form of the production (<i>produksi</i>) types. Helpers adding types of this package add their codec here
 * and to {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductionCodecs {

  /** {@link LotCode}: the lot code of a batch (<i>kode produksi</i>), {@code "KK-20261102-01"}. */
  public static final Codec<LotCode> LOT_CODE = Codec.ofString(LotCode.class, LotCode::parse, LotCode::value);

  private ProductionCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(LOT_CODE);
  }
}
