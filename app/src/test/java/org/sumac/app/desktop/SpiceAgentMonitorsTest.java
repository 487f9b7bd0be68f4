package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * The desktop follows the client (issue 16, acceptance 2): spice-gtk's monitors config, sent by the built-in agent's
 * client side, resizes the X screen through RANDR. X clients hear RRScreenChangeNotify and the root's ConfigureNotify,
 * {@code xrandr} reports the size, the connected client gets a new primary surface equal to the X root; two client
 * monitors are two RANDR monitors at the client's positions.
 */
@Timeout(300)
class SpiceAgentMonitorsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Selects StructureNotify and RRScreenChangeNotify on the root and prints what arrives. */
    private static final String WATCHER = """
        import Xlib.display, Xlib.X as X
        from Xlib.ext import randr
        d = Xlib.display.Display(); r = d.screen().root
        r.change_attributes(event_mask=X.StructureNotifyMask)
        r.xrandr_select_input(randr.RRScreenChangeNotifyMask); d.sync(); print('ready', flush=True)
        while True:
            e = d.next_event()
            if e.type == X.ConfigureNotify: print('ConfigureNotify', e.width, e.height, flush=True)
            elif type(e).__name__ == 'ScreenChangeNotify':
                print('RRScreenChangeNotify', e.width_in_pixels, e.height_in_pixels, flush=True)
        """;

    @Test
    void theScreenFollowsTheClientsMonitorsConfig() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xwd", "xwininfo", "xrandr", "xterm", "xsetroot");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1",
                 "--disable-ticketing");
             XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "80x24+20+30");
             XClients.Running watcher = XClients.start(sumac, "/usr/bin/python3", "-c", WATCHER)) {
            watcher.awaitStdout("ready", TIMEOUT);
            DesktopScreenTest.awaitWindow(sumac, "xterm");
            XClients.run(sumac, TIMEOUT, "xsetroot", "-mod", "5", "7", "-fg", "#336699", "-bg", "#eeddcc").assertSuccess();
            try (AgentSpiceClient client = AgentSpiceClient.connect(port)) {
                for (int[] size : new int[][] {{1280, 720}, {1600, 900}}) {
                    int w = size[0], h = size[1];
                    client.monitors(new int[] {0, 0, w, h});
                    watcher.awaitStdout("RRScreenChangeNotify " + w + " " + h, TIMEOUT);
                    watcher.awaitStdout("ConfigureNotify " + w + " " + h, TIMEOUT);
                    String q = XClients.run(sumac, TIMEOUT, "xrandr").assertSuccess().stdout();
                    assertTrue(q.contains("current " + w + " x " + h) && q.contains("screen connected " + w + "x" + h
                        + "+0+0"), q);
                    client.await("SURFACE " + w + " " + h, TIMEOUT);
                    clientShowsTheRoot(sumac, client, w, h, "agent-" + w + "x" + h);
                }

                // two monitors, the second lower: the client's positions, one RANDR monitor each
                client.monitors(new int[] {0, 0, 1024, 768}, new int[] {1024, 100, 800, 600});
                watcher.awaitStdout("ConfigureNotify 1824 768", TIMEOUT);
                String listed = XClients.run(sumac, TIMEOUT, "xrandr", "--listmonitors").assertSuccess().stdout();
                assertTrue(listed.contains("Monitors: 2"), listed);
                assertTrue(listed.matches("(?s).*0: \\+\\*?\\S+ 1024/\\d+x768/\\d+\\+0\\+0 .*"), listed);
                assertTrue(listed.matches("(?s).*1: \\+\\S+ 800/\\d+x600/\\d+\\+1024\\+100 .*"), listed);
                String q = XClients.run(sumac, TIMEOUT, "xrandr").assertSuccess().stdout();
                assertTrue(q.contains("screen connected 1024x768+0+0") && q.contains("screen-2 connected 800x600+1024+100"),
                    q);
                client.await("SURFACE 1824 768", TIMEOUT);
                clientShowsTheRoot(sumac, client, 1824, 768, "agent-two-monitors");
                // the further head is a CRTC like any: xrandr turns it off and on again
                XClients.run(sumac, TIMEOUT, "xrandr", "--output", "screen-2", "--off").assertSuccess();
                listed = XClients.run(sumac, TIMEOUT, "xrandr", "--listmonitors").assertSuccess().stdout();
                assertTrue(listed.contains("Monitors: 1"), listed);
                XClients.run(sumac, TIMEOUT, "xrandr", "--output", "screen-2", "--mode", "800x600", "--pos", "1024x100")
                    .assertSuccess();
                listed = XClients.run(sumac, TIMEOUT, "xrandr", "--listmonitors").assertSuccess().stdout();
                assertTrue(listed.contains("Monitors: 2"), listed);

                // and back to one: the second monitor goes
                client.monitors(new int[] {0, 0, 1280, 720});
                watcher.awaitStdout("ConfigureNotify 1280 720", TIMEOUT);
                listed = XClients.run(sumac, TIMEOUT, "xrandr", "--listmonitors").assertSuccess().stdout();
                assertTrue(listed.contains("Monitors: 1") && listed.contains("1280/"), listed);
            }
            assertTrue(xterm.isAlive(), "xterm runs on: " + xterm.stderr());
            sumac.assertAlive();
        }
    }

    @Test
    void aHugeMonitorIsClampedAndAnEmptyOneRefusedWhileTheDesktopGoesOn() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xrandr");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(640, 480, "--port", String.valueOf(port), "--addr", "127.0.0.1",
                 "--disable-ticketing");
             XClients.Running watcher = XClients.start(sumac, "/usr/bin/python3", "-c", WATCHER);
             AgentSpiceClient client = AgentSpiceClient.connect(port)) {
            watcher.awaitStdout("ready", TIMEOUT);
            client.monitors(new int[] {0, 0, 100000, 100000});
            watcher.awaitStdout("ConfigureNotify 4096 4096", TIMEOUT);
            client.await("SURFACE 4096 4096", TIMEOUT);
            String q = XClients.run(sumac, TIMEOUT, "xrandr").assertSuccess().stdout();
            assertTrue(q.contains("current 4096 x 4096"), q);
            // 0 x 0: refused (REPLY ERROR), the screen stays
            client.monitors(new int[] {0, 0, 0, 0});
            client.monitors(new int[] {0, 0, 1024, 600});
            watcher.awaitStdout("ConfigureNotify 1024 600", TIMEOUT);
            client.await("SURFACE 1024 600", TIMEOUT);
            clientShowsTheRoot(sumac, client, 1024, 600, "agent-after-bad-configs");
            String log = readLog(sumac);
            assertTrue(log.contains("clamped to 4096x4096"), log);
            assertTrue(log.contains("without a monitor of a size"), log);
            sumac.assertAlive();
        }
    }

    private static String readLog(SumacProcess sumac) {
        try {
            return java.nio.file.Files.readString(sumac.logFile(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The client's surface, once the screen is still, equals the X root (which has this size). */
    static void clientShowsTheRoot(SumacProcess sumac, AgentSpiceClient client, int width, int height, String label) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        XwdImage root = XwdImage.captureRoot(sumac, label);
        while (true) {
            XwdImage shown = client.shot(label);
            XwdImage now = XwdImage.captureRoot(sumac, label);
            assertEquals(width + "x" + height, now.width() + "x" + now.height(), "the X root");
            boolean stable = Arrays.equals(root.pixels(), now.pixels());
            if (stable && same(now, shown)) return;
            if (System.nanoTime() > deadline) {
                ImageComparison.assertSame(label + ": the client's surface vs the X root", now, shown);
                throw new AssertionError(label + ": the X screen kept changing");
            }
            root = now;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean same(XwdImage a, XwdImage b) {
        if (a.width() != b.width() || a.height() != b.height()) return false;
        int[] pa = a.pixels(), pb = b.pixels();
        for (int i = 0; i < pa.length; i++) {
            if (((pa[i] ^ pb[i]) & ImageComparison.DEPTH24_MASK) != 0) return false;
        }
        return true;
    }
}
