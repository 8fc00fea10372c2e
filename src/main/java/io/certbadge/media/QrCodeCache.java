package io.certbadge.media;

import io.certbadge.common.PublicUrls;
import io.certbadge.common.RateLimits;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A credential's QR codes. Drawing one and reading it back costs about 10 ms and every cold view of
 * a verification page asks for one, while the verification URL never changes, so codes are kept
 * in a bounded cache keyed by credential id (and size); an unknown id throws and is never cached.
 */
@ApplicationScoped
public class QrCodeCache {

    private final DrawingLookup lookup;
    private final QrCodeRenderer qrCodes;
    private final PublicUrls urls;
    private final RateLimits rateLimits;

    public QrCodeCache(DrawingLookup lookup, QrCodeRenderer qrCodes, PublicUrls urls, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.lookup = lookup;
        this.qrCodes = qrCodes;
        this.urls = urls;
    }

    @CacheResult(cacheName = "qr-code-png")
    public ServedImage png(String publicId, int sizePx) {
        return ServedImage.png(qrCodes.png(verificationUrl(publicId), sizePx));
    }

    @CacheResult(cacheName = "qr-code-svg")
    public ServedImage svg(String publicId) {
        return ServedImage.svg(qrCodes.svg(verificationUrl(publicId)));
    }

    /**
     * Looks the credential up first: only a real credential gets a code (and a cache entry); the
     * drawing that follows is expensive work, charged to the caller's rate limit.
     */
    private String verificationUrl(String publicId) {
        String url = urls.verification(lookup.credential(publicId).publicId());
        rateLimits.chargeExpensiveWork();
        return url;
    }
}
