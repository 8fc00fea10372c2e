package io.certbadge.signing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DataIntegrityKeyRepository implements PanacheRepository<DataIntegrityKey> {

    public Optional<DataIntegrityKey> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
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
