package org.sumac.app.clients;

import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/** The two servers the client tests run on. */
final class TestServers {
    /**
     * Xvfb without GLX: GLX adds several hundred GL visuals to the core visual list; without it Xvfb lists
     * the three core visuals a depth-24 screen has, which is what Sumac must offer. -noreset (for both
     * servers): by default a server resets (drops root properties and interned atoms) whenever its last client
     * disconnects, which would undo what one tool run set up for the next.
     */
    static final String[] XVFB_ARGS = {"-extension", "GLX", "-noreset"};
    /**
     * {@code -Dsumac.clients.against=xvfb} puts a second Xvfb where Sumac would be, to show that a test is
     * right (passes on two reference servers) independently of Sumac.
     */
    static final String AGAINST_PROPERTY = "sumac.clients.against";

    private TestServers() {
    }

    static XServerProcess xvfb(int width, int height) {
        return XvfbProcess.start(width, height, XVFB_ARGS);
    }

    /** Sumac (the test is skipped only while its main class does not exist), or Xvfb when asked for. */
    static XServerProcess underTest(int width, int height) {
        if ("xvfb".equals(System.getProperty(AGAINST_PROPERTY))) {
            return xvfb(width, height);
        }
        SumacProcess.assumeAvailable();
        return SumacProcess.start(width, height, "-noreset");
    }
}
