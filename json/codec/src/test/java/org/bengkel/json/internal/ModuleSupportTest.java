package org.bengkel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.json.Codecs;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.privacy.PrivacyViews;
import org.junit.jupiter.api.Test;

/**
 * What both Jackson modules share, checked here once: the Jackson modules' tests run in other Maven
 * modules, where mutation testing does not look.
 */
class ModuleSupportTest {

  @Test
  void theModulesRegisterEveryCodecTheEnvelopeAndThePrivacyViews() {
    List<Codec<?>> expected = new ArrayList<>(Codecs.all());
    expected.add(DocumentKinds.CODEC);
    expected.addAll(PrivacyViews.all());
    assertThat(ModuleSupport.registeredCodecs()).containsExactlyElementsOf(expected);
  }

  @Test
  void theVersionIsTheProjectsFromTheFilteredResource() {
    // the pom's version, not the default for a file without one
    assertThat(ModuleSupport.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*").isNotEqualTo("0.0.0");
  }

  @Test
  void jacksonsPlacesBecomeAPathAndNegativeIndicesAreLeftOut() {
    // Jackson reports the root's index as -1; the first element of an array is index 0
    assertThat(ModuleSupport.path(List.of("officers", 0, "nip"))).isEqualTo("$.officers[0].nip");
    assertThat(ModuleSupport.path(List.of(-1, "lines", 2))).isEqualTo("$.lines[2]");
    assertThat(ModuleSupport.path(List.of("a b", 3L))).isEqualTo("$['a b']");
    assertThat(ModuleSupport.path(List.of())).isEqualTo("$");
  }

  @Test
  void anIgnoredPropertyIsReportedWhereTheParserIsOrByNameAlone() {
    assertThat(ModuleSupport.ignoredPath("$.data.extra", "extra")).isEqualTo("$.data.extra");
    assertThat(ModuleSupport.ignoredPath("$['a b']", "a b")).isEqualTo("$['a b']");
    // a buffered value has lost its position: only the name is known
    assertThat(ModuleSupport.ignoredPath("$.data", "extra")).isEqualTo("$..extra");
  }

  @Test
  void ignoredPathsGoToTheHelpersListOrNowhere() {
    List<String> sink = new ArrayList<>();
    ModuleSupport.ignoredSink(sink).accept("$.x");
    assertThat(sink).containsExactly("$.x");
    ModuleSupport.ignoredSink("not a list").accept("$.y");
    ModuleSupport.ignoredSink(null).accept("$.z");
    assertThat(sink).containsExactly("$.x");
  }
}
