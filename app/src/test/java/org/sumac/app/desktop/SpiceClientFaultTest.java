package org.sumac.app.desktop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sumac.app.testing.ImageComparison;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.TestOutput;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XwdImage;

/**
 * A spice-gtk client killed while an xterm scrolls: X clients do not notice (the scroll finishes), the server
 * survives, and the next client gets the current screen.
 */
@Timeout(180)
class SpiceClientFaultTest {
    @Test
    void clientKilledMidScrollLeavesXRunningAndTheNextClientSeesTheScreen() throws Exception {
        SumacProcess.assumeAvailable();
        SpiceClientSupport.assumeInstalled("xterm", "sh", "seq", "xwd", "spicy-screenshot");
        SpiceClientSupport.assumeSpiceGtkFromPython();
        Path done = TestOutput.dir("desktop").resolve("scrolled-" + System.nanoTime());
        int port = SpiceClientSupport.freePort();
        try (SumacProcess sumac = SumacProcess.start(800, 600, "--port", String.valueOf(port), "--addr", "127.0.0.1")) {
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
}
