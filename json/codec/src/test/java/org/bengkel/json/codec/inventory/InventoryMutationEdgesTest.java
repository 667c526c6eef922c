package org.bengkel.json.codec.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.inventory.Movement;
import org.bengkel.inventory.ReservationId;
import org.bengkel.inventory.StockEvent;
import org.bengkel.inventory.StockLedger;
import org.bengkel.inventory.StockLot;
import org.bengkel.json.Codec;
import org.junit.jupiter.api.Test;

/**
 * What the package registers, asked of it directly: the registry ({@code Codecs}) and the document
 * kinds read these lists once per JVM, so their own tests cannot tell an empty list from a full one
 * under mutation testing.
 */
class InventoryMutationEdgesTest {

  @Test
  void everyInventoryTypeHasItsCodecInOrder() {
    assertThat(types(InventoryCodecs.all()))
        .containsExactly(ReservationId.class, StockLot.class, Movement.class, StockLedger.class);
  }

  @Test
  void everyStockEventHasACodec() {
    assertThat(types(InventoryCodecs.events()))
        .containsExactlyInAnyOrder(
            StockEvent.StockReceived.class,
            StockEvent.StockReserved.class,
            StockEvent.ReservationCancelled.class,
            StockEvent.StockSold.class,
            StockEvent.StockReturned.class,
            StockEvent.StockWrittenOff.class);
  }

  private static List<Class<?>> types(List<? extends Codec<?>> codecs) {
    return codecs.stream().<Class<?>>map(Codec::type).toList();
  }
}
