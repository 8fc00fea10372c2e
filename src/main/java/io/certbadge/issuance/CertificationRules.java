package io.certbadge.issuance;

import io.certbadge.achievement.Achievement;
import io.certbadge.common.Problem.FieldError;
import io.certbadge.issuance.CertificationRecord.AssessmentStatus;
import io.certbadge.issuance.CertificationRecord.Tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trainer program's rules, checked before anything is signed. Returns every rule a record
 * breaks, each with the field it concerns, never only the first.
 */
public final class CertificationRules {

    private CertificationRules() {
    }

    public static List<FieldError> check(CertificationRecord record, Achievement achievement, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate completedOn = record.completedOn();
        if (completedOn != null && completedOn.isAfter(today)) {
            errors.add(new FieldError("completedOn", "date " + completedOn + " is in the future"));
        }
        Tasks tasks = record.tasks();
        if (tasks == null) {
            return errors;
        }
        Dates dates = new Dates(errors, today, completedOn);

        if (present(errors, "resourcesReviewed", tasks.resourcesReviewed())) {
            dates.check("resourcesReviewed", tasks.resourcesReviewed().date());
        }
        LocalDate shadowing = null;
        if (present(errors, "shadowing", tasks.shadowing())) {
            shadowing = dates.check("shadowing", tasks.shadowing().date());
            required(errors, "tasks.shadowing.certifiedTrainer", tasks.shadowing().certifiedTrainer());
        }
        if (present(errors, "assessment", tasks.assessment())) {
            checkAssessment(errors, dates, tasks.assessment(), achievement);
        }
        if (present(errors, "dryRun", tasks.dryRun())) {
            dates.check("dryRun", tasks.dryRun().date());
            if (tasks.dryRun().mode() == null) {
                errors.add(new FieldError("tasks.dryRun.mode", "required: LIVE or RECORDED"));
            }
        }
        LocalDate subset = null;
        if (present(errors, "subsetDelivery", tasks.subsetDelivery())) {
            subset = dates.check("subsetDelivery", tasks.subsetDelivery().date());
            required(errors, "tasks.subsetDelivery.observer", tasks.subsetDelivery().observer());
            average(errors, "tasks.subsetDelivery.observationRatings", tasks.subsetDelivery().observationRatings(),
                    achievement.minObservationAverage);
        }
        LocalDate full = null;
        if (present(errors, "fullDelivery", tasks.fullDelivery())) {
            full = dates.check("fullDelivery", tasks.fullDelivery().date());
            average(errors, "tasks.fullDelivery.surveyRatings", tasks.fullDelivery().surveyRatings(),
                    achievement.minSurveyAverage);
        }
        if (shadowing != null && subset != null && !shadowing.isBefore(subset)) {
            errors.add(new FieldError("tasks.subsetDelivery.date", "the subset delivery (" + subset
                    + ") must come after the shadowing (" + shadowing + ")"));
        }
        if (subset != null && full != null && !subset.isBefore(full)) {
            errors.add(new FieldError("tasks.fullDelivery.date", "the full delivery (" + full
                    + ") must come after the subset delivery (" + subset + ")"));
        }
        return errors;
    }

    /** The average of a list of ratings, two decimals; null for no ratings. */
    public static BigDecimal average(List<Integer> ratings) {
        List<Integer> valid = ratings == null ? List.of() : ratings.stream().filter(Objects::nonNull).toList();
        if (valid.isEmpty()) {
            return null;
        }
        long sum = valid.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(valid.size()), 2, RoundingMode.HALF_UP);
    }

    private static void checkAssessment(List<FieldError> errors, Dates dates, CertificationRecord.Assessment assessment,
                                        Achievement achievement) {
        AssessmentStatus status = assessment.status();
        if (status == null) {
            errors.add(new FieldError("tasks.assessment.status", "required: PASSED or NOT_AVAILABLE"));
        } else if (status == AssessmentStatus.NOT_AVAILABLE && achievement.assessmentAvailable) {
            errors.add(new FieldError("tasks.assessment.status",
                    "the end-user assessment of " + achievement.courseName + " must be passed"));
        }
        if (status == AssessmentStatus.NOT_AVAILABLE && assessment.date() == null) {
            return;
        }
        dates.check("assessment", assessment.date());
    }

    private static void average(List<FieldError> errors, String field, List<Integer> ratings, BigDecimal threshold) {
        if (ratings == null || ratings.isEmpty()) {
            errors.add(new FieldError(field, "at least one rating is required"));
            return;
        }
        if (ratings.stream().anyMatch(r -> r == null || r < 1 || r > 5)) {
            return; // each bad rating is reported by syntax validation; an average of them means nothing
        }
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        // Compared exactly (sum >= threshold × count), so rounding can never let a record through.
        if (BigDecimal.valueOf(sum).compareTo(threshold.multiply(BigDecimal.valueOf(ratings.size()))) < 0) {
            errors.add(new FieldError(field, "average " + display(average(ratings)) + " is below "
                    + Achievement.format(threshold)));
        }
    }

    private static String display(BigDecimal average) {
        BigDecimal stripped = average.stripTrailingZeros();
        return stripped.scale() < 1 ? average.setScale(1, RoundingMode.UNNECESSARY).toPlainString() : stripped.toPlainString();
    }

    private static boolean present(List<FieldError> errors, String task, Object value) {
        if (value == null) {
            errors.add(new FieldError("tasks." + task, "required: every task of the program must be completed"));
            return false;
        }
        return true;
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required"));
        }
    }

    /** Checks that a task is dated, not in the future and not after the record's completion. */
    private record Dates(List<FieldError> errors, LocalDate today, LocalDate completedOn) {

        LocalDate check(String task, LocalDate date) {
            String field = "tasks." + task + ".date";
            if (date == null) {
                errors.add(new FieldError(field, "required"));
                return null;
            }
            if (date.isAfter(today)) {
                errors.add(new FieldError(field, "date " + date + " is in the future"));
            } else if (completedOn != null && date.isAfter(completedOn)) {
                errors.add(new FieldError(field, "date " + date + " is after completedOn (" + completedOn + ")"));
            }
            return date;
        }
    }
}
