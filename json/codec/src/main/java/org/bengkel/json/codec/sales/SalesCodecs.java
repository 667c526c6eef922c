package org.bengkel.json.codec.sales;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.sales.Channel;

/**
 * The JSON form of the sales types (<i>penjualan</i>). Helpers adding types of this package add
 * their codec here and to {@link #all()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SalesCodecs {

  /** {@link Channel}: the sales channel's constant name, {@code "E_KATALOG"}. */
  public static final Codec<Channel> CHANNEL = Codec.ofEnum(Channel.class);

  private SalesCodecs() {}

  /**
   * The codecs of this package, for {@link org.bengkel.json.Codecs}.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Codec<?>> all() {
    return List.of(CHANNEL);
  }
}
