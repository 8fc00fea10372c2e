package io.certbadge.status;

import io.certbadge.openbadges.OpenBadgeJson;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.VcJwtSigner;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Signs status lists and stores the result with the list. Signing happens when a list opens, when
 * a revocation changes it (in the revoking transaction, so the stored list is never behind the
 * revocation), at start-up for lists an older key signed, and when {@code GET /status/{listId}}
 * finds a list signed by an older key. Verification only reads what is stored.
 */
@ApplicationScoped
public class StatusListPublisher {

    private final StatusListRepository lists;
    private final VcJwtSigner signer;
    private final SigningKeys keys;
    private final OpenBadgeJson openBadges;
    private final Clock clock;

    public StatusListPublisher(StatusListRepository lists, VcJwtSigner signer, SigningKeys keys,
                               OpenBadgeJson openBadges, Clock clock) {
        this.lists = lists;
        this.signer = signer;
        this.keys = keys;
        this.openBadges = openBadges;
        this.clock = clock;
    }

    /** After the key registry has activated the configured key (priority 10). */
    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        lists.listAll().stream().filter(this::isStale).forEach(this::sign);
    }

    /** A revocation changed this list: a new revision, signed in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revised(Long listDbId) {
        lists.bumpRevision(listDbId);
        StatusList list = lists.findById(listDbId);
        lists.getEntityManager().refresh(list);
        sign(list);
    }

    /** Whether the stored list is missing, behind the list's revision, or signed by a key that no longer signs. */
    boolean isStale(StatusList list) {
        return list.signedRevision == null || list.signedRevision != list.revision
                || !keys.active().keyId().equals(list.signedKeyId);
    }

    /** Signs the list as it is now and stores it, unless a revocation moved it on meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sign(StatusList list) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var credential = openBadges.statusListCredential(list.listId, list.purpose,
                Bitstring.encode(lists.revokedIndexes(list), list.capacity), now);
        String keyId = keys.active().keyId();
        String jwt = signer.sign(credential, now).value();
        lists.storeSigned(list.id, list.revision, keyId, jwt, credential.toString());
        // a bulk update bypasses the entity: read it back rather than set fields, so flushing the
        // entity later can never write stale columns over another transaction's change
        lists.getEntityManager().refresh(list);
    }
}
