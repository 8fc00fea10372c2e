package io.certbadge.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialService;
import io.certbadge.credential.LinkedInLink;
import io.certbadge.verification.CheckResult;
import io.certbadge.verification.VerificationReport.CredentialView;
import io.certbadge.verification.VerificationReport;
import io.certbadge.web.VerificationPageView.CheckView;
import io.certbadge.web.VerificationPageView.CredentialLinks;
import io.certbadge.web.VerificationPageView.DateView;
import io.certbadge.web.VerificationPageView.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the verification page from a {@link VerificationReport}, so the page's verdict is the
 * JSON report's verdict, and from our stored credential for what the report does not carry
 * (description, criteria, links). A credential we did not issue, or one that fails its integrity
 * checks, is shown only as what it claims.
 */
@ApplicationScoped
public class VerificationPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final String LINKEDIN_SHARE = "https://www.linkedin.com/sharing/share-offsite/?url=";

    private final CredentialService credentials;
    private final LinkedInLink linkedIn;
    private final PublicUrls urls;

    public VerificationPages(CredentialService credentials, LinkedInLink linkedIn, PublicUrls urls) {
        this.credentials = credentials;
        this.linkedIn = linkedIn;
        this.urls = urls;
    }

    /** The page of one of our credentials showing {@code report}, its verification (possibly a kept one). */
    @Transactional
    public Optional<VerificationPageView> stored(String publicId, VerificationReport report) {
        return credentials.find(publicId).map(c -> issued(report, c));
    }

    /** The page for a presented credential: in full when it is genuinely ours, else only its claims. */
    @Transactional
    public VerificationPageView presented(VerificationReport report) {
        CredentialView claimed = report.credential();
        String publicId = claimed == null ? null : urls.idAfter(claimed.id(), "/credentials/");
        Optional<Credential> ours = report.status() == VerificationReport.Verdict.INVALID || publicId == null
                ? Optional.empty() : credentials.find(publicId);
        return ours.map(c -> issued(report, c)).orElseGet(() -> claimed(report));
    }

    private VerificationPageView issued(VerificationReport report, Credential c) {
        JsonNode credential = credentials.parse(c.credentialJson);
        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        JsonNode issuer = credential.path("issuer");
        String id = c.publicId;
        CredentialLinks links = new CredentialLinks(urls.verification(id), urls.qrCodeSvg(id),
                urls.qrCode(id), urls.credential(id), urls.credentialJwt(id), urls.badgeImage(id), urls.shareImage(id),
                linkedIn.addToProfile(c.achievement.name, id, c.issuedAt, c.validUntil),
                LINKEDIN_SHARE + URLEncoder.encode(urls.verification(id), StandardCharsets.UTF_8));
        return new VerificationPageView(verdict(report), true, c.recipientName, achievement.path("name").asText(),
                achievement.path("description").asText(null), c.achievement.criteriaSteps(),
                achievement.path("id").asText(null), issuer.path("name").asText(), issuer.path("url").asText(null),
                date(report.credential().issuedAt()), date(report.credential().validUntil()), checks(report),
                logEntry(report), links);
    }

    private VerificationPageView claimed(VerificationReport report) {
        CredentialView claimed = report.credential();
        if (claimed == null) {
            return new VerificationPageView(verdict(report), false, null, null, null, List.of(), null, null, null,
                    null, null, checks(report), null, null);
        }
        return new VerificationPageView(verdict(report), false, claimed.recipientName(), claimed.achievement().name(),
                null, List.of(), null, claimed.issuer().name() == null ? claimed.issuer().id() : claimed.issuer().name(),
                null, date(claimed.issuedAt()), date(claimed.validUntil()), checks(report), logEntry(report), null);
    }

    private static Verdict verdict(VerificationReport report) {
        CredentialView credential = report.credential();
        return switch (report.status()) {
            case VALID -> new Verdict("valid", "Valid",
                    "This certification is genuine and current: its issuer signed it and has not revoked it.");
            case REVOKED -> new Verdict("revoked", "Revoked", credential != null && credential.revokedAt() != null
                    ? "The issuer revoked this certification on " + DAY.format(credential.revokedAt())
                    + ". Reason: " + credential.revocationReason()
                    : "The issuer has revoked this certification: " + failureDetail(report));
            case EXPIRED -> new Verdict("expired", "Expired", credential != null && credential.validUntil() != null
                    ? "This certification expired on " + DAY.format(credential.validUntil())
                    + ". It was genuine, but it is no longer current."
                    : "This certification is outside its validity period: " + failureDetail(report));
            case INVALID -> new Verdict("invalid", "Invalid", "Do not rely on this credential. " + failedIntegrity(report));
        };
    }

    /** The check that decided an INVALID verdict, in words. */
    private static String failedIntegrity(VerificationReport report) {
        return report.firstFailure()
                .map(check -> "The " + check.title().toLowerCase(Locale.ROOT) + " check failed: " + check.detail() + ".")
                .orElse("");
    }

    /** Why the credential is revoked or expired, as the deciding check put it. */
    private static String failureDetail(VerificationReport report) {
        return report.firstFailure().map(CheckResult::detail).orElse("");
    }

    private static List<CheckView> checks(VerificationReport report) {
        return report.checks().stream()
                .map(check -> new CheckView(check.title(), check.passed(), check.skipped(), check.detail()))
                .toList();
    }

    private static Long logEntry(VerificationReport report) {
        return report.log() == null ? null : report.log().leafIndex();
    }

    static DateView date(Instant instant) {
        return instant == null ? null : new DateView(DateTimeFormatter.ISO_INSTANT.format(instant), DAY.format(instant));
    }
}
