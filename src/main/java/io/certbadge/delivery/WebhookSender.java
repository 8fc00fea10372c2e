package io.certbadge.delivery;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.outbox.OutboxHandler.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One signed {@code POST} of an event to an endpoint. A 2xx answered, body included, within
 * {@code certbadge.webhooks.timeout} is success; anything else is a failure to retry: another
 * status (a redirect too: none is followed), no answer in time, no connection, or a host that now
 * resolves to an internal address ({@link WebhookTargets}, checked before every attempt).
 * <p>
 * {@code webhook-timestamp} is the attempt's time by the application clock (the system clock in
 * production), so a retry carries a fresh one that a receiver's tolerance window accepts; the body
 * and {@code webhook-id} are the same on every attempt.
 */
@ApplicationScoped
public class WebhookSender {

    /** Where an endpoint is and the secret its deliveries are signed with. */
    public record Target(String url, String secret) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final WebhookTargets targets;
    private final Clock clock;

    @Inject
    public WebhookSender(CertbadgeConfig config, WebhookTargets targets, Clock clock) {
        this(config.webhooks().timeout(), targets, clock);
    }

    WebhookSender(Duration timeout, WebhookTargets targets, Clock clock) {
        this.timeout = timeout;
        this.targets = targets;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public Attempt send(Target target, String webhookId, String body) {
        URI url = URI.create(target.url());
        Optional<String> refused = targets.refusal(url);
        if (refused.isPresent()) {
            return Attempt.failure(null, "not sent: " + refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "certbadge-webhooks")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(target.secret(), webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status >= 200 && status < 300 ? Attempt.success(status) : Attempt.failure(status, "answered HTTP " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return noAnswerInTime();
        } catch (ExecutionException e) {
            return failed(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return Attempt.failure(null, "interrupted (the service is stopping)");
        }
    }

    private Attempt failed(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return noAnswerInTime();
        }
        if (cause instanceof ConnectException) {
            return Attempt.failure(null, "could not connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
        return Attempt.failure(null, cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    private Attempt noAnswerInTime() {
        return Attempt.failure(null, "no complete answer within " + timeout.toSeconds() + " s");
    }
}
