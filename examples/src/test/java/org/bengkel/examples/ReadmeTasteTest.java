package org.bengkel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.catalog.Sku;
import org.bengkel.facility.Facility;
import org.bengkel.facility.FacilityClass;
import org.bengkel.facility.FacilityCode;
import org.bengkel.facility.FacilityType;
import org.bengkel.facility.Nip;
import org.bengkel.facility.Officer;
import org.bengkel.inventory.StockLedger;
import org.bengkel.json.jackson2.BengkelJackson2;
import org.bengkel.money.Rate;
import org.bengkel.money.Rupiah;
import org.bengkel.outcome.Outcome;
import org.bengkel.outcome.Refusal;
import org.bengkel.trainee.CrimeCategory;
import org.bengkel.trainee.EligibilityDecision;
import org.bengkel.trainee.EligibilityPolicy;
import org.bengkel.trainee.Entitlement;
import org.bengkel.trainee.RegistrationNumber;
import org.bengkel.trainee.Sentence;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;

/** Keeps the README's "A taste" section true: the same code, with its comments as assertions. */
class ReadmeTasteTest {

  @Test
  void theReadmeSampleRunsAndPrintsWhatItsCommentsSay() throws Exception {
    Facility lapas =
        Facility.of(
            FacilityCode.of("LAPAS-PAMEKASAN"),
            "Lapas Kelas IIA Pamekasan",
            FacilityType.LAPAS,
            FacilityClass.IIA,
            "Kanwil Ditjenpas Jawa Timur");
    Officer officer = Officer.of(Nip.parse("198503122010121001"), "Agus Salim");

    Rupiah jar = Rupiah.parse("Rp92.500");
    Rupiah order = jar.times(12);
    Rupiah ppn = order.times(Rate.of(11, 12).times(Rate.percent(12)), RoundingMode.HALF_UP);
    List<Rupiah> premi = Rupiah.of(100_000).allocate(3, 3, 1);
    assertThat(order).hasToString("Rp1.110.000");
    assertThat(ppn).hasToString("Rp122.100");
    assertThat(premi)
        .extracting(Rupiah::toString)
        .containsExactly("Rp42.857", "Rp42.857", "Rp14.286");

    Trainee t =
        Trainee.convict(
            RegistrationNumber.of("B.I-0412/2024"),
            "Ahmad Fauzi",
            lapas.code(),
            CrimeCategory.GENERAL,
            Sentence.imprisonment(Period.ofYears(3), LocalDate.of(2024, 3, 1)));
    EligibilityDecision sae =
        EligibilityPolicy.defaults().evaluate(Entitlement.SAE, t, LocalDate.of(2026, 10, 5));
    assertThat(sae.conditions()).isNotEmpty();

    ObjectMapper json = BengkelJackson2.mapper();
    String text = json.writeValueAsString(officer);
    Officer back = json.readValue(text, Officer.class);
    assertThat(back).isEqualTo(officer);

    StockLedger ledger = StockLedger.empty(lapas.code());
    Stamp at = Stamp.of(lapas, Actor.officer(officer.nip()), Instant.parse("2026-10-12T02:14:00Z"));
    assertThat(at.localDateTime()).isEqualTo(java.time.LocalDateTime.of(2026, 10, 12, 9, 14));
    Outcome<StockLedger> sold = ledger.sell(Sku.of("KUE-KERING-500G"), 12, at);
    assertThat(sold.events()).isEmpty();
    Refusal why = sold.refusal().orElseThrow();
    String rule = why.code();
    assertThat(rule).isEqualTo("inventory.available.insufficient");
    String textId = why.message(Locale.forLanguageTag("id"));
    assertThat(textId).endsWith("[inventory.available.insufficient]");
    StockLedger before = ledger;
    ledger = sold.orElse(ledger);
    assertThat(ledger).isSameAs(before);
  }

  @Test
  void theReadmeShowsTheTwoQuickStartCommands() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
    assertThat(readme)
        .contains("mvn -q -pl examples -am compile exec:java")
        .contains("mvn -B verify");
    String ci = java.nio.file.Files.readString(java.nio.file.Path.of("..", ".ci", "run"));
    assertThat(ci).contains("mvn -B verify");
  }
}
