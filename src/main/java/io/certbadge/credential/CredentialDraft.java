package io.certbadge.credential;

import io.certbadge.achievement.Achievement;
import io.certbadge.status.StatusEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything that goes into one Open Badges credential, decided before it is built and signed. */
public record CredentialDraft(String publicId, Achievement achievement, String subjectId, String recipientName,
                             String emailHash, String salt, Instant issuedAt, Instant validUntil,
                             BigDecimal observationAverage, BigDecimal surveyAverage, LocalDate completedOn,
                             List<EvidenceItem> evidence, StatusEntry status) {

    /** One {@code Evidence} item; {@code id} (a URL) is optional. */
    public record EvidenceItem(String id, String name, String description) {
    }
}
