package io.certbadge.common;

import jakarta.enterprise.context.ApplicationScoped;

/** The one place that turns ids into the public URLs of the contract, all under {@code {base}}. */
@ApplicationScoped
public class PublicUrls {

    private final String base;
    private final DidWeb didWeb;

    public PublicUrls(CertbadgeConfig config) {
        String configured = config.publicBaseUrl().strip();
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.didWeb = DidWeb.of(base);
    }

    public String base() {
        return base;
    }

    /** The issuer's did:web, derived from {@code {base}}, and where its DID document is served. */
    public DidWeb didWeb() {
        return didWeb;
    }

    public String issuer() {
        return base + "/issuer";
    }

    public String issuerLogo() {
        return base + "/issuer/logo.svg";
    }

    public String achievement(String slug) {
        return base + "/achievements/" + slug;
    }

    public String achievementImage(String slug) {
        return base + "/achievements/" + slug + "/image.png";
    }

    public String credential(String id) {
        return base + "/credentials/" + id;
    }

    public String credentialJwt(String id) {
        return credential(id) + "/jwt";
    }

    public String verification(String id) {
        return base + "/verify/" + id;
    }

    public String qrCode(String id) {
        return credential(id) + "/qr.png";
    }

    public String qrCodeSvg(String id) {
        return credential(id) + "/qr.svg";
    }

    public String badgeImage(String id) {
        return credential(id) + "/badge.png";
    }

    public String shareImage(String id) {
        return credential(id) + "/share.png";
    }

    public String statusList(String listId) {
        return base + "/status/" + listId;
    }

    public String key(String keyId) {
        return base + "/keys/" + keyId;
    }

    /** The id a URL of ours carries after {@code prefix}, or null when the URL is not one of ours. */
    public String idAfter(String url, String prefix) {
        String start = base + prefix;
        if (url == null || !url.startsWith(start)) {
            return null;
        }
        String id = url.substring(start.length());
        return id.isEmpty() || id.contains("/") ? null : id;
    }
}
