package org.sumac.app.hostile;

import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;

/** The request-length cases against Sumac: the same errors, sequences and opcodes as Xvfb. */
class SumacRequestLengthBadInputTest extends RequestLengthCases {
    @Override
    XServerProcess startServer() {
        SumacProcess.assumeAvailable();
        return SumacProcess.start(320, 240);
    }
}
