package io.certbadge.support;

/** The issuer's did:web for a test base URL, written out as W3C did:web says (the port as %3A). */
public final class IssuerDid {

    private IssuerDid() {
    }

    public static String of(String base) {
        return "did:web:" + base.replaceFirst("^https?://", "").replace(":", "%3A").replace("/", ":");
    }
}
