package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.json.document.Document;
import org.bengkel.json.document.DocumentKinds;
import org.bengkel.json.privacy.SkillsPassportView;
import org.junit.jupiter.api.Test;

/**
 * A {@code skills-passport} document holds what a passport on its {@code asOf} date holds: nothing
 * completed or achieved after that date, only certificates valid on it. Found by the hostile-input
 * pass: the view was read with any dates, so a passport dated 2024 listed a programme completed in
 * 2026 and a certificate issued after it.
 */
class SkillsPassportDocumentTest {

  private static final JsonBinding JSON = TextJson.binding(BengkelJsonOptions.strict());

  // completed 2026-11-27, unit achieved 2026-11-20, certificate 2026-11-25 to 2029-11-24
  private static final String TEXT =
      JSON.write(
          Document.of(
              DocumentKinds.SKILLS_PASSPORT, SkillsPassportView.of(ProgrammeSamples.PASSPORT)));

  private static void read(String text) {
    JSON.read(text, Document.class);
  }

  @Test
  void theSampleReads() {
    assertThat(JSON.read(TEXT, Document.class).payload(DocumentKinds.SKILLS_PASSPORT).asOf())
        .isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void aProgrammeCompletedAfterThePassportsDateIsRefused() {
    String before = TEXT.replace("\"asOf\":\"2026-11-27\"", "\"asOf\":\"2026-11-26\"");
    assertThat(before).isNotEqualTo(TEXT);
    assertThat(TextJson.refusal(() -> read(before), "value.date-order", "$.data.asOf").getMessage())
        .contains("2026-11-27");
  }

  @Test
  void aUnitAchievedAfterThePassportsDateIsRefused() {
    String later = TEXT.replace("\"achievedOn\":\"2026-11-20\"", "\"achievedOn\":\"2026-11-28\"");
    assertThat(later).isNotEqualTo(TEXT);
    TextJson.refusal(() -> read(later), "value.date-order", "$.data.asOf");
  }

  @Test
  void aCertificateNotValidOnThePassportsDateIsRefused() {
    String notYet = TEXT.replace("\"issuedOn\":\"2026-11-25\"", "\"issuedOn\":\"2026-11-28\"");
    assertThat(notYet).isNotEqualTo(TEXT);
    TextJson.refusal(
        () -> read(notYet), "programme.passport.certificate", "$.data.certificates[0]");
    String expired = TEXT.replace("\"expiresOn\":\"2029-11-24\"", "\"expiresOn\":\"2026-11-26\"");
    assertThat(expired).isNotEqualTo(TEXT);
    TextJson.refusal(
        () -> read(expired), "programme.passport.certificate", "$.data.certificates[0]");
  }

  // the export's passport: the same dates, inside $.data.skillsPassport
  private static final String EXPORT =
      JSON.write(Document.of(DocumentKinds.SUBJECT_ACCESS_EXPORT, DocumentSamples.EXPORT));

  @Test
  void anExportsPassportHoldsNothingAfterItsDate() {
    JSON.read(EXPORT, Document.class);
    int passport = EXPORT.indexOf("\"skillsPassport\"");
    int completed = EXPORT.indexOf("\"completedOn\":\"2026-11-27\"", passport);
    assertThat(completed).isPositive();
    String later =
        EXPORT.substring(0, completed)
            + "\"completedOn\":\"2026-11-28\""
            + EXPORT.substring(completed + "\"completedOn\":\"2026-11-27\"".length());
    TextJson.refusal(() -> read(later), "value.date-order", "$.data.skillsPassport.asOf");
  }

  @Test
  void anExportsPassportIsOfTheExportsDate() {
    // the export's own asOf comes first; its passport keeps 2026-11-27
    String other = EXPORT.replaceFirst("\"asOf\":\"2026-11-27\"", "\"asOf\":\"2026-11-28\"");
    assertThat(other).isNotEqualTo(EXPORT);
    TextJson.refusal(() -> read(other), "json.document.mismatch", "$.data.skillsPassport.asOf");
  }
}
