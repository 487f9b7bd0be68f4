package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * X-Resource 1.2 against Xvfb (issue 13): xres_clients.py (python-xlib's res module, and raw requests for the
 * errors) runs on both servers and must print the same lines: the client list, resource counts under Xorg's type
 * names, pixmap bytes, each client's XID and process id (panels find a window's process this way) and resource sizes.
 */
class XResourceRulesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/core");

    private static String onXvfbAndSumac(String script, String... serverArgs) {
        return ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve(script), serverArgs);
    }

    @Test
    void clientsTheirResourcesAndTheirProcessIdsAreThoseXvfbTells() {
        String out = onXvfbAndSumac("xres_clients.py");
        assertTrue(out.contains("my resources: [('COLORMAP', 1), ('CURSOR', 1), ('FONT', 1), ('GC', 2), ('PIXMAP', 3), "
                + "('WINDOW', 2)]")
            && out.contains("ids of child, mask 0: [('child', 1, []), ('child', 2, [\"child's pid\"])]")
            && out.contains("my pixmap bytes: 435 0")
            && out.contains("SYNC resources: [('SyncAlarm', 1), ('SyncCounter', 1), ('SyncFence', 1)]"), out);
    }
}
