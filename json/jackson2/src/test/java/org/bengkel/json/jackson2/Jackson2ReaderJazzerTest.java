package org.bengkel.json.jackson2;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;

/**
 * Coverage-guided fuzzing of the Jackson 2 reader with Jazzer. In a normal build it runs in
 * regression mode over the checked-in corpus
 * ({@code src/test/resources/org/bengkel/json/jackson2/Jackson2ReaderJazzerTestInputs/}); with
 * {@code mvn -Pfuzz -pl json/jackson2 test} (JAZZER_FUZZ=1) it fuzzes for up to 5 minutes per major.
 * Every input either reads or is refused with {@link BengkelJsonException}: any other exception
 * is a finding.
 */
class Jackson2ReaderJazzerTest {

  private static final List<Class<?>> TYPES =
      List.of(Document.class, Facility.class, Officer.class, RoundingStep.class, Rupiah.class);
  private static final BengkelJackson2 STRICT = BengkelJackson2.create();
  private static final BengkelJackson2 LENIENT =
      BengkelJackson2.create(BengkelJsonOptions.lenient().withMaxNestingDepth(8));

  @FuzzTest(maxDuration = "5m")
  void readsOrRefusesWithTheLibraryError(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int selector = data[0] & 0xFF;
    byte[] json = java.util.Arrays.copyOfRange(data, 1, data.length);
    BengkelJackson2 helper = (selector & 0x80) == 0 ? STRICT : LENIENT;
    try {
      helper.read(json, TYPES.get((selector & 0x7F) % TYPES.size()));
    } catch (BengkelJsonException expected) {
      // the library's own refusal
    }
  }
}
