package io.certbadge.transparency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;

/** {@code certbadge.log.*}: the public issuance log (README "Transparency log"). */
@ConfigMapping(prefix = "certbadge.log")
public interface LogConfig {

    /** PKCS#8 PEM Ed25519 private key that signs the checkpoints (never the credential key). */
    @WithName("key-file")
    Path keyFile();

    /** How often the sequencer looks for pending leaves; the contract allows at most 5 s to integration. */
    @WithName("integrate-every")
    @WithDefault("1s")
    String integrateEvery();

    /** Most leaves integrated in one transaction; a bigger backlog takes several in a row. */
    @WithName("batch-size")
    @WithDefault("1000")
    int batchSize();
}
