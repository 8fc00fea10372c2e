package io.certbadge.delivery;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The events a webhook endpoint can subscribe to, by their names in the contract. */
public enum WebhookEventType {
    ISSUED("credential.issued"), REVOKED("credential.revoked");

    private final String value;

    WebhookEventType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<WebhookEventType> parse(String value) {
        return Stream.of(values()).filter(type -> type.value.equals(value)).findFirst();
    }

    static WebhookEventType of(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("not a webhook event: " + value));
    }

    /** The stored form (webhook_endpoint.events): each type once, in declaration order. */
    static String column(Collection<WebhookEventType> types) {
        return Stream.of(values()).filter(types::contains).map(WebhookEventType::value).collect(Collectors.joining(","));
    }
}
