package io.certbadge.audit;

import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemException;
import io.certbadge.common.RequestIds;
import io.certbadge.common.RuleViolation;
import io.certbadge.signing.SigningKeyActivated;
import io.certbadge.signing.SigningKeyCompromised;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the audit trail. Successful changes are recorded in the transaction that makes them, so an
 * event exists exactly when the change does; refusals are recorded in a transaction of their own,
 * because the refused request's transaction is rolled back and stores nothing.
 * Nothing here is given an e-mail address: events name the record id and the credential's public id.
 */
@ApplicationScoped
public class AuditTrail {

    private final CredentialEventRepository events;
    private final RequestIds requestIds;
    private final Clock clock;

    public AuditTrail(CredentialEventRepository events, RequestIds requestIds, Clock clock) {
        this.events = events;
        this.requestIds = requestIds;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(String recordId, String publicId, String achievementSlug, int statusListIndex,
                       String apiKeyName) {
        write(CredentialEvent.Type.ISSUED, apiKeyName, recordId, publicId,
                "achievement " + achievementSlug + ", status list index " + statusListIndex);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void issueRepeated(String recordId, String publicId, String apiKeyName) {
        write(CredentialEvent.Type.ISSUE_REPEATED, apiKeyName, recordId, publicId,
                "same record sent again; answered with the credential already issued");
    }

    /** A 409: the record id was issued before with different content. */
    public void issueConflict(String recordId, String existingPublicId, String apiKeyName) {
        QuarkusTransaction.requiringNew().run(() -> write(CredentialEvent.Type.ISSUE_CONFLICT, apiKeyName, recordId,
                existingPublicId, "record id already issued with different content; nothing issued"));
    }

    /** A 4xx refusal of a record (422 rules, unknown achievement); only field names are kept, never values. */
    public void issueRefused(String recordId, ProblemException refusal, String apiKeyName) {
        String fields = refusal.errors() == null ? "" : refusal.errors().stream().map(FieldError::field).distinct()
                .collect(Collectors.joining(", ", "; fields: ", ""));
        QuarkusTransaction.requiringNew().run(() -> write(CredentialEvent.Type.ISSUE_REFUSED, apiKeyName, recordId, null,
                refusal.type().status() + " " + refusal.type().uri() + fields));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(String recordId, String publicId, String reason, String apiKeyName) {
        write(CredentialEvent.Type.REVOKED, apiKeyName, recordId, publicId, "reason: " + reason);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revocationRepeated(String recordId, String publicId, Instant revokedAt, String apiKeyName) {
        write(CredentialEvent.Type.REVOCATION_REPEATED, apiKeyName, recordId, publicId,
                "already revoked on " + revokedAt + "; nothing changed");
    }

    /** A 422 refusal of a revocation; like a refused record, only the fields are kept, never the values. */
    public void revocationRefused(String recordId, String publicId, RuleViolation refusal, String apiKeyName) {
        String fields = refusal.errors().stream().map(FieldError::field).distinct()
                .collect(Collectors.joining(", ", "; fields: ", ""));
        QuarkusTransaction.requiringNew().run(() -> write(CredentialEvent.Type.REVOCATION_REFUSED, apiKeyName, recordId,
                publicId, refusal.problemType().status() + " " + refusal.problemType().uri() + fields));
    }

    /** The SMTP server took the earner's mail; {@code what} names the mail (issued, revoked, resent) and its Message-ID. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emailSent(String recordId, String publicId, String what, int attempt) {
        write(CredentialEvent.Type.EMAIL_SENT, null, recordId, publicId, what + "; attempt " + attempt);
    }

    /** An attempt to send the earner's mail failed; the detail says whether it will be tried again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void emailFailed(String recordId, String publicId, String what, int attempt, String error, boolean gaveUp) {
        write(CredentialEvent.Type.EMAIL_FAILED, null, recordId, publicId, what + "; attempt " + attempt
                + (gaveUp ? ", given up" : ", will be retried") + "; " + error);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void keyActivated(@Observes SigningKeyActivated activated) {
        CredentialEvent event = event(CredentialEvent.Type.KEY_ACTIVATED, null, null, null, activated.detail());
        event.signingKeyId = activated.keyId();
        events.persist(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void keyCompromised(@Observes SigningKeyCompromised reported) {
        CredentialEvent event = event(CredentialEvent.Type.KEY_COMPROMISED, reported.apiKeyName(), null, null,
                "compromised as of " + reported.compromise().compromisedAt() + (reported.wasSigning()
                        ? "; it was signing and stopped" : "") + "; reason: " + reported.compromise().reason());
        event.signingKeyId = reported.compromise().keyId();
        events.persist(event);
    }

    /** The events of one credential, oldest first. */
    @Transactional
    public List<CredentialEventView> of(String credentialPublicId) {
        return events.forCredential(credentialPublicId).stream().map(CredentialEventView::of).toList();
    }

    private void write(CredentialEvent.Type type, String apiKeyName, String recordId, String credentialPublicId,
                       String detail) {
        events.persist(event(type, apiKeyName, recordId, credentialPublicId, detail));
    }

    private CredentialEvent event(CredentialEvent.Type type, String apiKeyName, String recordId,
                                  String credentialPublicId, String detail) {
        CredentialEvent event = new CredentialEvent();
        event.occurredAt = clock.instant();
        event.type = type;
        event.apiKeyName = apiKeyName;
        event.requestId = requestIds.current();
        event.recordId = recordId == null ? null : truncate(withoutControls(recordId), 100);
        event.credentialPublicId = credentialPublicId;
        event.detail = detail == null ? null : truncate(detail, CredentialEvent.MAX_DETAIL_LENGTH);
        return event;
    }

    /**
     * A refused record's recordId is kept as sent, but for control characters, each kept as U+FFFD:
     * PostgreSQL cannot store a NUL, and a line break has no place in an audit line.
     */
    private static String withoutControls(String s) {
        return s.chars().anyMatch(Character::isISOControl)
                ? s.codePoints().map(c -> Character.isISOControl(c) ? 0xFFFD : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : s;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
