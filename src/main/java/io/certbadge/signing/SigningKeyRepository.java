package io.certbadge.signing;

import io.certbadge.common.PublicIds;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SigningKeyRepository implements PanacheRepository<SigningKey> {

    /**
     * An id we cannot have made ({@link PublicIds#looksValid}; a NUL, say, which PostgreSQL refuses
     * even in a comparison) is not found, without a query.
     */
    public Optional<SigningKey> findByKeyId(String keyId) {
        return PublicIds.looksValid(keyId) ? find("keyId", keyId).firstResultOptional() : Optional.empty();
    }

    public Optional<SigningKey> findByThumbprint(String thumbprint) {
        return find("thumbprint", thumbprint).firstResultOptional();
    }

    public List<SigningKey> published() {
        return list("order by createdAt, id");
    }

    public List<SigningKey> activeExcept(Long id) {
        return list("retiredAt is null and id <> ?1", id);
    }
}
