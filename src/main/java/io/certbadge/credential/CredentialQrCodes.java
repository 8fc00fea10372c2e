package io.certbadge.credential;

import io.certbadge.common.PublicUrls;
import io.certbadge.media.QrCodes;
import io.certbadge.media.ServedImage;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A credential's QR codes. Drawing one and reading it back costs about 10 ms and every cold view of
 * a verification page asks for one, while the verification URL never changes, so codes are kept
 * in a bounded cache keyed by credential id (and size); an unknown id throws and is never cached.
 */
@ApplicationScoped
public class CredentialQrCodes {

    private final CredentialService credentials;
    private final QrCodes qrCodes;
    private final PublicUrls urls;

    public CredentialQrCodes(CredentialService credentials, QrCodes qrCodes, PublicUrls urls) {
        this.credentials = credentials;
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

    /** Looks the credential up first: only a real credential gets a code (and a cache entry). */
    private String verificationUrl(String publicId) {
        return urls.verification(credentials.get(publicId).publicId);
    }
}
