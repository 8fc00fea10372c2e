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
 * Makes one new credential from a checked record, inside the issuing transaction: the recipient,
 * a status list index, the Open Badges document, every proof, the row, and the VC-JWT's leaf in
 * the public issuance log.
 */
@ApplicationScoped
public class NewCredentials {

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
    public Credential issue(CertificationRecord record, Achievement achievement, Credential.Origin origin, Instant now) {
        Recipient recipient = recipients.findOrCreate(record.candidate().email());
        Recipient.Identity identity = recipient.identity(record.candidate().did(), ids.salt());
        StatusEntry status = statusLists.allocate();
        String recipientName = record.candidate().name().strip();
        CredentialDraft draft = new CredentialDraft(ids.next(), achievement.definition(), identity.subjectId(),
                recipientName, identity.emailHash(), identity.salt(), now, achievement.validUntil(now),
                CertificationRules.average(record.tasks().subsetDelivery().observationRatings()),
                CertificationRules.average(record.tasks().fullDelivery().surveyRatings()),
                record.completedOn(), EvidenceItems.of(record),
                new CredentialDraft.StatusPosition(status.listId(), status.index()));
        CredentialSigner.SignedCredential signed = signer.sign(openBadges.credential(draft), now);
        Proof jwt = signed.vcJwt();
        Credential credential = Credential.issue(draft.publicId(), origin, achievement, recipient, recipientName, now,
                credentials.reference(StatusList.class, status.statusListDbId()), status.index(),
                credentials.reference(SigningKey.class, jwt.signingKeyId()), signed.document().toString(), jwt.value());
        credentials.persist(credential);
        // In this transaction: a credential is acknowledged only with its leaf pending in the public log.
        log.append(TransparencyLog.leafData(jwt.value()));
        return credential;
    }
}
