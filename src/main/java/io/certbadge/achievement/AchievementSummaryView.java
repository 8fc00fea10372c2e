package io.certbadge.achievement;

import java.math.BigDecimal;

/** One row of {@code GET /api/v1/achievements}. */
public record AchievementSummaryView(String slug, String name, String description, boolean assessmentAvailable,
                                     BigDecimal minObservationAverage, BigDecimal minSurveyAverage,
                                     Integer validityMonths) {

    public static AchievementSummaryView of(Achievement a) {
        return new AchievementSummaryView(a.slug, a.name, a.description, a.assessmentAvailable,
                a.minObservationAverage, a.minSurveyAverage, a.validityMonths);
    }
}
