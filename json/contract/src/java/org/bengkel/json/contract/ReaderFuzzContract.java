package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer of the readers on every binding (the fall-back of issue 6 point 4 that
 * runs in plain JUnit): 10 000 mutations (byte flips, truncations, deletions, duplications and
 * splices of JSON fragments) of every golden file, read strictly and leniently as text and as
 * bytes. Every document either reads or is refused with {@link BengkelJsonException}; any other
 * exception or error fails the test with the seed and the document. Change the seed with {@code
 * -Dbengkel.json.seed=N} and the count with {@code -Dbengkel.json.fuzz.cases=N}.
 */
public abstract class ReaderFuzzContract {

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  /** Every golden document with the type it is read as. */
  static List<Object[]> seeds() {
    List<Object[]> seeds = new ArrayList<>();
    GoldenSamples.all()
        .forEach(s -> seeds.add(new Object[] {s.type(), JsonFormatContract.golden(s.name())}));
    DocumentSamples.all()
        .forEach(s -> seeds.add(new Object[] {Document.class, DocumentContract.golden(s.name())}));
    return seeds;
  }

  @Test
  void mutatedDocumentsReadOrAreRefusedWithTheLibraryErrorOnly() {
    long seed = Long.getLong("bengkel.json.seed", 20261127L);
    int n = Integer.getInteger("bengkel.json.fuzz.cases", 10_000);
    SplittableRandom random = new SplittableRandom(seed);
    List<Object[]> seeds = seeds();
    JsonBinding strict = binding(BengkelJsonOptions.strict());
    JsonBinding lenient = binding(BengkelJsonOptions.lenient().withMaxNestingDepth(8));
    int refused = 0;
    for (int i = 0; i < n; i++) {
      Object[] base = seeds.get(random.nextInt(seeds.size()));
      Class<?> type = (Class<?>) base[0];
      JsonBinding binding = random.nextBoolean() ? strict : lenient;
      boolean asBytes = random.nextInt(4) == 0;
      Object input =
          asBytes
              ? Mutations.mutateBytes((String) base[1], random)
              : Mutations.mutateText((String) base[1], random);
      try {
        if (input instanceof byte[] b) {
          binding.readBytes(b, type);
        } else {
          binding.read((String) input, type);
        }
      } catch (BengkelJsonException e) {
        refused++;
        assertThat(e.path()).startsWith("$");
        assertThat(e.ruleCode()).isNotBlank();
      } catch (RuntimeException | Error e) {
        throw new AssertionError(
            "seed "
                + seed
                + " case "
                + i
                + " ("
                + type.getSimpleName()
                + "): "
                + (input instanceof byte[] b ? java.util.Arrays.toString(b) : input),
            e);
      }
    }
    assertThat(refused).as("most mutations are refused").isGreaterThan(n / 2);
  }
}
