package io.certbadge.delivery;

import io.certbadge.common.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a webhook endpoint must be: an absolute https URL (http too where private targets are
 * allowed, in development and tests) without user name or password, whose host is public (see
 * {@link WebhookTargets}), and a non-empty set of known event types. Returns every violation.
 */
@ApplicationScoped
public class WebhookRules {

    static final int MAX_URL_LENGTH = 2048;

    private static final String KNOWN_EVENTS = Stream.of(WebhookEventType.values()).map(WebhookEventType::value)
            .collect(Collectors.joining(", "));

    private final WebhookTargets targets;

    public WebhookRules(WebhookTargets targets) {
        this.targets = targets;
    }

    /** The subscribed types of a request that breaks no rule; otherwise {@link WebhookRejected} naming every field. */
    public Set<WebhookEventType> check(WebhookRequest request) {
        List<FieldError> errors = new ArrayList<>();
        urlProblem(request == null ? null : request.url()).ifPresent(problem -> errors.add(new FieldError("url", problem)));
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        eventsProblem(request == null ? null : request.events(), types)
                .ifPresent(problem -> errors.add(new FieldError("events", problem)));
        if (!errors.isEmpty()) {
            throw new WebhookRejected(errors);
        }
        return types;
    }

    private Optional<String> urlProblem(String url) {
        String needed = targets.allowsPrivateTargets() ? "an absolute http or https URL" : "an absolute https URL";
        if (url == null || url.isBlank()) {
            return Optional.of("required: " + needed);
        }
        if (url.length() > MAX_URL_LENGTH) {
            return Optional.of("at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL: " + needed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && targets.allowsPrivateTargets());
        if (!uri.isAbsolute() || !allowed) {
            return Optional.of("must be " + needed);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password (the signature authenticates the sender)");
        }
        if (uri.getHost() == null) {
            return Optional.of("must name a host: " + needed);
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#…): it is never sent");
        }
        return targets.refusal(uri);
    }

    private static Optional<String> eventsProblem(List<String> events, Set<WebhookEventType> types) {
        if (events == null || events.isEmpty()) {
            return Optional.of("at least one of " + KNOWN_EVENTS);
        }
        List<String> unknown = new ArrayList<>();
        for (String event : events) {
            WebhookEventType.parse(event).ifPresentOrElse(types::add, () -> unknown.add(String.valueOf(event)));
        }
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("unknown event type " + String.join(", ", unknown) + "; known: " + KNOWN_EVENTS);
    }
}
