package io.certbadge.signing;

import java.time.Instant;

/** A key reported compromised: from {@code compromisedAt} on, whatever it signed is not ours. */
public record KeyCompromise(String keyId, Instant compromisedAt, String reason) {

    /** What an operator reports: since when the key must be distrusted, and why. */
    public record Report(Instant compromisedAt, String reason) {
    }
}
