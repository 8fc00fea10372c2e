package io.certbadge.signing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SigningKeyRepository implements PanacheRepository<SigningKey> {

    public Optional<SigningKey> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
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
