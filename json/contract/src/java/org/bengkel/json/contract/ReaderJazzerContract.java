package org.bengkel.json.contract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import org.bengkel.facility.Facility;
import org.bengkel.facility.Officer;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonHelpers;
import org.bengkel.json.document.Document;
import org.bengkel.money.RoundingStep;
import org.bengkel.money.Rupiah;

/**
 * Coverage-guided fuzzing of a binding's reader with Jazzer. In a normal build it runs in
 * regression mode over the corpus checked in beside each binding's test ({@code
 * <TestClass>Inputs/readsOrRefusesWithTheLibraryError/} in its test resources); with {@code mvn
 * -Pfuzz} (JAZZER_FUZZ=1) it fuzzes for up to 5 minutes per binding. Every input either reads or is
 * refused with {@link BengkelJsonException}: any other exception is a finding. The first byte
 * chooses strict or lenient options and the type.
 */
public abstract class ReaderJazzerContract {

  private static final List<Class<?>> TYPES =
      List.of(Document.class, Facility.class, Officer.class, RoundingStep.class, Rupiah.class);

  private final JsonHelpers strict = helpers(BengkelJsonOptions.strict());
  private final JsonHelpers lenient = helpers(BengkelJsonOptions.lenient().withMaxNestingDepth(8));

  /**
   * The binding's helpers with these options ({@code BengkelJackson2.create(options)}, ...).
   *
   * @param options the options
   * @return the helpers
   */
  protected abstract JsonHelpers helpers(BengkelJsonOptions options);

  @FuzzTest(maxDuration = "5m")
  void readsOrRefusesWithTheLibraryError(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int selector = data[0] & 0xFF;
    byte[] json = Arrays.copyOfRange(data, 1, data.length);
    JsonHelpers helpers = (selector & 0x80) == 0 ? strict : lenient;
    try {
      helpers.read(json, TYPES.get((selector & 0x7F) % TYPES.size()));
    } catch (BengkelJsonException expected) {
      // the library's own refusal
    }
  }
}
