package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.RawXConnection;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client killed while an xterm scrolls: X clients do not notice (the scroll finishes), the server
 * survives, and the next client gets the current screen. A client killed while holding keys and buttons: X lets
 * go of them.
 */
@Timeout(180)
class SpiceClientFaultTest {
    private static final int SHIFT_L_KEYCODE = 50, BUTTON1_MASK = 0x100;

    @Test
    void clientKilledMidScrollLeavesXRunningAndTheNextClientSeesTheScreen() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm", "sh", "seq", "xwd", "spicy-screenshot");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path done = TestOutput.dir("desktop").resolve("scrolled-" + System.nanoTime());
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing")) {
            LiveSpiceClient client = LiveSpiceClient.connect(port, null);
            try (XClients.Running xterm = XClients.start(sumac, "xterm", "-geometry", "100x40+0+0", "-e", "sh", "-c",
                     "seq 1 20000; touch '" + done + "'; sleep 600")) {
                Thread.sleep(700);
                client.kill();
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (!Files.exists(done) && System.nanoTime() < deadline) Thread.sleep(100);
                assertTrue(Files.exists(done), "xterm finished scrolling 20000 lines without a client");
                sumac.assertAlive();
                XwdImage[] pair = DesktopScreenTest.screenshotOfStableScreen(sumac, port, null, "after-kill");
                ImageComparison.assertSame("next client after a killed one", pair[0], pair[1]);
            }
            sumac.assertAlive();
        }
    }
    /**
     * A client that dies while holding Shift and the left button must not leave them held in X: the next
     * user would find every key shifted and a drag that never ends.
     */
    @Test
    void keysAndButtonsAKilledClientHeldAreReleased() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeSpiceGtkFromPython();
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1", "--disable-ticketing");
             RawXConnection x = RawXConnection.connect(sumac.socketPath(), ByteOrder.LITTLE_ENDIAN,
                     Duration.ofSeconds(10))) {
            LiveSpiceClient client = LiveSpiceClient.connect(port, null);
            client.input("d:2a p:100:100 b:1:1", Duration.ofSeconds(10)); // Shift_L (scancode 0x2a) and button 1
            awaitHeld(x, true, "while the client holds them");
            client.kill();
            awaitHeld(x, false, "after the client was killed");
            sumac.assertAlive();
        }
    }

    /** Waits until X reports Shift_L (keycode 50) and button 1 both down, or both up. */
    private static void awaitHeld(RawXConnection x, boolean down, String when) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            x.request(44, 0, new byte[0]); // QueryKeymap: 32 bytes of key bits after the reply header's 8
            boolean shift = (x.readReplyOrError().bytes()[8 + SHIFT_L_KEYCODE / 8] & (1 << (SHIFT_L_KEYCODE % 8))) != 0;
            x.request(38, 0, x.body().putInt(x.setup().rootWindow()).bytes()); // QueryPointer: mask at byte 24
            boolean button = (x.readReplyOrError().card16(24) & BUTTON1_MASK) != 0;
            if (shift == down && button == down) return;
            assertTrue(System.nanoTime() < deadline, "Shift_L " + (shift ? "down" : "up") + ", button 1 "
                    + (button ? "down" : "up") + " " + when);
            Thread.sleep(50);
        }
    }
}
