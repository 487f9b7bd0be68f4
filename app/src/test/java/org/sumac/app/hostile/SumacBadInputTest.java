package org.sumac.app.hostile;

import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;

/**
 * The bad-input cases against Sumac: it must answer exactly as Xvfb does and keep serving everyone else.
 *
 * <p>Cases in {@link #PENDING} are known to differ from Xvfb today (each explained beside it; none now);
 * they run only with {@code -Dsumac.pending=true} so main stays green while
 * they are fixed. Remove a case from the set as soon as it passes.
 */
class SumacBadInputTest extends BadInputCases {
    /** Test methods that still fail on Sumac. */
    static final Set<String> PENDING = Set.of();

    @BeforeAll
    void sumacExists() {
        SumacProcess.assumeAvailable();
    }

    @BeforeEach
    void notPending(TestInfo test) {
        String method = test.getTestMethod().orElseThrow().getName();
        Assumptions.assumeTrue(!PENDING.contains(method) || Boolean.getBoolean("sumac.pending"),
                method + " is a known divergence from Xvfb (PENDING, see oracle-report.md)");
    }

    @Override
    XServerProcess startServer() {
        return SumacProcess.start(320, 240);
    }
}
