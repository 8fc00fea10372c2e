package io.certbadge.issuance;

import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementRepository;
import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Syntax, achievement and the program's rules together, so the answer names every problem at once. */
@ApplicationScoped
public class RecordChecks {

    /** The latest time zone on Earth: a date is "in the future" only once it is the future everywhere. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    private final Validator validator;
    private final AchievementRepository achievements;
    private final Clock clock;

    public RecordChecks(Validator validator, AchievementRepository achievements, Clock clock) {
        this.validator = validator;
        this.achievements = achievements;
        this.clock = clock;
    }

    /** The record's achievement, or a 422 naming every field that is wrong. */
    public Achievement checked(CertificationRecord record) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CertificationRecord> v : validator.validate(record)) {
            errors.add(new FieldError(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        }
        Optional<Achievement> achievement = record.achievement() == null ? Optional.empty()
                : achievements.findBySlug(record.achievement().strip());
        if (record.achievement() != null && achievement.isEmpty()) {
            errors.add(new FieldError("achievement", "unknown achievement '" + record.achievement()
                    + "' (see GET /api/v1/achievements)"));
            throw rejected(ProblemType.UNKNOWN_ACHIEVEMENT, errors);
        }
        achievement.ifPresent(a -> errors.addAll(CertificationRules.check(record, a, LocalDate.now(clock.withZone(LATEST_ZONE)))));
        if (!errors.isEmpty()) {
            throw rejected(ProblemType.RECORD_REJECTED, errors);
        }
        return achievement.orElseThrow();
    }

    private static ProblemException rejected(ProblemType type, List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().distinct().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = type == ProblemType.UNKNOWN_ACHIEVEMENT
                ? "The record names an achievement that is not in the catalog."
                : "The record breaks " + sorted.size() + (sorted.size() == 1 ? " rule" : " rules")
                  + " of the Certified Trainer program; nothing was issued.";
        return new ProblemException(type, detail, sorted);
    }
}
