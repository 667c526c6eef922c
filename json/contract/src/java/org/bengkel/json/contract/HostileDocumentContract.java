package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.facility.Facility;
import org.bengkel.json.BengkelJsonException;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.JsonReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-document suite on every binding: each document is refused with bengkel's {@link
 * BengkelJsonException}, a JSON path and the expected rule code, within a generous safety bound of
 * 2 seconds (not a performance measurement), and never with an out-of-memory, a stack overflow or
 * another exception type.
 */
public abstract class HostileDocumentContract {

  // A guard against hangs and quadratic blow-ups, not a performance measurement (those are JMH
  // benchmarks): a hostile document is read in milliseconds, so 10 s only fails on a real hang,
  // never on a machine that is merely busy (2 s did fail on a 2-core machine under load).
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** The binding under test, reading with the given options. */
  protected abstract JsonBinding binding(BengkelJsonOptions options);

  static Stream<HostileDocuments.Case> cases() {
    return HostileDocuments.all().stream();
  }

  @Test
  void theSuiteHasAtLeastSixtyDocumentsCoveringEveryItem() {
    assertThat(HostileDocuments.all()).hasSizeGreaterThanOrEqualTo(60);
    Set<HostileDocuments.Item> covered =
        HostileDocuments.all().stream()
            .map(HostileDocuments.Case::item)
            .collect(Collectors.toSet());
    assertThat(covered).isEqualTo(EnumSet.allOf(HostileDocuments.Item.class));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void hostileDocumentIsRefusedWithTheLibraryErrorPathAndRuleCode(HostileDocuments.Case c) {
    JsonBinding binding = binding(c.options());
    Object input = c.bytes() != null ? c.bytes().get() : c.text().get();
    Throwable thrown =
        assertTimeoutPreemptively(
            BOUND,
            () -> {
              try {
                Object value =
                    input instanceof byte[] b
                        ? binding.readBytes(b, c.type())
                        : binding.read((String) input, c.type());
                return new AssertionError("accepted: " + value);
              } catch (Throwable t) {
                return t;
              }
            },
            c::toString);
    assertThat(thrown).isInstanceOf(BengkelJsonException.class);
    BengkelJsonException e = (BengkelJsonException) thrown;
    assertThat(e.ruleCode()).as(e.getMessage()).isIn(c.codes().toArray());
    assertThat(e.path()).startsWith("$");
    if (c.path() != null) {
      assertThat(e.path()).as("path").isEqualTo(c.path());
    }
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
    // one line of visible text: nothing from the document can forge a log line or drive a terminal
    for (String shown : List.of(e.getMessage(), e.path(), String.join(" ", e.details()))) {
      assertThat(shown).as("shown").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
      assertThat(
              shown.codePoints().filter(cp -> Character.getType(cp) == Character.SURROGATE).count())
          .as(shown)
          .isZero();
    }
  }

  @Test
  void lenientReadingIgnoresTypeNamesInsteadOfInstantiatingThem() {
    String json =
        HostileDocuments.all().stream()
            .filter(c -> c.name().equals("@class property"))
            .findFirst()
            .orElseThrow()
            .text()
            .get();
    JsonReadResult<Facility> result =
        binding(BengkelJsonOptions.lenient()).readReporting(json, Facility.class);
    assertThat(result.value()).isEqualTo(GoldenSamples.PAMEKASAN);
    assertThat(result.ignoredProperties()).containsExactly("$['@class']");
    assertThat(Arrays.asList(result.value().getClass().getInterfaces())).isEmpty();
  }
}
