package org.sumac.app.clients;

import org.sumac.app.testing.XServerProcess;

/** The classic-client cases on Sumac (skipped only while org.sumac.app.Sumac does not exist). */
class SumacClassicClientsTest extends ClassicClientsCases {
    @Override
    XServerProcess startServer() {
        return TestServers.underTest(WIDTH, HEIGHT);
    }

    @Override
    java.util.List<String> knownGaps() {
        return java.util.List.of();
    }
}
