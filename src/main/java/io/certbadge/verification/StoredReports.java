package io.certbadge.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.certbadge.common.Hashing;
import io.certbadge.common.VerificationRevision.Token;
import io.certbadge.verification.VerificationReport.CredentialView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The verification reports of our own stored credentials, each kept with its JSON bytes and ETag
 * until something it depends on changes. A report is a function of the stored VC-JWT (which never
 * changes), the published key set and status lists (both covered by the {@link Token}) and the
 * clock (only at the credential's {@code validFrom}/{@code validUntil}); so an answer is reused while
 * the token read for this request equals the one read before it was made and no validity boundary
 * has passed since. A report with a skipped check (the issuance log not having integrated it yet)
 * is never kept: its answer will change without a token moving.
 */
@ApplicationScoped
public class StoredReports {

    /**
     * About 5,000 answers of ~3 KiB (report, JSON bytes) stay in memory: ~15 MiB. The busiest
     * credentials are the ones kept; any other is verified again, as it was before caching.
     */
    private static final int KEPT = 5_000;

    /** One answer, with what it was made from: {@code token} read before it was computed. */
    public record Answer(VerificationReport report, byte[] json, String etag, Token token, Instant madeAt) {

        boolean stillTrue(Token now, Instant at) {
            CredentialView credential = report.credential();
            return token.equals(now) && !crossed(credential == null ? null : credential.issuedAt(), at)
                    && !crossed(credential == null ? null : credential.validUntil(), at);
        }

        /** Whether the clock passed {@code boundary} between making this answer and {@code at}. */
        private boolean crossed(Instant boundary, Instant at) {
            return boundary != null && madeAt.isBefore(boundary) && !at.isBefore(boundary);
        }
    }

    private final Verifier verifier;
    private final ObjectMapper json;
    private final Clock clock;
    private final Cache<String, Answer> answers = Caffeine.newBuilder().maximumSize(KEPT).build();

    public StoredReports(Verifier verifier, ObjectMapper json, Clock clock) {
        this.verifier = verifier;
        this.json = json;
        this.clock = clock;
    }

    /** The kept answer, if it is still the answer under {@code token}; never touches the database. */
    public Optional<Answer> kept(String publicId, Token token) {
        Answer answer = answers.getIfPresent(publicId);
        return answer != null && answer.stillTrue(token, clock.instant()) ? Optional.of(answer) : Optional.empty();
    }

    /**
     * The answer under {@code token}, verifying the credential again if the kept one is not it.
     * Blocks (database, crypto): call it on a worker thread. Empty for an id we never issued.
     */
    public Optional<Answer> answer(String publicId, Token token) {
        Optional<Answer> kept = kept(publicId, token);
        if (kept.isPresent()) {
            return kept;
        }
        Instant madeAt = clock.instant();
        return verifier.verifyStored(publicId).map(report -> {
            byte[] bytes = bytes(report);
            Answer answer = new Answer(report, bytes, etag(bytes), token, madeAt);
            if (report.checks().stream().noneMatch(CheckResult::skipped)) {
                answers.put(publicId, answer);
            }
            return answer;
        });
    }

    /** A strong ETag from the bytes: equal answers carry equal tags on every instance. */
    public static String etag(byte[] bytes) {
        return "\"" + Hashing.sha256Hex(bytes).substring(0, 32) + "\"";
    }

    private byte[] bytes(VerificationReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a verification report always serialises", e);
        }
    }
}
