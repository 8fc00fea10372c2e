package io.certbadge.web;

import io.certbadge.common.ProblemException;
import io.certbadge.common.ProblemType;

/**
 * Why the verify form could not check anything, for the page to say in the reader's language, and
 * the HTTP status of that answer. {@code detail} is the problem's own (English) sentence, shown
 * only for {@link Kind#OTHER}.
 */
public record FormError(Kind kind, String detail, int status) {

    public enum Kind {
        /** Nothing was entered. */
        EMPTY,
        /** Over the size limit. */
        TOO_LARGE,
        /** The text or file holds no credential. */
        NO_CREDENTIAL,
        /** One of our badge addresses or ids, but no credential has it. */
        BADGE_UNKNOWN,
        /** A web address of another site: nothing is fetched from elsewhere. */
        BADGE_ELSEWHERE,
        /** Not an address or id of a badge. */
        BADGE_UNREADABLE,
        OTHER
    }

    public static FormError of(Kind kind) {
        int status = switch (kind) {
            case EMPTY, BADGE_UNREADABLE -> ProblemType.MALFORMED_REQUEST.status();
            case BADGE_UNKNOWN -> ProblemType.NOT_FOUND.status();
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE.status();
            default -> ProblemType.NO_CREDENTIAL_FOUND.status();
        };
        return new FormError(kind, null, status);
    }

    public static FormError of(ProblemException problem) {
        Kind kind = switch (problem.type()) {
            case PAYLOAD_TOO_LARGE -> Kind.TOO_LARGE;
            case NO_CREDENTIAL_FOUND -> Kind.NO_CREDENTIAL;
            default -> Kind.OTHER;
        };
        return new FormError(kind, problem.getMessage(), problem.type().status());
    }
}
