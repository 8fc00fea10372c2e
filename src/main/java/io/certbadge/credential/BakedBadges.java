package io.certbadge.credential;

import io.certbadge.achievement.AchievementArtwork;
import io.certbadge.media.PngBaking;
import io.certbadge.media.ServedImage;
import io.certbadge.media.SvgBaking;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;

/**
 * A credential's badge with its VC-JWT baked in (OB 3.0 §5.3). The JWT of a credential never
 * changes, not even on revocation (the status list says revoked), so each baked image is kept in a
 * bounded cache keyed by credential id; an unknown id throws and is never cached.
 */
@ApplicationScoped
public class BakedBadges {

    private final CredentialService credentials;
    private final AchievementArtwork artwork;
    private final PngBaking pngBaking;
    private final SvgBaking svgBaking;

    public BakedBadges(CredentialService credentials, AchievementArtwork artwork, PngBaking pngBaking,
                       SvgBaking svgBaking) {
        this.credentials = credentials;
        this.artwork = artwork;
        this.pngBaking = pngBaking;
        this.svgBaking = svgBaking;
    }

    @CacheResult(cacheName = "baked-badge-png")
    @Transactional
    public BakedBadge png(String publicId) {
        Credential c = credentials.get(publicId);
        byte[] baked = pngBaking.bake(artwork.png(c.achievement.slug).bytes(), c.credentialJwt);
        return new BakedBadge(ServedImage.png(baked), fileName(c, "png"));
    }

    @CacheResult(cacheName = "baked-badge-svg")
    @Transactional
    public BakedBadge svg(String publicId) {
        Credential c = credentials.get(publicId);
        String artworkSvg = new String(artwork.svg(c.achievement.slug).bytes(), StandardCharsets.UTF_8);
        return new BakedBadge(ServedImage.svg(svgBaking.bake(artworkSvg, c.credentialJwt)), fileName(c, "svg"));
    }

    /** What a trainer's downloads folder shows: program, course and which credential. */
    private static String fileName(Credential c, String extension) {
        return "certified-trainer-" + c.achievement.slug + "-" + c.publicId + "." + extension;
    }

    public record BakedBadge(ServedImage image, String fileName) {
    }
}
