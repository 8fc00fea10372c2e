package io.certbadge.status;

import io.certbadge.common.PublicIds;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StatusListRepository implements PanacheRepository<StatusList> {

    /**
     * An id we cannot have made ({@link PublicIds#looksValid}; a NUL, say, which PostgreSQL refuses
     * even in a comparison) is not found, without a query.
     */
    public Optional<StatusList> findByListId(String listId) {
        return PublicIds.looksValid(listId) ? find("listId", listId).firstResultOptional() : Optional.empty();
    }

    public Optional<StatusList> firstOpen() {
        return find("full = false order by id").firstResultOptional();
    }

    /** Reserves an index for good; false when another credential holds it already. */
    public boolean reserve(StatusList list, int index) {
        int inserted = getEntityManager().createNativeQuery(
                        "insert into status_list_entry (status_list_id, list_index) values (?1, ?2) on conflict do nothing")
                .setParameter(1, list.id)
                .setParameter(2, index)
                .executeUpdate();
        return inserted == 1;
    }

    public BitSet revokedIndexes(StatusList list) {
        return bits(getEntityManager().createNativeQuery(
                        "select status_list_index from credential where status_list_id = ?1 and revoked_at is not null",
                        Integer.class)
                .setParameter(1, list.id)
                .getResultList());
    }

    public void markFull(StatusList list) {
        update("full = true where id = ?1", list.id);
    }

    public void bumpRevision(Long listId) {
        update("revision = revision + 1 where id = ?1", listId);
    }

    /**
     * Stores a signed list, but only while the list is still at the revision that was signed: a
     * publisher that raced a revocation must not overwrite the newer list. False when it lost.
     */
    public boolean storeSigned(Long id, long revision, String keyId, String jwt, String credentialJson) {
        return update("signedRevision = ?1, signedKeyId = ?2, signedJwt = ?3, signedCredential = ?4"
                + " where id = ?5 and revision = ?1", revision, keyId, jwt, credentialJson, id) == 1;
    }

    private static BitSet bits(List<?> indexes) {
        BitSet bits = new BitSet();
        for (Object index : indexes) {
            bits.set(((Number) index).intValue());
        }
        return bits;
    }
}
