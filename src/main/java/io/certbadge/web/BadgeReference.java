package io.certbadge.web;

import io.certbadge.common.PublicIds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * What an employer usually has of a badge: its address ({@code {base}/verify/{id}}, or any
 * {@code {base}/credentials/{id}…} link) or just its id. Only our own addresses are read; nothing
 * is ever fetched, so a link to another site is answered with advice, never followed.
 */
public final class BadgeReference {

    /** What the text turned out to be. */
    public enum Kind {
        /** One of our credential ids, read from a link of ours or given bare. */
        OURS,
        /** A web address, but not of a credential of this site. */
        ELSEWHERE,
        /** Neither an address nor an id. */
        UNREADABLE
    }

    public record Reading(Kind kind, Optional<String> id) {
    }

    private final URI base;

    /** @param base {@code {base}}, the configured public base URL */
    public BadgeReference(String base) {
        this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    public Reading read(String text) {
        String input = text == null ? "" : text.strip();
        if (PublicIds.looksValid(input)) {
            return ours(input);
        }
        Optional<URI> url = url(input);
        if (url.isEmpty()) {
            return new Reading(Kind.UNREADABLE, Optional.empty());
        }
        return idIn(url.get()).map(BadgeReference::ours).orElseGet(() -> new Reading(Kind.ELSEWHERE, Optional.empty()));
    }

    /** Scheme optional, as addresses are often copied from a printed certificate without it. */
    private static Optional<URI> url(String input) {
        if (input.isEmpty() || input.chars().anyMatch(Character::isWhitespace) || !input.contains("/")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(input.contains("://") ? input : "https://" + input);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The id when the address is on our host and port (any scheme: an https address is often typed
     * as http, or without a scheme) under our base path, as {@code /verify/{id}} or {@code /credentials/{id}} with anything after it.
     */
    private Optional<String> idIn(URI url) {
        if (!base.getHost().equalsIgnoreCase(url.getHost()) || base.getPort() != url.getPort()) {
            return Optional.empty();
        }
        String basePath = base.getPath() == null ? "" : base.getPath();
        String path = url.getPath() == null ? "" : url.getPath();
        if (!path.startsWith(basePath + "/")) {
            return Optional.empty();
        }
        String[] segments = path.substring(basePath.length() + 1).split("/");
        boolean credentialPath = segments.length >= 2 && ("verify".equals(segments[0]) || "credentials".equals(segments[0]));
        return credentialPath && PublicIds.looksValid(segments[1]) ? Optional.of(segments[1]) : Optional.empty();
    }

    private static Reading ours(String id) {
        return new Reading(Kind.OURS, Optional.of(id));
    }
}
