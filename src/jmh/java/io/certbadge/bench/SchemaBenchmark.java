package io.certbadge.bench;

import io.certbadge.verification.OpenBadgeSchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** The official OB 3.0 JSON Schema run on one credential: part of every verification. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaBenchmark {

    private OpenBadgeSchema schema;
    private String credentialJson;

    @Setup
    public void setUp() {
        schema = new OpenBadgeSchema();
        credentialJson = Fixtures.credential().toString();
        OpenBadgeSchema.Violations violations = schema.violations(credentialJson);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the fixture credential is not schema-valid: " + violations);
        }
    }

    @Benchmark
    public OpenBadgeSchema.Violations validate() {
        return schema.violations(credentialJson);
    }
}
