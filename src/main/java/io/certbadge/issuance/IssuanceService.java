package io.certbadge.issuance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementRepository;
import io.certbadge.audit.AuditTrail;
import io.certbadge.common.Hashing;
import io.certbadge.common.Problem.FieldError;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicIds;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.CredentialResponse;
import io.certbadge.credential.CredentialService;
import io.certbadge.credential.Recipient;
import io.certbadge.credential.RecipientRepository;
import io.certbadge.openbadges.CredentialDraft;
import io.certbadge.openbadges.OpenBadgeJson;
import io.certbadge.signing.SigningKey;
import io.certbadge.signing.CredentialSigner;
import io.certbadge.status.StatusEntry;
import io.certbadge.status.StatusList;
import io.certbadge.status.StatusListAllocator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns a certification record into a signed credential. Issuing is idempotent on {@code recordId}:
 * the database's unique constraint decides between concurrent identical requests, and the loser
 * answers with the winner's credential. A rejected record leaves nothing stored and nothing signed
 * except its line in the audit trail, written in a transaction of its own.
 */
@ApplicationScoped
public class IssuanceService {

    /** The latest time zone on Earth: a date is "in the future" only once it is the future everywhere. */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    private static final int SALT_BYTES = 16;

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    public record Outcome(boolean created, CredentialResponse credential) {
    }

    private final AchievementRepository achievements;
    private final CredentialRepository credentials;
    private final RecipientRepository recipients;
    private final StatusListAllocator statusLists;
    private final CredentialService credentialService;
    private final OpenBadgeJson openBadges;
    private final CredentialSigner signer;
    private final Validator validator;
    private final PublicIds ids;
    private final SecureRandom random;
    private final AuditTrail audit;
    private final Clock clock;

    public IssuanceService(AchievementRepository achievements, CredentialRepository credentials,
                           RecipientRepository recipients, StatusListAllocator statusLists,
                           CredentialService credentialService, OpenBadgeJson openBadges, CredentialSigner signer,
                           Validator validator, PublicIds ids, SecureRandom random, AuditTrail audit, Clock clock) {
        this.achievements = achievements;
        this.credentials = credentials;
        this.recipients = recipients;
        this.statusLists = statusLists;
        this.credentialService = credentialService;
        this.openBadges = openBadges;
        this.signer = signer;
        this.validator = validator;
        this.ids = ids;
        this.random = random;
        this.audit = audit;
        this.clock = clock;
    }

    public Outcome issue(CertificationRecord record, String apiKeyName) {
        if (record == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body must be a certification record.");
        }
        String canonical = canonicalJson(record);
        String hash = Hashing.sha256Hex(canonical);
        Optional<Outcome> repeat = QuarkusTransaction.requiringNew().call(() -> existing(record.recordId(), hash, apiKeyName));
        if (repeat.isPresent()) {
            return repeat.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> issueNew(record, canonical, hash, apiKeyName));
        } catch (ProblemException e) {
            audit.issueRefused(record.recordId(), e, apiKeyName);
            throw e;
        } catch (RuntimeException e) {
            // A concurrent request with the same recordId won the unique constraint: answer as a repeat.
            return QuarkusTransaction.requiringNew().call(() -> existing(record.recordId(), hash, apiKeyName))
                    .orElseThrow(() -> e);
        }
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

    private Outcome issueNew(CertificationRecord record, String canonical, String hash, String apiKeyName) {
        Achievement achievement = checked(record);
        Recipient recipient = recipients.findOrCreate(record.candidate().email());
        StatusEntry status = statusLists.allocate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = achievement.validityMonths == null ? null
                : now.atZone(ZoneOffset.UTC).plusMonths(achievement.validityMonths).toInstant();
        String salt = HexFormat.of().formatHex(randomBytes());
        CredentialDraft draft = new CredentialDraft(ids.next(), achievement.definition(),
                record.candidate().did() != null ? record.candidate().did() : recipient.subjectId,
                record.candidate().name().strip(), "sha256$" + Hashing.sha256Hex(recipient.email + salt), salt,
                now, validUntil,
                CertificationRules.average(record.tasks().subsetDelivery().observationRatings()),
                CertificationRules.average(record.tasks().fullDelivery().surveyRatings()),
                record.completedOn(), EvidenceItems.of(record),
                new CredentialDraft.StatusPosition(status.listId(), status.index()));
        ObjectNode json = openBadges.credential(draft);
        CredentialSigner.SignedCredential signed = signer.sign(json, now);

        Credential credential = new Credential();
        credential.publicId = draft.publicId();
        credential.recordId = record.recordId();
        credential.recordHash = hash;
        credential.recordJson = canonical;
        credential.achievement = achievement;
        credential.recipient = recipient;
        credential.recipientName = draft.recipientName();
        credential.issuedAt = now;
        credential.validUntil = validUntil;
        credential.signingKey = credentials.getEntityManager().getReference(SigningKey.class, signed.vcJwt().signingKeyId());
        credential.statusList = credentials.getEntityManager().getReference(StatusList.class, status.statusListDbId());
        credential.statusListIndex = status.index();
        credential.credentialJson = signed.document().toString();
        credential.credentialJwt = signed.vcJwt().value();
        credential.issuedBy = apiKeyName;
        credentials.persist(credential);
        audit.issued(credential.recordId, credential.publicId, achievement.slug, credential.statusListIndex, apiKeyName);
        credentials.flush();
        return new Outcome(true, credentialService.response(credential));
    }

    /** Syntax, achievement and the program's rules together, so the answer names every problem at once. */
    private Achievement checked(CertificationRecord record) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CertificationRecord> v : validator.validate(record)) {
            errors.add(new FieldError(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()));
        }
        Optional<Achievement> achievement = record.achievement() == null ? Optional.empty()
                : achievements.findBySlug(record.achievement().strip());
        if (record.achievement() != null && achievement.isEmpty()) {
            errors.add(new FieldError("achievement", "unknown achievement '" + record.achievement()
                    + "' (see GET /api/v1/achievements)"));
            throw rejected(ProblemType.UNKNOWN_ACHIEVEMENT, errors);
        }
        achievement.ifPresent(a -> errors.addAll(CertificationRules.check(record, a, LocalDate.now(clock.withZone(LATEST_ZONE)))));
        if (!errors.isEmpty()) {
            throw rejected(ProblemType.RECORD_REJECTED, errors);
        }
        return achievement.orElseThrow();
    }

    private static ProblemException rejected(ProblemType type, List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().distinct().sorted(Comparator.comparing(FieldError::field)).toList();
        String detail = type == ProblemType.UNKNOWN_ACHIEVEMENT
                ? "The record names an achievement that is not in the catalog."
                : "The record breaks " + sorted.size() + (sorted.size() == 1 ? " rule" : " rules")
                  + " of the Certified Trainer program; nothing was issued.";
        return new ProblemException(type, detail, sorted);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String canonicalJson(CertificationRecord record) {
        try {
            return CANONICAL.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed record always serialises", e);
        }
    }
}
