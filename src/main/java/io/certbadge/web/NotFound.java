package io.certbadge.web;

/** What a browser asked for that is not here; the 404 page says it in the reader's language. */
public enum NotFound {
    CREDENTIAL, ACHIEVEMENT, PAGE
}
