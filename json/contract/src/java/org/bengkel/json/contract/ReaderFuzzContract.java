package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer of the readers on every binding (the fall-back of issue 6 point 4 that
 * runs in plain JUnit): 10 000 mutations (byte flips, truncations, deletions, duplications and
 * splices of JSON fragments) of every golden file, read strictly and leniently as text and as
 * bytes. Every document either reads or is refused with {@link BengkelJsonException}; any other
 * exception or error fails the test with the seed and the document; every document read is written
 * so that it reads back equal (issue 18 point 5: what is written must be read back). Change the
 * seed with {@code -Dbengkel.json.seed=N} and the count with {@code -Dbengkel.json.fuzz.cases=N}.
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
        Object value =
            input instanceof byte[] b
                ? binding.readBytes(b, type)
                : binding.read((String) input, type);
        assertReadsBack(binding, type, value);
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

  /**
   * What a binding accepted it writes so that the same binding reads it back equal, and writes the
   * same text again: a value that cannot be written back must be refused on read instead. A
   * versioned document read in an older schema version is written in the current one, so its
   * payload is compared.
   */
  static void assertReadsBack(JsonBinding binding, Class<?> type, Object value) {
    String written = binding.write(value);
    Object again = binding.read(written, type);
    if (value instanceof Document d && again instanceof Document e) {
      assertThat(e.kind()).as(written).isEqualTo(d.kind());
      assertThat(e.payload()).as(written).isEqualTo(d.payload());
    } else {
      assertThat(again).as(written).isEqualTo(value);
    }
    assertThat(binding.write(again)).isEqualTo(written);
  }

  /** A JSON string followed by {@code ,}, {@code ]} or {@code }}: a value, not a name. */
  private static final Pattern STRING_VALUE =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"(?=\\s*[,}\\]])");

  /** The document with the {@code n}th string value's text changed by {@code change}. */
  private static String changeString(String json, int n, UnaryOperator<String> change) {
    Matcher m = nthString(json, n);
    return json.substring(0, m.start(1)) + change.apply(m.group(1)) + json.substring(m.end(1));
  }

  private static int stringValues(String json) {
    return (int) STRING_VALUE.matcher(json).results().count();
  }

  private static void assertRefused(JsonBinding binding, String json, Class<?> type, String code) {
    assertThatThrownBy(() -> binding.read(json, type))
        .as(json)
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).as(json).isEqualTo(code);
              assertThat(e.path()).startsWith("$");
            });
  }

  @Test
  void everyGoldenDocumentReadsBackEqualOnceWritten() {
    JsonBinding strict = binding(BengkelJsonOptions.strict());
    for (Object[] seed : seeds()) {
      Class<?> type = (Class<?>) seed[0];
      assertReadsBack(strict, type, strict.read((String) seed[1], type));
    }
  }

  @Test
  void aLoneSurrogateInAnyStringValueIsRefusedWhereItStands() {
    JsonBinding strict = binding(BengkelJsonOptions.strict());
    int checked = 0;
    for (Object[] seed : seeds()) {
      Class<?> type = (Class<?>) seed[0];
      String json = (String) seed[1];
      for (int i = 0, n = stringValues(json); i < n; i++) {
        // high alone at the end, low alone at the start: neither is written back as it was read
        assertRefused(
            strict, changeString(json, i, t -> t + "\\uD800"), type, "json.unpaired-surrogate");
        assertRefused(
            strict, changeString(json, i, t -> "\\uDC00" + t), type, "json.unpaired-surrogate");
        checked++;
      }
    }
    assertThat(checked).as("string values in the golden documents").isGreaterThan(100);
    // the example of issue 18: the trainee of a team's hours, at its own path
    String teamHours = JsonFormatContract.golden("production-team-hours");
    assertThatThrownBy(
            () ->
                strict.read(
                    teamHours.replace("\"B.I-123/2024\"", "\"\\uD800\""),
                    org.bengkel.production.TeamHours.class))
        .isInstanceOfSatisfying(
            BengkelJsonException.class,
            e -> {
              assertThat(e.ruleCode()).isEqualTo("json.unpaired-surrogate");
              assertThat(e.path()).isEqualTo("$.trainee");
            });
  }

  @Test
  void everyDurationReadIsWrittenInAFormThatReadsBack() {
    JsonBinding strict = binding(BengkelJsonOptions.strict());
    // under 10^13 hours: read, and written as Duration.toString() with at most 13 hour digits
    // P416666666666DT15H = 416666666666 * 24 + 15 = 9999999999999 hours
    String[][] accepted = {
      {"PT9999999999999H59M59.999999999S", "PT9999999999999H59M59.999999999S"},
      {"P416666666666DT15H", "PT9999999999999H"},
      {"PT599999999999999M", "PT9999999999999H59M"},
      {"pt1h-30m", "PT30M"},
    };
    // 10^13 hours or more: P416666666666DT16H = 9999999999984 + 16 = 10^13 hours exactly;
    // P999999999999D = 23999999999976 hours, the example
    String[] refused = {
      "PT9999999999999H60M",
      "P416666666666DT16H",
      "P999999999999D",
      "PT99999999999999999S",
      "P999999999999DT9999999999999H999999999999999M99999999999999999S",
    };
    int checked = 0;
    int accepts = 0;
    for (Object[] seed : seeds()) {
      Class<?> type = (Class<?>) seed[0];
      String json = (String) seed[1];
      for (int i = 0, n = stringValues(json); i < n; i++) {
        if (!isDuration(json, i)) {
          continue;
        }
        int at = i;
        for (String[] form : accepted) {
          Object value;
          try {
            value = strict.read(changeString(json, at, t -> form[0]), type);
          } catch (BengkelJsonException e) {
            // the holder's own bound (an attendance longer than its session) may refuse it
            assertThat(e.ruleCode()).as(form[0]).doesNotStartWith("json.");
            continue;
          }
          assertThat(strict.write(value)).contains("\"" + form[1] + "\"");
          assertReadsBack(strict, type, value);
          accepts++;
        }
        for (String form : refused) {
          assertRefused(strict, changeString(json, at, t -> form), type, "json.wrong-type");
        }
        checked++;
      }
    }
    assertThat(checked).as("durations in the golden documents").isGreaterThan(5);
    assertThat(accepts).as("long durations read and written back").isGreaterThan(5);
  }

  private static boolean isDuration(String json, int n) {
    return nthString(json, n).group(1).matches("PT[0-9HMS.]+");
  }

  private static Matcher nthString(String json, int n) {
    Matcher m = STRING_VALUE.matcher(json);
    for (int i = 0; i <= n; i++) {
      assertThat(m.find()).isTrue();
    }
    return m;
  }
}
