package io.certbadge.bench;

import io.certbadge.signing.Ed25519KeyLoader;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.certbadge.signing.dataintegrity.ProofOptions;
import io.certbadge.signing.dataintegrity.ProofVerification;
import io.certbadge.signing.dataintegrity.Rdfc;
import io.certbadge.signing.dataintegrity.VerificationMethodResolver;
import io.certbadge.signing.dataintegrity.VerifyOptions;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The embedded Data Integrity proof (eddsa-rdfc-2022) of an Open Badges credential as certbadge issues
 * it: RDFC-1.0 canonicalisation alone, signing (proof configuration and document canonicalised, hashed,
 * Ed25519) and verifying. {@code contexts}: "bundled" names the three contexts by URL, as every
 * credential does (their processed form is cached); "inline" carries the same contexts as JSON objects,
 * which is processed afresh each time: the difference is what the cache saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DataIntegrityBenchmark {

    private static final String METHOD = "did:web:localhost%3A8098#benchEd25519";

    @Param({"bundled", "inline"})
    public String contexts;

    private Ed25519Key key;
    private JsonObject credential;
    private JsonObject signed;
    private VerificationMethodResolver resolver;

    @Setup
    public void setUp() {
        key = Ed25519KeyLoader.load(Path.of("keys-example/ed25519.pem"));
        credential = read("/fixtures/data-integrity/certbadge-credential.json");
        if ("inline".equals(contexts)) {
            JsonArrayBuilder inline = Json.createArrayBuilder();
            inline.add(read("/jsonld/credentials-v2.jsonld").get("@context"));
            inline.add(read("/jsonld/ob-v3p0-context-3.0.3.json").get("@context"));
            inline.add(read("/jsonld/ob-v3p0-extensions.json").get("@context"));
            credential = Json.createObjectBuilder(credential).add("@context", inline).build();
        }
        signed = sign();
        resolver = (method, purpose) -> VerificationMethodResolver.Resolution.found(key.publicKey(), "did:web:localhost%3A8098");
        if (!verify().verified()) {
            throw new IllegalStateException("the benchmark's credential does not verify: " + verify().allErrors());
        }
    }

    @Benchmark
    public String canonicalize() {
        return Rdfc.canonicalize(credential);
    }

    @Benchmark
    public JsonObject sign() {
        return DataIntegrityProofs.addProof(credential, ProofOptions.assertion(METHOD, Fixtures.NOW), key);
    }

    @Benchmark
    public ProofVerification verify() {
        return DataIntegrityProofs.verify(signed, VerifyOptions.credential(Fixtures.NOW), resolver);
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DataIntegrityBenchmark.class.getResourceAsStream(resource);
             JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
