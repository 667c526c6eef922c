package org.bengkel.json.codec.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.production.BatchEvent;
import org.bengkel.production.BatchStage;
import org.bengkel.production.LotCode;
import org.bengkel.production.ProductionBatch;
import org.bengkel.production.QualityCheck;
import org.bengkel.production.StageEvent;
import org.bengkel.production.TeamHours;
import org.bengkel.production.WorkInterval;
import org.junit.jupiter.api.Test;

/**
 * What the package registers, asked of it directly: the registry ({@code Codecs}) and the document
 * kinds read these lists once per JVM, so their own tests cannot tell an empty list from a full one
 * under mutation testing.
 */
class ProductionMutationEdgesTest {

  @Test
  void everyProductionTypeHasItsCodecInOrder() {
    assertThat(types(ProductionCodecs.all()))
        .containsExactly(
            LotCode.class,
            BatchStage.class,
            WorkInterval.class,
            QualityCheck.class,
            StageEvent.class,
            TeamHours.class,
            ProductionBatch.class);
  }

  @Test
  void everyBatchEventHasACodec() {
    assertThat(types(ProductionCodecs.events()))
        .containsExactlyInAnyOrder(
            BatchEvent.BatchPlanned.class,
            BatchEvent.SupervisorAssigned.class,
            BatchEvent.BatchRescheduled.class,
            BatchEvent.ProductionStarted.class,
            BatchEvent.WorkRecorded.class,
            BatchEvent.PiecesRecorded.class,
            BatchEvent.MaterialsConsumed.class,
            BatchEvent.PackagingStarted.class,
            BatchEvent.QualityChecked.class,
            BatchEvent.BatchReleased.class,
            BatchEvent.BatchRejected.class);
  }

  private static List<Class<?>> types(List<? extends Codec<?>> codecs) {
    return codecs.stream().<Class<?>>map(Codec::type).toList();
  }
}
