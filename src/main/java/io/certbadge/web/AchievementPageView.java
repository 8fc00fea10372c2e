package io.certbadge.web;

import java.util.List;

/** What an achievement's public page shows: what it certifies and how a trainer earns it. */
public record AchievementPageView(String name, String description, List<String> criteria, boolean assessmentAvailable,
                                  String minObservationAverage, String minSurveyAverage, Integer validityMonths,
                                  String imageUrl, String jsonUrl, String issuerName, String issuerUrl) {
}
