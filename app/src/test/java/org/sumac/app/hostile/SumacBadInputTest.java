package org.sumac.app.hostile;

import org.junit.jupiter.api.BeforeAll;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;

/** The bad-input cases against Sumac: it must answer exactly as Xvfb does and keep serving everyone else. */
class SumacBadInputTest extends BadInputCases {
    @BeforeAll
    void sumacExists() {
        SumacProcess.assumeAvailable();
    }

    @Override
    XServerProcess startServer() {
        return SumacProcess.start(320, 240);
    }
}
