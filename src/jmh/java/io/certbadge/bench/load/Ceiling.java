package io.certbadge.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.bench.Fixtures;
import io.certbadge.signing.CredentialSigner;
import io.certbadge.signing.Ed25519KeyLoader;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.dataintegrity.DataIntegrityProofs;
import io.certbadge.signing.dataintegrity.Ed25519Key;
import io.certbadge.signing.dataintegrity.JsonP;
import io.certbadge.signing.dataintegrity.ProofVerification;
import io.certbadge.signing.dataintegrity.VerificationMethodResolver;
import io.certbadge.signing.dataintegrity.VerifyOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The crypto ceiling of a load phase, measured by src/bench/run-load.sh between rounds against the
 * service, in a JVM like the service's, from N threads as fast as they go, with the service's own keys
 * on a credential the service issued:
 * <ul>
 *   <li>{@code sign}: the production {@link CredentialSigner} with every proof signer the service has
 *   (the VC-JWT and the Data Integrity proof, eddsa-rdfc-2022 with RDFC canonicalisation), wired as
 *   CDI wires them, on the credential without its {@code proof}: exactly the signing work of one issue;</li>
 *   <li>{@code verify}: {@link JwsVerifier} on the VC-JWT, which is what {@code POST /verify} of a VC-JWT checks.</li>
 * </ul>
 * Before measuring, it checks that the service's own Data Integrity proof verifies with the Ed25519 key
 * given (so both sign with the same key) and that its own proofs verify.
 * Writes its figures in the format of the wrk script, so both are reported the same way.
 * <pre>Ceiling sign|verify KEY.pem ED25519-KEY.pem CREDENTIAL.json THREADS WARMUP_SECONDS SECONDS OUT</pre>
 */
public final class Ceiling {

    private Ceiling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 8 || !List.of("sign", "verify").contains(args[0])) {
            throw new IllegalArgumentException(
                    "usage: Ceiling sign|verify KEY.pem ED25519-KEY.pem CREDENTIAL.json THREADS WARMUP SECONDS OUT");
        }
        KeyMaterial key = PemKeyLoader.load(Path.of(args[1]));
        Ed25519Key ed25519 = Ed25519KeyLoader.load(Path.of(args[2]));
        SigningKeys keys = Fixtures.keys(key);
        CredentialSigner signer = Fixtures.credentialSigner(keys, Fixtures.ed25519Keys(ed25519));
        String served = Files.readString(Path.of(args[3]));
        requireVerified("the service's own Data Integrity proof, with the Ed25519 key given", served, ed25519);
        // the service signs the credential before it has any proof
        ObjectNode credential = (ObjectNode) Fixtures.JSON.readTree(served);
        credential.remove("proof");
        Instant now = Instant.now();
        CredentialSigner.SignedCredential signed = signer.sign(credential, now);
        requireVerified("the ceiling's own Data Integrity proof", signed.document().toString(), ed25519);
        String jwt = signed.vcJwt().value();
        JwsVerifier verifier = new JwsVerifier(keys, Fixtures.URLS, Fixtures.JSON);
        if (!verifier.verify(jwt).valid()) {
            throw new IllegalStateException("the ceiling's own JWT does not verify");
        }
        Callable<Object> operation = args[0].equals("sign")
                ? () -> signer.sign(credential, now)
                : () -> verifier.verify(jwt);
        int threads = Integer.parseInt(args[4]);
        run(operation, threads, Double.parseDouble(args[5]));
        RunFigures figures = run(operation, threads, Double.parseDouble(args[6]));
        figures.write(Path.of(args[7]));
    }

    private static void requireVerified(String what, String document, Ed25519Key key) {
        ProofVerification verification = DataIntegrityProofs.verify(JsonP.object(document),
                VerifyOptions.credential(Instant.now()),
                (method, purpose) -> VerificationMethodResolver.Resolution.found(key.publicKey(), method.split("#")[0]));
        if (!verification.verified()) {
            throw new IllegalStateException(what + " does not verify: " + verification.allErrors());
        }
    }

    private static RunFigures run(Callable<Object> operation, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<TreeMap<Long, Long>>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    TreeMap<Long, Long> histogram = new TreeMap<>();
                    long before = System.nanoTime();
                    while (before < deadline) {
                        operation.call();
                        long after = System.nanoTime();
                        histogram.merge((after - before) / 1000, 1L, Long::sum);
                        before = after;
                    }
                    return histogram;
                }));
            }
            TreeMap<Long, Long> all = new TreeMap<>();
            for (Future<TreeMap<Long, Long>> worker : workers) {
                worker.get().forEach((v, c) -> all.merge(v, c, Long::sum));
            }
            double took = (System.nanoTime() - start) / 1e9;
            long requests = all.values().stream().mapToLong(Long::longValue).sum();
            return new RunFigures(requests, took, 0, 0, all);
        } finally {
            pool.shutdownNow();
        }
    }
}
