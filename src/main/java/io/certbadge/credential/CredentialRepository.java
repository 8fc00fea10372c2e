package io.certbadge.credential;

import io.certbadge.common.PublicIds;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

@ApplicationScoped
public class CredentialRepository implements PanacheRepository<Credential> {

    private static final Pattern RECORD_ID = Pattern.compile(Credential.RECORD_ID_PATTERN);

    /**
     * An id we cannot have made ({@link PublicIds#looksValid}; a NUL, say, which PostgreSQL refuses
     * even in a comparison) is not found, without a query.
     */
    public Optional<Credential> findByPublicId(String publicId) {
        return PublicIds.looksValid(publicId) ? find("publicId", publicId).firstResultOptional() : Optional.empty();
    }

    /**
     * Locks the row until the transaction ends, so two concurrent revocations (or re-sends) cannot both
     * be "the first". An id that cannot be one of ours is empty without a query.
     */
    public Optional<Credential> findByPublicIdForUpdate(String publicId) {
        if (!PublicIds.looksValid(publicId)) {
            return Optional.empty();
        }
        return find("publicId", publicId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A reference to a row that exists (a list or key just used), without loading it. */
    public <T> T reference(Class<T> entity, Long id) {
        return getEntityManager().getReference(entity, id);
    }

    /**
     * The credential issued for this recordId. The lookup comes before a record's checks (a repeat is
     * answered before the rules run), so a recordId that no record may have is not found without a
     * query: PostgreSQL refuses a NUL character even in a comparison.
     */
    public Optional<Credential> findByRecordId(String recordId) {
        if (recordId == null || recordId.length() > Credential.MAX_RECORD_ID_LENGTH || !RECORD_ID.matcher(recordId).matches()) {
            return Optional.empty();
        }
        return find("recordId", recordId).firstResultOptional();
    }

    /** Newest first; each filter is optional. */
    public PanacheQuery<Credential> search(CredentialSearch search, Instant now) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (search.email() != null) {
            where.append(" and recipient.email = :email");
            parameters.and("email", RecipientRepository.normalise(search.email()));
        }
        if (search.achievement() != null) {
            where.append(" and achievement.slug = :slug");
            parameters.and("slug", search.achievement());
        }
        if (search.status() != null) {
            switch (search.status()) {
                case REVOKED -> where.append(" and revokedAt is not null");
                case EXPIRED -> where.append(" and revokedAt is null and validUntil <= :now");
                case ACTIVE -> where.append(" and revokedAt is null and (validUntil is null or validUntil > :now)");
            }
            if (search.status() != Credential.Status.REVOKED) {
                parameters.and("now", now);
            }
        }
        return find(where + " order by issuedAt desc, id desc", parameters);
    }
}
