package io.certbadge.media;

import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementService;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one place images learn what to draw: a public id (credential) or slug (achievement) in,
 * plain values out. An unknown id throws the usual 404 problem, so no cache ever keeps a miss.
 */
@ApplicationScoped
public class DrawingLookup {

    /** The program every badge names above its course. */
    public static final String PROGRAM_NAME = "Certified Trainer";

    private final CredentialService credentials;
    private final AchievementService achievements;
    private final Clock clock;

    public DrawingLookup(CredentialService credentials, AchievementService achievements, Clock clock) {
        this.credentials = credentials;
        this.achievements = achievements;
        this.clock = clock;
    }

    /** What one credential's images show; the JWT is what gets baked in. */
    public record CredentialDrawing(String publicId, String achievementSlug, String achievementName,
                                    String recipientName, String colourHex, String compactJwt, Instant revokedAt,
                                    Instant validUntil) {
    }

    /** A credential's state for its share card, and the day it began (null while valid). */
    public record CardState(ShareCardContent.State state, LocalDate since) {
    }

    @Transactional
    public CredentialDrawing credential(String publicId) {
        Credential c = credentials.get(publicId);
        Achievement a = c.achievement;
        return new CredentialDrawing(c.publicId, a.slug, a.name, c.recipientName, a.colour, c.credentialJwt,
                c.revokedAt, c.validUntil);
    }

    /**
     * Revoked when the issuer revoked it (the same transaction sets its status-list bit), expired once
     * its validity period is over; what the verification report says, without verifying.
     */
    @Transactional
    public CardState cardState(String publicId) {
        CredentialDrawing c = credential(publicId);
        if (c.revokedAt() != null) {
            return new CardState(ShareCardContent.State.REVOKED, day(c.revokedAt()));
        }
        if (c.validUntil() != null && !clock.instant().isBefore(c.validUntil())) {
            return new CardState(ShareCardContent.State.EXPIRED, day(c.validUntil()));
        }
        return new CardState(ShareCardContent.State.VALID, null);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    @Transactional
    public BadgeDesign achievement(String slug) {
        Achievement a = achievements.get(slug);
        return new BadgeDesign(PROGRAM_NAME, a.courseName, a.colour);
    }
}
