package io.certbadge.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.certbadge.bench.Fixtures;
import io.certbadge.signing.JwsVerifier;
import io.certbadge.signing.KeyMaterial;
import io.certbadge.signing.PemKeyLoader;
import io.certbadge.signing.CredentialSigner;
import io.certbadge.signing.SigningKeys;
import io.certbadge.signing.VcJwtSigner;

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
 * service: the production {@link CredentialSigner} (or {@link JwsVerifier}) with the service's own key,
 * on a credential the service issued, from N threads as fast as they go, in a JVM like the service's.
 * It signs the VC-JWT; when the service also makes a Data Integrity proof, its signer belongs here too.
 * Writes its figures in the format of the wrk script, so both are reported the same way.
 * <pre>Ceiling sign|verify KEY.pem CREDENTIAL.json THREADS WARMUP_SECONDS SECONDS OUT</pre>
 */
public final class Ceiling {

    private Ceiling() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7 || !List.of("sign", "verify").contains(args[0])) {
            throw new IllegalArgumentException("usage: Ceiling sign|verify KEY.pem CREDENTIAL.json THREADS WARMUP SECONDS OUT");
        }
        KeyMaterial key = PemKeyLoader.load(Path.of(args[1]));
        SigningKeys keys = Fixtures.keys(key);
        CredentialSigner signer = new CredentialSigner(List.of(new VcJwtSigner(keys, Fixtures.URLS, Fixtures.JSON)),
                Fixtures.JSON);
        ObjectNode credential = (ObjectNode) Fixtures.JSON.readTree(Files.readString(Path.of(args[2])));
        Instant now = Instant.now();
        String jwt = signer.sign(credential, now).vcJwt().value();
        JwsVerifier verifier = new JwsVerifier(keys, Fixtures.URLS, Fixtures.JSON);
        if (!verifier.verify(jwt).valid()) {
            throw new IllegalStateException("the ceiling's own JWT does not verify");
        }
        Callable<Object> operation = args[0].equals("sign")
                ? () -> signer.sign(credential, now)
                : () -> verifier.verify(jwt);
        int threads = Integer.parseInt(args[3]);
        run(operation, threads, Double.parseDouble(args[4]));
        RunFigures figures = run(operation, threads, Double.parseDouble(args[5]));
        figures.write(Path.of(args[6]));
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
