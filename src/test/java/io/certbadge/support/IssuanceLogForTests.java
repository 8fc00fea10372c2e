package io.certbadge.support;

import io.certbadge.transparency.LogSequencer;
import io.quarkus.arc.Arc;

/**
 * Integrates every pending leaf of the issuance log now. A test that moves the clock on after
 * issuing calls this first: otherwise a credential not yet integrated (the sequencer runs every
 * second) would look missing from the log long after its issue, which the log check calls INVALID.
 */
public final class IssuanceLogForTests {

    private IssuanceLogForTests() {
    }

    public static void integrateNow() {
        Arc.container().instance(LogSequencer.class).get().integrateNow();
    }
}
