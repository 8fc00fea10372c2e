package io.certbadge.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail. Never updated, never deleted; never holds an e-mail address. */
@Entity
@Table(name = "credential_event")
public class CredentialEvent {

    public enum Type {
        ISSUED, ISSUE_REPEATED, ISSUE_REFUSED, ISSUE_CONFLICT, REVOKED, REVOCATION_REPEATED, REVOCATION_REFUSED,
        KEY_ACTIVATED, KEY_COMPROMISED, EMAIL_SENT, EMAIL_FAILED
    }

    public static final int MAX_DETAIL_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public Type type;

    /** Which API key made the request; null for what the service does by itself (key activation at start). */
    @Column(name = "api_key_name")
    public String apiKeyName;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "record_id")
    public String recordId;

    @Column(name = "credential_public_id")
    public String credentialPublicId;

    @Column(name = "signing_key_id")
    public String signingKeyId;

    @Column
    public String detail;
}
