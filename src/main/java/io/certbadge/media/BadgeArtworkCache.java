package io.certbadge.media;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each achievement's badge artwork, drawn once per slug and kept: the catalog changes only with a
 * migration, i.e. a restart. An unknown slug throws and is therefore never cached.
 */
@ApplicationScoped
public class BadgeArtworkCache {

    /** The smallest size Open Badges displayers expect is 600 px; larger only costs bytes in every baked badge. */
    static final int PNG_SIZE = BadgeArtworkRenderer.CANVAS;

    private final DrawingLookup lookup;
    private final BadgeArtworkRenderer artwork;

    public BadgeArtworkCache(DrawingLookup lookup, BadgeArtworkRenderer artwork) {
        this.lookup = lookup;
        this.artwork = artwork;
    }

    @CacheResult(cacheName = "achievement-artwork-png")
    public ServedImage png(String slug) {
        return ServedImage.png(artwork.png(lookup.achievement(slug), PNG_SIZE));
    }

    @CacheResult(cacheName = "achievement-artwork-svg")
    public ServedImage svg(String slug) {
        return ServedImage.svg(artwork.svg(lookup.achievement(slug)));
    }
}
