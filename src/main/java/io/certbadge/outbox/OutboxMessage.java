package io.certbadge.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One mail or webhook call waiting to be sent, or sent. Written in the transaction of the change it
 * reports; changed only by {@link OutboxWorker} (claimed, then recorded) and by a cancellation.
 * Never holds an e-mail address: a mail's payload names the credential, whose recipient is read when it is sent.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum State { PENDING, SENT, GAVE_UP, CANCELLED }

    public static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String channel;

    /** The message's own stable id: its {@code Message-ID}, or its {@code webhook-id}, the same on every attempt. */
    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "credential_id")
    public String credentialId;

    @Column(name = "endpoint_id")
    public String endpointId;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;
}
