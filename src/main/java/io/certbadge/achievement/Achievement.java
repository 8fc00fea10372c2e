package io.certbadge.achievement;

import io.certbadge.openbadges.AchievementDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A badge class: one course's Certified Trainer certification and the rules for earning it. */
@Entity
@Table(name = "achievement")
public class Achievement {

    /**
     * The steps every course's certification requires, in the program's order. {@code %1$s} is the
     * course's assessment step, {@code %2$s} and {@code %3$s} its observation and survey thresholds.
     */
    public static final List<String> PROGRAM_STEPS = List.of(
            "Review the course resources.",
            "Shadow a Certified Trainer delivering the course.",
            "%1$s",
            "Give a live or recorded dry-run of the course.",
            "Deliver part of the course to a customer while a Certified Trainer observes, with an average"
                    + " observation rating of at least %2$s of 5.",
            "Deliver the whole course to a customer, with an average customer survey rating of at least %3$s of 5.");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "course_name", nullable = false)
    public String courseName;

    @Column(nullable = false)
    public String description;

    /** The course-specific part of the criteria (the assessment step). */
    @Column(name = "course_criteria", nullable = false)
    public String courseCriteria;

    @Column(name = "assessment_available", nullable = false)
    public boolean assessmentAvailable;

    @Column(name = "min_observation_average", nullable = false)
    public BigDecimal minObservationAverage;

    @Column(name = "min_survey_average", nullable = false)
    public BigDecimal minSurveyAverage;

    @Column(name = "validity_months")
    public Integer validityMonths;

    @Column(nullable = false)
    public String colour;

    /** The criteria: the program's steps with this course's assessment and thresholds. */
    public List<String> criteriaSteps() {
        String assessmentStep = assessmentAvailable
                ? "Pass the course's end-user assessment."
                : "(No end-user assessment exists for this course.)";
        String observation = format(minObservationAverage);
        String survey = format(minSurveyAverage);
        return PROGRAM_STEPS.stream().map(step -> step.formatted(assessmentStep, observation, survey)).toList();
    }

    /** The Open Badges view of this achievement: plain values, for the JSON writers. */
    public AchievementDefinition definition() {
        return new AchievementDefinition(slug, name, description, courseName, criteriaSteps(), minObservationAverage,
                minSurveyAverage);
    }

    /** When a credential issued at {@code issuedAt} expires; null when this certification does not. */
    public Instant validUntil(Instant issuedAt) {
        return validityMonths == null ? null : issuedAt.atZone(ZoneOffset.UTC).plusMonths(validityMonths).toInstant();
    }

    public static String format(BigDecimal average) {
        return AchievementDefinition.rating(average);
    }
}
