package io.certbadge.signing;

import io.certbadge.common.PublicIds;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DataIntegrityKeyRepository implements PanacheRepository<DataIntegrityKey> {

    /**
     * An id we cannot have made ({@link PublicIds#looksValid}; a NUL, say, which PostgreSQL refuses
     * even in a comparison) is not found, without a query.
     */
    public Optional<DataIntegrityKey> findByKeyId(String keyId) {
        return PublicIds.looksValid(keyId) ? find("keyId", keyId).firstResultOptional() : Optional.empty();
    }

    public Optional<DataIntegrityKey> findByPublicKey(String publicKeyMultibase) {
        return find("publicKeyMultibase", publicKeyMultibase).firstResultOptional();
    }

    public List<DataIntegrityKey> published() {
        return list("order by createdAt, id");
    }

    public List<DataIntegrityKey> activeExcept(Long id) {
        return list("retiredAt is null and id <> ?1", id);
    }
}
