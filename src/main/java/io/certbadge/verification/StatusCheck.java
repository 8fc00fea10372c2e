package io.certbadge.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.status.Bitstring;
import io.certbadge.status.PublishedStatusList;
import io.certbadge.status.StatusListService;
import io.certbadge.verification.VerificationReport.Verdict;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the credential's revocation bit from the published, signed status list, the way any
 * third-party verifier does (W3C Bitstring Status List v1.0 §3.2), not from our own tables.
 */
@ApplicationScoped
public class StatusCheck implements VerificationCheck {

    static final CheckType TYPE = new CheckType("status", "Revocation status", Verdict.REVOKED, 40);

    private final StatusListService statusLists;
    private final JwsVerifier jws;
    private final PublicUrls urls;
    /**
     * The last signature check of each published list, by URL: a list is re-verified only when its
     * JWT changes (a revocation or a new signing key re-signs it), as a verifier caching it would.
     */
    private final Map<String, VerifiedList> verified = new ConcurrentHashMap<>();

    private record VerifiedList(String compactJwt, JwsVerifier.Outcome outcome) {
    }

    public StatusCheck(StatusListService statusLists, JwsVerifier jws, PublicUrls urls) {
        this.statusLists = statusLists;
        this.jws = jws;
        this.urls = urls;
    }

    @Override
    public CheckType type() {
        return TYPE;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        JsonNode entry = context.credential() == null ? null : context.credential().get("credentialStatus");
        if (entry == null || !entry.isObject()) {
            return CheckResult.fail(this, "the credential has no revocation status entry to check");
        }
        if (!"BitstringStatusListEntry".equals(entry.path("type").asText())
                || !"revocation".equals(entry.path("statusPurpose").asText())) {
            return CheckResult.fail(this, "unsupported status entry (expected a revocation BitstringStatusListEntry)");
        }
        String url = entry.path("statusListCredential").asText("");
        int index;
        try {
            index = Integer.parseInt(entry.path("statusListIndex").asText(""));
        } catch (NumberFormatException e) {
            return CheckResult.fail(this, "statusListIndex is not a decimal number");
        }
        String listId = urls.idAfter(url, "/status/");
        Optional<PublishedStatusList> list = listId == null ? Optional.empty() : statusLists.signed(listId);
        if (list.isEmpty()) {
            return CheckResult.fail(this, "the status list " + url + " is not published by this service");
        }
        JwsVerifier.Outcome outcome = verify(url, list.get().compactJwt());
        if (!outcome.valid()) {
            return CheckResult.fail(this, "the status list's signature does not verify: " + outcome.detail());
        }
        JsonNode subject = outcome.payload().path("credentialSubject");
        if (!url.equals(outcome.payload().path("id").asText()) || !"revocation".equals(subject.path("statusPurpose").asText())) {
            return CheckResult.fail(this, "the status list at " + url + " is not the revocation list it should be");
        }
        boolean revoked;
        try {
            revoked = Bitstring.isSet(subject.path("encodedList").asText(null), index);
        } catch (IllegalArgumentException e) {
            return CheckResult.fail(this, "the status list cannot be read: " + e.getMessage());
        }
        return revoked ? CheckResult.fail(this, revokedDetail(context.stored())) : CheckResult.pass(this, "not revoked");
    }

    private JwsVerifier.Outcome verify(String url, String compactJwt) {
        VerifiedList known = verified.get(url);
        if (known != null && known.compactJwt().equals(compactJwt)) {
            return known.outcome();
        }
        JwsVerifier.Outcome outcome = jws.verify(compactJwt);
        if (outcome.valid()) {
            verified.put(url, new VerifiedList(compactJwt, outcome));
        }
        return outcome;
    }

    private static String revokedDetail(Optional<Credential> stored) {
        return stored.filter(c -> c.revokedAt != null)
                .map(c -> "revoked on " + DateTimeFormatter.ISO_INSTANT.format(c.revokedAt) + ": " + c.revocationReason)
                .orElse("revoked by the issuer");
    }
}
