package io.certbadge.openbadges;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What an Open Badges Achievement (badge class) says, as plain values: the criteria are a list of
 * steps, numbered only when written into the JSON narrative.
 */
public record AchievementDefinition(String slug, String name, String description, String courseName,
                                    List<String> criteriaSteps, BigDecimal minObservationAverage,
                                    BigDecimal minSurveyAverage) {

    public AchievementDefinition {
        criteriaSteps = List.copyOf(criteriaSteps);
    }

    /** The criteria as the {@code narrative} of OB 3.0: one numbered line per step. */
    public String narrative() {
        return IntStream.range(0, criteriaSteps.size())
                .mapToObj(i -> (i + 1) + ". " + criteriaSteps.get(i))
                .collect(Collectors.joining("\n"));
    }

    /** An average rating as the catalog and the credential print it: one decimal. */
    public static String rating(BigDecimal average) {
        return average.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
