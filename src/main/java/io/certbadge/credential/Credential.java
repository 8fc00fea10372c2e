package io.certbadge.credential;

import io.certbadge.achievement.Achievement;
import io.certbadge.common.UnicodeText;
import io.certbadge.signing.SigningKey;
import io.certbadge.status.StatusList;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One issued badge: the signed credential, the record it came from, and its revocation. */
@Entity
@Table(name = "credential")
public class Credential {

    public enum Status { ACTIVE, REVOKED, EXPIRED }

    public static final int MAX_REASON_LENGTH = 500;
    /** What a certification record's {@code recordId} may be (the issue API checks it). */
    public static final String RECORD_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:/-]*";
    public static final int MAX_RECORD_ID_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "public_id", nullable = false, unique = true)
    public String publicId;

    @Column(name = "record_id", nullable = false, unique = true)
    public String recordId;

    @Column(name = "record_hash", nullable = false)
    public String recordHash;

    @Column(name = "record_json", nullable = false)
    public String recordJson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "achievement_id")
    public Achievement achievement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    @Column(name = "recipient_name", nullable = false)
    public String recipientName;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "valid_until")
    public Instant validUntil;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signing_key_id")
    public SigningKey signingKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "status_list_id")
    public StatusList statusList;

    @Column(name = "status_list_index", nullable = false)
    public int statusListIndex;

    @Column(name = "credential_json", nullable = false)
    public String credentialJson;

    @Column(name = "credential_jwt", nullable = false)
    public String credentialJwt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    /** The record a credential was issued from, as stored for idempotency and for the API. */
    public record Origin(String recordId, String recordHash, String recordJson, String issuedBy) {
    }

    /** A newly issued credential: its record, what it certifies for whom, where its status bit is, and its proof. */
    public static Credential issue(String publicId, Origin origin, Achievement achievement, Recipient recipient,
                                   String recipientName, Instant issuedAt, StatusList statusList, int statusListIndex,
                                   SigningKey signingKey, String credentialJson, String credentialJwt) {
        Credential c = new Credential();
        c.publicId = publicId;
        c.recordId = origin.recordId();
        c.recordHash = origin.recordHash();
        c.recordJson = origin.recordJson();
        c.issuedBy = origin.issuedBy();
        c.achievement = achievement;
        c.recipient = recipient;
        c.recipientName = recipientName;
        c.issuedAt = issuedAt;
        c.validUntil = achievement.validUntil(issuedAt);
        c.statusList = statusList;
        c.statusListIndex = statusListIndex;
        c.signingKey = signingKey;
        c.credentialJson = credentialJson;
        c.credentialJwt = credentialJwt;
        return c;
    }

    public Status statusAt(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return validUntil != null && !now.isBefore(validUntil) ? Status.EXPIRED : Status.ACTIVE;
    }

    /**
     * Revokes once: a repeat changes nothing (the first date and reason stay) and answers false.
     * A reason is required, also for a repeat, so a caller's bug shows the same way every time. It is
     * shown on the public page, so it is readable text (see {@link UnicodeText}), kept in NFC.
     */
    public boolean revoke(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new RevocationRejected("A revocation needs a reason.", "required");
        }
        // judged as sent: stripping first would pass a reason that starts or ends in control characters
        String sent = UnicodeText.nfc(reason);
        UnicodeText.problem(sent, true).ifPresent(problem -> {
            throw new RevocationRejected("The revocation reason is not readable text.", problem);
        });
        String text = sent.strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw new RevocationRejected("The revocation reason is too long.",
                    "at most " + MAX_REASON_LENGTH + " characters");
        }
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        revocationReason = text;
        revokedBy = by;
        return true;
    }
}
