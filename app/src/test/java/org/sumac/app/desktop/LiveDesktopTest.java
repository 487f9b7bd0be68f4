package org.sumac.app.desktop;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client that stays connected while X clients draw, scroll (CopyArea: COPY_BITS) and move windows
 * keeps showing exactly the X root window: the incremental path, not only the first full frame.
 */
@Timeout(240)
class LiveDesktopTest {
    private static final Duration CATCH_UP = Duration.ofSeconds(5);

    /** A window without border: see {@link #windowBorderPaintedByAMoveReachesTheClient}. */
    @Test
    void connectedClientFollowsScrollingDrawingAndWindowMoves() {
        followScrollingDrawingAndMoves(0);
    }

    /**
     * A window with a border: X repaints borders during layout (WindowTree.paintBorder), outside any drawing
     * request, and that damage must reach the client too when the window moves.
     */
    @Test
    void windowBorderPaintedByAMoveReachesTheClient() {
        followScrollingDrawingAndMoves(1);
    }

    private void followScrollingDrawingAndMoves(int borderWidth) {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm", "xlogo", "xsetroot", "xwd", "xwininfo", "sh", "xdotool");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(900, 700, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             LiveSpiceClient client = LiveSpiceClient.connect(port, null)) {
            assertClientShowsScreen(sumac, client, "live-empty");
            try (XClients.Running xterm = XClients.start(sumac, "xterm", "-title", "scroller", "-geometry",
                     "80x30+10+10", "-e", "sh", "-c", "seq 1 400; echo done; sleep 600");
                 XClients.Running xlogo = XClients.start(sumac, "xlogo", "-bw", String.valueOf(borderWidth),
                     "-geometry", "150x150+600+50")) {
                DesktopScreenTest.awaitWindow(sumac, "scroller");
                DesktopScreenTest.awaitWindow(sumac, "xlogo");
                assertClientShowsScreen(sumac, client, "live-scrolled");
                XClients.run(sumac, Duration.ofSeconds(20), "xsetroot", "-solid", "#336699").assertSuccess();
                assertClientShowsScreen(sumac, client, "live-root");
                XClients.run(sumac, Duration.ofSeconds(20), "xdotool", "search", "--name", "xlogo", "windowmove",
                    "500", "400").assertSuccess();
                assertClientShowsScreen(sumac, client, "live-moved");
            }
            assertClientShowsScreen(sumac, client, "live-closed");
            sumac.assertAlive();
        }
    }

    /** Once X is idle, the client's picture must equal xwd -root within {@link #CATCH_UP}. */
    private static void assertClientShowsScreen(SumacProcess sumac, LiveSpiceClient client, String label) {
        XwdImage[] pair = stableRootAndClient(sumac, client, label);
        ImageComparison.assertSame(label, pair[0], pair[1]);
    }

    private static XwdImage[] stableRootAndClient(SumacProcess sumac, LiveSpiceClient client, String label) {
        XwdImage root = XwdImage.captureRoot(sumac, label);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            sleep(Duration.ofMillis(300));
            XwdImage shown = client.shot(label);
            XwdImage now = XwdImage.captureRoot(sumac, label);
            boolean stable = Arrays.equals(root.pixels(), now.pixels());
            root = now;
            if (stable && ImageComparison.compare(label, now, shown, ImageComparison.DEPTH24_MASK).identical()) {
                return new XwdImage[] {now, shown};
            }
            if (stable && System.nanoTime() > deadline) return new XwdImage[] {now, shown};
            if (!stable) deadline = System.nanoTime() + CATCH_UP.toNanos();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
