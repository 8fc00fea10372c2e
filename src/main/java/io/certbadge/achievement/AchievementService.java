package io.certbadge.achievement;

import io.certbadge.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AchievementService {

    private final AchievementRepository achievements;

    public AchievementService(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    @Transactional
    public List<AchievementSummaryView> catalog() {
        return achievements.catalog().stream().map(AchievementSummaryView::of).toList();
    }

    @Transactional
    public Optional<Achievement> find(String slug) {
        return achievements.findBySlug(slug);
    }

    @Transactional
    public Achievement get(String slug) {
        return find(slug).orElseThrow(() -> ProblemException.notFound("No achievement with this slug."));
    }
}
