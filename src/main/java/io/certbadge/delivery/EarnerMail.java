package io.certbadge.delivery;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialIssued;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.CredentialRevoked;
import io.certbadge.outbox.Outbox;
import io.certbadge.outbox.OutboxMessage;
import io.certbadge.outbox.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Instant;

/**
 * Puts the earner's e-mail in the outbox: one when a credential is issued, one when it is revoked,
 * and one more each time the issuer asks to send the issue mail again. Each has its own Message-ID,
 * which is also its key in the outbox, so the same mail can never be queued twice.
 */
@ApplicationScoped
public class EarnerMail {

    /** What the outbox's EMAIL channel holds; {@link MailHandler} sends it. */
    public static final String CHANNEL = "EMAIL";

    public enum Kind {
        ISSUED("mail.issued"), REVOKED("mail.revoked"), RESENT("mail.resent");

        final String eventType;

        Kind(String eventType) {
            this.eventType = eventType;
        }

        static Kind of(String eventType) {
            for (Kind kind : values()) {
                if (kind.eventType.equals(eventType)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a mail: " + eventType);
        }
    }

    /** The answer to {@code POST /api/v1/credentials/{id}/email}. */
    public record Queued(String credentialId, String messageId, Instant queuedAt) {
    }

    private final Outbox outbox;
    private final OutboxRepository messages;
    private final CredentialRepository credentials;
    private final CertbadgeConfig.Mail config;
    private final String host;

    public EarnerMail(Outbox outbox, OutboxRepository messages, CredentialRepository credentials, CertbadgeConfig config,
                      PublicUrls urls) {
        this.outbox = outbox;
        this.messages = messages;
        this.credentials = credentials;
        this.config = config.mail();
        this.host = URI.create(urls.base()).getHost();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onIssued(@Observes CredentialIssued issued) {
        if (config.enabled()) {
            queue(Kind.ISSUED, issued.publicId(), messageId("issued", issued.publicId()));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRevoked(@Observes CredentialRevoked revoked) {
        if (config.enabled()) {
            queue(Kind.REVOKED, revoked.publicId(), messageId("revoked", revoked.publicId()));
        }
    }

    /** Sends the issue mail of an active credential again, as a new mail with a Message-ID of its own. */
    @Transactional
    public Queued resend(String publicId) {
        Credential credential = credentials.findByPublicIdForUpdate(publicId)
                .orElseThrow(() -> ProblemException.notFound("No credential has this id."));
        if (!config.enabled()) {
            throw new ProblemException(ProblemType.MAIL_DISABLED,
                    "Mail is turned off on this service (certbadge.mail.enabled=false); nothing was sent.");
        }
        if (credential.revokedAt != null) {
            throw new ProblemException(ProblemType.CREDENTIAL_REVOKED, "Credential " + publicId
                    + " was revoked on " + credential.revokedAt + "; its issue e-mail is not sent again.");
        }
        // the row lock taken above orders concurrent re-sends, so each gets its own number
        long earlier = messages.countForChannelAndCredential(CHANNEL, publicId);
        OutboxMessage queued = queue(Kind.RESENT, publicId, messageId("issued", publicId + ".resent-" + earlier));
        return new Queued(publicId, queued.messageKey, queued.createdAt);
    }

    private OutboxMessage queue(Kind kind, String publicId, String messageId) {
        return outbox.enqueue(new Outbox.NewMessage(CHANNEL, messageId, kind.eventType, publicId, null, "{}"));
    }

    /** {@code <credential.issued.ID@host>}: stable, so a mail sent again after a crash is recognisably the same. */
    private String messageId(String event, String publicId) {
        return "<credential." + event + "." + publicId + "@" + host + ">";
    }
}
