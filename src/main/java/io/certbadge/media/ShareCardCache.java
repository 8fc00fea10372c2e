package io.certbadge.media;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.RateLimits;
import io.certbadge.media.DrawingLookup.CardState;
import io.certbadge.media.DrawingLookup.CredentialDrawing;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A credential's 1200 × 627 link-preview card. Rendering takes a noticeable fraction of a second
 * and link-preview crawlers fetch the same card again and again, so cards are cached (bounded, see
 * {@code quarkus.cache.caffeine."share-cards"}), one per credential and state: a revoked or expired
 * credential gets a new card (and so a new ETag), the valid one is never served again.
 */
@ApplicationScoped
public class ShareCardCache {

    /** The logo is drawn 72 px wide; twice that keeps it sharp when a preview is scaled. */
    private static final int LOGO_PIXELS = 144;

    private final DrawingLookup lookup;
    private final BadgeArtworkCache artwork;
    private final ShareCardRenderer shareCard;
    private final String issuerName;
    private final byte[] issuerLogo;
    private final RateLimits rateLimits;

    public ShareCardCache(DrawingLookup lookup, BadgeArtworkCache artwork, ShareCardRenderer shareCard,
                          IssuerLogoRenderer logo, CertbadgeConfig config, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.lookup = lookup;
        this.artwork = artwork;
        this.shareCard = shareCard;
        this.issuerName = config.issuer().name();
        this.issuerLogo = logo.png(LOGO_PIXELS);
    }

    /** The PNG of one credential's card in the given state; an unknown id throws (and is not cached). */
    @CacheResult(cacheName = "share-cards")
    public ServedImage png(String publicId, CardState state) {
        CredentialDrawing c = lookup.credential(publicId);
        rateLimits.chargeExpensiveWork();
        byte[] badge = artwork.png(c.achievementSlug()).bytes();
        return ServedImage.png(shareCard.png(new ShareCardContent(badge, c.achievementName(), c.recipientName(),
                issuerName, c.colourHex(), state.state(), state.since(), issuerLogo)));
    }
}
