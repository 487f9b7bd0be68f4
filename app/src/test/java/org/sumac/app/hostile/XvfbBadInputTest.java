package org.sumac.app.hostile;

import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/** The bad-input cases against the reference server: proves each expectation is what a real X server does. */
class XvfbBadInputTest extends BadInputCases {
    @Override
    XServerProcess startServer() {
        // -noreset: a server reset between cases (when the last client leaves) would refuse the next witness
        return XvfbProcess.start(320, 240, "-noreset");
    }
}
