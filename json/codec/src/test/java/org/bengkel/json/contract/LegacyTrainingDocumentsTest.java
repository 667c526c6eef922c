package org.bengkel.json.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.bengkel.audit.Actor;
import org.bengkel.audit.Stamp;
import org.bengkel.facility.TimeZoneName;
import org.bengkel.json.BengkelJsonOptions;
import org.bengkel.programme.EnrolmentEvent;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.trainee.Trainee;
import org.junit.jupiter.api.Test;

/**
 * Documents written before issue 17's stamps still read: an enrolment move with a date only, and a
 * trainee without a version.
 */
class LegacyTrainingDocumentsTest {

  private final JsonBinding json = TextJson.binding(BengkelJsonOptions.strict());

  @Test
  void anEnrolmentMoveWithADateOnlyReadsAsAnImportAtTheStartOfThatWibDay() {
    EnrolmentEvent read =
        json.read(
            "{\"status\":\"ACTIVE\",\"date\":\"2026-10-30\",\"reason\":\"PLACE_AVAILABLE\"}",
            EnrolmentEvent.class);
    // 2026-10-30 00:00 WIB is 2026-10-29T17:00:00Z
    assertThat(read.stamp())
        .isEqualTo(
            Stamp.ofLocal(
                Actor.system("import"), LocalDateTime.of(2026, 10, 30, 0, 0), TimeZoneName.WIB));
    assertThat(read.stamp().at()).hasToString("2026-10-29T17:00:00Z");
    assertThat(read.date()).hasToString("2026-10-30");
    assertThat(read)
        .isEqualTo(
            EnrolmentEvent.of(
                EnrolmentStatus.ACTIVE, read.stamp(), EnrolmentReason.PLACE_AVAILABLE));
    // written back with its stamp, it reads back equal
    assertThat(json.read(json.write(read), EnrolmentEvent.class)).isEqualTo(read);
  }

  @Test
  void aDateThatIsNotTheStampsLocalDateIsRefused() {
    String json1 =
        "{\"status\":\"ACTIVE\",\"date\":\"2026-10-31\",\"at\":\"2026-10-30T01:00:00Z\","
            + "\"zone\":\"WIB\",\"actor\":\"system:import\",\"reason\":\"PLACE_AVAILABLE\"}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(json1, EnrolmentEvent.class))
        .hasMessageContaining("date");
  }

  @Test
  void aTraineeWithoutAVersionReadsAtVersionZero() {
    String written = json.write(TraineeSamples.DETAINEE);
    String legacy = written.replace(",\"version\":0", "");
    assertThat(legacy).doesNotContain("version");
    Trainee read = json.read(legacy, Trainee.class);
    assertThat(read.version()).isZero();
    assertThat(read).isEqualTo(TraineeSamples.DETAINEE);
  }
}
