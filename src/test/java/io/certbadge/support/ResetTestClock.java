package io.certbadge.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts the {@link TestClock} back at its start before every {@code @QuarkusTest} method, so a test
 * that moved it and failed (or forgot) cannot change what the next test, in any order, sees.
 * Registered in META-INF/services.
 */
public class ResetTestClock implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestClock.current().reset();
    }
}
