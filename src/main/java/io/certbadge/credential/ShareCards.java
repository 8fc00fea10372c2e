package io.certbadge.credential;

import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementArtwork;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.media.ServedImage;
import io.certbadge.media.ShareCard;
import io.certbadge.media.ShareCardContent;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * A credential's 1200 × 627 link-preview card. Rendering takes a noticeable fraction of a second
 * and link-preview crawlers fetch the same card again and again, so cards are cached (bounded, see
 * {@code quarkus.cache.caffeine."share-cards"}); a card shows only what never changes for a credential.
 */
@ApplicationScoped
public class ShareCards {

    private final CredentialService credentials;
    private final AchievementArtwork artwork;
    private final ShareCard shareCard;
    private final String issuerName;

    public ShareCards(CredentialService credentials, AchievementArtwork artwork, ShareCard shareCard, CertbadgeConfig config) {
        this.credentials = credentials;
        this.artwork = artwork;
        this.shareCard = shareCard;
        this.issuerName = config.issuer().name();
    }

    /** The PNG of one credential's card; an unknown id throws (and is not cached). */
    @CacheResult(cacheName = "share-cards")
    @Transactional
    public ServedImage png(String publicId) {
        Credential c = credentials.get(publicId);
        Achievement a = c.achievement;
        byte[] badge = artwork.png(a.slug).bytes();
        return ServedImage.png(shareCard.png(new ShareCardContent(badge, a.name, c.recipientName, issuerName, a.colour)));
    }
}
