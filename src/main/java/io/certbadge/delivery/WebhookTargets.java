package io.certbadge.delivery;

import io.certbadge.common.CertbadgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keeps webhooks out of the internal network: unless {@code certbadge.webhooks.allow-private-targets}
 * is true, a URL whose host resolves to any loopback, link-local, private, shared (CGNAT), reserved
 * or multicast address is refused, at registration and again before every attempt (DNS may have
 * changed since). The JVM caches a lookup for 30 s, so the HTTP client connects to the addresses
 * checked here a moment before; every address of the host must be public, not just the first.
 */
@ApplicationScoped
public class WebhookTargets {

    /** Resolves a host name (or address literal) to every address it has. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final List<Block> INTERNAL = List.of(
            Block.of("0.0.0.0", 8, "\"this network\""),
            Block.of("10.0.0.0", 8, "private"),
            Block.of("100.64.0.0", 10, "shared (carrier-grade NAT)"),
            Block.of("127.0.0.0", 8, "loopback"),
            Block.of("169.254.0.0", 16, "link-local"),
            Block.of("172.16.0.0", 12, "private"),
            Block.of("192.0.0.0", 24, "IETF protocol"),
            Block.of("192.168.0.0", 16, "private"),
            Block.of("198.18.0.0", 15, "benchmarking"),
            Block.of("224.0.0.0", 4, "multicast"),
            Block.of("240.0.0.0", 4, "reserved or broadcast"),
            Block.of("::", 128, "unspecified"),
            Block.of("::1", 128, "loopback"),
            Block.of("fc00::", 7, "unique local (private)"),
            Block.of("fe80::", 10, "link-local"),
            Block.of("fec0::", 10, "site-local"),
            Block.of("ff00::", 8, "multicast"));

    /** IPv6 prefixes that carry an IPv4 address in their last 32 bits, which decides where they lead. */
    private static final List<Block> EMBEDDING_IPV4 = List.of(
            new Block(ipv4MappedPrefix(), 96, "IPv4-mapped"),
            Block.of("::", 96, "IPv4-compatible"),
            Block.of("64:ff9b::", 96, "NAT64"));

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(CertbadgeConfig config) {
        this(config.webhooks().allowPrivateTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Whether plain http and internal addresses are allowed (development and tests only). */
    public boolean allowsPrivateTargets() {
        return allowPrivate;
    }

    /** Why a webhook must not go to {@code url}'s host, or empty when it may; looks the host up each time. */
    public Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("the URL names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = internal(address);
            if (kind.isPresent()) {
                return Optional.of("the host " + host + " resolves to " + address.getHostAddress() + ", a "
                        + kind.get() + " address; webhooks go only to public addresses");
            }
        }
        return Optional.empty();
    }

    /** The kind of internal address {@code address} is, or empty for a public one. */
    static Optional<String> internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<String> kind = INTERNAL.stream().filter(block -> block.contains(bytes)).findFirst().map(Block::name);
        if (kind.isPresent() || bytes.length == 4) {
            return kind;
        }
        for (Block embedding : EMBEDDING_IPV4) {
            if (embedding.contains(bytes)) {
                byte[] ipv4 = Arrays.copyOfRange(bytes, 12, 16);
                return INTERNAL.stream().filter(block -> block.contains(ipv4)).findFirst()
                        .map(block -> block.name() + " (" + embedding.name() + ")");
            }
        }
        return Optional.empty();
    }

    /** ::ffff:0:0, written out: Java parses that literal into the IPv4 address 0.0.0.0. */
    private static byte[] ipv4MappedPrefix() {
        byte[] prefix = new byte[16];
        prefix[10] = (byte) 0xff;
        prefix[11] = (byte) 0xff;
        return prefix;
    }

    /** An address block: the first {@code bits} bits of {@code prefix}. */
    private record Block(byte[] prefix, int bits, String name) {

        static Block of(String literal, int bits, String name) {
            return new Block(parse(literal), bits, name);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] parse(String literal) {
            try {
                return InetAddress.getByName(literal).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + literal, e);
            }
        }
    }
}
