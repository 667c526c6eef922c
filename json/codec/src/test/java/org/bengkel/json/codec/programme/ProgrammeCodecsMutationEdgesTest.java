package org.bengkel.json.codec.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bengkel.json.Codec;
import org.bengkel.programme.AbsenceReason;
import org.bengkel.programme.AchievedUnit;
import org.bengkel.programme.Attendance;
import org.bengkel.programme.Certificate;
import org.bengkel.programme.CertificateIssuer;
import org.bengkel.programme.CompetencyAssessment;
import org.bengkel.programme.CompetencyResult;
import org.bengkel.programme.CompletedProgramme;
import org.bengkel.programme.Enrolment;
import org.bengkel.programme.EnrolmentEvent;
import org.bengkel.programme.EnrolmentReason;
import org.bengkel.programme.EnrolmentStatus;
import org.bengkel.programme.ProgrammeCode;
import org.bengkel.programme.ProgrammeRoster;
import org.bengkel.programme.ProgrammeRule;
import org.bengkel.programme.Session;
import org.bengkel.programme.SkillField;
import org.bengkel.programme.SkillProgramme;
import org.bengkel.programme.SkillsPassport;
import org.bengkel.programme.TrainingEvent;
import org.bengkel.programme.TrainingRegister;
import org.junit.jupiter.api.Test;

/**
 * The lists of codecs the registry ({@code Codecs}) takes once per JVM, checked here directly: a
 * codec left out of them is a type no document can hold.
 */
class ProgrammeCodecsMutationEdgesTest {

  @Test
  void thePackageListsEachCodecOnceByItsType() {
    List<Class<?>> types = ProgrammeCodecs.all().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            ProgrammeCode.class,
            SkillField.class,
            AbsenceReason.class,
            CertificateIssuer.class,
            CompetencyResult.class,
            EnrolmentStatus.class,
            EnrolmentReason.class,
            ProgrammeRule.class,
            Session.class,
            Attendance.class,
            Certificate.class,
            CompetencyAssessment.class,
            AchievedUnit.class,
            CompletedProgramme.class,
            EnrolmentEvent.class,
            Enrolment.class,
            SkillProgramme.class,
            ProgrammeRoster.class,
            TrainingRegister.class,
            SkillsPassport.class);
  }

  @Test
  void everyTrainingEventHasItsCodec() {
    List<Class<?>> types = ProgrammeCodecs.events().stream().<Class<?>>map(Codec::type).toList();
    assertThat(types)
        .containsExactlyInAnyOrder(
            TrainingEvent.EnrolmentApplied.class,
            TrainingEvent.EnrolmentSuspended.class,
            TrainingEvent.EnrolmentResumed.class,
            TrainingEvent.EnrolmentCompleted.class,
            TrainingEvent.EnrolmentWithdrawn.class,
            TrainingEvent.SessionScheduled.class,
            TrainingEvent.AttendanceRecorded.class,
            TrainingEvent.AssessmentRecorded.class);
  }
}
