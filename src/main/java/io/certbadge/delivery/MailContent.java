package io.certbadge.delivery;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.PublicUrls;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialRepository;
import io.certbadge.credential.LinkedInLink;
import io.certbadge.media.BakedBadgeCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes one earner's mail from the stored credential, read when the mail is sent (the outbox holds no address). */
@ApplicationScoped
public class MailContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** One mail, ready for the SMTP server; {@code badgePng} is the baked badge (the issue mail only). */
    public record Written(String to, String recordId, String subject, String text, String html, byte[] badgePng,
                          String badgeFileName) {
    }

    private final CredentialRepository credentials;
    private final PublicUrls urls;
    private final LinkedInLink linkedIn;
    private final BakedBadgeCache badges;
    private final String issuerName;

    public MailContent(CredentialRepository credentials, PublicUrls urls, LinkedInLink linkedIn, BakedBadgeCache badges,
                       CertbadgeConfig config) {
        this.credentials = credentials;
        this.urls = urls;
        this.linkedIn = linkedIn;
        this.badges = badges;
        this.issuerName = config.issuer().name();
    }

    @Transactional
    public Written write(String publicId, EarnerMail.Kind kind) {
        Credential c = credentials.findByPublicId(publicId)
                .orElseThrow(() -> new IllegalStateException("the outbox names credential " + publicId + ", which is not stored"));
        MailView view = new MailView(c.recipientName, c.achievement.name, issuerName, urls.verification(c.publicId),
                linkedIn.addToProfile(c.achievement.name, c.publicId, c.issuedAt, c.validUntil),
                urls.badgeImage(c.publicId), urls.credential(c.publicId), date(c.issuedAt), date(c.validUntil),
                date(c.revokedAt), c.revocationReason);
        if (kind == EarnerMail.Kind.REVOKED) {
            return new Written(c.recipient.email, c.recordId, "Your certification was revoked: " + c.achievement.name,
                    MailTemplates.revokedText(view).render(), MailTemplates.revokedHtml(view).render(), null, null);
        }
        BakedBadgeCache.BakedBadge badge = badges.png(c.publicId);
        return new Written(c.recipient.email, c.recordId, "Your certification: " + c.achievement.name,
                MailTemplates.issuedText(view).render(), MailTemplates.issuedHtml(view).render(),
                badge.image().bytes(), badge.fileName());
    }

    private static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }
}
