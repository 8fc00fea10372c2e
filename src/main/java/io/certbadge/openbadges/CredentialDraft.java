package io.certbadge.openbadges;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything that goes into one Open Badges credential, decided before it is built and signed:
 * plain values only, so writing the document needs no database and no entity.
 */
public record CredentialDraft(String publicId, AchievementDefinition achievement, String subjectId,
                              String recipientName, String emailHash, String salt, Instant issuedAt,
                              Instant validUntil, BigDecimal observationAverage, BigDecimal surveyAverage,
                              LocalDate completedOn, List<EvidenceItem> evidence, StatusPosition status) {

    /** One {@code Evidence} item; {@code id} (a URL) is optional. */
    public record EvidenceItem(String id, String name, String description) {
    }

    /** Where the credential's revocation bit lives: the public list id and the index in it. */
    public record StatusPosition(String listId, int index) {
    }
}
