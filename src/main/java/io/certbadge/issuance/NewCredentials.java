package io.certbadge.issuance;

import io.certbadge.achievement.Achievement;
import io.certbadge.common.PublicIds;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.Recipient;
import io.certbadge.credential.RecipientRepository;
import io.certbadge.openbadges.CredentialDraft;
import io.certbadge.openbadges.OpenBadgeJson;
import io.certbadge.signing.CredentialSigner;
import io.certbadge.signing.Proof;
import io.certbadge.signing.SigningKey;
import io.certbadge.status.StatusEntry;
import io.certbadge.status.StatusList;
import io.certbadge.status.StatusListAllocator;
import io.certbadge.transparency.TransparencyLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Makes one new credential from a checked record in three steps, so that no transaction is open
 * while it is signed: {@link #prepare} (recipient and status list index, a short transaction of its
 * own), {@link #sign} (the Open Badges document and every proof, no transaction, no lock), then
 * {@link #store} (the row, in the caller's transaction). An index reserved for a credential that is
 * then not stored stays unused for good, which the status list allows (it never hands one out twice).
 * {@link #store} also appends the VC-JWT's leaf to the public issuance log, in the same transaction.
 */
@ApplicationScoped
public class NewCredentials {

    /** What is decided before signing: who, where in which status list, and the unsigned document's values. */
    public record Prepared(CredentialDraft draft, Long achievementId, Long recipientId, StatusEntry status) {
    }

    /** The signed document of a prepared credential. */
    public record Signed(Prepared prepared, CredentialSigner.SignedCredential signed) {
    }

    private final RecipientRepository recipients;
    private final StatusListAllocator statusLists;
    private final OpenBadgeJson openBadges;
    private final CredentialSigner signer;
    private final CredentialRepository credentials;
    private final PublicIds ids;
    private final TransparencyLog log;

    public NewCredentials(RecipientRepository recipients, StatusListAllocator statusLists, OpenBadgeJson openBadges,
                          CredentialSigner signer, CredentialRepository credentials, PublicIds ids, TransparencyLog log) {
        this.recipients = recipients;
        this.statusLists = statusLists;
        this.openBadges = openBadges;
        this.signer = signer;
        this.credentials = credentials;
        this.ids = ids;
        this.log = log;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Prepared prepare(CertificationRecord record, Achievement achievement, Instant now) {
        Recipient recipient = recipients.findOrCreate(record.candidate().email());
        Recipient.Identity identity = recipient.identity(record.candidate().did(), ids.salt());
        StatusEntry status = statusLists.allocate();
        CredentialDraft draft = new CredentialDraft(ids.next(), achievement.definition(), identity.subjectId(),
                record.candidate().name().strip(), identity.emailHash(), identity.salt(), now, achievement.validUntil(now),
                CertificationRules.average(record.tasks().subsetDelivery().observationRatings()),
                CertificationRules.average(record.tasks().fullDelivery().surveyRatings()),
                record.completedOn(), EvidenceItems.of(record),
                new CredentialDraft.StatusPosition(status.listId(), status.index()));
        return new Prepared(draft, achievement.id, recipient.id, status);
    }

    /** CPU only: call it outside any transaction. */
    public Signed sign(Prepared prepared) {
        return new Signed(prepared, signer.sign(openBadges.credential(prepared.draft()), prepared.draft().issuedAt()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Credential store(Signed signed, Credential.Origin origin) {
        Prepared prepared = signed.prepared();
        CredentialDraft draft = prepared.draft();
        Proof jwt = signed.signed().vcJwt();
        Credential credential = Credential.issue(draft.publicId(), origin,
                credentials.reference(Achievement.class, prepared.achievementId()),
                credentials.reference(Recipient.class, prepared.recipientId()), draft.recipientName(), draft.issuedAt(),
                credentials.reference(StatusList.class, prepared.status().statusListDbId()), prepared.status().index(),
                credentials.reference(SigningKey.class, jwt.signingKeyId()), signed.signed().document().toString(),
                jwt.value());
        credentials.persist(credential);
        // In this transaction: a credential is acknowledged only with its leaf pending in the public log.
        log.append(TransparencyLog.leafData(jwt.value()));
        return credential;
    }
}
