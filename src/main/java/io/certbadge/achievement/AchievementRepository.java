package io.certbadge.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AchievementRepository implements PanacheRepository<Achievement> {

    public Optional<Achievement> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public List<Achievement> catalog() {
        return list("order by name");
    }
}
