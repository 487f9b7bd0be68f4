package org.sumac.app.clients;

import org.sumac.app.testing.XServerProcess;

/** The classic-client cases on the reference server: proves the cases themselves are right. */
class XvfbClassicClientsTest extends ClassicClientsCases {
    @Override
    XServerProcess startServer() {
        return TestServers.xvfb(WIDTH, HEIGHT);
    }
}
