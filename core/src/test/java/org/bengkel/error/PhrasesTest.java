package org.bengkel.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bengkel.catalog.Sku;
import org.bengkel.material.Quantity;
import org.bengkel.sales.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A message in Indonesian says in Indonesian the fixed English phrases of its details (a value's
 * expected form), as {@link Messages#phrase} declares them, never translates the rejected value,
 * and every declared phrase is one that the code still uses.
 */
class PhrasesTest {

  private static final Locale ID = Messages.INDONESIAN;

  private static String indonesian(Executable call) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(() -> call.execute()).satisfies(t -> thrown[0] = t);
    return ((BengkelException) thrown[0]).message(ID);
  }

  @Test
  void anExpectedFormIsSaidInIndonesian() {
    assertThat(indonesian(() -> Customer.government("ABC", "Dinas Koperasi")))
        .contains("harus berupa 1 sampai 20 angka")
        .doesNotContain("digits");
    assertThat(indonesian(() -> Sku.parse("kue kering")))
        .contains("kelompok huruf A-Z dan angka 0-9")
        .doesNotContain("joined");
    assertThat(indonesian(() -> Quantity.parse("5kg")))
        .contains("bilangan bulat, spasi, lalu simbol satuan");
  }

  @Test
  void theRejectedValueIsShownAsGivenEvenWhenItReadsLikeAPhrase() {
    assertThat(indonesian(() -> Sku.parse("a label"))).contains("('a label')");
  }

  @Test
  void aRefusalMadeFromAnExceptionSaysItsPhrasesInIndonesianToo() {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class, () -> Customer.government("ABC", "Dinas Koperasi"));
    assertThat(org.bengkel.outcome.Refusal.of(e).message(ID))
        .contains("1 sampai 20 angka")
        .doesNotContain("digits");
  }

  @Test
  void englishKeepsThePhraseAndOtherTextIsNotTranslated() {
    Throwable e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidValueException.class, () -> Customer.government("ABC", "Dinas Koperasi"));
    assertThat(((InvalidValueException) e).message(Locale.ENGLISH)).contains("1 to 20 digits");
    assertThat(((InvalidValueException) e).details()).contains("1 to 20 digits");
    assertThat(Messages.phrase("1 to 20 digits", Locale.ENGLISH)).isEqualTo("1 to 20 digits");
    assertThat(Messages.phrase("2026-01-01", ID)).isEqualTo("2026-01-01");
  }

  @Test
  void everyDeclaredPhraseIsStillPassedByTheCode() throws IOException {
    Map<String, String> bundle =
        CoreClasses.properties("org.bengkel.error", "messages_id.properties");
    String sources = sources(Path.of("src/main/java"), Path.of("../json/codec/src/main/java"));
    Map<String, String> phrases =
        bundle.entrySet().stream()
            .filter(e -> e.getKey().startsWith("phrase."))
            .collect(Collectors.toMap(e -> e.getKey().substring(7), Map.Entry::getValue));
    assertThat(phrases).isNotEmpty();
    phrases.forEach(
        (english, translated) -> {
          assertThat(sources)
              .as("a literal \"%s\" in the code", english)
              .contains('"' + english + '"');
          assertThat(translated).as(english).isNotBlank().isNotEqualTo(english);
        });
  }

  private static String sources(Path... roots) throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue; // json/codec beside core, as in the repository
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          all.append(Files.readString(p));
        }
      }
    }
    return all.toString();
  }
}
