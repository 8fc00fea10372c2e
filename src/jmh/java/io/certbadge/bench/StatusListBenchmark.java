package io.certbadge.bench;

import io.certbadge.status.Bitstring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * A full 131,072-bit status list: encoding (GZIP + base64url, whenever a list changes) and reading one
 * bit back (what the status check of every verification does with the published list).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatusListBenchmark {

    private static final int SIZE = 131_072;

    /** Revoked entries in the list; random positions, fixed seed. */
    @Param({"10", "1000"})
    public int revoked;

    private BitSet bits;
    private String encoded;
    private int probe;

    @Setup
    public void setUp() {
        bits = new BitSet(SIZE);
        SplittableRandom random = new SplittableRandom(42);
        while (bits.cardinality() < revoked) {
            bits.set(random.nextInt(SIZE));
        }
        encoded = Bitstring.encode(bits, SIZE);
        probe = bits.nextSetBit(SIZE / 2);
        if (!Bitstring.isSet(encoded, probe)) {
            throw new IllegalStateException("round trip failed");
        }
    }

    @Benchmark
    public String encode() {
        return Bitstring.encode(bits, SIZE);
    }

    @Benchmark
    public boolean readBit() {
        return Bitstring.isSet(encoded, probe);
    }
}
