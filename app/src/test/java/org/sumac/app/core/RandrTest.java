package org.sumac.app.core;

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
 * RANDR compared with Xvfb's: the queries, a resize through an added mode and back with the events Xorg sends
 * (RRScreenChangeNotify, RRNotify, then the root's ConfigureNotify), modes, output properties and bad input
 * (python-xlib, randr_queries.py), and the xrandr tool's report, monitors set and deleted included. Then what
 * Xvfb cannot do (its maximum is its initial size): the screen grows with {@code xrandr --fb}, and the root, a new
 * connection and xdpyinfo see it.
 */
class RandrTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/core");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static void assumeTools(String... tools) {
        SumacProcess.assumeAvailable();
        for (String t : tools) assumeTrue(Files.isExecutable(Path.of(t)), t + " is needed");
    }

    /** Runs {@code run} on Xvfb and Sumac of the same size while a client keeps either from resetting. */
    private static String[] onBoth(java.util.function.Function<XServerProcess, String> run) {
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(640, 480)) {
            onXvfb = run.apply(xvfb);
        }
        try (SumacProcess sumac = SumacProcess.start(640, 480)) {
            onSumac = run.apply(sumac);
            sumac.assertAlive();
        }
        return new String[] {onXvfb, onSumac};
    }

    @Test
    void randrQueriesResizeEventsAndErrorsAreThoseOfXvfb() {
        assumeTools("/usr/bin/python3");
        String[] out = onBoth(s -> XClients.run(s, TIMEOUT, "/usr/bin/python3",
            SCRIPTS.resolve("randr_queries.py").toString()).assertSuccess().stdout());
        assertEquals(out[0], out[1], "randr_queries.py prints what it prints on Xvfb");
        assertTrue(out[0].contains("events of SetScreenSize ['ScreenChangeNotify 320x240 100x80mm size id 1 rotation 1"
            + " window is root True', 'ConfigureNotify root 320x240+0+0']"), out[0]);
        assertTrue(out[0].contains("SetScreenSize 0 -> BadValue value 0"), out[0]);
    }

    @Test
    void theXrandrToolReportsWhatItReportsOnXvfb() {
        assumeTools("/usr/bin/xrandr");
        String[] out = onBoth(s -> {
            StringBuilder b = new StringBuilder();
            // a client that stays, so that the monitors set by one xrandr outlive it (no server reset)
            try (XClients.Running holder = XClients.start(s, "/usr/bin/python3", "-c",
                     "import Xlib.display, time; d = Xlib.display.Display(); print('ready', flush=True); time.sleep(60)")) {
                holder.awaitStdout("ready", TIMEOUT);
                for (String[] args : new String[][] {{"--verbose"}, {"--listmonitors"}, {"--listproviders"}, {"-q"},
                        {"--setmonitor", "left", "320/85x480/127+0+0", "none"},
                        {"--setmonitor", "right", "320/85x480/127+320+0", "screen"}, {"--listmonitors"},
                        {"--listactivemonitors"}, {"--delmonitor", "left"}, {"--delmonitor", "left"},
                        {"--output", "screen", "--primary"}, {"--listmonitors"}}) {
                    XClients.Result r = XClients.run(s, TIMEOUT, prepend("/usr/bin/xrandr", args));
                    b.append(String.join(" ", args)).append(" exit ").append(r.exitCode()).append('\n')
                        .append(r.stdout().replaceAll("Timestamp: +\\d+", "Timestamp: T")
                            .replaceAll("maximum \\d+ x \\d+", "maximum M"))
                        .append(r.stderr().replaceAll("Serial number.*|Current serial.*|Value in failed request.*", ""));
                }
            }
            return b.toString();
        });
        assertEquals(out[0], out[1]);
        assertTrue(out[0].contains("screen connected 640x480+0+0"), out[0]);
    }

    @Test
    void xrandrFbGrowsTheScreenAndAnAddedModeSetsIt() {
        assumeTools("/usr/bin/xrandr", "/usr/bin/xdpyinfo", "/usr/bin/python3");
        try (SumacProcess sumac = SumacProcess.start(640, 480);
             // a client that stays (as the acceptance's xterm): without it every xrandr would reset the server
             XClients.Running holder = XClients.start(sumac, "/usr/bin/python3", "-c",
                 "import Xlib.display, Xlib.X as X, sys\n"
                 + "d = Xlib.display.Display(); r = d.screen().root\n"
                 + "r.change_attributes(event_mask=X.StructureNotifyMask); d.sync(); print('ready', flush=True)\n"
                 + "while True:\n"
                 + "    e = d.next_event()\n"
                 + "    if e.type == X.ConfigureNotify: print('ConfigureNotify', e.width, e.height, flush=True)\n")) {
            holder.awaitStdout("ready", TIMEOUT);
            XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr", "--fb", "1280x720").assertSuccess();
            holder.awaitStdout("ConfigureNotify 1280 720", TIMEOUT);
            String q = XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr").assertSuccess().stdout();
            assertTrue(q.contains("current 1280 x 720"), q);
            String dpy = XClients.run(sumac, TIMEOUT, "/usr/bin/xdpyinfo").assertSuccess().stdout();
            assertTrue(dpy.contains("dimensions:    1280x720 pixels"), dpy);
            XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr", "--newmode", "800x600_60", "38.25", "800", "832", "912",
                "1024", "600", "603", "607", "624", "-hsync", "+vsync").assertSuccess();
            XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr", "--addmode", "screen", "800x600_60").assertSuccess();
            XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr", "--output", "screen", "--mode", "800x600_60")
                .assertSuccess();
            holder.awaitStdout("ConfigureNotify 800 600", TIMEOUT);
            q = XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr").assertSuccess().stdout();
            assertTrue(q.contains("current 800 x 600") && q.contains("800x600_60") && q.contains("*"), q);
            dpy = XClients.run(sumac, TIMEOUT, "/usr/bin/xdpyinfo").assertSuccess().stdout();
            assertTrue(dpy.contains("dimensions:    800x600 pixels"), dpy);
            XClients.Result big = XClients.run(sumac, TIMEOUT, "/usr/bin/xrandr", "--fb", "9000x9000");
            assertTrue(!big.succeeded() && big.stderr().contains("screen cannot be larger than 4096x4096"), big.toString());
            sumac.assertAlive();
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
