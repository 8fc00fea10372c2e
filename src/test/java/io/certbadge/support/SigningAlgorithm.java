package io.certbadge.support;

import io.certbadge.signing.PemKeyLoader;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;

/** The JWS algorithm of the key the running test service is configured with (ES256 or RS256). */
public final class SigningAlgorithm {

    private SigningAlgorithm() {
    }

    public static String configured() {
        Path keyFile = ConfigProvider.getConfig().getValue("certbadge.signing.key-file", Path.class);
        return PemKeyLoader.load(keyFile).algorithm().getName();
    }
}
