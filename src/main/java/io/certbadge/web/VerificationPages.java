package io.certbadge.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialService;
import io.certbadge.credential.LinkedInLink;
import io.certbadge.verification.CheckResult;
import io.certbadge.verification.VerificationReport;
import io.certbadge.verification.VerificationReport.CredentialView;
import io.certbadge.web.VerificationPageView.CheckView;
import io.certbadge.web.VerificationPageView.CredentialLinks;
import io.certbadge.web.VerificationPageView.DateView;
import io.certbadge.web.VerificationPageView.Evidence;
import io.certbadge.web.VerificationPageView.Outcome;
import io.certbadge.web.VerificationPageView.State;
import io.certbadge.web.VerificationPageView.Technical;
import io.certbadge.web.VerificationPageView.Verdict;
import io.certbadge.web.VerificationPageView.VerifiedBy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Builds the verification page from a {@link VerificationReport}, so the page's verdict is the
 * JSON report's verdict, and from our stored credential for what the report does not carry
 * (description, criteria, completion date, evidence, links, technical details). A credential we
 * did not issue, or one that fails its integrity checks, is shown only as what it claims.
 */
@ApplicationScoped
public class VerificationPages {

    private static final String LINKEDIN_SHARE = "https://www.linkedin.com/sharing/share-offsite/?url=";

    private final CredentialService credentials;
    private final LinkedInLink linkedIn;
    private final PublicUrls urls;
    private final Clock clock;

    public VerificationPages(CredentialService credentials, LinkedInLink linkedIn, PublicUrls urls, Clock clock) {
        this.credentials = credentials;
        this.linkedIn = linkedIn;
        this.urls = urls;
        this.clock = clock;
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
        JsonNode subject = credential.path("credentialSubject");
        JsonNode achievement = subject.path("achievement");
        JsonNode issuer = credential.path("issuer");
        String id = c.publicId;
        CredentialLinks links = new CredentialLinks(urls.verification(id), urls.qrCodeSvg(id),
                urls.qrCode(id), urls.credential(id), urls.credentialJwt(id), urls.badgeImage(id), urls.shareImage(id),
                linkedIn.addToProfile(c.achievement.name, id, c.issuedAt, c.validUntil),
                LINKEDIN_SHARE + URLEncoder.encode(urls.verification(id), StandardCharsets.UTF_8));
        return new VerificationPageView(verdict(report), true, c.recipientName, achievement.path("name").asText(),
                achievement.path("description").asText(null), c.achievement.criteriaSteps(),
                achievement.path("id").asText(null), issuer.path("name").asText(), issuer.path("url").asText(null),
                DateView.of(report.credential().issuedAt()), DateView.of(report.credential().validUntil()),
                DateView.of(instant(subject.path("activityEndDate"))), evidence(credential), verifiedBy(),
                checks(report), logEntry(report), technical(c.credentialJwt, credential, report), links);
    }

    private VerificationPageView claimed(VerificationReport report) {
        CredentialView claimed = report.credential();
        if (claimed == null) {
            return new VerificationPageView(verdict(report), false, null, null, null, List.of(), null, null, null,
                    null, null, null, List.of(), verifiedBy(), checks(report), null, null, null);
        }
        return new VerificationPageView(verdict(report), false, claimed.recipientName(), claimed.achievement().name(),
                null, List.of(), null, claimed.issuer().name() == null ? claimed.issuer().id() : claimed.issuer().name(),
                null, DateView.of(claimed.issuedAt()), DateView.of(claimed.validUntil()), null, List.of(), verifiedBy(),
                checks(report), logEntry(report), null, null);
    }

    private static Verdict verdict(VerificationReport report) {
        CredentialView credential = report.credential();
        State state = State.valueOf(report.status().name());
        CheckView failed = report.status() == VerificationReport.Verdict.INVALID
                ? report.firstFailure().map(VerificationPages::check).orElse(null) : null;
        return credential == null ? new Verdict(state, null, null, null, failed)
                : new Verdict(state, DateView.of(credential.revokedAt()), credential.revocationReason(),
                        DateView.of(credential.validUntil()), failed);
    }

    private static List<CheckView> checks(VerificationReport report) {
        return report.checks().stream().map(VerificationPages::check).toList();
    }

    private static CheckView check(CheckResult check) {
        Outcome outcome = check.skipped() ? Outcome.SKIPPED : check.passed() ? Outcome.PASSED : Outcome.FAILED;
        return new CheckView(check.check(), outcome, check.detail());
    }

    private VerifiedBy verifiedBy() {
        return new VerifiedBy(URI.create(urls.base()).getAuthority(), DateView.of(clock.instant()));
    }

    private static List<Evidence> evidence(JsonNode credential) {
        List<Evidence> items = new ArrayList<>();
        for (JsonNode item : credential.path("evidence")) {
            String url = item.path("id").asText(null);
            items.add(new Evidence(item.path("name").asText(null),
                    item.path("description").asText(item.path("narrative").asText(null)),
                    url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null));
        }
        return items;
    }

    private static Long logEntry(VerificationReport report) {
        return report.log() == null ? null : report.log().leafIndex();
    }

    /** The key id (from the JWT header), each proof, the schema, the status list entry and the log entry. */
    private Technical technical(String jwt, JsonNode credential, VerificationReport report) {
        JsonNode header = credentials.parse(new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                StandardCharsets.UTF_8));
        List<String> proofs = new ArrayList<>();
        proofs.add("VC-JWT (" + header.path("alg").asText() + ")");
        JsonNode embedded = credential.path("proof");
        for (JsonNode proof : embedded.isArray() ? embedded : List.of(embedded)) {
            if (!proof.isMissingNode()) {
                proofs.add(proof.path("type").asText() + " (" + proof.path("cryptosuite").asText("") + ")");
            }
        }
        JsonNode status = credential.path("credentialStatus");
        return new Technical(header.path("kid").asText(null), proofs,
                credential.path("credentialSchema").path(0).path("id").asText(null),
                status.isMissingNode() ? null
                        : status.path("statusListCredential").asText() + " #" + status.path("statusListIndex").asText(),
                report.log() == null ? null : urls.base() + "/log: leaf " + report.log().leafIndex() + " of "
                        + report.log().treeSize() + ", root " + report.log().rootHash());
    }

    private static Instant instant(JsonNode node) {
        try {
            return node.isTextual() ? OffsetDateTime.parse(node.asText()).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
