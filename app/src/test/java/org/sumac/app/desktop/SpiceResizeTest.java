package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * The screen changes size under a connected spice-gtk client (RANDR): {@code xrandr --fb 1280x720}, then a mode
 * added and set with {@code --newmode/--addmode/--output --mode}. At each size the client that stayed connected
 * shows a surface of the new size equal to the X root, and spicy-screenshot (a new connection) too.
 */
@Timeout(300)
class SpiceResizeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aConnectedClientFollowsTheScreenThroughXrandrResizes() {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("spicy-screenshot", "xwd", "xwininfo", "xrandr", "xterm", "xsetroot");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1",
                 "--disable-ticketing");
             XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "80x24+20+30")) {
            DesktopScreenTest.awaitWindow(sumac, "xterm");
            // a patterned root: a size change that lost or shifted pixels would show
            XClients.run(sumac, TIMEOUT, "xsetroot", "-mod", "5", "7", "-fg", "#336699", "-bg", "#eeddcc").assertSuccess();
            // one spice-gtk client stays connected through both resizes (a new SPICE client would replace it)
            try (LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
                clientShows(sumac, client, 800, 600, "resize-800x600");
                XClients.run(sumac, TIMEOUT, "xrandr", "--fb", "1280x720").assertSuccess();
                clientShows(sumac, client, 1280, 720, "resize-fb-1280x720");
                XClients.run(sumac, TIMEOUT, "xrandr", "--newmode", "1024x600_60", "49.00", "1024", "1072", "1168",
                    "1312", "600", "603", "613", "624", "-hsync", "+vsync").assertSuccess();
                XClients.run(sumac, TIMEOUT, "xrandr", "--addmode", "screen", "1024x600_60").assertSuccess();
                XClients.run(sumac, TIMEOUT, "xrandr", "--output", "screen", "--mode", "1024x600_60").assertSuccess();
                clientShows(sumac, client, 1024, 600, "resize-mode-1024x600");
            }
            // and spicy-screenshot, connecting afresh, equals the root at each size
            screenshotShows(sumac, port, 1024, 600, "resize-shot-1024x600");
            XClients.run(sumac, TIMEOUT, "xrandr", "--fb", "1280x720").assertSuccess();
            screenshotShows(sumac, port, 1280, 720, "resize-shot-1280x720");
            assertTrue(xterm.isAlive(), "xterm runs on: " + xterm.stderr());
            sumac.assertAlive();
        }
    }

    /** The connected client shows a surface of this size equal to the X root. */
    private static void clientShows(SumacProcess sumac, LiveSpiceClient client, int width, int height, String label) {
        ScrollWorkload.awaitClientShowsScreen(sumac, client, label, Duration.ofSeconds(20));
        XwdImage shown = client.shot(label + "-live");
        assertEquals(width + "x" + height, shown.width() + "x" + shown.height(), "the connected client's surface");
    }

    /** spicy-screenshot shows the X root, which has this size. */
    private static void screenshotShows(SumacProcess sumac, int port, int width, int height, String label) {
        XwdImage[] pair = DesktopScreenTest.screenshotOfStableScreen(sumac, port, null, label);
        assertEquals(width + "x" + height, pair[0].width() + "x" + pair[0].height(), "the X root");
        ImageComparison.assertSame(label + ": spicy-screenshot vs the X root", pair[0], pair[1]);
    }
}
