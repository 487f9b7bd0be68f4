package org.sumac.app.hostile;

import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/** The request-length cases against the reference server: proves each expectation is a real X server's. */
class XvfbRequestLengthBadInputTest extends RequestLengthCases {
    @Override
    XServerProcess startServer() {
        // -noreset: a reset between cases (when the last client leaves) would refuse the next connection
        return XvfbProcess.start(320, 240, "-noreset");
    }
}
