package io.certbadge.transparency;

import java.time.Instant;

/**
 * The answer to a compromise report: the key ({@code kid} URL, where it stays published, marked)
 * and the point in the log from which what it signed is refused ({@code logSizeAtCompromise}:
 * entries below it were logged before the compromise).
 */
public record KeyCompromiseView(String keyId, String kid, Instant compromisedAt, String reason,
                                long logSizeAtCompromise) {
}
