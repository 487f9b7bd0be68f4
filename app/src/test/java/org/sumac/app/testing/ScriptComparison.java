package org.sumac.app.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The differential check of the rules tests: one python script (python-xlib or raw requests, run with
 * /usr/bin/python3) on a fresh Xvfb and a fresh Sumac must print the same lines, errors included.
 */
public final class ScriptComparison {
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    private ScriptComparison() {
    }

    /** What {@code script} printed (the same on both servers), each started 640x480 with {@code serverArgs}. */
    public static String onXvfbAndSumac(Path script, String... serverArgs) {
        SumacProcess.assumeAvailable();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is needed");
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(640, 480, serverArgs)) {
            onXvfb = run(xvfb, script);
        }
        try (SumacProcess sumac = SumacProcess.start(640, 480, serverArgs)) {
            onSumac = run(sumac, script);
            sumac.assertAlive();
        }
        assertEquals(onXvfb, onSumac, script.getFileName() + " prints what it prints on Xvfb");
        return onXvfb;
    }

    private static String run(XServerProcess server, Path script) {
        return XClients.run(server, SCRIPT_TIMEOUT, "/usr/bin/python3", script.toString()).assertSuccess().stdout();
    }
}
