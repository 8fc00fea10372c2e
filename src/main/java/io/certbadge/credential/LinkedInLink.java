package io.certbadge.credential;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** LinkedIn's "Add to profile" link for a certification, every value URL-encoded. */
@ApplicationScoped
public class LinkedInLink {

    private static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private final PublicUrls urls;
    private final CertbadgeConfig.Issuer issuer;

    public LinkedInLink(PublicUrls urls, CertbadgeConfig config) {
        this.urls = urls;
        this.issuer = config.issuer();
    }

    public String addToProfile(String achievementName, String credentialId, Instant issuedAt, Instant validUntil) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("startTask", "CERTIFICATION_NAME");
        params.put("name", achievementName);
        issuer.linkedinOrganizationId().ifPresentOrElse(
                id -> params.put("organizationId", id),
                () -> params.put("organizationName", issuer.name()));
        ZonedDateTime issued = issuedAt.atZone(ZoneOffset.UTC);
        params.put("issueYear", Integer.toString(issued.getYear()));
        params.put("issueMonth", Integer.toString(issued.getMonthValue()));
        if (validUntil != null) {
            ZonedDateTime expires = validUntil.atZone(ZoneOffset.UTC);
            params.put("expirationYear", Integer.toString(expires.getYear()));
            params.put("expirationMonth", Integer.toString(expires.getMonthValue()));
        }
        params.put("certUrl", urls.verification(credentialId));
        params.put("certId", credentialId);
        return ADD_TO_PROFILE + "?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
