package io.certbadge.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.VcJwtSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** VC-JWT signing of a realistic credential (what every issue call does) and its verification (every verify). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningBenchmark {

    @Param({"ES256", "RS256"})
    public String algorithm;

    private VcJwtSigner signer;
    private JwsVerifier verifier;
    private ObjectNode credential;
    private String jwt;

    @Setup
    public void setUp() {
        KeyMaterial key = Fixtures.key(algorithm);
        SigningKeys keys = Fixtures.keys(key);
        signer = new VcJwtSigner(keys, Fixtures.URLS, Fixtures.JSON);
        verifier = new JwsVerifier(keys, Fixtures.URLS, Fixtures.JSON);
        credential = Fixtures.credential();
        jwt = signer.sign(credential, Fixtures.NOW).value();
        if (!verifier.verify(jwt).valid()) {
            throw new IllegalStateException("the fixture JWT does not verify: " + verifier.verify(jwt).detail());
        }
    }

    @Benchmark
    public String sign() {
        return signer.sign(credential, Fixtures.NOW).value();
    }

    @Benchmark
    public JwsVerifier.Outcome verify() {
        return verifier.verify(jwt);
    }
}
