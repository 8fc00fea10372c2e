package io.certbadge.media;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.RateLimits;
import io.certbadge.media.DrawingLookup.CredentialDrawing;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A credential's 1200 × 627 link-preview card. Rendering takes a noticeable fraction of a second
 * and link-preview crawlers fetch the same card again and again, so cards are cached (bounded, see
 * {@code quarkus.cache.caffeine."share-cards"}); a card shows only what never changes for a credential.
 */
@ApplicationScoped
public class ShareCardCache {

    private final DrawingLookup lookup;
    private final BadgeArtworkCache artwork;
    private final ShareCardRenderer shareCard;
    private final String issuerName;
    private final RateLimits rateLimits;

    public ShareCardCache(DrawingLookup lookup, BadgeArtworkCache artwork, ShareCardRenderer shareCard,
                          CertbadgeConfig config, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.lookup = lookup;
        this.artwork = artwork;
        this.shareCard = shareCard;
        this.issuerName = config.issuer().name();
    }

    /** The PNG of one credential's card; an unknown id throws (and is not cached). */
    @CacheResult(cacheName = "share-cards")
    public ServedImage png(String publicId) {
        CredentialDrawing c = lookup.credential(publicId);
        rateLimits.chargeExpensiveWork();
        byte[] badge = artwork.png(c.achievementSlug()).bytes();
        return ServedImage.png(shareCard.png(new ShareCardContent(badge, c.achievementName(), c.recipientName(),
                issuerName, c.colourHex())));
    }
}
