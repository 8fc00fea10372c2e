package io.certbadge.security;

import java.util.Locale;

/** What an API key may do. {@code admin} may do everything. */
public enum Scope {
    ISSUE, REVOKE, READ, ADMIN;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
