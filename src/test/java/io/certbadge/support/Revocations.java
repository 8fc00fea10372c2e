package io.certbadge.support;

import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;

/**
 * Revokes a credential the way the revocation service does to the tables — the domain method,
 * then the status list moves on so its published copy is re-signed with the bit set.
 */
public final class Revocations {

    private Revocations() {
    }

    public static void revoke(CredentialRepository credentials, String publicId, String reason, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> {
            Credential credential = credentials.findByPublicId(publicId).orElseThrow();
            credential.revoke(reason, "test", at);
            credential.statusList.revision++;
        });
    }
}
