package io.certbadge.credential;

import io.certbadge.audit.AuditTrail;
import io.certbadge.common.ProblemException;
import io.certbadge.common.VerificationRevision;
import io.certbadge.status.StatusListPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Revokes a credential: records when, why and by which API key, and moves its status list on to a
 * new revision, signed with the bit set, in the same transaction, so the very next
 * {@code GET /status/{listId}} and every verification (on any instance) see it. A repeat changes nothing.
 * A refused revocation (422) is audited in a transaction of its own, as this one is rolled back.
 * A first revocation fires {@link CredentialRevoked} in the transaction (the earner's mail, webhooks).
 */
@ApplicationScoped
public class RevocationService {

    private final CredentialRepository credentials;
    private final StatusListPublisher statusLists;
    private final AuditTrail audit;
    private final Clock clock;
    private final VerificationRevision revision;
    private final Event<CredentialRevoked> revoked;

    public RevocationService(CredentialRepository credentials, StatusListPublisher statusLists, AuditTrail audit,
                             Clock clock, VerificationRevision revision, Event<CredentialRevoked> revoked) {
        this.credentials = credentials;
        this.statusLists = statusLists;
        this.audit = audit;
        this.clock = clock;
        this.revision = revision;
        this.revoked = revoked;
    }

    @Transactional
    public RevocationView revoke(String publicId, RevocationRequest request, String apiKeyName) {
        Credential credential = credentials.findByPublicIdForUpdate(publicId)
                .orElseThrow(() -> ProblemException.notFound("No credential has this id."));
        boolean first;
        try {
            first = credential.revoke(request == null ? null : request.reason(), apiKeyName,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
        } catch (RevocationRejected e) {
            audit.revocationRefused(credential.recordId, credential.publicId, e, apiKeyName);
            throw e;
        }
        if (first) {
            credentials.flush();
            statusLists.revised(credential.statusList.id);
            revision.statusChanged();
            audit.revoked(credential.recordId, credential.publicId, credential.revocationReason, apiKeyName);
            revoked.fire(new CredentialRevoked(credential.publicId));
        } else {
            audit.revocationRepeated(credential.recordId, credential.publicId, credential.revokedAt, apiKeyName);
        }
        credentials.flush();
        return RevocationView.of(credential);
    }
}
