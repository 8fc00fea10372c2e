package io.certbadge.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per client address, one for cheap reads and one for expensive work. A client that
 * runs a bucket dry is told when it may try again. The client address is what Vert.x reports, which
 * Quarkus takes from X-Forwarded-For/Forwarded only when {@code quarkus.http.proxy.*} trusts the
 * proxy; an IPv6 client is one /64, since anyone holding one holds all its addresses.
 */
@ApplicationScoped
public class RateLimits {

    public enum Budget { READS, EXPENSIVE }

    /** Taken, or refused with the time until a token is there again. */
    public record Outcome(boolean allowed, long retryAfterSeconds) {
    }

    private static final Duration IDLE = Duration.ofMinutes(10);

    private final CertbadgeConfig.RateLimit config;
    private final CurrentVertxRequest currentRequest;
    private final Cache<String, Bucket[]> clients;

    public RateLimits(CertbadgeConfig config, CurrentVertxRequest currentRequest) {
        this.config = config.rateLimit();
        this.currentRequest = currentRequest;
        this.clients = Caffeine.newBuilder().maximumSize(this.config.maxClients())
                .expireAfterAccess(IDLE).build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public Outcome take(RoutingContext rc, Budget budget) {
        if (!config.enabled()) {
            return new Outcome(true, 0);
        }
        Bucket bucket = clients.get(clientKey(rc.request().remoteAddress()), key -> newBuckets())[budget.ordinal()];
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Outcome(true, 0)
                : new Outcome(false, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L)));
    }

    /**
     * Charges expensive work (drawing an image no cache holds) to the client of the current request;
     * work done outside a request (start-up, background jobs) is never charged.
     */
    public void chargeExpensiveWork() {
        if (!config.enabled() || !Arc.container().requestContext().isActive()) {
            return;
        }
        RoutingContext rc = currentRequest.getCurrent();
        if (rc == null) {
            return;
        }
        Outcome outcome = take(rc, Budget.EXPENSIVE);
        if (!outcome.allowed()) {
            throw new RateLimited(outcome.retryAfterSeconds());
        }
    }

    private Bucket[] newBuckets() {
        return new Bucket[] {bucket(config.reads()), bucket(config.expensive())};
    }

    private static Bucket bucket(CertbadgeConfig.Budget budget) {
        return Bucket.builder().addLimit(limit -> limit.capacity(budget.capacity())
                .refillGreedy(budget.perMinute(), Duration.ofMinutes(1))).build();
    }

    static String clientKey(SocketAddress address) {
        if (address == null || address.host() == null) {
            return "unknown";
        }
        String host = address.host();
        if (!host.contains(":")) {
            return host;
        }
        try {
            byte[] bytes = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                    .getAddress();
            return bytes.length == 16 ? "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8)) : host;
        } catch (UnknownHostException e) {
            return host;
        }
    }

    /** A 429: thrown where the expensive work would start, answered by ProblemMapper with Retry-After. */
    public static final class RateLimited extends ProblemException {

        private final long retryAfterSeconds;

        public RateLimited(long retryAfterSeconds) {
            super(ProblemType.TOO_MANY_REQUESTS, detail(retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        static String detail(long retryAfterSeconds) {
            return "Too many requests from your address; try again in " + retryAfterSeconds + " s.";
        }
    }
}
