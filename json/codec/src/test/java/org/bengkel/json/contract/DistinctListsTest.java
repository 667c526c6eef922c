package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.json.Codec;
import org.bengkel.json.codec.catalog.CatalogCodecs;
import org.bengkel.json.codec.production.ProductionCodecs;
import org.bengkel.production.BatchEvent;
import org.junit.jupiter.api.Test;

/**
 * A list whose elements core keeps as a set (a batch's team, a production-started event's team, a
 * partner's roles) is refused with a repeat ({@code value.duplicate}, the value not shown), as its
 * schema's {@code uniqueItems} says: core would keep the repeat once, and a system that sent a
 * trainee twice would never learn that its document was not what it meant.
 */
class DistinctListsTest {

  /** The document with the first element of the array {@code name} given twice. */
  private static String repeatFirst(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\\[(\"[^\"]*\")").matcher(json);
    assertThat(m.find()).as(name).isTrue();
    return json.substring(0, m.end(1)) + "," + m.group(1) + json.substring(m.end(1));
  }

  private static <T> void refusesARepeat(Codec<T> codec, T value, String name) {
    String written = TextJson.write(codec, value);
    assertThat(TextJson.read(codec, written)).isEqualTo(value);
    TextJson.refusal(
        () -> TextJson.read(codec, repeatFirst(written, name)), "value.duplicate", "$." + name);
  }

  @Test
  void aBatchsTeamListsEachTraineeOnce() {
    refusesARepeat(ProductionCodecs.PRODUCTION_BATCH, ProductionSamples.IN_PRODUCTION, "team");
  }

  @Test
  void aProductionStartedEventsTeamListsEachTraineeOnce() {
    BatchEvent.ProductionStarted started =
        ProductionSamples.IN_PRODUCTION_STORY.events(BatchEvent.class).stream()
            .filter(BatchEvent.ProductionStarted.class::isInstance)
            .map(BatchEvent.ProductionStarted.class::cast)
            .findFirst()
            .orElseThrow();
    @SuppressWarnings("unchecked") // the codec of exactly this event's class
    Codec<BatchEvent.ProductionStarted> codec =
        (Codec<BatchEvent.ProductionStarted>)
            ProductionCodecs.events().stream()
                .filter(c -> c.type() == BatchEvent.ProductionStarted.class)
                .findFirst()
                .orElseThrow();
    refusesARepeat(codec, started, "team");
  }

  @Test
  void aPartnersRolesAreEachGivenOnce() {
    refusesARepeat(CatalogCodecs.PARTNER, CatalogSamples.TOKO, "roles");
  }
}
