package io.certbadge.credential;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecipientRepository implements PanacheRepository<Recipient> {

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Recipient> findByEmail(String email) {
        return find("email", normalise(email)).firstResultOptional();
    }

    /**
     * The recipient for an e-mail address, created on first use. The insert tolerates a concurrent
     * insert of the same address, so two records for one person never get two subject ids.
     */
    public Recipient findOrCreate(String email) {
        String normalised = normalise(email);
        getEntityManager().createNativeQuery(
                        "insert into recipient (email, subject_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, normalised)
                .setParameter(2, "urn:uuid:" + UUID.randomUUID())
                .executeUpdate();
        return find("email", normalised).singleResult();
    }
}
