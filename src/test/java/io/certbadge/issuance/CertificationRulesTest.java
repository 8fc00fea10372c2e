package io.certbadge.issuance;

import io.certbadge.achievement.Achievement;
import io.certbadge.common.Problem.FieldError;
import io.certbadge.issuance.CertificationRecord.Assessment;
import io.certbadge.issuance.CertificationRecord.AssessmentStatus;
import io.certbadge.issuance.CertificationRecord.Candidate;
import io.certbadge.issuance.CertificationRecord.CandidateType;
import io.certbadge.issuance.CertificationRecord.DryRun;
import io.certbadge.issuance.CertificationRecord.DryRunMode;
import io.certbadge.issuance.CertificationRecord.FullDelivery;
import io.certbadge.issuance.CertificationRecord.ResourcesReviewed;
import io.certbadge.issuance.CertificationRecord.Shadowing;
import io.certbadge.issuance.CertificationRecord.SubsetDelivery;
import io.certbadge.issuance.CertificationRecord.Tasks;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate DONE = LocalDate.of(2026, 10, 15);

    @Test
    void shouldAcceptACompleteRecord() {
        assertEquals(List.of(), CertificationRules.check(record(tasks(List.of(5, 4), List.of(4, 4)), DONE), course(true), TODAY));
    }

    @Test
    void shouldRejectRecordWithLowSurveyAverage() {
        List<FieldError> errors = CertificationRules.check(record(tasks(List.of(5), List.of(4, 4, 3, 4, 3)), DONE),
                course(true), TODAY);
        assertEquals(List.of(new FieldError("tasks.fullDelivery.surveyRatings", "average 3.6 is below 4.0")), errors);
    }

    @Test
    void shouldNotRoundAnAverageJustBelowTheThresholdUp() {
        // 3.999… would show as 4.00 when rounded; the rule compares exactly.
        List<Integer> ratings = new java.util.ArrayList<>(java.util.Collections.nCopies(999, 4));
        ratings.add(3);
        List<FieldError> errors = CertificationRules.check(record(tasks(ratings, List.of(5)), DONE), course(true), TODAY);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("tasks.subsetDelivery.observationRatings", errors.get(0).field());
    }

    @Test
    void shouldUseTheAchievementsOwnThreshold() {
        Achievement strict = course(true);
        strict.minSurveyAverage = new BigDecimal("4.50");
        List<FieldError> errors = CertificationRules.check(record(tasks(List.of(5), List.of(4, 5)), DONE), strict, TODAY);
        assertEquals(List.of(), errors, "an average of 4.5 meets a threshold of 4.5");
        errors = CertificationRules.check(record(tasks(List.of(5), List.of(4, 4, 5)), DONE), strict, TODAY);
        assertEquals("average 4.33 is below 4.5", errors.get(0).message());
    }

    @Test
    void shouldReportEveryMissingTask() {
        Tasks none = new Tasks(null, null, null, null, null, null);
        List<FieldError> errors = CertificationRules.check(record(none, DONE), course(true), TODAY);
        assertEquals(6, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.message().startsWith("required")));
    }

    @Test
    void shouldRejectCompletionInTheFuture() {
        List<FieldError> errors = CertificationRules.check(record(tasks(List.of(5), List.of(5)), TODAY.plusDays(1)),
                course(true), TODAY);
        assertEquals(List.of(new FieldError("completedOn", "date 2026-11-26 is in the future")), errors);
    }

    @Test
    void shouldAllowNoAssessmentOnlyWhereTheCourseHasNone() {
        Tasks t = tasks(List.of(5), List.of(5));
        Tasks noAssessment = new Tasks(t.resourcesReviewed(), t.shadowing(),
                new Assessment(AssessmentStatus.NOT_AVAILABLE, null, null), t.dryRun(), t.subsetDelivery(), t.fullDelivery());
        assertEquals(List.of(), CertificationRules.check(record(noAssessment, DONE), course(false), TODAY));
        assertEquals("tasks.assessment.status",
                CertificationRules.check(record(noAssessment, DONE), course(true), TODAY).get(0).field());
    }

    @Test
    void shouldRequireShadowingBeforeSubsetDeliveryAndSubsetBeforeFull() {
        Tasks t = tasks(List.of(5), List.of(5));
        Tasks sameDay = new Tasks(t.resourcesReviewed(), new Shadowing(DONE.minusDays(10), "Grace Hopper"), t.assessment(),
                t.dryRun(), new SubsetDelivery(DONE.minusDays(10), "ACME", "Grace Hopper", List.of(5)),
                new FullDelivery(DONE.minusDays(10), "ACME", null, List.of(5)));
        List<String> fields = CertificationRules.check(record(sameDay, DONE), course(true), TODAY).stream()
                .map(FieldError::field).toList();
        assertEquals(List.of("tasks.subsetDelivery.date", "tasks.fullDelivery.date"), fields);
    }

    @Test
    void shouldComputeAveragesToTwoDecimals() {
        assertEquals(new BigDecimal("4.33"), CertificationRules.average(List.of(5, 4, 5, 4, 3, 5)));
        assertEquals(new BigDecimal("4.50"), CertificationRules.average(List.of(5, 4, 4, 5)));
        assertEquals(null, CertificationRules.average(List.of()));
    }

    private static Achievement course(boolean assessment) {
        Achievement a = new Achievement();
        a.slug = "gitlab-ci-cd";
        a.courseName = "GitLab CI/CD";
        a.assessmentAvailable = assessment;
        a.minObservationAverage = new BigDecimal("4.00");
        a.minSurveyAverage = new BigDecimal("4.00");
        return a;
    }

    private static Tasks tasks(List<Integer> observation, List<Integer> survey) {
        return new Tasks(new ResourcesReviewed(LocalDate.of(2026, 9, 1)),
                new Shadowing(LocalDate.of(2026, 9, 10), "Grace Hopper"),
                new Assessment(AssessmentStatus.PASSED, LocalDate.of(2026, 9, 12), 92),
                new DryRun(LocalDate.of(2026, 9, 20), DryRunMode.LIVE),
                new SubsetDelivery(LocalDate.of(2026, 10, 1), "ACME Corp", "Grace Hopper", observation),
                new FullDelivery(LocalDate.of(2026, 10, 14), "ACME Corp", "Grace Hopper", survey));
    }

    private static CertificationRecord record(Tasks tasks, LocalDate completedOn) {
        return new CertificationRecord("CT-1", "gitlab-ci-cd",
                new Candidate("Ada Lovelace", "ada@example.com", CandidateType.PARTNER, null, null), tasks, completedOn, null);
    }
}
