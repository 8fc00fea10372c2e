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
     * insert of the same address, so two records for one person never get two subject ids. A known
     * recipient is only read: no insert statement for every credential of a returning address.
     */
    public Recipient findOrCreate(String email) {
        String normalised = normalise(email);
        Optional<Recipient> known = find("email", normalised).firstResultOptional();
        if (known.isPresent()) {
            return known.get();
        }
        getEntityManager().createNativeQuery(
                        "insert into recipient (email, subject_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, normalised)
                .setParameter(2, "urn:uuid:" + UUID.randomUUID())
                .executeUpdate();
        return find("email", normalised).singleResult();
    }
}
