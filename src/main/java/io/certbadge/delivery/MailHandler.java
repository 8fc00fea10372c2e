package io.certbadge.delivery;

import io.certbadge.audit.AuditTrail;
import io.certbadge.common.CertbadgeConfig;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.outbox.OutboxHandler;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the earner's mails from the outbox through {@code quarkus.mailer.*}: text and HTML, the
 * baked badge inline in the issue mail, the Message-ID the outbox keeps for it. Every attempt is
 * audited, EMAIL_SENT or EMAIL_FAILED, without the address: an SMTP server's refusal often quotes
 * it, so addresses are taken out of the error before it is stored anywhere.
 */
@ApplicationScoped
public class MailHandler implements OutboxHandler {

    /** The longest one SMTP conversation may take before the attempt counts as failed. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern SMTP_CODE = Pattern.compile("\\b([245]\\d\\d)[ -]");

    private final MailContent content;
    private final ReactiveMailer mailer;
    private final AuditTrail audit;
    private final CredentialRepository credentials;
    private final String replyTo;

    public MailHandler(MailContent content, ReactiveMailer mailer, AuditTrail audit, CredentialRepository credentials,
                       CertbadgeConfig config) {
        this.content = content;
        this.mailer = mailer;
        this.audit = audit;
        this.credentials = credentials;
        this.replyTo = config.issuer().email();
    }

    @Override
    public String channel() {
        return EarnerMail.CHANNEL;
    }

    @Override
    public Attempt deliver(Message message) {
        MailContent.Written written = content.write(message.credentialId(), EarnerMail.Kind.of(message.eventType()));
        Mail mail = Mail.withHtml(written.to(), written.subject(), written.html())
                .setText(written.text())
                .setReplyTo(replyTo)
                .addHeader("Message-ID", message.messageKey())
                .addHeader("Auto-Submitted", "auto-generated");
        if (written.badgePng() != null) {
            mail.addInlineAttachment(written.badgeFileName(), written.badgePng(), "image/png", "<badge@certbadge>");
        }
        try {
            mailer.send(mail).await().atMost(SEND_TIMEOUT);
            return Attempt.success(250);
        } catch (RuntimeException e) {
            String error = withoutAddresses(describe(e));
            return Attempt.failure(smtpCode(error), error);
        }
    }

    @Override
    public void recorded(Message message, Attempt attempt, boolean gaveUp) {
        String recordId = credentials.findByPublicId(message.credentialId()).map(c -> c.recordId).orElse(null);
        String what = EarnerMail.Kind.of(message.eventType()).name().toLowerCase() + " mail " + message.messageKey();
        if (attempt.delivered()) {
            audit.emailSent(recordId, message.credentialId(), what, message.attempt());
        } else {
            audit.emailFailed(recordId, message.credentialId(), what, message.attempt(), attempt.error(), gaveUp);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 400; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return text.toString();
    }

    /** No e-mail address is stored outside the recipient table, not even inside an SMTP server's refusal. */
    static String withoutAddresses(String text) {
        return ADDRESS.matcher(text).replaceAll("[address]");
    }

    private static Integer smtpCode(String error) {
        Matcher code = SMTP_CODE.matcher(error);
        return code.find() ? Integer.valueOf(code.group(1)) : null;
    }
}
