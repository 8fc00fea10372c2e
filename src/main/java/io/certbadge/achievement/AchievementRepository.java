package io.certbadge.achievement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@ApplicationScoped
public class AchievementRepository implements PanacheRepository<Achievement> {

    /** A slug is one URL path segment of unreserved characters (the catalog's are lower case and hyphens). */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._~-]{1,100}");

    /**
     * The achievement with this slug. Anything that cannot be a slug is not found, without a query:
     * PostgreSQL refuses a NUL character even in a comparison, which made a record naming the
     * achievement "\u0000" a 500 there instead of the 422 for an unknown achievement.
     */
    public Optional<Achievement> findBySlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }

    public List<Achievement> catalog() {
        return list("order by name");
    }
}
