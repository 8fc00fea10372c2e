package io.certbadge.bench;

import io.certbadge.achievement.Achievement;
import io.certbadge.common.Problem;
import io.certbadge.issuance.CertificationRecord;
import io.certbadge.issuance.CertificationRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The program's rules checked on the sample record, as every issue call does before signing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {

    private static final LocalDate TODAY = LocalDate.parse("2026-10-20");

    private CertificationRecord record;
    private Achievement achievement;

    @Setup
    public void setUp() {
        record = Fixtures.record();
        achievement = Fixtures.achievement();
        List<Problem.FieldError> errors = CertificationRules.check(record, achievement, TODAY);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the sample record breaks the rules: " + errors);
        }
    }

    @Benchmark
    public List<Problem.FieldError> check() {
        return CertificationRules.check(record, achievement, TODAY);
    }
}
