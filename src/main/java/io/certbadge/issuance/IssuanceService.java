package io.certbadge.issuance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.certbadge.audit.AuditTrail;
import io.certbadge.common.Hashing;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.CredentialResponse;
import io.certbadge.credential.CredentialIssued;
import io.certbadge.credential.CredentialService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Turns a certification record into a signed credential. Issuing is idempotent on {@code recordId}:
 * the database's unique constraint decides between concurrent identical requests, and the loser
 * answers with the winner's credential. A rejected record leaves nothing stored and nothing signed
 * except its line in the audit trail, written in a transaction of its own. A new credential fires
 * {@link CredentialIssued} in the transaction that stores it, so its mail and webhooks commit with it.
 */
@ApplicationScoped
public class IssuanceService {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public record Outcome(boolean created, CredentialResponse credential) {
    }

    private final RecordChecks checks;
    private final CredentialRepository credentials;
    private final NewCredentials newCredentials;
    private final CredentialService credentialService;
    private final AuditTrail audit;
    private final Clock clock;
    private final Event<CredentialIssued> issued;

    public IssuanceService(RecordChecks checks, CredentialRepository credentials, NewCredentials newCredentials,
                           CredentialService credentialService, AuditTrail audit, Clock clock,
                           Event<CredentialIssued> issued) {
        this.checks = checks;
        this.credentials = credentials;
        this.newCredentials = newCredentials;
        this.credentialService = credentialService;
        this.audit = audit;
        this.clock = clock;
        this.issued = issued;
    }

    public Outcome issue(CertificationRecord record, String apiKeyName) {
        if (record == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body must be a certification record.");
        }
        String canonical = canonicalJson(record);
        String hash = Hashing.sha256Hex(canonical);
        try {
            // signing happens between two short transactions, never inside one (see NewCredentials)
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            Start start = QuarkusTransaction.requiringNew().call(() -> start(record, hash, apiKeyName, now));
            if (start.repeat().isPresent()) {
                return start.repeat().get();
            }
            NewCredentials.Signed signed = newCredentials.sign(start.prepared());
            return QuarkusTransaction.requiringNew().call(() -> store(signed, record, canonical, hash, apiKeyName));
        } catch (ProblemException e) {
            if (e.type() != ProblemType.CONFLICT) { // a conflict is audited as one by existing()
                audit.issueRefused(record.recordId(), e, apiKeyName);
            }
            throw e;
        } catch (RuntimeException e) {
            // A concurrent request with the same recordId won the unique constraint: answer as a repeat.
            return QuarkusTransaction.requiringNew().call(() -> existing(record.recordId(), hash, apiKeyName))
                    .orElseThrow(() -> e);
        }
    }

    /** What the first transaction decided: the answer of a repeat, or the new credential prepared for signing. */
    private record Start(Optional<Outcome> repeat, NewCredentials.Prepared prepared) {
    }

    /**
     * The idempotency lookup and, for a new record, its checks and preparation, in one transaction:
     * a repeat or a conflict is answered from the credential already issued, before the rules run.
     */
    private Start start(CertificationRecord record, String hash, String apiKeyName, Instant now) {
        Optional<Outcome> repeat = existing(record.recordId(), hash, apiKeyName);
        if (repeat.isPresent()) {
            return new Start(repeat, null);
        }
        return new Start(Optional.empty(), newCredentials.prepare(record, checks.checked(record), now));
    }

    private Optional<Outcome> existing(String recordId, String hash, String apiKeyName) {
        if (recordId == null) {
            return Optional.empty();
        }
        return credentials.findByRecordId(recordId).map(c -> {
            if (!c.recordHash.equals(hash)) {
                audit.issueConflict(recordId, c.publicId, apiKeyName);
                throw new ProblemException(ProblemType.CONFLICT, "Record " + recordId
                        + " was already issued as credential " + c.publicId + " with different content.");
            }
            audit.issueRepeated(c.recordId, c.publicId, apiKeyName);
            return new Outcome(false, credentialService.response(c));
        });
    }

    private Outcome store(NewCredentials.Signed signed, CertificationRecord record, String canonical, String hash,
                          String apiKeyName) {
        Credential credential = newCredentials.store(signed, new Credential.Origin(record.recordId(), hash, canonical, apiKeyName));
        audit.issued(credential.recordId, credential.publicId, signed.prepared().draft().achievement().slug(),
                credential.statusListIndex, apiKeyName);
        issued.fire(new CredentialIssued(credential.publicId)); // the earner's mail and webhooks, in this transaction
        credentials.flush();
        // the document just stored, not read back: the 201 body carries the same JSON
        return new Outcome(true, credentialService.response(credential, signed.signed().document()));
    }

    private static String canonicalJson(CertificationRecord record) {
        try {
            return CANONICAL.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed record always serialises", e);
        }
    }
}
