package org.bengkel.json.codec.proceeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.proceeds.Contribution;
import org.bengkel.proceeds.PnbpEntry;
import org.bengkel.proceeds.PnbpEvent;
import org.bengkel.proceeds.PnbpLedger;
import org.bengkel.proceeds.PremiAccount;
import org.bengkel.proceeds.PremiAllocation;
import org.bengkel.proceeds.PremiEntry;
import org.bengkel.proceeds.PremiEvent;
import org.bengkel.proceeds.PremiShare;
import org.bengkel.proceeds.ProceedsSplit;
import org.bengkel.proceeds.SplitPolicies;
import org.bengkel.proceeds.SplitPolicy;
import org.junit.jupiter.api.Test;

/**
 * What the package registers, asked of it directly: the registry ({@code Codecs}) and the document
 * kinds read these lists once per JVM, so their own tests cannot tell an empty list from a full one
 * under mutation testing.
 */
class ProceedsMutationEdgesTest {

  @Test
  void everyProceedsTypeHasItsCodecInOrder() {
    assertThat(types(ProceedsCodecs.all()))
        .containsExactly(
            SplitPolicy.class,
            SplitPolicies.class,
            ProceedsSplit.class,
            Contribution.class,
            PremiShare.class,
            PremiAllocation.class,
            PremiEntry.class,
            PremiAccount.class,
            PnbpEntry.class,
            PnbpLedger.class);
  }

  @Test
  void everyPremiEventHasACodec() {
    assertThat(types(ProceedsCodecs.premiEvents()))
        .containsExactlyInAnyOrder(
            PremiEvent.PremiCredited.class,
            PremiEvent.PremiSpent.class,
            PremiEvent.PremiPaidOut.class);
  }

  @Test
  void everyPnbpEventHasACodec() {
    assertThat(types(ProceedsCodecs.pnbpEvents()))
        .containsExactlyInAnyOrder(PnbpEvent.PnbpRecorded.class, PnbpEvent.PnbpDeposited.class);
  }

  private static List<Class<?>> types(List<? extends Codec<?>> codecs) {
    return codecs.stream().<Class<?>>map(Codec::type).toList();
  }
}
