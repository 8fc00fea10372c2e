package io.certbadge.security;

import io.certbadge.common.CertbadgeConfig;
import io.certbadge.common.Hashing;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The configured API keys, known only by their SHA-256 hashes. */
@ApplicationScoped
public class ApiKeys {

    public record ApiKey(String name, byte[] sha256, Set<Scope> scopes) {

        public boolean allows(Scope scope) {
            return scopes.contains(scope) || scopes.contains(Scope.ADMIN);
        }
    }

    private final List<ApiKey> keys;

    public ApiKeys(CertbadgeConfig config) {
        this.keys = config.apiKeys().entrySet().stream().map(ApiKeys::toKey).toList();
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The key whose hash matches the presented secret; every configured hash is compared in constant time. */
    public Optional<ApiKey> authenticate(String presented) {
        byte[] hash = HexFormat.of().parseHex(Hashing.sha256Hex(presented));
        ApiKey match = null;
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(key.sha256(), hash)) {
                match = key;
            }
        }
        return Optional.ofNullable(match);
    }

    private static ApiKey toKey(Map.Entry<String, CertbadgeConfig.ApiKey> entry) {
        String hex = entry.getValue().sha256().strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("certbadge.api-keys.\"" + entry.getKey()
                    + "\".sha256 must be the 64 hex digits of a SHA-256 hash (echo -n KEY | sha256sum)");
        }
        EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String scope : entry.getValue().scopes()) {
            try {
                scopes.add(Scope.parse(scope));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("certbadge.api-keys.\"" + entry.getKey() + "\".scopes: unknown scope '"
                        + scope + "' (known: issue, revoke, read, admin)", e);
            }
        }
        return new ApiKey(entry.getKey(), HexFormat.of().parseHex(hex), Set.copyOf(scopes));
    }
}
