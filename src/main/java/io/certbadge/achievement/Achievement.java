package io.certbadge.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A badge class: one course's Certified Trainer certification and the rules for earning it. */
@Entity
@Table(name = "achievement")
public class Achievement {

    /** The steps every course's certification requires, in the program's order. */
    public static final String PROGRAM_STEPS = """
            1. Review the course resources.
            2. Shadow a Certified Trainer delivering the course.
            3. %s
            4. Give a live or recorded dry-run of the course.
            5. Deliver part of the course to a customer while a Certified Trainer observes, with an average \
            observation rating of at least %s of 5.
            6. Deliver the whole course to a customer, with an average customer survey rating of at least %s of 5.""";

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

    /** The criteria narrative: the program's steps with this course's assessment and thresholds. */
    public String criteriaNarrative() {
        String assessmentStep = assessmentAvailable
                ? "Pass the course's end-user assessment."
                : "(No end-user assessment exists for this course.)";
        return PROGRAM_STEPS.formatted(assessmentStep, format(minObservationAverage), format(minSurveyAverage));
    }

    public static String format(BigDecimal average) {
        return average.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
