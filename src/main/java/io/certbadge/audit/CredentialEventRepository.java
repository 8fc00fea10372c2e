package io.certbadge.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CredentialEventRepository implements PanacheRepository<CredentialEvent> {

    /** Oldest first; the id breaks ties between events of the same instant. */
    public List<CredentialEvent> forCredential(String publicId) {
        return list("credentialPublicId = ?1 order by occurredAt, id", publicId);
    }

    public List<CredentialEvent> forRecord(String recordId) {
        return list("recordId = ?1 order by occurredAt, id", recordId);
    }
}
