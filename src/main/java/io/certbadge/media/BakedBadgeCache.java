package io.certbadge.media;

import io.certbadge.media.DrawingLookup.CredentialDrawing;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * A credential's badge with its VC-JWT baked in (OB 3.0 §5.3). The JWT of a credential never
 * changes, not even on revocation (the status list says revoked), so each baked image is kept in a
 * bounded cache keyed by credential id; an unknown id throws and is never cached.
 */
@ApplicationScoped
public class BakedBadgeCache {

    private final DrawingLookup lookup;
    private final BadgeArtworkCache artwork;
    private final PngBaking pngBaking;
    private final SvgBaking svgBaking;

    public BakedBadgeCache(DrawingLookup lookup, BadgeArtworkCache artwork, PngBaking pngBaking, SvgBaking svgBaking) {
        this.lookup = lookup;
        this.artwork = artwork;
        this.pngBaking = pngBaking;
        this.svgBaking = svgBaking;
    }

    @CacheResult(cacheName = "baked-badge-png")
    public BakedBadge png(String publicId) {
        CredentialDrawing c = lookup.credential(publicId);
        byte[] baked = pngBaking.bake(artwork.png(c.achievementSlug()).bytes(), c.compactJwt());
        return new BakedBadge(ServedImage.png(baked), fileName(c, "png"));
    }

    @CacheResult(cacheName = "baked-badge-svg")
    public BakedBadge svg(String publicId) {
        CredentialDrawing c = lookup.credential(publicId);
        String artworkSvg = new String(artwork.svg(c.achievementSlug()).bytes(), StandardCharsets.UTF_8);
        return new BakedBadge(ServedImage.svg(svgBaking.bake(artworkSvg, c.compactJwt())), fileName(c, "svg"));
    }

    /** What a trainer's downloads folder shows: program, course and which credential. */
    private static String fileName(CredentialDrawing c, String extension) {
        return "certified-trainer-" + c.achievementSlug() + "-" + c.publicId() + "." + extension;
    }

    public record BakedBadge(ServedImage image, String fileName) {
    }
}
