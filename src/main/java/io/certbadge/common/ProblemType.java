package io.certbadge.common;

/** The stable problem {@code type} URIs this service answers with, one per kind of failure. */
public enum ProblemType {
    MALFORMED_REQUEST(400, "Malformed request"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Insufficient scope"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Record already issued with different content"),
    KEY_ALREADY_COMPROMISED(409, "Key already reported compromised"),
    CREDENTIAL_REVOKED(409, "Credential revoked"),
    MAIL_DISABLED(409, "Mail is turned off"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RECORD_REJECTED(422, "Certification record rejected"),
    EMPTY_BATCH(422, "Empty batch"),
    UNKNOWN_ACHIEVEMENT(422, "Unknown achievement"),
    NO_CREDENTIAL_FOUND(422, "No credential could be read"),
    REVOCATION_REJECTED(422, "Revocation rejected"),
    NOT_VERIFIED(422, "Not verified"),
    WEBHOOK_REJECTED(422, "Webhook endpoint rejected"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal server error"),
    SIGNING_SUSPENDED(503, "Signing suspended");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:certbadge:problem:" + name().toLowerCase().replace('_', '-');
    }
}
