package io.certbadge.build;

import io.netty.util.Version;
import io.vertx.core.impl.launcher.commands.VersionCommand;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stands in for a vulnerability scan this machine cannot run (no feed): the HTTP stack the service
 * ships must not fall back under the versions that fixed known holes, whatever a Quarkus upgrade or
 * a dependency's own BOM would pull in. Reads the versions of the classes actually on the class
 * path, which are the ones the packaged service runs.
 */
class DependencyFloorsTest {

    /** CVE-2026-33870 (HTTP/1.1 request smuggling) and CVE-2026-33871 (unbounded allocation). */
    static final String NETTY_FLOOR = "4.1.132";
    /** The first Vert.x 4.5 release built on a fixed Netty. */
    static final String VERTX_FLOOR = "4.5.26";

    @Test
    void shouldShipEveryNettyModuleAtOrAboveTheFixedVersion() {
        Map<String, Version> modules = Version.identify();
        assertFalse(modules.isEmpty(), "Netty reports its modules' versions");
        modules.forEach((artifact, version) -> assertTrue(atLeast(version.artifactVersion(), NETTY_FLOOR),
                "netty " + artifact + " is " + version.artifactVersion() + ", below " + NETTY_FLOOR));
    }

    @Test
    void shouldShipVertxAtOrAboveTheFixedVersion() {
        String version = VersionCommand.getVersion();
        assertTrue(atLeast(version, VERTX_FLOOR), "vert.x is " + version + ", below " + VERTX_FLOOR);
    }

    @Test
    void shouldShipOneBouncyCastleReleaseForProviderPkixAndUtil() throws Exception {
        String provider = implementationVersion(BouncyCastleProvider.class);
        assertEquals(provider, implementationVersion(org.bouncycastle.cert.X509CertificateHolder.class), "bcpkix");
        assertEquals(provider, implementationVersion(org.bouncycastle.asn1.cms.ContentInfo.class), "bcutil");
    }

    @Test
    void shouldCompareVersionsNumerically() {
        assertTrue(atLeast("4.1.137.Final", "4.1.132"));
        assertTrue(atLeast("4.1.132.Final", "4.1.132"));
        assertFalse(atLeast("4.1.130.Final", "4.1.132"));
        assertTrue(atLeast("4.2.0.Final", "4.1.132"));
        assertFalse(atLeast("4.5.9", "4.5.26"));
    }

    /** Compares the leading dotted numbers; qualifiers such as {@code .Final} are ignored. */
    static boolean atLeast(String version, String floor) {
        String[] have = version.split("[.-]");
        String[] need = floor.split("[.-]");
        for (int i = 0; i < need.length; i++) {
            int h = i < have.length && have[i].matches("\\d+") ? Integer.parseInt(have[i]) : 0;
            int n = Integer.parseInt(need[i]);
            if (h != n) {
                return h > n;
            }
        }
        return true;
    }

    private static String implementationVersion(Class<?> type) throws Exception {
        String jar = type.getProtectionDomain().getCodeSource().getLocation().getPath();
        try (JarFile file = new JarFile(jar)) {
            return file.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
    }
}
