package io.certbadge.media;

import io.certbadge.achievement.Achievement;
import io.certbadge.achievement.AchievementService;
import io.certbadge.credential.Credential;
import io.certbadge.credential.CredentialService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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

    public DrawingLookup(CredentialService credentials, AchievementService achievements) {
        this.credentials = credentials;
        this.achievements = achievements;
    }

    /** What one credential's images show; the JWT is what gets baked in. */
    public record CredentialDrawing(String publicId, String achievementSlug, String achievementName,
                                    String recipientName, String colourHex, String compactJwt) {
    }

    @Transactional
    public CredentialDrawing credential(String publicId) {
        Credential c = credentials.get(publicId);
        Achievement a = c.achievement;
        return new CredentialDrawing(c.publicId, a.slug, a.name, c.recipientName, a.colour, c.credentialJwt);
    }

    @Transactional
    public BadgeDesign achievement(String slug) {
        Achievement a = achievements.get(slug);
        return new BadgeDesign(PROGRAM_NAME, a.courseName, a.colour);
    }
}
