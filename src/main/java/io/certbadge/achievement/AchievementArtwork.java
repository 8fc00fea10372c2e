package io.certbadge.achievement;

import io.certbadge.media.BadgeArtwork;
import io.certbadge.media.BadgeDesign;
import io.certbadge.media.ServedImage;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each achievement's badge artwork, drawn once per slug and kept: the catalog changes only with a
 * migration, i.e. a restart. An unknown slug throws and is therefore never cached.
 */
@ApplicationScoped
public class AchievementArtwork {

    public static final String PROGRAM_NAME = "Certified Trainer";
    /** The smallest size Open Badges displayers expect is 600 px; larger only costs bytes in every baked badge. */
    static final int PNG_SIZE = BadgeArtwork.CANVAS;

    private final AchievementService achievements;
    private final BadgeArtwork artwork;

    public AchievementArtwork(AchievementService achievements, BadgeArtwork artwork) {
        this.achievements = achievements;
        this.artwork = artwork;
    }

    @CacheResult(cacheName = "achievement-artwork-png")
    public ServedImage png(String slug) {
        return ServedImage.png(artwork.png(design(achievements.get(slug)), PNG_SIZE));
    }

    @CacheResult(cacheName = "achievement-artwork-svg")
    public ServedImage svg(String slug) {
        return ServedImage.svg(artwork.svg(design(achievements.get(slug))));
    }

    private static BadgeDesign design(Achievement achievement) {
        return new BadgeDesign(PROGRAM_NAME, achievement.courseName, achievement.colour);
    }
}
