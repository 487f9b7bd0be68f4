package org.sumac.app.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * Synchronous grabs freeze the pointer until AllowEvents: a click-to-focus window manager grabs
 * Button1 in Sync mode and replays the click to the application. The same python-xlib script runs
 * on Xvfb and on Sumac and must observe the same events.
 */
class SyncGrabTest {
    private static final Path SCRIPT = Path.of("src/test/resources/input/replay_pointer.py");

    private static String run(XServerProcess server) {
        XClients.Result r = XClients.run(server, Duration.ofSeconds(30), "/usr/bin/python3", SCRIPT.toString());
        r.assertSuccess();
        return r.stdout();
    }

    @Test
    void replayPointerDeliversTheFrozenClickBelowTheGrab() {
        SumacProcess.assumeAvailable();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is needed");
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(640, 480)) {
            onXvfb = run(xvfb);
        }
        try (SumacProcess sumac = SumacProcess.start(640, 480)) {
            onSumac = run(sumac);
            sumac.assertAlive();
        }
        assertTrue(onXvfb.contains("B got 4 detail 1") && onXvfb.contains("B got 5 detail 1") && onXvfb.contains("A got 4 on root"),
            "the script observes the replayed press and release on Xvfb:\n" + onXvfb);
        assertEquals(onXvfb, onSumac);
    }
}
