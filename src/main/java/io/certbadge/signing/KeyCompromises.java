package io.certbadge.signing;

import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.VerificationRevision;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Keys reported compromised. A report is final: the key signs nothing more (on this instance at
 * once, on the others within seconds) and stays published, marked, so that verifiers can keep the
 * credentials it signed before the compromise, as the issuance log proves them, and refuse the rest.
 */
@ApplicationScoped
public class KeyCompromises {

    private final SigningKeyRepository keys;
    private final KeyRegistry registry;
    private final Event<SigningKeyCompromised> reported;
    private final VerificationRevision revision;
    private final Clock clock;

    public KeyCompromises(SigningKeyRepository keys, KeyRegistry registry, Event<SigningKeyCompromised> reported,
                          VerificationRevision revision, Clock clock) {
        this.keys = keys;
        this.registry = registry;
        this.reported = reported;
        this.revision = revision;
        this.clock = clock;
    }

    /** Whether (and since when) a key id was reported compromised; read afresh, since any instance may report it. */
    @Transactional
    public Optional<KeyCompromise> of(String keyId) {
        return keys.findByKeyId(keyId).flatMap(SigningKey::compromise);
    }

    @Transactional
    public KeyCompromise report(String keyId, KeyCompromise.Report report, String apiKeyName) {
        SigningKey key = keys.findByKeyId(keyId).orElseThrow(() -> ProblemException.notFound("No published key has this id."));
        if (key.compromisedAt != null) {
            throw new ProblemException(ProblemType.KEY_ALREADY_COMPROMISED, "Key " + keyId
                    + " was already reported compromised as of " + key.compromisedAt + "; a report is final.");
        }
        boolean wasSigning = key.retiredAt == null;
        key.compromisedAt = report.compromisedAt();
        key.compromiseReason = report.reason();
        if (wasSigning) {
            key.retiredAt = clock.instant();
        }
        // Every cached verification answer of every instance may now be wrong: move the token on.
        revision.keySetChanged();
        KeyCompromise compromise = key.compromise().orElseThrow();
        reported.fire(new SigningKeyCompromised(compromise, wasSigning, apiKeyName));
        return compromise;
    }

    /** Another instance may have taken the report: an instance still signing with that key stops. */
    @Scheduled(every = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void followReportsFromOtherInstances() {
        registry.activeKeyId().flatMap(this::of).ifPresent(registry::stopSigningWith);
    }
}
